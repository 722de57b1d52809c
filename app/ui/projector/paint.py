"""Painting text that scales with the projector and never leaves its box.

Text is fitted between a largest and a smallest size. Above the smallest size
it shrinks to fit; at the smallest size it is cut with "…" rather than shrunk
further, so nothing the room must read gets too small. Wrapped text is
balanced (the last line is as full as the others), so a lone word never sits
on a line of its own when the words could share the lines.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QTextLayout, QTextOption

from app.ui.projector.glyphs import drawable

FAMILY = "DejaVu Sans"
_LINE_BREAK = "\u2028"


def font(pixel_size: int, bold: bool = False, family: str = FAMILY) -> QFont:
    f = QFont(family)
    f.setPixelSize(max(1, int(pixel_size)))
    f.setBold(bold)
    f.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return f


class Fitted:
    """How a text was laid out: its font, its lines, whether it was cut short.

    (A plain class, not a dataclass: the first frame paints with it before anything
    that needs `dataclasses` has loaded.)"""

    __slots__ = ("font", "lines", "elided")

    def __init__(self, font: QFont, lines: list[str] | None = None, elided: bool = False) -> None:
        self.font = font
        self.lines = [] if lines is None else lines
        self.elided = elided

    @property
    def px(self) -> int:
        return self.font.pixelSize()


def wrap_lines(text: str, f: QFont, width: int, wrap: bool = True) -> list[str]:
    """The lines Qt breaks `text` into at `width` (explicit newlines kept)."""
    out: list[str] = []
    for para in text.replace("\n", _LINE_BREAK).split(_LINE_BREAK):
        if not wrap:
            out.append(para)
            continue
        layout = QTextLayout(para, f)
        opt = QTextOption()
        opt.setWrapMode(QTextOption.WrapMode.WordWrap)
        layout.setTextOption(opt)
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(1, width))
            out.append(para[line.textStart(): line.textStart() + line.textLength()].strip())
        layout.endLayout()
        if not para:
            out.append("")
    return out


def _fits(fm: QFontMetrics, lines: list[str], rect: QRect) -> bool:
    return (max((fm.horizontalAdvance(s) for s in lines), default=0) <= rect.width()
            and len(lines) * fm.lineSpacing() <= rect.height() + fm.leading() + 1)


def _balanced(text: str, f: QFont, width: int, lines: list[str]) -> list[str]:
    """The same number of lines at the narrowest width that keeps it: even lines, no lone last word."""
    n = len(lines)
    if n < 2:
        return lines
    lo, hi = width // 2, width
    best = lines
    while lo <= hi:
        mid = (lo + hi) // 2
        trial = wrap_lines(text, f, mid)
        fm = QFontMetrics(f)
        if len(trial) == n and max(fm.horizontalAdvance(s) for s in trial) <= width:
            best, hi = trial, mid - 1
        else:
            lo = mid + 1
    return best


def _widow(lines: list[str]) -> bool:
    """True when wrapped text of three or more words ends on a line of one word."""
    return len(lines) >= 2 and len(" ".join(lines).split()) >= 3 and len(lines[-1].split()) == 1


def _mend_widow(lines: list[str]) -> list[str]:
    if not _widow(lines):
        return lines
    before = lines[-2].split()
    if len(before) < 2:
        return lines
    return lines[:-2] + [" ".join(before[:-1]), before[-1] + " " + lines[-1]]


def fit_text(rect: QRect, text: str, max_px: int, bold: bool = False, wrap: bool = True,
             min_px: int = 8, family: str = FAMILY) -> Fitted:
    """The largest size in [min_px, max_px] at which `text` fits in `rect`; cut with "…" at min_px."""
    min_px = max(1, int(min_px))
    lo, hi = min_px, max(min_px, int(max_px))
    best: Fitted | None = None
    # Most projector text fits at its largest size: try that first, and search only if not.
    f = font(hi, bold, family)
    lines = wrap_lines(text, f, rect.width(), wrap)
    if _fits(QFontMetrics(f), lines, rect):
        best, lo = Fitted(f, lines), hi + 1
    else:
        hi -= 1
    while lo <= hi:
        mid = (lo + hi) // 2
        f = font(mid, bold, family)
        lines = wrap_lines(text, f, rect.width(), wrap)
        if _fits(QFontMetrics(f), lines, rect):
            best, lo = Fitted(f, lines), mid + 1
        else:
            hi = mid - 1
    if best is not None:
        if wrap:
            best.lines = _balanced(text, best.font, rect.width(), best.lines)
            if _widow(best.lines):  # a lone last word: take one word down with it, else a little smaller
                for px in range(best.px, max(min_px, int(best.px * 0.6)) - 1, -1):
                    f = font(px, bold, family)
                    lines = _balanced(text, f, rect.width(), wrap_lines(text, f, rect.width()))
                    lines = _mend_widow(lines)
                    if not _widow(lines) and _fits(QFontMetrics(f), lines, rect):
                        return Fitted(f, lines)
        return best
    # Too long even at the smallest size: keep the lines that fit, end the last with "…".
    f = font(min_px, bold, family)
    fm = QFontMetrics(f)
    room = max(1, (rect.height() + fm.leading()) // fm.lineSpacing())
    lines = wrap_lines(text, f, rect.width(), wrap)
    kept = lines[:room]
    rest = " ".join(lines[room - 1:]) if wrap else kept[-1]
    kept[-1] = fm.elidedText(rest, Qt.TextElideMode.ElideRight, rect.width())
    return Fitted(f, kept, elided=True)


def fitted_font(rect: QRect, text: str, max_px: int, bold: bool = False, wrap: bool = True,
                min_px: int = 8, family: str = FAMILY) -> QFont:
    """The largest font (at most max_px, at least min_px) with which `text` fits inside `rect`."""
    return fit_text(rect, text, max_px, bold, wrap, min_px, family).font


def draw_lines(p: QPainter, rect: QRect, fitted: Fitted, align: Qt.AlignmentFlag) -> QRect:
    """Draw already fitted lines in `rect` with `align`; returns the rectangle they cover."""
    p.setFont(fitted.font)
    fm = QFontMetrics(fitted.font)
    step = fm.lineSpacing()
    block_h = len(fitted.lines) * step - fm.leading()
    if align & Qt.AlignmentFlag.AlignTop:
        y = rect.y()
    elif align & Qt.AlignmentFlag.AlignBottom:
        y = rect.bottom() + 1 - block_h
    else:
        y = rect.y() + (rect.height() - block_h) // 2
    used = QRect()
    for line in fitted.lines:
        w = fm.horizontalAdvance(line)
        if align & Qt.AlignmentFlag.AlignLeft:
            x = rect.x()
        elif align & Qt.AlignmentFlag.AlignRight:
            x = rect.right() + 1 - w
        else:
            x = rect.x() + (rect.width() - w) // 2
        p.drawText(QPointF(x, y + fm.ascent()), line)
        used = used.united(QRect(x, y, w, fm.height()))
        y += step
    return used


def draw_fitted(p: QPainter, rect: QRect, text: str, max_px: int, *, bold: bool = False,
                align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter, wrap: bool = True,
                family: str = FAMILY, min_px: int = 8) -> tuple[QRect, Fitted | None]:
    """Draw `text` as large as fits in `rect` (between min_px and max_px); returns the rectangle used."""
    text = drawable(text, family, bold)
    if not text or rect.width() <= 0 or rect.height() <= 0:
        return QRect(rect.x(), rect.y(), 0, 0), None
    fitted = fit_text(rect, text, max_px, bold, wrap, min_px, family)
    return draw_lines(p, rect, fitted, align), fitted
