#!/usr/bin/env bash
# Installs the system libraries Qt needs to run, and the PDF tools and browser the tests use (Debian/Ubuntu, when missing).
# Does nothing when they are already there or when apt-get is not available.
set -euo pipefail
need=()
have_lib() { ldconfig -p 2>/dev/null | grep -q "$1"; }
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
fc-list 2>/dev/null | grep -qi dejavu || need+=(fonts-dejavu-core)
# The tests read handouts back: pdftoppm and pdffonts (poppler-utils), qpdf --check.
command -v pdffonts >/dev/null || need+=(poppler-utils)
command -v qpdf >/dev/null     || need+=(qpdf)
# Room capture's page is rendered in headless Chromium at a phone's size (tests/services/test_capture_page_chromium.py).
command -v chromium >/dev/null || need+=(chromium)
# `make package` strips debug sections (binutils); its tests validate the desktop entry and AppStream metadata.
command -v strip >/dev/null                 || need+=(binutils)
command -v desktop-file-validate >/dev/null || need+=(desktop-file-utils)
command -v appstreamcli >/dev/null          || need+=(appstream)
if [ ${#need[@]} -eq 0 ]; then exit 0; fi
if ! command -v apt-get >/dev/null; then
  echo "Convene needs these system libraries: ${need[*]}. Install them with your package manager." >&2
  exit 1
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "Installing system packages Convene and its tests need: ${need[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
