"""Custom team attributes (county, network cohort, ...): one column each, a value per team, saved as typed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.pairing.service import BUILT_IN
from app.ui.buttons import button
from app.ui.problem_label import ProblemLabel

TEAM_ROLE = Qt.ItemDataRole.UserRole


class AttributesEditor(QWidget):
    def __init__(self, pairing, people) -> None:
        super().__init__()
        self.pairing, self.people = pairing, people
        self._loading = False
        self._columns: list[str] = []
        layout = QVBoxLayout(self)
        intro = QLabel(QCoreApplication.translate("AttributesEditor", "Attributes of your own, to weigh in “What makes a good pair”. Type a value per team."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(QCoreApplication.translate("AttributesEditor", "New attribute, e.g. county"))
        self.new_name.setAccessibleName(QCoreApplication.translate("AttributesEditor", "New attribute name"))
        self.new_name.returnPressed.connect(self.add)
        row.addWidget(self.new_name, 1)
        row.addWidget(button(QCoreApplication.translate("AttributesEditor", "Add attribute"), QCoreApplication.translate("AttributesEditor", "Add a team attribute"), self.add))
        layout.addLayout(row)
        self.problem = ProblemLabel()
        layout.addWidget(self.problem)
        self.table = QTableWidget(0, 0)
        self.table.setAccessibleName(QCoreApplication.translate("AttributesEditor", "Team attribute values"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._changed)
        layout.addWidget(self.table, 1)

    def reload(self) -> None:
        self._loading = True
        try:
            teams = self.people.teams()
            values = self.pairing.team_attributes()
            self._columns = [a for a in self.pairing.attributes() if a not in BUILT_IN]
            self.table.clear()
            self.table.setColumnCount(len(self._columns))
            self.table.setHorizontalHeaderLabels([c[:1].upper() + c[1:] for c in self._columns])
            self.table.setRowCount(len(teams))
            self.table.setVerticalHeaderLabels([t.name for t in teams])
            for r, t in enumerate(teams):
                for c, name in enumerate(self._columns):
                    item = QTableWidgetItem(values.get(t.id, {}).get(name, ""))
                    item.setData(TEAM_ROLE, t.id)
                    self.table.setItem(r, c, item)
        finally:
            self._loading = False

    def add(self) -> None:
        try:
            self.pairing.add_attribute(self.new_name.text())
        except ValueError as exc:
            self.problem.show_problem(str(exc))
            return
        self.problem.clear_problem()
        self.new_name.clear()

    def _changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        try:
            self.pairing.set_team_attribute(item.data(TEAM_ROLE), self._columns[item.column()], item.text())
        except ValueError as exc:
            self.problem.show_problem(str(exc))
        else:
            self.problem.clear_problem()
