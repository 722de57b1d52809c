"""A QR code as vector squares in the PDF (qrcode makes the matrix; no image library)."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=16)
def qr_matrix(text: str) -> tuple[tuple[bool, ...], ...]:
    import qrcode

    code = qrcode.QRCode(border=2, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(text)
    code.make(fit=True)
    return tuple(tuple(bool(c) for c in row) for row in code.get_matrix())


def qr_flowable(text: str, size: float):
    """A square Flowable `size` points wide holding the QR code of `text`."""
    from reportlab.lib import colors
    from reportlab.platypus import Flowable

    matrix = qr_matrix(text)

    class QrCode(Flowable):
        def __init__(self) -> None:
            super().__init__()
            self.width = self.height = size
            self.text = text  # what it encodes, for tests and for anyone reading the story

        def draw(self) -> None:
            n = len(matrix)
            module = size / n
            c = self.canv
            c.setFillColor(colors.white)
            c.rect(0, 0, size, size, stroke=0, fill=1)
            c.setFillColor(colors.black)
            for r, row in enumerate(matrix):
                y = size - (r + 1) * module
                run_start = None
                for col, on in enumerate(list(row) + [False]):
                    if on and run_start is None:
                        run_start = col
                    elif not on and run_start is not None:
                        c.rect(run_start * module, y, (col - run_start) * module, module, stroke=0, fill=1)
                        run_start = None

    return QrCode()
