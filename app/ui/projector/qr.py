"""A QR code drawn as squares with QPainter (no image library at run time)."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QColor, QPainter


@lru_cache(maxsize=8)
def qr_matrix(text: str) -> tuple[tuple[bool, ...], ...]:
    import qrcode

    code = qrcode.QRCode(border=2, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(text)
    code.make(fit=True)
    return tuple(tuple(bool(c) for c in row) for row in code.get_matrix())


def draw_qr(p: QPainter, rect: QRect, text: str) -> QRect:
    """Draw black modules on a white square (a quiet zone included) centred in `rect`."""
    matrix = qr_matrix(text)
    n = len(matrix)
    side = min(rect.width(), rect.height())
    module = side // n
    if module < 1:
        return QRect()
    size = module * n
    x0 = rect.x() + (rect.width() - size) // 2
    y0 = rect.y() + (rect.height() - size) // 2
    p.fillRect(QRect(x0, y0, size, size), QColor("white"))
    black = QColor("black")
    for r, row in enumerate(matrix):
        for c, on in enumerate(row):
            if on:
                p.fillRect(QRectF(x0 + c * module, y0 + r * module, module, module), black)
    return QRect(x0, y0, size, size)
