"""Render resources/icons/convene.svg to the PNGs (16-512 px) the app and the Linux packages use.

    QT_QPA_PLATFORM=offscreen PYTHONPATH=. .venv/bin/python packaging/make_icons.py
Uses QtSvg at build time only (the app itself loads the PNGs, so QtSvg is not shipped).

The Windows .ico and the macOS .icns are made from those PNGs when the app is built (`platform_icon`, called
by packaging/convene.spec on Windows and macOS), with Pillow, on any system: no iconutil needed.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def platform_icon(kind: str, out_dir: Path) -> Path:
    """OUT_DIR/convene.ico (16-256 px) or OUT_DIR/convene.icns (16-512 px, and 1024 for Retina's 512@2x), each
    size our own rendering from resources/icons rather than one image scaled."""
    from PIL import Image

    pngs = {size: Image.open(ICONS / f"convene-{size}.png").convert("RGBA") for size in SIZES}
    out_dir.mkdir(parents=True, exist_ok=True)
    if kind == "ico":
        out = out_dir / "convene.ico"
        sizes = [s for s in SIZES if s <= 256]  # the ICO format stops at 256
        pngs[256].save(out, format="ICO", sizes=[(s, s) for s in sizes],
                       append_images=[pngs[s] for s in sizes if s != 256])
    elif kind == "icns":
        out = out_dir / "convene.icns"
        pngs[512].save(out, format="ICNS", append_images=[pngs[s] for s in SIZES if s != 512])
    else:
        raise ValueError(f"no icon format {kind!r}: ico or icns")
    return out


def main() -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - needed for painting
    renderer = QSvgRenderer(str(ICONS / "convene.svg"))
    if not renderer.isValid():
        print("convene.svg could not be read", file=sys.stderr)
        return 1
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        out = ICONS / f"convene-{size}.png"
        image.save(str(out))
        print(f"wrote {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
