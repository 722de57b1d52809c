"""The app icon, from the PNGs made from resources/icons/convene.svg (no QtSvg needed at run time).

Its own small module: it is set before the first frame, so it must not pull in the About dialog."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from app.locations import RESOURCES_DIR

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    icon = QIcon()
    for size in ICON_SIZES:
        path = RESOURCES_DIR / "icons" / f"convene-{size}.png"
        if path.exists():
            icon.addFile(str(path))
    return icon
