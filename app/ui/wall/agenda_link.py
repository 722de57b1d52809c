"""What a board belongs to on the agenda: the Wall tab's "For:" pickers of an agenda item and one
of its protocol steps ("Whole item" when none). It acts through its tab (`act`, `need_board`).

Not a widget of its own: `place` puts the pickers in the tab's row beside the board's prompt, so
the row shares its width between the three as it always did."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QBoxLayout, QComboBox, QLabel


class AgendaLink:
    def __init__(self, tab) -> None:
        self.tab = tab
        self.ctx = tab.ctx
        self.service = tab.service

        self.item_combo = QComboBox()
        self.item_combo.setAccessibleName(QCoreApplication.translate("AgendaLink", "Agenda item of this board"))
        self.item_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.item_combo.setMinimumContentsLength(16)
        self.item_combo.activated.connect(self._item_chosen)
        self.step_combo = QComboBox()
        self.step_combo.setAccessibleName(QCoreApplication.translate("AgendaLink", "Protocol step of this board"))
        self.step_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.step_combo.setMinimumContentsLength(12)
        self.step_combo.activated.connect(self._step_chosen)

    def place(self, row: QBoxLayout) -> None:
        row.addWidget(QLabel(QCoreApplication.translate("AgendaLink", "For:")))
        row.addWidget(self.item_combo, 2)
        row.addWidget(self.step_combo, 1)

    def show_board(self, board) -> None:
        if self.item_combo.view().isVisible() or self.step_combo.view().isVisible():
            return
        agenda = self.ctx.services.agenda
        self.item_combo.blockSignals(True)
        self.item_combo.clear()
        self.item_combo.addItem(QCoreApplication.translate("AgendaLink", "No agenda item"), None)
        days: list[int] = []
        for it in agenda.all_items():
            if it.day_id not in days:
                days.append(it.day_id)
            self.item_combo.addItem(QCoreApplication.translate("AgendaLink", "Day {value}: {title}").format(value=days.index(it.day_id) + 1, title=it.title), it.id)
        self.item_combo.setCurrentIndex(max(0, self.item_combo.findData(board.item_id)))
        self.item_combo.blockSignals(False)
        self.step_combo.blockSignals(True)
        self.step_combo.clear()
        self.step_combo.addItem(QCoreApplication.translate("AgendaLink", "Whole item"), None)
        protocol = self.ctx.services.protocols.item_protocol(board.item_id) if board.item_id is not None else None
        for n, st in enumerate(protocol.steps if protocol is not None else ()):
            self.step_combo.addItem(QCoreApplication.translate("AgendaLink", "Step {value}: {title}").format(value=n + 1, title=st.title), n)
        self.step_combo.setCurrentIndex(max(0, self.step_combo.findData(board.step)))
        self.step_combo.setEnabled(protocol is not None)
        self.step_combo.blockSignals(False)

    def _item_chosen(self, index: int) -> None:
        if self.tab.need_board() is not None:
            self.tab.act(self.service.update_board, self.tab.board.board_id, item_id=self.item_combo.itemData(index),
                         step=None)

    def _step_chosen(self, index: int) -> None:
        if self.tab.need_board() is not None:
            self.tab.act(self.service.update_board, self.tab.board.board_id, step=self.step_combo.itemData(index))
