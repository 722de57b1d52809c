#!/usr/bin/env bash
# Installs what Convene needs from the system (Debian/Ubuntu), when it is missing:
#   bash packaging/system-deps.sh        the libraries Qt needs to run the app (make demo, make run)
#   bash packaging/system-deps.sh test   those, plus the PDF tools, browser and packaging tools the tests use
# The .deb's Depends are derived from the build, not from this list (packaging/deb.py says how).
# Does nothing when they are already there.
set -euo pipefail
for_tests=0
[ "${1:-}" = "test" ] && for_tests=1
need=()
have_lib() { ldconfig -p 2>/dev/null | grep "$1" >/dev/null; }  # not grep -q: with pipefail its early exit fails the pipe
have_lib libEGL.so.1        || need+=(libegl1)
have_lib libGL.so.1         || need+=(libgl1)
have_lib libxkbcommon.so.0  || need+=(libxkbcommon0)
have_lib libfontconfig.so.1 || need+=(libfontconfig1)
have_lib libdbus-1.so.3     || need+=(libdbus-1-3)
have_lib libglib-2.0.so.0   || need+=(libglib2.0-0)
# Qt's xcb platform (a real X11 desktop, and Xvfb screenshots) needs these too.
have_lib libxcb-cursor.so.0       || need+=(libxcb-cursor0)
have_lib libxcb-icccm.so.4        || need+=(libxcb-icccm4)
have_lib libxcb-keysyms.so.1      || need+=(libxcb-keysyms1)
have_lib libxcb-image.so.0        || need+=(libxcb-image0)
have_lib libxcb-render-util.so.0  || need+=(libxcb-render-util0)
have_lib libxcb-shape.so.0        || need+=(libxcb-shape0)
have_lib libxcb-randr.so.0        || need+=(libxcb-randr0)
have_lib libxcb-xkb.so.1          || need+=(libxcb-xkb1)
have_lib libxkbcommon-x11.so.0    || need+=(libxkbcommon-x11-0)
fc-list 2>/dev/null | grep -i dejavu >/dev/null || need+=(fonts-dejavu-core)
if [ "$for_tests" -eq 1 ]; then
# The tests read handouts back: pdftoppm and pdffonts (poppler-utils), qpdf --check.
command -v pdffonts >/dev/null || need+=(poppler-utils)
command -v qpdf >/dev/null     || need+=(qpdf)
# Room capture's page is rendered in headless Chromium at a phone's size (tests/services/test_capture_page_chromium.py).
command -v chromium >/dev/null || need+=(chromium)
# axe-core checks those pages' accessibility in it (tests/services/test_capture_a11y.py); npm installs it, pinned.
command -v npm >/dev/null || need+=(npm)
# `make package` strips debug sections (binutils); its tests validate the desktop entry and AppStream metadata.
command -v strip >/dev/null                 || need+=(binutils)
command -v desktop-file-validate >/dev/null || need+=(desktop-file-utils)
command -v appstreamcli >/dev/null          || need+=(appstream)
# `make deb` and its tests: lintian on the .deb, xdg-mime for the file association, the MIME database and the
# desktop database refreshed by their triggers when the .deb is installed, xz for the tarball.
command -v lintian >/dev/null                 || need+=(lintian)
command -v xdg-mime >/dev/null                || need+=(xdg-utils)
command -v update-mime-database >/dev/null    || need+=(shared-mime-info)
command -v xz >/dev/null                      || need+=(xz-utils)
fi
if [ ${#need[@]} -eq 0 ]; then exit 0; fi
if ! command -v apt-get >/dev/null; then
  echo "Convene needs these system libraries: ${need[*]}. Install them with your package manager." >&2
  exit 1
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
if [ "$for_tests" -eq 1 ]; then what="Convene and its tests need"; else what="Convene needs"; fi
echo "Installing system packages $what: ${need[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
