"""What the wall's QGraphicsScene holds: notes, cluster frames with inline names, the fishbone.

Plain QGraphicsItems (not QGraphicsObjects) with DeviceCoordinateCache. Text is drawn only
when it comes out at least `min_text_px` pixels tall on the device (the console view uses a
laptop-sized floor, the projector 4% of the screen height); below that a note is its colour,
its pattern and its shape, so the room still sees the groups. Selection marks are drawn
only for a view (`widget` is not None), never into the projector's render().
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen, QTextOption
from PySide6.QtWidgets import QGraphicsItem, QGraphicsTextItem

from app.domain.wall.layout import HEADER_H, NOTE_H, NOTE_W
from app.domain.wall.palette import cluster_colour, colour
from app.ui.i18n import QT_TRANSLATE_NOOP

FAMILY = "DejaVu Sans"  # the projector's face (app/ui/projector/paint.py), named here: the projector imports the wall

NOTE_TEXT_PX = 28.0     # scene units: 4% of 768 px once about six notes fill the projector
NAME_TEXT_PX = 30.0
PAD = 12.0
INK = QColor("#111111")
SELECTED = QColor("#0072B2")
HIDDEN_TIP = QT_TRANSLATE_NOOP("items", "Hidden until the notes are revealed (tick Peek to read them on this screen only).")


def scale_of(painter: QPainter) -> float:
    t = painter.worldTransform()
    return max(abs(t.m11()), abs(t.m22()), 1e-9)


def text_font(px: float, bold: bool = False) -> QFont:
    f = QFont(FAMILY)
    f.setPixelSize(max(1, round(px)))
    f.setBold(bold)
    return f


def layout_lines(text: str, width: float, height: float, px: float) -> tuple[list[str], bool]:
    """The note's text in lines that fit width x height, no lone word on a paragraph's last line
    when it can share; when it does not all fit, the last line ends in " …" after whole words."""
    fm = QFontMetricsF(text_font(px))
    room = max(1, int(height // fm.lineSpacing()))

    def fits(s: str) -> bool:
        return fm.horizontalAdvance(s) <= width

    lines: list[str] = []
    for para in text.splitlines() or [""]:
        out: list[str] = []
        line = ""
        for w in para.split():
            trial = f"{line} {w}" if line else w
            if fits(trial) or not line:
                line = trial
            else:
                out.append(line)
                line = w
        out.append(line)
        if len(out) >= 2 and len(out[-1].split()) == 1 and len(out[-2].split()) >= 3:
            head, moved = out[-2].rsplit(" ", 1)
            if fits(f"{moved} {out[-1]}"):
                out[-2:] = [head, f"{moved} {out[-1]}"]
        lines += out
    # A single word longer than the width (a URL, a 2,000-letter word) is cut.
    cut = [s if fits(s) else fm.elidedText(s, Qt.TextElideMode.ElideRight, width) for s in lines]
    elided = cut != lines or len(lines) > room
    if len(cut) > room:
        cut = cut[:room]
        while True:  # end on whole words and " …"; a line that has no room for them gives them to the one above
            words = cut[-1].split()
            while len(words) > 1 and not fits(" ".join(words) + " …"):
                words.pop()
            if fits(" ".join(words) + " …"):
                cut[-1] = " ".join(words) + " …"
                break
            if len(cut) == 1:
                cut[-1] = fm.elidedText(cut[-1] + "…", Qt.TextElideMode.ElideRight, width)
                break
            cut.pop()
    return cut, elided


NOTE_SIZES = (NOTE_TEXT_PX, NOTE_TEXT_PX - 2, NOTE_TEXT_PX - 4, NOTE_TEXT_PX - 6)


def _lone_last(lines: list[str]) -> bool:
    return len(lines) >= 2 and len(" ".join(lines).split()) >= 3 and len(lines[-1].split()) < 2


def fit_note(text: str, width: float, height: float) -> tuple[float, list[str], bool]:
    """The largest of NOTE_SIZES at which the text fits whole with no lone last word; else whole;
    else the largest size, cut with " …"."""
    tries = [(px, *layout_lines(text, width, height, px)) for px in NOTE_SIZES]
    for ok in (lambda t: not t[2] and not _lone_last(t[1]), lambda t: not t[2], lambda t: not _lone_last(t[1])):
        found = next((t for t in tries if ok(t)), None)
        if found is not None:
            return found
    return tries[0]


class NoteItem(QGraphicsItem):
    def __init__(self, note, duplicate: bool = False, show_author: bool = False) -> None:
        super().__init__()
        self.note_id = note.id
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsMovable | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(1)
        self.set_note(note, duplicate, show_author)

    def set_note(self, note, duplicate: bool = False, show_author: bool = False) -> None:
        self.note = note
        self.duplicate = duplicate
        self.show_author = show_author and bool(note.author)
        self.setPos(note.x, note.y)
        self.set_tip()
        text_h = NOTE_H - 2 * PAD - (NOTE_TEXT_PX if self.show_author else 0)
        self.px, self.lines, self.elided = fit_note(note.text, NOTE_W - 2 * PAD, text_h)
        self.update()

    def set_tip(self) -> None:
        """The note's whole text as its tooltip; while notes are collected blind, only that it is hidden."""
        if getattr(self.scene(), "hide_text", False):
            self.setToolTip(QCoreApplication.translate("items", HIDDEN_TIP))
        else:
            self.setToolTip(self.note.text + (f"\n— {self.note.author}" if self.note.author else ""))

    def boundingRect(self) -> QRectF:
        return QRectF(-3, -3, NOTE_W + 6, NOTE_H + 6)

    def shape_rect(self) -> QRectF:
        return QRectF(0, 0, NOTE_W, NOTE_H)

    def shows_text(self, scale: float) -> bool:
        floor = getattr(self.scene(), "min_text_px", 6.0)
        return self.px * scale >= floor

    def paint(self, p: QPainter, option, widget=None) -> None:
        c = colour(self.note.colour)
        edge = QColor(c.edge)
        r = self.shape_rect()
        scale = scale_of(p)
        if NOTE_W * scale < 48:  # a few pixels wide (a whole board on one screen): the colour is what shows
            p.fillRect(r, QColor(c.fill))
            p.fillRect(QRectF(0, 0, NOTE_W, 12), edge)
            if widget is not None and self.isSelected():
                p.setPen(QPen(SELECTED, 3 / scale))
                p.drawRect(r)
            return
        p.fillRect(r, QColor(c.fill))
        _pattern(p, r, c.pattern, edge)
        p.setPen(QPen(edge, 3))
        p.drawRect(r.adjusted(1.5, 1.5, -1.5, -1.5))
        if self.note.in_control is not None:  # filled: in our control; hollow: not
            p.setPen(QPen(INK, 3))
            p.setBrush(QBrush(INK) if self.note.in_control else Qt.BrushStyle.NoBrush)
            p.drawEllipse(QPointF(NOTE_W - 14, 14), 7, 7)
            p.setBrush(Qt.BrushStyle.NoBrush)
        if self.duplicate:  # a doubled corner: "this note nearly repeats another"
            p.setPen(QPen(INK, 3))
            p.drawLine(QPointF(4, NOTE_H - 16), QPointF(16, NOTE_H - 4))
            p.drawLine(QPointF(4, NOTE_H - 26), QPointF(26, NOTE_H - 4))
        if getattr(self.scene(), "hide_text", False):   # collected blind: the console shows only that it came in
            p.setPen(QPen(edge, 4))
            for k in range(3):   # three grey bars where the lines of text would be
                y = PAD + 18 + k * 30
                p.drawLine(QPointF(PAD, y), QPointF(NOTE_W - PAD - (60 if k == 2 else 0), y))
        elif self.shows_text(scale):
            p.setPen(INK)
            p.setFont(text_font(self.px))
            fm = QFontMetricsF(p.font())
            y = PAD
            for line in self.lines:
                p.drawText(QRectF(PAD, y, NOTE_W - 2 * PAD, fm.lineSpacing()),
                           int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), line)
                y += fm.lineSpacing()
            if self.show_author:
                p.setFont(text_font(NOTE_TEXT_PX * 0.8))
                p.drawText(QRectF(PAD, NOTE_H - PAD - NOTE_TEXT_PX, NOTE_W - 2 * PAD, NOTE_TEXT_PX),
                           int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), f"— {self.note.author}")
        if widget is not None and self.isSelected():
            p.setPen(QPen(SELECTED, 6))
            p.drawRect(r.adjusted(-1, -1, 1, 1))


