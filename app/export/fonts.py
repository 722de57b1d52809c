"""The fonts a handout embeds, shipped in resources/fonts/ (licences beside them).

DejaVu Sans covers Latin (Vietnamese marks included), Greek, Cyrillic, Arabic
and Hebrew; WenQuanYi Zen Hei (TrueType, so reportlab can embed it) covers
Chinese, Japanese and Korean. Registered once, when the first build starts.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from app.locations import RESOURCES_DIR

FONT_DIR = RESOURCES_DIR / "fonts"
SANS = "ConveneSans"
SANS_BOLD = "ConveneSans-Bold"
CJK = "ConveneCJK"


@dataclass(frozen=True)
class FontSet:
    sans: frozenset[int]         # code points DejaVu Sans has
    cjk: frozenset[int]          # code points the CJK font has


@lru_cache(maxsize=1)
def register() -> FontSet:
    """Register the fonts with reportlab (once) and say which characters each covers."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    sans = TTFont(SANS, str(FONT_DIR / "DejaVuSans.ttf"))
    bold = TTFont(SANS_BOLD, str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    cjk = TTFont(CJK, str(FONT_DIR / "wqy-zenhei.ttc"), subfontIndex=0)
    for font in (sans, bold, cjk):
        pdfmetrics.registerFont(font)
    addMapping(SANS, 0, 0, SANS)
    addMapping(SANS, 1, 0, SANS_BOLD)
    addMapping(SANS, 0, 1, SANS)
    addMapping(SANS, 1, 1, SANS_BOLD)
    addMapping(CJK, 0, 0, CJK)
    addMapping(CJK, 1, 0, CJK)
    addMapping(CJK, 0, 1, CJK)
    addMapping(CJK, 1, 1, CJK)
    return FontSet(frozenset(sans.face.charToGlyph), frozenset(cjk.face.charToGlyph))
