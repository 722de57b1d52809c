"""The Debian/Ubuntu package and the Linux tarball, both made from the one-folder app (dist/Convene).

    make deb                                   (builds dist/Convene first, then runs this)
    .venv/bin/python packaging/deb.py [dist/Convene]

Writes dist/convene_<version>_amd64.deb with `dpkg-deb` (nothing is fetched: every file comes from the
one-folder build and packaging/) and dist/convene-<version>-linux-x86_64.tar.xz (the one folder, for other
distributions), then prints their sizes against the targets (issue 27): the app unpacked <= 220 MB, each
download <= 90 MB. Last line: RESULT installed_mb=... deb_mb=... tar_xz_mb=... unpacked_target_mb=220
download_target_mb=90.

What the package installs:
  /opt/convene/                       the one-folder app as built (`Convene` and `_internal/`)
  /usr/bin/convene                    a symlink to /opt/convene/Convene
  /usr/share/applications/            the desktop entry (Exec=convene %f), which also associates .convene files
  /usr/share/icons/hicolor/*/apps/    the icon at 16..512 px and as SVG
  /usr/share/mime/packages/           the .convene file type (application/x-convene, shared-mime-info XML)
  /usr/share/metainfo/                the AppStream metadata
  /usr/share/doc/convene/             copyright (every bundled component and its licence) and changelog
  /usr/share/man/man1/convene.1.gz    the manual page
  /usr/share/lintian/overrides/       why the tags that a self-contained app in /opt always raises are expected
No maintainer scripts: on Debian and Ubuntu the desktop, MIME and icon caches are refreshed by the triggers of
desktop-file-utils, shared-mime-info and the icon theme when files land in those folders.

How Depends is derived (`depends()`): every ELF file in the build is read with `readelf -d`; each library it
needs (DT_NEEDED) that the build does not carry itself is found with `ldconfig -p`, and `dpkg -S` names the
Debian package that installed it; libc6 gets the newest GLIBC_x.y symbol version any file asks for
(`readelf -V`). Two data files the bundled libraries read are added the same way through `dpkg -S`:
fontconfig's configuration and the keyboard layouts xkbcommon compiles. A library that is neither in the build
nor on this machine stops the build, naming the files that need it.
"""

from __future__ import annotations

import email.utils
import gzip
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = ROOT / "packaging"
APP_ID = "org.convene.Convene"
PACKAGE = "convene"
ARCH = "amd64"
MAINTAINER = "Convene maintainers <maintainers@convene.invalid>"
UNPACKED_TARGET_MB = 220
DOWNLOAD_TARGET_MB = 90
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# Files (not libraries) the bundled libraries read from the system at run time, and why.
RUNTIME_DATA = {
    "/etc/fonts/fonts.conf": "the bundled fontconfig reads its configuration",
    "/usr/share/X11/xkb/rules/evdev": "the bundled xkbcommon compiles the keyboard layout from it",
}


class PackagingError(Exception):
    """Something the package cannot be built without; the message says what."""


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from app import __version__

    return __version__


# -- Depends -------------------------------------------------------------------------------------------------

def elf_files(folder: Path) -> list[Path]:
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        with open(path, "rb") as fh:
            if fh.read(4) == b"\x7fELF":
                found.append(path)
    return found


def _readelf(flag: str, path: Path) -> str:
    return subprocess.run(["readelf", flag, "--wide", str(path)], capture_output=True, text=True,
                          check=True).stdout


def _ldconfig() -> dict[str, str]:
    out = subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    found: dict[str, str] = {}
    for line in out.splitlines():
        m = re.match(r"\s*(\S+) \((.*?)\) => (\S+)", line)
        if m and "x86-64" in m.group(2):
            found.setdefault(m.group(1), m.group(3))
    return found


def package_of(path: str) -> str:
    """The Debian package that installed PATH (tried as given, resolved, and across the /usr merge)."""
    real = os.path.realpath(path)
    tries = [path, real]
    for p in (path, real):
        tries.append(p[4:] if p.startswith("/usr/") else "/usr" + p)
    for candidate in tries:
        done = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if done.returncode == 0:
            return done.stdout.split(":", 1)[0].split(",")[0].strip()
    raise PackagingError(f"No Debian package on this machine owns {path}; install what provides it "
                         f"(bash packaging/system-deps.sh) and build again.")