def _pattern(p: QPainter, r: QRectF, pattern: str, edge: QColor) -> None:
    """A second cue besides the hue, faint enough to keep the text black on light."""
    faint = QColor(edge)
    faint.setAlpha(90)
    p.setPen(QPen(faint, 3))
    if pattern == "stripes":
        for k in range(-int(r.height()), int(r.width()), 28):
            p.drawLine(QPointF(r.left() + k, r.bottom()), QPointF(r.left() + k + 22, r.bottom() - 22))
    elif pattern == "dots":
        p.setBrush(faint)
        for x in range(16, int(r.width()), 36):
            p.drawEllipse(QPointF(r.left() + x, r.bottom() - 10), 3, 3)
        p.setBrush(Qt.BrushStyle.NoBrush)
    elif pattern == "corner":
        p.setBrush(faint)
        p.drawPolygon([QPointF(r.right() - 34, r.bottom()), QPointF(r.right(), r.bottom()),
                       QPointF(r.right(), r.bottom() - 34)])
        p.setBrush(Qt.BrushStyle.NoBrush)
    elif pattern == "grid":
        for x in range(0, int(r.width()), 30):
            p.drawLine(QPointF(r.left() + x, r.bottom() - 12), QPointF(r.left() + x, r.bottom()))
        p.drawLine(QPointF(r.left(), r.bottom() - 12), QPointF(r.right(), r.bottom() - 12))
    elif pattern == "band":
        p.fillRect(QRectF(r.left(), r.top(), r.width(), 8), faint)


