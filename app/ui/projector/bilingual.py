"""Drawing a text in two languages at once: the first as large as fits, the second smaller, both at or above
the scene's floor (4% of the screen height; more where the scene asks, such as a prompt's 6% for the first).

Stacked (the second below the first) when the box has room for a line of each; else side by side on one line,
the second after a gap. What cannot fit even at the floors is cut with "…" (recorded as elided), never shrunk.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, QRect, Qt
from PySide6.QtGui import QFontMetrics, QPainter

from app.ui.projector.glyphs import drawable
from app.ui.projector.paint import Fitted, draw_lines, fit_text, font

if TYPE_CHECKING:
    from app.ui.projector.words import Said

SECOND_SHARE = 0.72    # a bilingual projector's second language, as a share of the first's size

_SPLITS = (0.6, 0.55, 0.65, 0.5, 0.7, 0.45, 0.75, 0.4)
_H = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignHCenter


def draw_two(scene: Any, p: QPainter, key: str, rect: QRect, text: Said, max_px: float, color, *,
             bold: bool, align: Qt.AlignmentFlag, wrap: bool, min_px: float | None, family: str) -> QRect:
    p.setPen(color)
    first, second = drawable(str.__str__(text), family, bold), drawable(text.second or "", family, False)
    floor1 = scene.min_px if min_px is None else max(scene.min_px, int(min_px))
    floor2 = scene.min_px
    max1 = max(int(max_px), floor1)
    max2 = max(int(max_px * SECOND_SHARE), floor2)
    if rect.width() <= 0 or rect.height() <= 0 or not first:
        return QRect(rect.x(), rect.y(), 0, 0)
    gap2 = max(2, int(floor2 * 0.15))
    need = (QFontMetrics(font(floor1, bold, family)).height() + gap2
            + QFontMetrics(font(floor2, False, family)).height())
    if rect.height() >= need:
        return _stacked(scene, p, key, rect, first, second, (max1, floor1), (max2, floor2), bold, align, wrap,
                        family, gap2)
    return _inline(scene, p, key, rect, first, second, (max1, floor1), (max2, floor2), bold, align, family)


def _height(f: Fitted) -> int:
    fm = QFontMetrics(f.font)
    return len(f.lines) * fm.lineSpacing() - fm.leading()


def _stacked(scene, p, key, rect, first, second, size1, size2, bold, align, wrap, family, gap) -> QRect:
    best = None
    for split in _SPLITS:
        h1 = int((rect.height() - gap) * split)
        r1 = QRect(rect.x(), rect.y(), rect.width(), h1)
        f1 = fit_text(r1, first, size1[0], bold, wrap, size1[1], family)
        top2 = min(size2[0], max(size2[1], int(f1.px * 0.85)))   # the second never larger than the first
        r2 = QRect(rect.x(), rect.y(), rect.width(), rect.height() - _height(f1) - gap)
        f2 = fit_text(r2, second, top2, False, wrap, size2[1], family)
        score = (not f1.elided and not f2.elided, not f1.elided, f1.px, f2.px)
        if best is None or score > best[0]:
            best = (score, f1, f2)
    assert best is not None
    _, f1, f2 = best
    h1, h2 = _height(f1), _height(f2)
    total = h1 + gap + h2
    if align & Qt.AlignmentFlag.AlignTop:
        y = rect.y()
    elif align & Qt.AlignmentFlag.AlignBottom:
        y = rect.bottom() + 1 - total
    else:
        y = rect.y() + (rect.height() - total) // 2
    y = max(rect.y(), y)
    horizontal = (align & _H) or Qt.AlignmentFlag.AlignHCenter
    used1 = draw_lines(p, QRect(rect.x(), y, rect.width(), h1), f1, horizontal | Qt.AlignmentFlag.AlignTop)
    used2 = draw_lines(p, QRect(rect.x(), y + h1 + gap, rect.width(), h2), f2,
                       horizontal | Qt.AlignmentFlag.AlignTop)
    _record(scene, key, used1, f1, used2, f2)
    return used1.united(used2)


def _inline(scene, p, key, rect, first, second, size1, size2, bold, align, family) -> QRect:
    spacer = "   "
    chosen = None
    for px in range(size1[0], size1[1] - 1, -1):
        px2 = max(size2[1], min(size2[0], int(px * SECOND_SHARE)))
        f1, f2 = font(px, bold, family), font(px2, False, family)
        w1 = QFontMetrics(f1).horizontalAdvance(first)
        w2 = QFontMetrics(f2).horizontalAdvance(spacer + second)
        if w1 + w2 <= rect.width() and QFontMetrics(f1).height() <= rect.height() + 1:
            chosen = (f1, f2, [first], [second], False)
            break
    if chosen is None:  # too long at the floors: each keeps its share of the line, cut with "…"
        f1, f2 = font(size1[1], bold, family), font(size2[1], False, family)
        fm1, fm2 = QFontMetrics(f1), QFontMetrics(f2)
        w1 = fm1.horizontalAdvance(first)
        w2 = fm2.horizontalAdvance(spacer + second)
        room1 = max(1, min(w1, int(rect.width() * w1 / max(1, w1 + w2))))
        room2 = max(1, rect.width() - room1 - fm2.horizontalAdvance(spacer))
        chosen = (f1, f2, [fm1.elidedText(first, Qt.TextElideMode.ElideRight, room1)],
                  [fm2.elidedText(second, Qt.TextElideMode.ElideRight, room2)], True)
    f1, f2, lines1, lines2, elided = chosen
    fm1, fm2 = QFontMetrics(f1), QFontMetrics(f2)
    w1 = fm1.horizontalAdvance(lines1[0])
    pad = fm2.horizontalAdvance(spacer)
    w2 = fm2.horizontalAdvance(lines2[0])
    total = w1 + pad + w2
    if align & Qt.AlignmentFlag.AlignLeft:
        x = rect.x()
    elif align & Qt.AlignmentFlag.AlignRight:
        x = rect.right() + 1 - total
    else:
        x = rect.x() + (rect.width() - total) // 2
    baseline = rect.y() + (rect.height() - fm1.height()) // 2 + fm1.ascent()
    p.setFont(f1)
    p.drawText(QPointF(x, baseline), lines1[0])
    p.setFont(f2)
    p.drawText(QPointF(x + w1 + pad, baseline), lines2[0])
    used1 = QRect(x, baseline - fm1.ascent(), w1, fm1.height())
    used2 = QRect(x + w1 + pad, baseline - fm2.ascent(), w2, fm2.height())
    _record(scene, key, used1, Fitted(f1, lines1, elided), used2, Fitted(f2, lines2, elided))
    return used1.united(used2)


def _record(scene, key: str, used1: QRect, f1: Fitted, used2: QRect, f2: Fitted) -> None:
    scene.drawn.append((key, used1))
    scene.drawn.append((f"{key}_2", used2))
    scene.record_text(key, f1.px, used1, f1.lines, f1.elided)
    scene.record_text(f"{key}_2", f2.px, used2, f2.lines, f2.elided)


def inline_width(text: str, px: int, floor: int, bold: bool = False, family: str | None = None) -> int:
    """The width `Scene.text` needs to draw `text` on one line at `px` (a `Said` with a second language: both,
    the second beside the first at SECOND_SHARE, never under `floor`), for a scene sizing a column to fit it."""
    from app.ui.projector.paint import FAMILY

    fam = family or FAMILY
    first = QFontMetrics(font(px, bold, fam)).horizontalAdvance(drawable(str.__str__(text), fam, bold))
    second = getattr(text, "second", None)
    if not second:
        return first + 2
    px2 = max(floor, int(px * SECOND_SHARE))
    return first + QFontMetrics(font(px2, False, fam)).horizontalAdvance("   " + drawable(second, fam, False)) + 2