def system_libraries(folder: Path) -> dict[str, list[Path]]:
    """Each library some file of the build needs that the build does not carry: soname -> the files needing it."""
    carried = {p.name for p in folder.rglob("*")}
    needs: dict[str, list[Path]] = {}
    for path in elf_files(folder):
        for soname in re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]", _readelf("-d", path)):
            if soname not in carried:
                needs.setdefault(soname, []).append(path)
    return needs


def glibc_floor(folder: Path) -> str:
    newest = (2, 0)
    for path in elf_files(folder):
        for major, minor in re.findall(r"Name: GLIBC_(\d+)\.(\d+)", _readelf("-V", path)):
            newest = max(newest, (int(major), int(minor)))
    return f"{newest[0]}.{newest[1]}"


def depends(folder: Path) -> list[str]:
    """The Depends: line's packages, derived from the build as the module's docstring says."""
    on_system = _ldconfig()
    packages: set[str] = set()
    for soname, users in sorted(system_libraries(folder).items()):
        if soname not in on_system:
            names = ", ".join(str(u.relative_to(folder)) for u in users[:3])
            raise PackagingError(f"{soname} is needed by {names} but is neither in the build nor on this machine.")
        packages.add(package_of(on_system[soname]))
    for path in RUNTIME_DATA:
        if not os.path.exists(path):
            raise PackagingError(f"{path} is not on this machine ({RUNTIME_DATA[path]}); "
                                 f"run bash packaging/system-deps.sh first.")
        packages.add(package_of(path))
    floor = glibc_floor(folder)
    return sorted(f"{p} (>= {floor})" if p == "libc6" else p for p in packages)


# -- the files around the app --------------------------------------------------------------------------------

def releases() -> list[tuple[str, str, str]]:
    """(version, date, text) of each release in the AppStream metadata, newest first."""
    tree = ET.parse(HERE / f"{APP_ID}.metainfo.xml")
    found = []
    for release in tree.getroot().iter("release"):
        text = " ".join(w for p in release.iter("p") for w in "".join(p.itertext()).split())
        found.append((release.get("version", ""), release.get("date", ""), text))
    return found


def released_at(date: str) -> datetime:
    """A release's `date` in the AppStream metadata: a day ("2026-12-07") or, for two releases on one day, a
    moment ("2026-12-07T17:30:00Z"), since each changelog entry must be newer than the one before (lintian)."""
    when = datetime.fromisoformat(date.replace("Z", "+00:00"))
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def changelog() -> str:
    entries = []
    for ver, date, text in releases():
        when = released_at(date)
        lines = _wrap(text, 76, first="  * ", rest="    ")
        entries.append(f"{PACKAGE} ({ver}) stable; urgency=medium\n\n{lines}\n\n"
                       f" -- {MAINTAINER}  {email.utils.format_datetime(when)}\n")
    return "\n".join(entries)


def _wrap(text: str, width: int, first: str, rest: str) -> str:
    lines, line = [], first
    for word in text.split():
        if len(line) + len(word) + 1 > width and line.strip() not in ("", "*"):
            lines.append(line.rstrip())
            line = rest
        line += word + " "
    lines.append(line.rstrip())
    return "\n".join(lines)


def years() -> str:
    found = sorted({date[:4] for _v, date, _t in releases()})
    return found[0] if len(found) == 1 else f"{found[0]}-{found[-1]}"