class ClusterItem(QGraphicsItem):
    """A cluster's frame around its notes, its name in the band on top, its dots at the right."""

    def __init__(self, cluster, frame: QRectF, on_rename: Callable[[int, str], None]) -> None:
        super().__init__()
        self.cluster_id = cluster.id
        self.on_rename = on_rename
        self.editor: NameEditor | None = None
        self.number: int | None = None   # as the room sees it (WallBoard numbers the clusters)
        self.setZValue(0)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.set_cluster(cluster, frame)

    def set_cluster(self, cluster, frame: QRectF) -> None:
        self.prepareGeometryChange()
        self.cluster = cluster
        self.frame = QRectF(frame)
        self.update()

    def boundingRect(self) -> QRectF:
        return self.frame.adjusted(-4, -4, 4, 4)

    def name_rect(self) -> QRectF:
        left = HEADER_H if self.number is not None else 0   # after the number's badge
        return QRectF(self.frame.left() + PAD + left, self.frame.top() + 4,
                      self.frame.width() - 2 * PAD - 90 - left, HEADER_H - 8)

    def set_number(self, number: int | None) -> None:
        if number != self.number:
            self.number = number
            self.update()

    def dots_text(self) -> str:
        if getattr(self.scene(), "hide_dots", False):   # voting is open: nobody sees the tallies yet
            return ""
        return f"● {self.cluster.dots}" if self.cluster.dots else ""

    def shows_text(self, scale: float) -> bool:
        return NAME_TEXT_PX * scale >= getattr(self.scene(), "min_text_px", 6.0)

    def paint(self, p: QPainter, option, widget=None) -> None:
        p.setPen(QPen(QColor("#6B6B6B"), 3, Qt.PenStyle.DashLine))
        p.setBrush(QColor(255, 255, 255, 28))
        p.drawRoundedRect(self.frame, 10, 10)
        p.fillRect(QRectF(self.frame.left(), self.frame.top(), self.frame.width(), HEADER_H), QColor("#2B2B2B"))
        badge = QRectF(self.frame.left(), self.frame.top(), HEADER_H, HEADER_H)
        if self.number is not None:   # the number the room sees, on the cluster's colour
            p.fillRect(badge, QColor(cluster_colour(self.number).edge))
        if self.number is not None and self.shows_text(scale_of(p)):
            p.setPen(INK)
            p.setFont(text_font(NAME_TEXT_PX, bold=True))
            p.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), str(self.number))
        if self.shows_text(scale_of(p)) and (self.editor is None):
            p.setPen(QColor("#FFFFFF"))
            p.setFont(text_font(NAME_TEXT_PX, bold=True))
            name = QFontMetricsF(p.font()).elidedText(self.cluster.name, Qt.TextElideMode.ElideRight,
                                                      self.name_rect().width())
            p.drawText(self.name_rect(), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), name)
            if self.dots_text():
                p.drawText(QRectF(self.frame.right() - 100, self.frame.top() + 4, 90, HEADER_H - 8),
                           int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), self.dots_text())

    def start_rename(self) -> NameEditor:
        """Name it inline: an editable text item over the band; Enter or leaving it commits, Esc cancels."""
        if self.editor is None:
            self.editor = NameEditor(self)
            self.update()
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        return self.editor

    def finish_rename(self, text: str | None) -> None:
        editor, self.editor = self.editor, None
        if editor is not None:
            editor.hide()
            if editor.scene() is not None:
                editor.scene().removeItem(editor)
        self.update()
        if text is not None and text.strip() and text.strip() != self.cluster.name:
            self.on_rename(self.cluster_id, text)


