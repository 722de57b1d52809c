"""One person's dots on the board's clusters: who, then a number per cluster, within the board's rules.

Typing a name that already voted loads that ballot (saving replaces it; all zeros removes it).
The line under the clusters says how many dots are left; Save stays off while the ballot breaks
a rule, and the rule is named.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.wall.votes import VoteError, VoteRules, check_ballot


class BallotDialog(QDialog):
    def __init__(self, service, board_id: int, names: list[str], parent=None) -> None:
        super().__init__(parent)
        self.service = service
        self.board_id = board_id
        view = service.view(board_id)
        self.rules = VoteRules(view.board.votes_per_person, view.board.votes_per_cluster)
        self.clusters = sorted(view.clusters, key=lambda c: c.name.casefold())
        self.ballots = service.votes.ballots(board_id)
        self.setWindowTitle(QCoreApplication.translate("BallotDialog", "Dots by person"))
        self.voter = QLineEdit()
        self.voter.setAccessibleName(QCoreApplication.translate("BallotDialog", "Whose dots"))
        self.voter.setPlaceholderText(QCoreApplication.translate("BallotDialog", "Name of the person voting"))
        completer = QCompleter(sorted(set(names) | set(self.ballots), key=str.casefold), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)   # typing, no popup to dismiss
        self.voter.setCompleter(completer)
        self.voter.textChanged.connect(self._voter_changed)
        self.spins: dict[int, QSpinBox] = {}
        form = QFormLayout()
        top = self.rules.per_cluster or self.rules.per_person
        for c in self.clusters:
            spin = QSpinBox()
            spin.setRange(0, top)
            spin.setAccessibleName(QCoreApplication.translate("BallotDialog", "Dots on {name}").format(name=c.name))
            spin.valueChanged.connect(self._check)
            self.spins[c.id] = spin
            form.addRow(c.name, spin)
        inner = QWidget()
        inner.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.left = QLabel("")
        self.left.setAccessibleName(QCoreApplication.translate("BallotDialog", "Dots left"))
        self.left.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        cap = QCoreApplication.translate("BallotDialog", ", at most {per_cluster} on one cluster").format(per_cluster=self.rules.per_cluster) if self.rules.per_cluster else ""
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Each person has %n dot(s)", "", self.rules.per_person) + cap + "."))
        layout.addWidget(self.voter)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.left)
        layout.addWidget(self.buttons)
        self.error = ""
        self._check()

    def dots(self) -> dict[int, int]:
        return {cid: spin.value() for cid, spin in self.spins.items() if spin.value()}

    def _voter_changed(self, text: str) -> None:
        key = " ".join(text.split()).casefold()
        cast = next((b for who, b in self.ballots.items() if who.casefold() == key), None)
        if cast is not None:
            for cid, spin in self.spins.items():
                spin.setValue(cast.get(cid, 0))
        self._check()

    def _check(self, *_args) -> None:
        used = sum(self.dots().values())
        problem = ""
        try:
            check_ballot(self.rules, self.dots())
        except VoteError as exc:
            problem = str(exc)
        who = " ".join(self.voter.text().split())
        if not who:
            problem = problem or QCoreApplication.translate("BallotDialog", "Type whose dots these are.")
        left = self.rules.per_person - used
        self.left.setText(problem or self.tr("{left} of %n dot(s) left.", "", self.rules.per_person).format(left=left))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problem)

    def save(self) -> None:
        try:
            self.service.votes.cast_ballot(self.board_id, self.voter.text(), self.dots())
        except ValueError as exc:
            self.error = str(exc)
            self.left.setText(self.error)
            return
        self.accept()
