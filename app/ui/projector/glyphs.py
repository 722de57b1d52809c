"""Characters the projector can really draw.

Qt falls back to any installed font that has a glyph (an emoji font, if the
laptop has one). A character no font has would show as an empty box, so it is
left out instead: the title reads plainly and the layout does not move.
"""

from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtGui import QFont, QFontMetrics, QTextLayout

_IGNORABLE = {0x200D, 0xFE0E, 0xFE0F, 0x20E3}  # joiners and emoji selectors: invisible on their own


@lru_cache(maxsize=8)
def _metrics(family: str, bold: bool) -> QFontMetrics:
    f = QFont(family)
    f.setPixelSize(32)
    f.setBold(bold)
    return QFontMetrics(f)


@lru_cache(maxsize=4096)
def _has_glyph(family: str, bold: bool, ch: str) -> bool:
    if _metrics(family, bold).inFontUcs4(ord(ch)):
        return True  # the font itself has it (the usual case; no layout needed)
    f = QFont(family)
    f.setPixelSize(32)
    f.setBold(bold)
    layout = QTextLayout(ch, f)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    runs = layout.glyphRuns()
    if not runs:
        return False
    return all(idx != 0 for run in runs for idx in run.glyphIndexes())


def drawable(text: str, family: str, bold: bool = False) -> str:
    """`text` without the characters no installed font can draw (no empty boxes)."""
    if text.isascii():
        return text
    out = []
    dropped = False
    for ch in text:
        cp = ord(ch)
        if cp < 0x80 or ch.isspace() or ch in "\u2028":
            out.append(ch)
        elif cp in _IGNORABLE or 0x1F3FB <= cp <= 0x1F3FF or 0xE0020 <= cp <= 0xE007F:
            if not dropped:
                out.append(ch)
        elif _has_glyph(family, bold, ch):
            out.append(ch)
            dropped = False
        else:
            dropped = True
    if len(out) == len(text):
        return text
    return re.sub(r" {2,}", " ", "".join(out)).strip()


def fonts_changed() -> None:
    """Forget what was learnt about glyphs (after fonts were added to Qt's database)."""
    _has_glyph.cache_clear()
    _metrics.cache_clear()
