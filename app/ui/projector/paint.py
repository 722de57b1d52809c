"""Painting text that scales with the projector and never leaves its box."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter

FAMILY = "DejaVu Sans"


def font(pixel_size: int, bold: bool = False, family: str = FAMILY) -> QFont:
    f = QFont(family)
    f.setPixelSize(max(1, int(pixel_size)))
    f.setBold(bold)
    f.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return f


def fitted_font(rect: QRect, text: str, max_px: int, bold: bool = False, wrap: bool = True,
                min_px: int = 8, family: str = FAMILY) -> QFont:
    """The largest font (at most max_px) with which `text` fits inside `rect`."""
    flags = int(Qt.AlignmentFlag.AlignLeft | (Qt.TextFlag.TextWordWrap if wrap else 0))
    lo, hi = min_px, max(min_px, int(max_px))
    best = lo
    while lo <= hi:
        mid = (lo + hi) // 2
        fm = QFontMetrics(font(mid, bold, family))
        br = fm.boundingRect(QRect(0, 0, rect.width(), 1_000_000), flags, text)
        if br.width() <= rect.width() and br.height() <= rect.height():
            best = mid
            lo = mid + 1
        else:
            hi = mid - 1
    return font(best, bold, family)


def draw_fitted(p: QPainter, rect: QRect, text: str, max_px: int, *, bold: bool = False,
                align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter, wrap: bool = True,
                family: str = FAMILY) -> QRect:
    """Draw `text` as large as fits in `rect` (capped at max_px); returns the rectangle used."""
    if not text or rect.width() <= 0 or rect.height() <= 0:
        return QRect(rect.x(), rect.y(), 0, 0)
    f = fitted_font(rect, text, max_px, bold, wrap, family=family)
    p.setFont(f)
    flags = int(align | (Qt.TextFlag.TextWordWrap if wrap else 0))
    used = p.boundingRect(QRectF(rect), flags, text).toAlignedRect()
    p.drawText(QRectF(rect), flags, text)
    return used

