#!/usr/bin/env bash
# Install the one-folder build (dist/Convene, from `make package`) for one user, or system-wide with PREFIX=/usr/local.
#   bash packaging/install-linux.sh [dist/Convene]        # into ~/.local
#   sudo PREFIX=/usr/local bash packaging/install-linux.sh # for everyone
# Puts the app in PREFIX/lib/convene, `Convene` on the PATH (PREFIX/bin), the menu entry, icons, the .convene
# file type and the AppStream metadata where the desktop looks for them. Uninstall: the same with --uninstall.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
PREFIX="${PREFIX:-$HOME/.local}"
uninstall=0
src="$here/../dist/Convene"
for arg in "$@"; do
  case "$arg" in
    --uninstall) uninstall=1 ;;
    *) src="$arg" ;;
  esac
done
app="$PREFIX/lib/convene"
share="$PREFIX/share"
id=org.convene.Convene
files=("$PREFIX/bin/Convene" "$share/applications/$id.desktop" "$share/metainfo/$id.metainfo.xml"
       "$share/mime/packages/$id.xml" "$share/icons/hicolor/scalable/apps/$id.svg")
for size in 16 24 32 48 64 128 256 512; do files+=("$share/icons/hicolor/${size}x${size}/apps/$id.png"); done
if [ "$uninstall" -eq 1 ]; then
  rm -rf "$app"; rm -f "${files[@]}"
  echo "Removed Convene from $PREFIX (your convening files, backups and settings are kept)."
else
  if [ ! -x "$src/Convene" ]; then
    echo "No build at $src: run \`make package\` first." >&2
    exit 1
  fi
  mkdir -p "$PREFIX/bin" "$share/applications" "$share/metainfo" "$share/mime/packages" \
           "$share/icons/hicolor/scalable/apps"
  rm -rf "$app"; mkdir -p "$(dirname "$app")"; cp -a "$src" "$app"
  ln -sf "$app/Convene" "$PREFIX/bin/Convene"
  sed "s|^Exec=Convene|Exec=$PREFIX/bin/Convene|; s|^TryExec=Convene|TryExec=$PREFIX/bin/Convene|" \
      "$here/$id.desktop" > "$share/applications/$id.desktop"
  cp "$here/$id.metainfo.xml" "$share/metainfo/$id.metainfo.xml"
  cp "$here/convene-mime.xml" "$share/mime/packages/$id.xml"
  icons="$app/_internal/resources/icons"
  cp "$icons/convene.svg" "$share/icons/hicolor/scalable/apps/$id.svg"
  for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "$share/icons/hicolor/${size}x${size}/apps"
    cp "$icons/convene-$size.png" "$share/icons/hicolor/${size}x${size}/apps/$id.png"
  done
  echo "Installed Convene in $app; run it from the menu or as $PREFIX/bin/Convene."
fi
# Tell the desktop (each is optional: not every system has them).
command -v update-mime-database >/dev/null && update-mime-database "$share/mime" >/dev/null 2>&1 || true
command -v update-desktop-database >/dev/null && update-desktop-database "$share/applications" >/dev/null 2>&1 || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$share/icons/hicolor" 2>/dev/null || true