def copyright_text() -> str:
    sys.path.insert(0, str(ROOT))
    from app.services.console.about import COMPONENTS

    parts = [
        "Convene: an offline facilitation console for school improvement network convenings.",
        "",
        f"Copyright: {years()} the Convene authors",
        "License: MIT",
        "",
        "Permission is hereby granted, free of charge, to any person obtaining a copy of this software and",
        "associated documentation files (the \"Software\"), to deal in the Software without restriction,",
        "including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense,",
        "and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so,",
        "subject to the following conditions:",
        "",
        "The above copyright notice and this permission notice shall be included in all copies or substantial",
        "portions of the Software.",
        "",
        "THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT",
        "LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN",
        "NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY,",
        "WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE",
        "SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.",
        "",
        "Bundled in /opt/convene (each under its own licence; the full texts are in",
        "/opt/convene/_internal/resources/licenses and, for the fonts, /opt/convene/_internal/resources/fonts;",
        "Help > About in the app lists the same with versions):",
        "",
    ]
    for c in COMPONENTS:
        texts = ", ".join(f"/opt/convene/_internal/resources/{t}" for t in c.texts)
        parts.append(f"  {c.name}: {c.licence} ({texts})")
    parts += [
        "",
        "On Debian systems the LGPL 3 and GPL 3 are also in /usr/share/common-licenses/LGPL-3 and",
        "/usr/share/common-licenses/GPL-3, and the Apache licence 2.0 in /usr/share/common-licenses/Apache-2.0.",
        "The Python interpreter and its standard library (PSF License) and the system libraries PyInstaller",
        "copied beside them keep their own licences.",
    ]
    return "\n".join(parts) + "\n"


MANPAGE = r""".TH CONVENE 1 "{date}" "Convene {version}" "User Commands"
.SH NAME
convene \- facilitation console for school improvement network convenings
.SH SYNOPSIS
.B convene
.RI [ FILE.convene ]
.br
.B convene
.B \-\-demo
.br
.B convene
.IR COMMAND " ..."
.SH DESCRIPTION
Convene runs a convening offline from one laptop and a projector: the agenda with live timers,
protocol scripts step by step, buddy\-school pairing, talk\-time balance, a sticky\-note wall,
commitments and PDF handouts. Each convening is one file; Convene backs it up before every open
and upgrades a file from an earlier version when it opens it.
.PP
With no arguments it opens the last file, or the welcome screen.
.B \-\-demo
opens a fresh copy of the demo convening.
.B "convene \-\-help"
lists the commands (demo, import, pair, tables, export, capture, render, next, network and others);
.B "convene COMMAND \-\-help"
describes one.
.SH OPTIONS
.TP
.B \-\-version
Print the version and exit.
.TP
.B \-\-smoke
Check that the app starts and draws every screen, then exit.
.SH FILES
.TP
.I ~/.local/share/Convene
Backups, demo copies and the error log (or the folder named by
.BR CONVENE_DATA_DIR ).
.TP
.I ~/.config/Convene/Convene.conf
Settings: recent files, projector, theme.
"""


def manpage(ver: str) -> str:
    date = releases()[0][1]
    return MANPAGE.replace("{date}", date[:10]).replace("{version}", ver)


LINTIAN_OVERRIDES = """\
# Convene is a self-contained app (PyInstaller's one folder: its own Python, Qt and libraries) installed as an
# add-on in /opt, as the FHS allows for software not from the distribution. These tags follow from that.
convene: dir-or-file-in-opt [opt/convene/*]
convene: embedded-library *[opt/convene/_internal/*]
convene: unstripped-binary-or-object [opt/convene/_internal/*]
convene: shared-library-lacks-prerequisites [opt/convene/_internal/*]
convene: hardening-no-fortify-functions [opt/convene/*]
convene: hardening-no-bindnow [opt/convene/*]
# PyInstaller keeps the RUNPATH the libraries were linked with ($ORIGIN, and the build machine's Python lib folder
# for Python's own extensions); nothing is ever found there on another machine, and /opt/convene loads its own.
convene: custom-library-search-path *[opt/convene/_internal/*]
convene: library-not-linked-against-libc [opt/convene/_internal/*]
convene: spelling-error-in-binary * [opt/convene/_internal/*]
"""


def _icon_files() -> dict[str, Path]:
    icons = ROOT / "resources" / "icons"
    files = {f"usr/share/icons/hicolor/{s}x{s}/apps/{APP_ID}.png": icons / f"convene-{s}.png" for s in ICON_SIZES}
    files[f"usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg"] = icons / "convene.svg"
    return files


