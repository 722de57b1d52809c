"""The fonts Convene ships (resources/fonts/), made available to Qt as well as to the handouts.

So names in any script on the console and the projector do not depend on what
the laptop has installed: DejaVu Sans (the projector's face; Latin with
Vietnamese marks, Greek, Cyrillic, Arabic, Hebrew) and WenQuanYi Zen Hei
(Chinese, Japanese, Korean) join Qt's font fallback. Registered once, after the
first frame (it costs a few milliseconds: the files are mapped, not read).
"""

from __future__ import annotations

from functools import lru_cache

from app.locations import RESOURCES_DIR

FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "wqy-zenhei.ttc")


@lru_cache(maxsize=1)
def register_bundled_fonts() -> tuple[str, ...]:
    """Add the shipped fonts to Qt's font database (once). Returns the families Qt now knows from them."""
    from PySide6.QtGui import QFontDatabase

    families: list[str] = []
    for name in FONT_FILES:
        path = RESOURCES_DIR / "fonts" / name
        if not path.exists():
            continue  # a trimmed build: the system's fonts have to do
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return tuple(dict.fromkeys(families))
