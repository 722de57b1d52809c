; The Windows installer (Inno Setup 6), made from the one-folder build dist\Convene by
; .github/workflows/desktop.yml:   iscc /DAppVersion=0.2.0 packaging\windows\convene.iss
; Not built or tested on our own machines (README, "Windows and macOS").
; It installs for the one user by default (no administrator needed; the facilitator may choose all users),
; adds the Start menu entry, and makes .convene files open in Convene with its icon.
; Signing (placeholder): the workflow signs dist\Convene\Convene.exe and this installer with signtool when the
; WINDOWS_CERTIFICATE secret is set; Inno Setup's own SignTool= line is left out so an unsigned build still works.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
; One fixed AppId for every version, so a new version replaces the old one.
AppId={{B5F829CA-12B9-4314-8D35-ABB44373B335}
AppName=Convene
AppVersion={#AppVersion}
AppPublisher=The Convene authors
DefaultDirName={autopf}\Convene
DefaultGroupName=Convene
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
DisableProgramGroupPage=yes
SetupIconFile=..\..\build\icons\convene.ico
UninstallDisplayIcon={app}\Convene.exe
OutputDir=..\..\dist
OutputBaseFilename=Convene-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Files]
Source: "..\..\dist\Convene\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Convene"; Filename: "{app}\Convene.exe"

[Registry]
; .convene -> Convene.Convening, shown with Convene's icon and opened by Convene.exe "FILE".
Root: HKA; Subkey: "Software\Classes\.convene"; ValueType: string; ValueName: ""; ValueData: "Convene.Convening"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.convene\OpenWithProgids"; ValueType: string; ValueName: "Convene.Convening"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Convene.Convening"; ValueType: string; ValueName: ""; ValueData: "Convene convening"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Convene.Convening\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\Convene.exe,0"
Root: HKA; Subkey: "Software\Classes\Convene.Convening\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\Convene.exe"" ""%1"""

[Run]
Filename: "{app}\Convene.exe"; Description: "Open Convene"; Flags: nowait postinstall skipifsilent
