"""Who is away this round, and which teams are never to be paired. Each change is saved at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.buttons import button
from app.ui.pairing.narrow import narrow


class RulesPanel(QWidget):
    problem = Signal(str)

    def __init__(self, pairing, people) -> None:
        super().__init__()
        self.pairing, self.people = pairing, people
        self._loading = False
        self._present_key: list = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        here = QLabel(QCoreApplication.translate("RulesPanel", "Here this round (untick a team that is away):"))
        here.setWordWrap(True)
        layout.addWidget(here)
        self.present = QListWidget()
        self.present.setAccessibleName(QCoreApplication.translate("RulesPanel", "Teams here this round"))
        self.present.itemChanged.connect(self._presence_changed)
        layout.addWidget(self.present, 2)
        layout.addWidget(QLabel(QCoreApplication.translate("RulesPanel", "Never pair:")))
        self.dnp_a, self.dnp_b = narrow(QComboBox()), narrow(QComboBox())
        self.dnp_a.setAccessibleName(QCoreApplication.translate("RulesPanel", "Never pair this team"))
        self.dnp_b.setAccessibleName(QCoreApplication.translate("RulesPanel", "with this team"))
        layout.addWidget(self.dnp_a)
        row = QHBoxLayout()
        row.addWidget(QLabel(QCoreApplication.translate("RulesPanel", "with")))
        row.addWidget(self.dnp_b, 1)
        row.addWidget(button(QCoreApplication.translate("RulesPanel", "Add"), QCoreApplication.translate("RulesPanel", "Add to the never-pair list"), self._add_dnp))
        layout.addLayout(row)
        self.dnp = QListWidget()
        self.dnp.setAccessibleName(QCoreApplication.translate("RulesPanel", "Never-pair list"))
        layout.addWidget(self.dnp, 1)
        layout.addWidget(button(QCoreApplication.translate("RulesPanel", "Remove selected"), QCoreApplication.translate("RulesPanel", "Remove the selected never-pair entry"), self._remove_dnp))
        layout.addWidget(button(QCoreApplication.translate("RulesPanel", "Bring in earlier pairs…"), QCoreApplication.translate("RulesPanel", "Bring in the pairs of an earlier convening file or CSV"),
                                self._choose_history))
        self.history_note = QLabel("")
        self.history_note.setWordWrap(True)
        self.history_note.setAccessibleName(QCoreApplication.translate("RulesPanel", "Earlier pairs brought in"))
        layout.addWidget(self.history_note)

    def reload(self) -> None:
        self._loading = True
        try:
            teams = self.people.teams()
            absent = self.pairing.absent()
            names = {t.id: t.name for t in teams}
            key = [(t.id, t.name) for t in teams]
            if key != self._present_key:  # rebuilt only when the teams change, never under a click
                self._present_key = key
                self.present.clear()
                for t in teams:
                    item = QListWidgetItem(t.name)
                    item.setData(Qt.ItemDataRole.UserRole, t.id)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    self.present.addItem(item)
            for i in range(self.present.count()):
                item = self.present.item(i)
                want = Qt.CheckState.Unchecked if item.data(Qt.ItemDataRole.UserRole) in absent else Qt.CheckState.Checked
                if item.checkState() != want:
                    item.setCheckState(want)
            for box in (self.dnp_a, self.dnp_b):
                keep = box.currentData()
                box.clear()
                for t in teams:
                    box.addItem(t.name, t.id)
                if keep is not None and box.findData(keep) >= 0:
                    box.setCurrentIndex(box.findData(keep))
                elif box is self.dnp_b and box.count() > 1:
                    box.setCurrentIndex(1)
            self.dnp.clear()
            for a, b in self.pairing.do_not_pair():
                item = QListWidgetItem(f"{names.get(a, '?')} — {names.get(b, '?')}")
                item.setData(Qt.ItemDataRole.UserRole, (a, b))
                self.dnp.addItem(item)
        finally:
            self._loading = False

    def _presence_changed(self, item: QListWidgetItem) -> None:
        if self._loading:
            return
        self.pairing.set_absent(item.data(Qt.ItemDataRole.UserRole), item.checkState() != Qt.CheckState.Checked)

    def _add_dnp(self) -> None:
        a, b = self.dnp_a.currentData(), self.dnp_b.currentData()
        if a is None or b is None:
            return
        try:
            self.pairing.add_do_not_pair(a, b)
        except ValueError as exc:
            self.problem.emit(str(exc))

    def _remove_dnp(self) -> None:
        item = self.dnp.currentItem()
        if item is not None:
            self.pairing.remove_do_not_pair(*item.data(Qt.ItemDataRole.UserRole))

    def _choose_history(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, QCoreApplication.translate("RulesPanel", "Earlier pairs"), "", QCoreApplication.translate("RulesPanel", "Convening files (*.convene);;CSV files (*.csv)"))
        if path:
            self.import_history(Path(path))

    def import_history(self, path: Path) -> None:
        try:
            report = self.pairing.import_history(path)
        except ValueError as exc:
            self.problem.emit(str(exc))
            return
        self.history_note.setText(" ".join(report.lines()))