def desktop_entry() -> str:
    text = (HERE / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    text = re.sub(r"^Exec=Convene", "Exec=convene", text, flags=re.M)
    return re.sub(r"^TryExec=Convene", "TryExec=convene", text, flags=re.M)


def metainfo() -> str:
    text = (HERE / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    return text.replace("<binary>Convene</binary>", "<binary>convene</binary>")


def _write(path: Path, data: str | bytes, mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    path.chmod(mode)


def _normalise_modes(tree: Path) -> None:
    """0755 for folders and programs (ELF executables, scripts), 0644 for everything else, shared libraries too."""
    for path in tree.rglob("*"):
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
            continue
        with open(path, "rb") as fh:
            head = fh.read(18)
        program = head[:2] == b"#!" or (head[:4] == b"\x7fELF" and head[16:18] == b"\x02\x00")  # ET_EXEC
        if head[:4] == b"\x7fELF" and head[16:18] == b"\x03\x00":  # ET_DYN: a library, or a PIE program
            program = ".so" not in path.name
        path.chmod(0o755 if program else 0o644)


def installed_kb(tree: Path) -> int:
    """Installed-Size as dpkg-gencontrol counts it: each file rounded up to a KiB, one per folder and link."""
    total = 0
    for path in tree.rglob("*"):
        if "DEBIAN" in path.relative_to(tree).parts:
            continue
        total += 1 if path.is_dir() or path.is_symlink() else -(-path.stat().st_size // 1024)
    return total


def control(ver: str, deps: list[str], size_kb: int) -> str:
    return (f"Package: {PACKAGE}\n"
            f"Version: {ver}\n"
            f"Architecture: {ARCH}\n"
            f"Maintainer: {MAINTAINER}\n"
            f"Installed-Size: {size_kb}\n"
            f"Depends: {', '.join(deps)}\n"
            "Section: education\n"
            "Priority: optional\n"
            "Description: facilitation console for school improvement network convenings\n"
            " Convene runs a convening offline from one laptop and a projector: the\n"
            " agenda with live timers, equity protocols step by step, buddy-school\n"
            " pairing, talk-time balance, a sticky-note wall that phones can add to\n"
            " over the room's network, commitments and PDSA cycles, and PDF handouts.\n"
            " .\n"
            " Each convening is one file, backed up before every open. This package is\n"
            " the self-contained build (its own Python and Qt) installed in /opt/convene.\n")


def stage(folder: Path, tree: Path, ver: str) -> list[str]:
    """Lay out the package's files in TREE; returns the Depends it was given."""
    if tree.exists():
        shutil.rmtree(tree)
    opt = tree / "opt" / PACKAGE
    opt.parent.mkdir(parents=True)
    shutil.copytree(folder, opt, symlinks=True)
    (tree / "usr" / "bin").mkdir(parents=True)
    (tree / "usr" / "bin" / PACKAGE).symlink_to(f"/opt/{PACKAGE}/Convene")
    share = tree / "usr" / "share"
    _write(share / "applications" / f"{APP_ID}.desktop", desktop_entry())
    _write(share / "metainfo" / f"{APP_ID}.metainfo.xml", metainfo())
    _write(share / "mime" / "packages" / f"{APP_ID}.xml", (HERE / "convene-mime.xml").read_bytes())
    for dest, src in _icon_files().items():
        _write(tree / dest, src.read_bytes())
    doc = share / "doc" / PACKAGE
    _write(doc / "copyright", copyright_text())
    _write(doc / "changelog.gz", gzip.compress(changelog().encode("utf-8"), 9, mtime=0))
    _write(share / "man" / "man1" / f"{PACKAGE}.1.gz", gzip.compress(manpage(ver).encode("utf-8"), 9, mtime=0))
    _write(share / "lintian" / "overrides" / PACKAGE, LINTIAN_OVERRIDES)
    _normalise_modes(tree)
    deps = depends(opt)
    debian = tree / "DEBIAN"
    debian.mkdir(mode=0o755)
    sums = []
    for path in sorted(p for p in tree.rglob("*") if p.is_file() and not p.is_symlink()):
        rel = path.relative_to(tree)
        if rel.parts[0] != "DEBIAN":
            sums.append(f"{hashlib.md5(path.read_bytes()).hexdigest()}  {rel.as_posix()}\n")
    _write(debian / "md5sums", "".join(sums))
    _write(debian / "control", control(ver, deps, installed_kb(tree)))
    return deps


def source_date_epoch() -> str:
    date = releases()[0][1]
    return str(int(released_at(date).timestamp()))


def build_deb(folder: Path, out_dir: Path, ver: str) -> tuple[Path, list[str], int]:
    deb = out_dir / f"{PACKAGE}_{ver}_{ARCH}.deb"
    with tempfile.TemporaryDirectory(dir=out_dir, prefix=".deb-") as tmp:
        tree = Path(tmp) / "root"
        deps = stage(folder, tree, ver)
        size_kb = installed_kb(tree)
        env = dict(os.environ, SOURCE_DATE_EPOCH=source_date_epoch())
        deb.unlink(missing_ok=True)
        # xz -9, not the default 6: about 1 MB less on each download (88.7 instead of 89.7 MB at 0.3.0) for a
        # minute more of build time; the downloads' 90 MB target had 0.3 MB left.
        subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "-z9", "--build", str(tree), str(deb)], check=True,
                       env=env, stdout=subprocess.DEVNULL)
    return deb, deps, size_kb


def build_tarball(folder: Path, out_dir: Path, ver: str) -> Path:
    out = out_dir / f"{PACKAGE}-{ver}-linux-x86_64.tar.xz"
    out.unlink(missing_ok=True)
    subprocess.run(["tar", "--sort=name", "--owner=0", "--group=0", "--numeric-owner",
                    f"--mtime=@{source_date_epoch()}", "-I", "xz -9 -T2", "-cf", str(out), "-C", str(folder.parent),
                    folder.name], check=True)
    return out


def folder_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def main(argv: list[str]) -> int:
    folder = Path(argv[0] if argv else ROOT / "dist" / "Convene").resolve()
    if not (folder / "Convene").is_file():
        print(f"No one-folder build at {folder}: run `make package` first.", file=sys.stderr)
        return 1
    for tool in ("dpkg-deb", "dpkg", "readelf", "xz"):
        if not shutil.which(tool):
            print(f"`{tool}` is missing: run `bash packaging/system-deps.sh test`.", file=sys.stderr)
            return 1
    ver = version()
    try:
        deb, deps, size_kb = build_deb(folder, folder.parent, ver)
    except PackagingError as exc:
        print(exc, file=sys.stderr)
        return 1
    tarball = build_tarball(folder, folder.parent, ver)
    deb_mb, tar_mb = deb.stat().st_size / 1e6, tarball.stat().st_size / 1e6
    print(f"wrote {deb} (Depends: {', '.join(deps)})")
    print(f"wrote {tarball}")
    print(f"  {folder_mb(folder):6.1f} MB  the app unpacked (target <= {UNPACKED_TARGET_MB} MB); "
          f"installed with its desktop files {size_kb / 1024:.1f} MiB")
    print(f"  {deb_mb:6.1f} MB  {deb.name} (target <= {DOWNLOAD_TARGET_MB} MB)")
    print(f"  {tar_mb:6.1f} MB  {tarball.name} (target <= {DOWNLOAD_TARGET_MB} MB)")
    for name, mb, target in (("the app unpacked", folder_mb(folder), UNPACKED_TARGET_MB),
                             (deb.name, deb_mb, DOWNLOAD_TARGET_MB), (tarball.name, tar_mb, DOWNLOAD_TARGET_MB)):
        if mb > target:
            print(f"  {name} is over its {target} MB target by {mb - target:.1f} MB")
    print(f"RESULT installed_mb={folder_mb(folder):.1f} deb_mb={deb_mb:.1f} tar_xz_mb={tar_mb:.1f} "
          f"unpacked_target_mb={UNPACKED_TARGET_MB} download_target_mb={DOWNLOAD_TARGET_MB}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