class InlineEditor(QGraphicsTextItem):
    """Text edited in place on the wall: Enter keeps it (Shift+Enter breaks a line where
    `multiline`), Esc drops it, leaving the field keeps it. `finish(text or None)` runs once."""

    multiline = False

    def __init__(self, text: str, parent=None) -> None:
        super().__init__(text, parent)
        self._done = False
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.document().setDefaultTextOption(QTextOption(Qt.AlignmentFlag.AlignLeft))

    def keyPressEvent(self, event) -> None:
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (self.multiline and shift):
            self._finish(self.toPlainText())
            return
        if event.key() == Qt.Key.Key_Escape:
            self._finish(None)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self._finish(self.toPlainText())

    def _finish(self, text: str | None) -> None:
        if not self._done:
            self._done = True
            self.finish(text)

    def finish(self, text: str | None) -> None:
        raise NotImplementedError


class NameEditor(InlineEditor):
    def __init__(self, owner: ClusterItem) -> None:
        super().__init__(owner.cluster.name, owner)
        self.owner = owner
        self.setDefaultTextColor(QColor("#FFFFFF"))
        self.setFont(text_font(NAME_TEXT_PX, bold=True))
        self.setTextWidth(owner.name_rect().width())
        self.setPos(owner.name_rect().topLeft())
        self.setZValue(5)
        cursor = self.textCursor()
        cursor.select(cursor.SelectionType.Document)
        self.setTextCursor(cursor)

    def finish(self, text: str | None) -> None:
        self.owner.finish_rename(text)


class FishItem(QGraphicsItem):
    """The fishbone: the spine, one line per bone, and the head holding the problem."""

    def __init__(self, shape, problem: str) -> None:
        super().__init__()
        self.shape_ = shape
        self.problem = problem
        self.setZValue(-1)
        self.lines, self.elided = layout_lines(problem or QCoreApplication.translate("FishItem", "The problem"), shape.head.w - 2 * PAD,
                                               shape.head.h - 2 * PAD, NAME_TEXT_PX)

    def head_rect(self) -> QRectF:
        h = self.shape_.head
        return QRectF(h.x, h.y, h.w, h.h)

    def boundingRect(self) -> QRectF:
        b = self.shape_.bounds
        return QRectF(b.x, b.y, b.w, b.h).adjusted(-10, -10, 10, 10)

    def shows_text(self, scale: float) -> bool:
        return NAME_TEXT_PX * scale >= getattr(self.scene(), "min_text_px", 6.0)

    def paint(self, p: QPainter, option, widget=None) -> None:
        head = self.head_rect()
        spine_y = head.center().y()
        p.setPen(QPen(QColor("#9A9A9A"), 8))
        p.drawLine(QPointF(self.shape_.bounds.x, spine_y), QPointF(head.left(), spine_y))
        p.setPen(QPen(QColor("#9A9A9A"), 5))
        for (x1, y1), (x2, y2) in self.shape_.bones.values():
            p.drawLine(QPointF(x1, y1), QPointF(x2, y2))
        p.setPen(QPen(QColor("#E69F00"), 4))
        p.setBrush(QColor("#3A2A00"))
        p.drawRoundedRect(head, 16, 16)
        if self.shows_text(scale_of(p)):
            p.setPen(QColor("#FFFFFF"))
            p.setFont(text_font(NAME_TEXT_PX, bold=True))
            fm = QFontMetricsF(p.font())
            y = head.top() + (head.height() - len(self.lines) * fm.lineSpacing()) / 2
            for line in self.lines:
                p.drawText(QRectF(head.left() + PAD, y, head.width() - 2 * PAD, fm.lineSpacing()),
                           int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter), line)
                y += fm.lineSpacing()
