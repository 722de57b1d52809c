"""The seating map: everyone in the conversation at once, as they sit (by table), by team or A to Z.

A click gives that person the floor; Shift+click or a right click raises or lowers their hand. The
arrow keys move a cursor over the names and Enter gives the floor to the name under it (`pick`). Who has the
floor is drawn filled, bold and with a dot (not by colour alone); a raised hand shows its place in the
queue; someone who has not spoken yet has a dashed outline. When not everyone fits (a small screen,
150 people), the map pages, and it turns to the page of whoever is given the floor.

The layout is the domain's (`app/domain/talk/seating.py` `fit`); the data is the talk service's
(`talk.seating.view`). One widget paints every cell, so a tap repaints in a few milliseconds.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.domain.talk.seating import EVERYONE, MapLayout, fit
from app.services.talk.records import SeatingView
from app.ui.talk.texts import fold

MIN_TEXT_PX = 11          # names never smaller than this
MIN_LINE = 18
MAX_LINE = 36
MIN_COLUMN = 100
WHOLE_SHARE = 0.9         # the map prefers columns wide enough for nine names in ten to show whole
CELL_PADDING = 12         # a cell's border and the name's margins, left and right


def _rect(r) -> QRect:
    return QRect(r.x, r.y, r.w, r.h)


def _name_box(cell: QRect, hand: bool) -> tuple[QRect, QRect | None]:
    """Inside a cell (its border taken off): where the name goes, and the queue place's badge if any."""
    name_rect = cell.adjusted(5, 1, -3, -1)
    if not hand:
        return name_rect, None
    badge = QRect(name_rect.right() - name_rect.height() + 2, name_rect.top() + 1,
                  name_rect.height() - 2, name_rect.height() - 2)
    name_rect.setRight(badge.left() - 3)
    return name_rect, badge



def heading_text(label: str) -> str:
    """A block's heading in the console's language: the domain's "Everyone, A to Z" and "(more)" translated,
    a table's or team's own name as it is."""
    more = label.endswith(" (more)")
    core = label[:-len(" (more)")] if more else label
    if core == EVERYONE:
        core = QCoreApplication.translate("SeatingMap", "Everyone, A to Z")
    return QCoreApplication.translate("SeatingMap", "{heading} (more)").format(heading=core) if more else core

