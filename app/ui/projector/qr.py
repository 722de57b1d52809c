"""A QR code drawn as squares with QPainter (no image library at run time)."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QColor, QPainter


def _import_qrcode():
    """qrcode without Pillow: its package imports Pillow's image drawers when Pillow is there
    (about 50 ms on the Welcome scene's first paint), which a matrix of booleans never uses.
    Its own code skips them when Pillow cannot be imported, so Pillow is hidden for that one
    import (only if nothing has loaded it yet; the handout loads it later as usual)."""
    import sys

    if "qrcode" in sys.modules or "PIL" in sys.modules:
        import qrcode
        return qrcode
    sys.modules["PIL"] = None  # type: ignore[assignment]  # import PIL -> ImportError
    try:
        import qrcode
    finally:
        del sys.modules["PIL"]
    return qrcode


@lru_cache(maxsize=8)
def qr_matrix(text: str) -> tuple[tuple[bool, ...], ...]:
    qrcode = _import_qrcode()
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
