"""The Wall tab's vote row: the board's rules (dots each, cap per cluster), +1/−1 dot on the
selected cluster, a person's dots by name, the Top clusters scene, and the results line (which
the tab shows under the wall). It acts through its tab (`act`, `need_board`, `report`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QWidget

from app.ui.buttons import button
from app.ui.wall.ballot import BallotDialog


class VoteRow(QWidget):
    def __init__(self, tab) -> None:
        super().__init__()
        self.tab = tab
        self.ctx = tab.ctx
        self.service = tab.service
        self.ballot: BallotDialog | None = None   # the last "Dots by person" dialog opened

        self.per_person = QSpinBox()
        self.per_person.setRange(1, 12)
        self.per_person.setAccessibleName(QCoreApplication.translate("VoteRow", "Dots each person has"))
        self.per_cluster = QSpinBox()
        self.per_cluster.setRange(0, 12)
        self.per_cluster.setSpecialValueText(QCoreApplication.translate("VoteRow", "no cap"))
        self.per_cluster.setAccessibleName(QCoreApplication.translate("VoteRow", "Most dots one person may put on one cluster"))
        self.per_person.valueChanged.connect(self._rules_changed)
        self.per_cluster.valueChanged.connect(self._rules_changed)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(QCoreApplication.translate("VoteRow", "Dots each:")))
        row.addWidget(self.per_person)
        row.addWidget(QLabel(QCoreApplication.translate("VoteRow", "Cap per cluster:")))
        row.addWidget(self.per_cluster)
        row.addWidget(button(QCoreApplication.translate("VoteRow", "+1 dot"), QCoreApplication.translate("VoteRow", "Add a dot to the selected cluster"), lambda: self.dots(1)))
        row.addWidget(button(QCoreApplication.translate("VoteRow", "−1 dot"), QCoreApplication.translate("VoteRow", "Take a dot off the selected cluster"), lambda: self.dots(-1)))
        row.addWidget(button(QCoreApplication.translate("VoteRow", "Dots by person…"), QCoreApplication.translate("VoteRow", "Record one person's dots"), self.ballot_dialog))
        self.top_button = button(QCoreApplication.translate("VoteRow", "Show top"), QCoreApplication.translate("VoteRow", "Show the top clusters on the projector"), self.show_top)
        row.addWidget(self.top_button)
        row.addStretch(1)
        self.results = QLabel("")
        self.results.setAccessibleName(QCoreApplication.translate("VoteRow", "Vote results"))
        self.results.setWordWrap(True)

    def show_board(self, board) -> None:
        """The board's rules in the spin boxes and its top clusters in the results line."""
        self._show_rules(board)
        if board.tallies_hidden:
            self.results.setText(QCoreApplication.translate("VoteRow", "Voting is open: the dots show when it closes."))
            return
        ranked = self.service.votes.results(board.id)
        top = [f"{r.name}: {r.dots}" for r in ranked if r.dots][:5]
        voters = len(self.service.votes.ballots(board.id))
        who = self.tr("Dots (%n person(s) by name): ", "", voters) if voters else QCoreApplication.translate("VoteRow", "Dots: ")
        self.results.setText(who + " · ".join(top) if top else "")

    def _show_rules(self, board) -> None:
        for spin, value in ((self.per_person, board.votes_per_person), (self.per_cluster, board.votes_per_cluster)):
            if spin.value() != value:
                spin.blockSignals(True)
                spin.setValue(value)
                spin.blockSignals(False)
        self.per_cluster.setMaximum(self.per_person.value())

    def _rules_changed(self, *_args) -> None:
        board_id = self.tab.board.board_id
        data = self.tab.board.view_data
        if board_id is None or data is None:
            return
        per_person = self.per_person.value()
        per_cluster = min(self.per_cluster.value(), per_person)
        self.per_cluster.setMaximum(per_person)
        if (per_person, per_cluster) != (data.board.votes_per_person, data.board.votes_per_cluster):
            self.tab.act(self.service.votes.set_vote_rules, board_id, per_person, per_cluster)

    def dots(self, n: int) -> None:
        ids = self.tab.selected_clusters()
        if len(ids) != 1:
            self.tab.report(QCoreApplication.translate("VoteRow", "Select one cluster to count its dots."))
            return
        self.tab.act(self.service.votes.add_dots, ids[0], n, self.voters())

    def ballot_dialog(self) -> BallotDialog | None:
        board_id = self.tab.need_board()
        if board_id is None:
            return None
        if not self.tab.board.clusters:
            self.tab.report(QCoreApplication.translate("VoteRow", "Make clusters first: dots go on clusters."))
            return None
        people = self.ctx.services.people
        names = [p.name for p in people.participants()] if people is not None else []
        dialog = BallotDialog(self.service, board_id, names, self.tab)
        dialog.setModal(True)
        dialog.show()
        self.ballot = dialog
        return dialog

    def show_top(self) -> None:
        """The Top clusters scene on the projector (the clusters by dots)."""
        if self.ctx.projector is None:
            self.tab.report(QCoreApplication.translate("VoteRow", "Open the projector first (the Projector menu)."))
            return
        self.ctx.projector.set_scene("wall_votes")

    def voters(self) -> int | None:
        """How many people could vote (the roster), so a counted tally stays within people x the cap."""
        people = self.ctx.services.people
        n = len(people.participants()) if people is not None and self.ctx.workspace.store is not None else 0
        return n or None

    def set_tally(self, cluster_id: int, dots: int) -> None:
        self.tab.act(self.service.votes.set_tally, cluster_id, dots, self.voters())
