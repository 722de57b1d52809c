"""The items table view: keys for edit, delete and moving rows; columns that fit the window.

On a narrow console (a 1024x768 laptop with the room panel open) the less
needed columns hide themselves, the least needed first; they come back when
there is room.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSpinBox, QStyledItemDelegate, QTableView, QWidget

from app.ui.agenda.items_model import HEADERS, Col

# The widest a column grows to fit its contents; longer texts are elided, with the whole text as a tooltip.
CAPS = {Col.FIXED: 210, Col.FACILITATOR: 170, Col.ROOM: 170, Col.PROTOCOL: 190}
# Hidden first when space runs out, in this order (the actual-time columns first while they are all
# empty, last once the day has run). Start, End, Title, Minutes and Fixed start always show.
HIDE_ORDER = (Col.WARN, Col.ROOM, Col.FACILITATOR, Col.KIND, Col.PROTOCOL)
ACTUAL = (Col.ACTUAL_END, Col.ACTUAL_MINUTES, Col.ACTUAL_START)
TITLE_MIN = 240
PADDING = 22


class MinutesDelegate(QStyledItemDelegate):
    """Inline minutes: a spin box from 0 to 1440."""

    def createEditor(self, parent: QWidget, option, index: QModelIndex | QPersistentModelIndex) -> QWidget:  # noqa: N802
        spin = QSpinBox(parent)
        spin.setRange(0, 24 * 60)
        spin.setAccessibleName(QCoreApplication.translate("MinutesDelegate", "Planned minutes"))
        return spin


class AgendaView(QTableView):
    """Enter edits the item, Delete deletes it, Ctrl+Up/Down (or Alt+Up/Down) moves it."""

    edit_requested = Signal()
    delete_requested = Signal()
    move_requested = Signal(int)  # -1 up, +1 down

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(QCoreApplication.translate("AgendaView", "Agenda items"))
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
        """Each column as wide as its header and its widest cell (bold, as the running row is), capped."""
        model = self.model()
        bold_font = self.font()
        bold_font.setBold(True)
        bold = QFontMetrics(bold_font)
        header = self.horizontalHeader().fontMetrics()
        widths: dict[Col, int] = {}
        rows = model.rowCount() if model is not None else 0
        for col in Col:
            if col == Col.TITLE:
                continue
            widest = header.horizontalAdvance(QCoreApplication.translate("AgendaModel", HEADERS[col]))
            for row in range(rows):
                text = model.index(row, int(col)).data() or ""
                widest = max(widest, bold.horizontalAdvance(str(text)))
            widths[col] = min(widest + PADDING, CAPS.get(col, 10_000))
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
        model = self.model()
        ran = any(model.index(r, int(Col.ACTUAL_START)).data() for r in range(model.rowCount()))
        order = HIDE_ORDER + ACTUAL if ran else ACTUAL + HIDE_ORDER  # before the day runs they are empty
        def need() -> int:
            return TITLE_MIN + sum(widths[c] for c in shown if c != Col.TITLE)

        for col in order:
            if need() <= available:
                break
            shown.discard(col)
            hidden.add(col)
        for col in reversed(order):  # a narrow column hidden on the way may still fit
            if col in hidden and need() + widths[col] <= available:
                shown.add(col)
                hidden.discard(col)
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
