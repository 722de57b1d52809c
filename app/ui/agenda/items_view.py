"""The items table view: keys for edit, delete and moving rows; columns that fit the window.

On a narrow console (a 1024x768 laptop with the room panel open) the less
needed columns hide themselves, the least needed first; they come back when
there is room.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSpinBox, QStyledItemDelegate, QTableView, QWidget

from app.ui.agenda.items_model import HEADERS, Col

SAMPLES = {
    Col.START: "00:00", Col.END: "00:00", Col.KIND: "Protocol", Col.MINUTES: "1440",
    Col.FIXED: "12:00 fixed — 10 min late", Col.WARN: "2.5", Col.FACILITATOR: "Tanisha Greenwood",
    Col.ROOM: "Magnolia Hall foyer", Col.PROTOCOL: "Empathy Interview Debrief",
    Col.ACTUAL_START: "00:00", Col.ACTUAL_END: "00:00", Col.ACTUAL_MINUTES: "120 (+15)",
}
# Hidden first when space runs out, in this order. Start, End, Title, Minutes and Fixed start always show.
HIDE_ORDER = (Col.WARN, Col.ROOM, Col.ACTUAL_END, Col.FACILITATOR, Col.KIND, Col.PROTOCOL)
TITLE_MIN = 240
PADDING = 22


class MinutesDelegate(QStyledItemDelegate):
    """Inline minutes: a spin box from 0 to 1440."""

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:  # noqa: N802
        spin = QSpinBox(parent)
        spin.setRange(0, 24 * 60)
        spin.setAccessibleName("Planned minutes")
        return spin


class AgendaView(QTableView):
    """Enter edits the item, Delete deletes it, Ctrl+Up/Down (or Alt+Up/Down) moves it."""

    edit_requested = Signal()
    delete_requested = Signal()
    move_requested = Signal(int)  # -1 up, +1 down

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Agenda items")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDragDropOverwriteMode(False)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().setVisible(False)
        self.setItemDelegateForColumn(int(Col.MINUTES), MinutesDelegate(self))
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionsMovable(False)
        self.hidden_for_width: set[Col] = set()

    # -- keys -----------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = event.key()
        if self.state() != QAbstractItemView.State.EditingState:
            if mods == Qt.KeyboardModifier.NoModifier and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit_requested.emit()
                return
            if mods == Qt.KeyboardModifier.NoModifier and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.delete_requested.emit()
                return
            if mods in (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier) and key in (
                Qt.Key.Key_Up, Qt.Key.Key_Down
            ):
                self.move_requested.emit(-1 if key == Qt.Key.Key_Up else 1)
                return
        super().keyPressEvent(event)

    # -- columns ----------------------------------------------------------------------
    def column_widths(self) -> dict[Col, int]:
        fm = self.fontMetrics()
        bold = self.horizontalHeader().fontMetrics()
        widths = {}
        for col in Col:
            if col == Col.TITLE:
                continue
            text = max(fm.horizontalAdvance(SAMPLES[col]), bold.horizontalAdvance(HEADERS[col]))
            widths[col] = text + PADDING
        return widths

    def fit_columns(self) -> None:
        """Size the columns to their contents and hide the least needed ones that do not fit."""
        if self.model() is None:
            return
        header = self.horizontalHeader()
        widths = self.column_widths()
        available = self.viewport().width()
        shown = set(Col)
        hidden: set[Col] = set()
        for col in HIDE_ORDER:
            need = TITLE_MIN + sum(widths[c] for c in shown if c != Col.TITLE)
            if need <= available:
                break
            shown.discard(col)
            hidden.add(col)
        for col in Col:
            self.setColumnHidden(int(col), col in hidden)
            if col == Col.TITLE:
                header.setSectionResizeMode(int(col), QHeaderView.ResizeMode.Stretch)
            else:
                header.setSectionResizeMode(int(col), QHeaderView.ResizeMode.Interactive)
                header.resizeSection(int(col), widths[col])
        self.hidden_for_width = hidden

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit_columns()
