"""The Wall tab's phase row: collect notes blind and reveal them, peek on the console only, and dot
voting open (phones vote, tallies hidden) or closed (tallies shown) or counted by hand.

Collecting blind keeps people from anchoring on the first notes they see: the projector counts the
notes as they come in ("23 notes from 9 tables") and shows no text; the console shows grey bars
instead of text unless the facilitator ticks Peek (this screen only). Reveal (the button, or R on the
wall) puts them all up together, as one undo step. It acts through its tab (`act`, `need_board`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QWidget

from app.ui.buttons import button
from app.ui.i18n import QT_TRANSLATE_NOOP

VOTING = (("", QT_TRANSLATE_NOOP("PhaseRow", "Dots counted by hand")),
          ("open", QT_TRANSLATE_NOOP("PhaseRow", "Voting open (phones; dots hidden)")),
          ("closed", QT_TRANSLATE_NOOP("PhaseRow", "Voting closed (dots shown)")))


class PhaseRow(QWidget):
    def __init__(self, tab) -> None:
        super().__init__()
        self.tab = tab
        self.service = tab.service
        self.blind = QCheckBox(QCoreApplication.translate("PhaseRow", "Collect blind"))
        self.blind.setAccessibleName(QCoreApplication.translate("PhaseRow", "Collect notes blind: the room sees how many, not what they say"))
        self.blind.clicked.connect(self._blind_clicked)
        self.reveal_button = button(QCoreApplication.translate("PhaseRow", "Reveal notes (R)"), QCoreApplication.translate("PhaseRow", "Reveal the notes collected blind, on the projector too"),
                                    self.reveal)
        self.peek = QCheckBox(QCoreApplication.translate("PhaseRow", "Peek (this screen)"))
        self.peek.setAccessibleName(QCoreApplication.translate("PhaseRow", "Read the notes collected blind on this screen only"))
        self.peek.clicked.connect(lambda on: self.tab.board.set_peek(on))
        self.voting = QComboBox()
        self.voting.setAccessibleName(QCoreApplication.translate("PhaseRow", "Dot voting"))
        for state, label in VOTING:
            self.voting.addItem(QCoreApplication.translate("PhaseRow", label), state)
        self.voting.activated.connect(self._voting_chosen)
        self.voted = QLabel("")
        self.voted.setAccessibleName(QCoreApplication.translate("PhaseRow", "Phones that have voted"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for w in (self.blind, self.reveal_button, self.peek, QLabel(QCoreApplication.translate("PhaseRow", "Dots:")), self.voting, self.voted):
            row.addWidget(w)
        row.addStretch(1)

    def show_board(self, board) -> None:
        self.blind.setChecked(board.collecting)
        self.reveal_button.setEnabled(board.collecting)
        self.peek.setEnabled(board.collecting)
        self.peek.setChecked(self.tab.board.peek and board.collecting)
        index = self.voting.findData(board.voting)
        if index >= 0 and self.voting.currentIndex() != index:
            self.voting.setCurrentIndex(index)
        if board.voting:
            n = self.service.votes.phone_ballots(board.id)
            self.voted.setText(self.tr("%n phone(s) voted", "", n))
        else:
            self.voted.setText("")

    def _blind_clicked(self, on: bool) -> None:
        if on:
            self._do(self.service.set_collecting, True)
        else:
            self.reveal()

    def reveal(self) -> None:
        """All the notes collected blind go up together (one undo step)."""
        self.tab.board.peek = False
        if self._do(self.service.reveal):
            self.tab.status.setText(QCoreApplication.translate("PhaseRow", "The notes are up, on the projector too. Edit > Undo hides them again."))

    def _voting_chosen(self, index: int) -> None:
        self._do(self.service.votes.set_voting, self.voting.itemData(index))

    def _do(self, fn, *args) -> bool:
        """`fn(board, *args)`; a refusal is said in the tab, and the row shows the board as it is."""
        board_id = self.tab.need_board()
        if board_id is None:
            return False
        try:
            fn(board_id, *args)
        except ValueError as exc:
            self.tab.report(str(exc))
            if self.tab.board.view_data is not None:
                self.show_board(self.tab.board.view_data.board)
            return False
        self.tab.status.setText("")
        return True