class SeatingMap(QWidget):
    tapped = Signal(int)         # give this person the floor
    hand = Signal(int)           # raise or lower this person's hand
    paged = Signal()             # the page shown changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 160)
        self.setAccessibleName(QCoreApplication.translate("SeatingMap", "Seating map: click a name to give that person the floor"))
        self.setMouseTracking(False)
        self.view: SeatingView | None = None
        self.layout_: MapLayout | None = None
        self._layout_key: tuple | None = None
        self.page = 0
        self.pick: int | None = None        # the name the arrow keys are on
        self.matches: list[int] | None = None  # type-ahead: None shows everyone plainly
        self._speaker: int | None = None
        self._texts: dict[tuple[int, int, bool], str] = {}   # (person, width, bold) -> the name as drawn

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(640, 480)

    # -- data ----------------------------------------------------------------------------
    def set_view(self, view: SeatingView) -> None:
        """Show `view`; the layout is computed again only when the people or the size changed, and only
        the cells whose marks changed are painted again (a tap: the old and the new speaker)."""
        old, self.view = self.view, view
        key, page = self._layout_key, self.page
        self._relayout()
        if view.speaker != self._speaker:
            self._speaker = view.speaker
            to = self.layout_.page_of(view.speaker) if self.layout_ is not None else None
            if to is not None and to != self.page:
                self.page = to
                self.paged.emit()
        if old is None or key != self._layout_key or page != self.page or old.names != view.names:
            self._texts.clear()
            self.update()
            return
        changed = {old.speaker, view.speaker} - {None}
        changed |= {p for p in set(old.hands) | set(view.hands) if old.hands.get(p) != view.hands.get(p)}
        changed |= old.spoken ^ view.spoken
        for p in changed:
            r = self.cell_rect(p)  # type: ignore[arg-type]
            if r is not None:
                self.update(r)

    def _relayout(self) -> None:
        if self.view is None:
            return
        key = (tuple(b for b in self.view.blocks), self.width(), self.height())
        if key == self._layout_key:
            return
        self._layout_key = key
        self.layout_ = fit(self.view.blocks, self.width(), self.height(), min_line=MIN_LINE, max_line=MAX_LINE,
                           min_column=MIN_COLUMN, column_for=self._column_for())
        if self.page >= self.layout_.pages:
            self.page = 0
        page = self.layout_.page_of(self.view.speaker)
        if page is not None:
            self.page = page
        self.paged.emit()

    def _column_for(self):
        """The column width the names need at a line height: WHOLE_SHARE of them whole, the speaker's
        bold and dot included (measured with this widget's font, once per text size)."""
        names = [self.view.names.get(p, "") for p in self.people()] if self.view is not None else []
        if not names:
            return None
        widths: dict[int, int] = {}

        def column_for(line: int) -> int:
            px = self.px_for(line)
            if px not in widths:
                font = QFont(self.font())
                font.setPixelSize(px)
                font.setBold(True)
                fm = QFontMetrics(font)
                each = sorted(fm.horizontalAdvance("● " + n) for n in names)
                widths[px] = each[max(0, math.ceil(len(each) * WHOLE_SHARE) - 1)] + CELL_PADDING
            return widths[px]

        return column_for

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._relayout()

    def pages(self) -> int:
        return self.layout_.pages if self.layout_ is not None else 1

    def turn(self, delta: int) -> None:
        n = self.pages()
        if n > 1:
            self.page = (self.page + delta) % n
            self.paged.emit()
            self.update()

    def people(self) -> list[int]:
        """Everyone on the map, in map order (block by block)."""
        return [p for b in (self.view.blocks if self.view else ()) for p in b.people]

    def set_filter(self, text: str) -> list[int]:
        """Type-ahead: the people whose name holds `text` (accent-free), in map order; the others dim."""
        key = fold(text.strip())
        if not key or self.view is None:
            self.matches = None
        else:
            self.matches = [p for p in self.people() if key in fold(self.view.names.get(p, ""))]
            if self.matches:
                self.show_person(self.matches[0])
        self.update()
        return list(self.matches) if self.matches is not None else self.people()

    def show_person(self, person: int) -> None:
        page = self.layout_.page_of(person) if self.layout_ is not None else None
        if page is not None and page != self.page:
            self.page = page
            self.paged.emit()
            self.update()

    # -- geometry (for tests, and a co-facilitator's page later) -----------------------------
    def cell_rect(self, person: int) -> QRect | None:
        """Where `person`'s cell is drawn on the page shown (None: on another page, or not on the map)."""
        cell = self.layout_.cells.get(person) if self.layout_ is not None else None
        if cell is None or cell[0] != self.page:
            return None
        return _rect(cell[1])

    def name_rect(self, person: int) -> QRect | None:
        cell = self.cell_rect(person)
        return cell.adjusted(6, 2, -4, -2) if cell is not None else None

    def shown_name(self, person: int) -> str | None:
        """The name as the map draws it for `person` (cut short with "…" when it does not fit), or None
        when they are not on the page shown."""
        cell = self.cell_rect(person)
        if cell is None or self.view is None:
            return None
        speaking = person == self.view.speaker
        name_rect, _badge = _name_box(cell.adjusted(1, 1, -1, -1), person in self.view.hands)
        font = QFont(self.font())
        font.setPixelSize(self.text_px())
        font.setBold(speaking)
        label = ("● " if speaking else "") + self.view.names.get(person, "?")
        drawn = QFontMetrics(font).elidedText(label, Qt.TextElideMode.ElideRight, name_rect.width())
        return drawn.removeprefix("● ")

    def text_px(self) -> int:
        return self.px_for(self.layout_.line if self.layout_ is not None else MIN_LINE)

    @staticmethod
    def px_for(line: int) -> int:
        """The names' text size on lines `line` px tall."""
        return max(MIN_TEXT_PX, min(18, int(line * 0.55)))

    # -- input ---------------------------------------------------------------------------
    def person_at(self, pos: QPoint) -> int | None:
        return self.layout_.at(self.page, pos.x(), pos.y()) if self.layout_ is not None else None

    def mousePressEvent(self, event) -> None:  # noqa: N802
        person = self.person_at(event.position().toPoint())
        if person is None:
            super().mousePressEvent(event)
            return
        self.pick = person
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if event.button() == Qt.MouseButton.RightButton or (event.button() == Qt.MouseButton.LeftButton and shift):
            self.hand.emit(person)
        elif event.button() == Qt.MouseButton.LeftButton:
            self.tapped.emit(person)
        self.update()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        key = event.key()
        moves = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.pick is not None:
            self.tapped.emit(self.pick)
            return
        if key in moves or key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self._move(key)
            return
        super().keyPressEvent(event)

    def _move(self, key) -> None:
        if self.layout_ is None or not self.layout_.cells:
            return
        order = self.people()
        cursor = self.pick
        if cursor is None or cursor not in self.layout_.cells:
            self.pick = order[0] if order else None
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            i = order.index(cursor) + (1 if key == Qt.Key.Key_Down else -1)
            self.pick = order[i % len(order)]
        else:   # the nearest name in the next column to the left or right
            page, here = self.layout_.cells[cursor]
            dx = 1 if key == Qt.Key.Key_Right else -1
            side = [(p, r) for p, (pg, r) in self.layout_.cells.items()
                    if (pg, r.x) != (page, here.x) and (pg - page) * 10_000 + (r.x - here.x) * dx > 0]
            if side:
                self.pick = min(side, key=lambda pr: (abs(self.layout_.cells[pr[0]][0] - page),  # type: ignore[union-attr]
                                                        abs(pr[1].x - here.x), abs(pr[1].y - here.y)))[0]
        if self.pick is not None:
            self.show_person(self.pick)
        self.update()

    # -- painting ------------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        try:
            self.paint(p, event.rect())
        finally:
            p.end()

    def paint(self, p: QPainter, area: QRect | None = None) -> None:
        area = self.rect() if area is None else area
        pal = self.palette()
        p.fillRect(area, pal.color(QPalette.ColorRole.Base))
        if self.view is None or self.layout_ is None or not self.layout_.cells:
            p.setPen(pal.color(QPalette.ColorRole.Text))
            p.drawText(self.rect().adjusted(12, 12, -12, -12), Qt.TextFlag.TextWordWrap,
                       QCoreApplication.translate("SeatingMap", "Nobody to show yet: start tracking a conversation."))
            return
        view, lay = self.view, self.layout_
        px = self.text_px()
        base = QFont(self.font())
        base.setPixelSize(px)
        bold = QFont(base)
        bold.setBold(True)
        small = QFont(base)
        small.setPixelSize(max(MIN_TEXT_PX, px - 1))
        small.setBold(True)
        text = pal.color(QPalette.ColorRole.Text)
        muted = QColor(text)
        muted.setAlpha(110)
        accent = pal.color(QPalette.ColorRole.Highlight)
        on_accent = pal.color(QPalette.ColorRole.HighlightedText)
        edge = QColor(text)
        edge.setAlpha(70)
        matched = set(self.matches) if self.matches is not None else None
        p.setFont(bold)
        p.setPen(text)
        for h in lay.headings:
            if h.page == self.page and area.intersects(_rect(h.rect)):
                r = _rect(h.rect).adjusted(2, 0, -2, 0)
                p.drawText(r, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                           QFontMetrics(bold).elidedText(heading_text(h.label), Qt.TextElideMode.ElideRight,
                                                         r.width()))
        fm, fm_bold = QFontMetrics(base), QFontMetrics(bold)
        for person, spot in lay.on_page(self.page):
            cell = _rect(spot).adjusted(1, 1, -1, -1)
            if not area.intersects(cell):
                continue
            speaking = person == view.speaker
            dim = matched is not None and person not in matched
            if speaking:
                p.setBrush(accent)
                p.setPen(QPen(accent, 1))
            else:
                p.setBrush(pal.color(QPalette.ColorRole.AlternateBase))
                pen = QPen(edge, 1)
                if person not in view.spoken:
                    pen.setStyle(Qt.PenStyle.DashLine)
                p.setPen(pen)
            p.drawRoundedRect(cell, 4, 4)
            if person == self.pick and self.hasFocus():
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.setPen(QPen(text, 2))
                p.drawRoundedRect(cell.adjusted(1, 1, -1, -1), 4, 4)
            place = view.hands.get(person)
            name_rect, badge = _name_box(cell, place is not None)
            if badge is not None:
                p.setBrush(on_accent if speaking else text)
                p.setPen(Qt.PenStyle.NoPen)
                p.drawEllipse(badge)
                p.setFont(small)
                p.setPen(accent if speaking else pal.color(QPalette.ColorRole.Base))
                p.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(place))
            p.setFont(bold if speaking else base)
            p.setPen(on_accent if speaking else (muted if dim else text))
            key = (person, name_rect.width(), speaking)
            drawn = self._texts.get(key)
            if drawn is None:
                label = ("● " if speaking else "") + view.names.get(person, "?")
                drawn = self._texts[key] = (fm_bold if speaking else fm).elidedText(
                    label, Qt.TextElideMode.ElideRight, name_rect.width())
            p.drawText(name_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, drawn)
