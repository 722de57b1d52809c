"""Countdown digits drawn as a path: as tall as asked, never squeezed sideways.

Glyphs keep their natural shape (the same scale across and down) and their
bold weight from 16:9 to 4:3: where a screen is too narrow for the digits at
their natural spacing (a 4:3 projector), the spacing is tightened in two steps.
Only on a screen narrower still (5:4) is the regular weight used, and only then
do the digits get shorter. The choice comes from a
reference of the same shape ("88:88"), not from the digits shown, so the number
never jitters in size as it counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRect, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QTransform

DIGIT_FAMILY = "DejaVu Sans Condensed"
_EM = 200
_TIGHT_GAP = 0.07  # ink-to-ink gap in em when spacing is tightened
_TIGHTER_GAP = 0.03  # and when that is still too wide (4:3 at 40% of the height)
_COLON_GAP = 0.05    # the colon keeps at least this much air on either side
# (bold, ink gap in em; None: the font's own advances), tried in order
_LADDER: tuple[tuple[bool, float | None], ...] = (
    (True, None), (True, _TIGHT_GAP), (True, _TIGHTER_GAP), (False, _TIGHTER_GAP))


@dataclass(frozen=True)
class DrawnDigits:
    rect: QRect          # the ink of the digits shown
    digit_px: float      # height of a digit's ink, in pixels
    stretch: float       # horizontal / vertical scale: always 1.0 (never squeezed)
    bold: bool
    family: str = DIGIT_FAMILY


def reference_for(text: str) -> str:
    return re.sub(r"\d", "8", text.lstrip("+-"))


def _font(bold: bool) -> QFont:
    f = QFont(DIGIT_FAMILY)
    f.setPixelSize(_EM)
    f.setBold(bold)
    return f


def _path(text: str, f: QFont, gap: float | None) -> QPainterPath:
    """The glyphs of `text` side by side: at the font's advances, or `gap` em apart ink to ink."""
    fm = QFontMetricsF(f)
    path = QPainterPath()
    x = 0.0
    for i, ch in enumerate(text):
        box = fm.tightBoundingRect(ch)
        if gap is not None and box.width() > 0:
            path.addText(QPointF(x - box.left(), 0), f, ch)
            after = max(gap, _COLON_GAP) if ":" in text[i:i + 2] else gap
            x += box.width() + after * _EM
        else:
            path.addText(QPointF(x, 0), f, ch)
            x += fm.horizontalAdvance(ch)
    return path


def _glyph_height(f: QFont) -> float:
    return QFontMetricsF(f).tightBoundingRect("8").height() or _EM * 0.73


def needed_width(digit_height: float, reference: str = "88:88", bold: bool = True,
                 gap: float | None = None) -> float:
    """Width the reference needs with digits `digit_height` px tall (`gap`: see `_path`)."""
    f = _font(bold)
    return _path(reference, f, gap).boundingRect().width() * digit_height / _glyph_height(f)


def draw_digits(p: QPainter, rect: QRect, text: str, color: QColor, digit_height: float,
                reference: str | None = None) -> DrawnDigits:
    """Draw `text` centred in `rect` with digits `digit_height` px tall where the width allows."""
    ref = reference or reference_for(text)
    want = min(digit_height, rect.height() * 0.98)
    # Weight and spacing are chosen for the widest usual shape, so they do not change mid-run.
    widest = max((ref, "88:88"), key=lambda r: needed_width(want, r))
    for bold, gap in _LADDER:
        if needed_width(want, widest, bold, gap) <= rect.width():
            break
    else:  # nothing fits at that height: shorter digits, at the tightest spacing, still unsqueezed
        want = want * rect.width() / needed_width(want, widest, bold, gap)
    f = _font(bold)
    scale = want / _glyph_height(f)
    ref_box = _path(ref, f, gap).boundingRect()
    path = _path(text, f, gap)
    box = path.boundingRect()
    # Centre the reference's box; right-align the shown text to it so a narrower hour does not shift digits.
    x0 = rect.x() + (rect.width() - ref_box.width() * scale) / 2 - ref_box.left() * scale
    x0 += (ref_box.right() - box.right()) * scale
    y0 = rect.y() + (rect.height() - ref_box.height() * scale) / 2 - ref_box.top() * scale
    t = QTransform()
    t.translate(x0, y0)
    t.scale(scale, scale)
    shown = t.map(path)
    p.save()
    p.setPen(QColor(0, 0, 0, 0))
    p.setBrush(color)
    p.drawPath(shown)
    p.restore()
    return DrawnDigits(QRectF(shown.boundingRect()).toAlignedRect(), want, 1.0, bold)
