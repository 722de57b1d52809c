"""Render resources/icons/convene.svg to the PNGs (16-512 px) and the Windows .ico the build uses.

    QT_QPA_PLATFORM=offscreen PYTHONPATH=. .venv/bin/python packaging/make_icons.py
Uses QtSvg at build time only (the app itself loads the PNGs, so QtSvg is not shipped).
The macOS .icns is made on a Mac from the same PNGs (README: "Building on macOS").
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def main() -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - needed for painting
    renderer = QSvgRenderer(str(ICONS / "convene.svg"))
    if not renderer.isValid():
        print("convene.svg could not be read", file=sys.stderr)
        return 1
    images = {}
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        out = ICONS / f"convene-{size}.png"
        image.save(str(out))
        images[size] = image
        print(f"wrote {out.relative_to(ROOT)}")
    ico = ICONS / "convene.ico"
    if images[256].save(str(ico), "ICO"):
        print(f"wrote {ico.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
