"""Countdown digits drawn as a path: as tall as asked, squeezed sideways only if they must be.

The scale comes from a reference of the same shape ("88:88"), not from the
digits shown, so the number never jitters in size as it counts.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QPointF, QRect, QRectF
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QTransform

from app.ui.projector.paint import font

_EM = 200


def _reference(text: str) -> str:
    return re.sub(r"\d", "8", text)


def draw_digits(p: QPainter, rect: QRect, text: str, color: QColor, digit_height: float) -> QRect:
    """Draw `text` centred in `rect` with digits `digit_height` px tall where the width allows."""
    f = font(_EM, bold=True)
    fm = QFontMetricsF(f)
    ref = _reference(text)
    path = QPainterPath()
    path.addText(QPointF(0, 0), f, text)
    ref_path = QPainterPath()
    ref_path.addText(QPointF(0, 0), f, ref)
    ref_box = ref_path.boundingRect()
    glyph_h = fm.tightBoundingRect("8").height() or _EM * 0.73
    sy = min(digit_height, rect.height()) / glyph_h
    width_needed = fm.horizontalAdvance(ref) * sy
    sx = sy if width_needed <= rect.width() else rect.width() / fm.horizontalAdvance(ref)
    # Never squeeze below 55% of the natural width; shrink the height instead.
    if sx < sy * 0.55:
        sy = sx / 0.55
    total_w = fm.horizontalAdvance(ref) * sx
    box_h = ref_box.height() * sy
    x0 = rect.x() + (rect.width() - total_w) / 2
    # Baseline so the reference's tight box is centred vertically.
    y0 = rect.y() + (rect.height() - box_h) / 2 - ref_box.top() * sy
    # Right-align the shown text to the reference width so a narrower sign/hour does not shift digits.
    shift = fm.horizontalAdvance(ref) - fm.horizontalAdvance(text)
    t = QTransform()
    t.translate(x0 + shift * sx, y0)
    t.scale(sx, sy)
    p.save()
    p.setPen(QColor(0, 0, 0, 0))
    p.setBrush(color)
    p.drawPath(t.map(path))
    p.restore()
    bounds = t.map(path).boundingRect()
    return QRectF(bounds).toAlignedRect()
