"""Tables (participant groupings): size and rules, plan rounds, the quality beside the result, CSV."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.pairing.tables import SeatingRecord, TableRules
from app.ui.buttons import button
from app.ui.pairing.days import fill_days, round_text
from app.ui.pairing.job_bar import JobBar
from app.ui.pairing.narrow import narrow, page_buttons
from app.ui.problem_label import ProblemLabel


def _spin(value: int, low: int, high: int, name: str) -> QSpinBox:
    s = QSpinBox()
    s.setRange(low, high)
    s.setValue(value)
    s.setAccessibleName(name)
    return s


class TablesPanel(QWidget):
    # The people-per-table box hides QWidget.size() (nothing calls it on this panel); tests use the name.
    size: QSpinBox  # type: ignore[assignment]

    def __init__(self, ctx) -> None:
        super().__init__()
        self.ctx = ctx
        self.service = ctx.services.pairing.tables
        self._rounds: list[SeatingRecord] = []
        self._loading = False
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(QCoreApplication.translate("TablesPanel", "Tables of")))
        self.size = _spin(6, 2, 30, QCoreApplication.translate("TablesPanel", "People per table"))
        row.addWidget(self.size)
        row.addWidget(QLabel(QCoreApplication.translate("TablesPanel", "allowed")))
        self.min_size = _spin(5, 2, 30, QCoreApplication.translate("TablesPanel", "Fewest at a table"))
        self.max_size = _spin(7, 2, 30, QCoreApplication.translate("TablesPanel", "Most at a table"))
        row.addWidget(self.min_size)
        row.addWidget(QLabel(QCoreApplication.translate("TablesPanel", "to")))
        row.addWidget(self.max_size)
        self.kind = narrow(QComboBox())
        self.kind.addItem(QCoreApplication.translate("TablesPanel", "Mixed tables"), "mixed")
        self.kind.addItem(QCoreApplication.translate("TablesPanel", "Role-alike tables"), "alike")
        self.kind.setAccessibleName(QCoreApplication.translate("TablesPanel", "Kind of tables"))
        row.addWidget(self.kind)
        self.team = narrow(QComboBox())
        for text, key in ((QCoreApplication.translate("TablesPanel", "Teams apart"), "apart"),
                          (QCoreApplication.translate("TablesPanel", "Teams together"), "together"),
                          (QCoreApplication.translate("TablesPanel", "Ignore teams"), "ignore")):
            self.team.addItem(text, key)
        self.team.setAccessibleName(QCoreApplication.translate("TablesPanel", "Team members"))
        row.addWidget(self.team)
        row.addStretch(1)
        layout.addLayout(row)
        self.mix_row = QHBoxLayout()
        self.mix_row.addWidget(QLabel(QCoreApplication.translate("TablesPanel", "Mix by:")))
        self.mix_boxes: dict[str, QCheckBox] = {}
        self.mix_holder = QHBoxLayout()
        self.mix_row.addLayout(self.mix_holder)
        self.mix_row.addStretch(1)
        self.rounds_spin = _spin(1, 1, 12, QCoreApplication.translate("TablesPanel", "How many rounds of tables"))
        self.mix_row.addWidget(self.rounds_spin)
        self.plan_button = button(QCoreApplication.translate("TablesPanel", "Plan tables"), QCoreApplication.translate("TablesPanel", "Plan rounds of tables with no repeat tablemates"), self.plan)
        self.mix_row.addWidget(self.plan_button)
        layout.addLayout(self.mix_row)
        day_row = QHBoxLayout()
        day_row.addWidget(QLabel(QCoreApplication.translate("TablesPanel", "New tables are for")))
        self.day_box = narrow(QComboBox(), 6)
        self.day_box.setAccessibleName(QCoreApplication.translate("TablesPanel", "Day the new tables are for"))
        day_row.addWidget(self.day_box)
        day_row.addStretch(1)
        layout.addLayout(day_row)
        self.job = JobBar(ctx, QCoreApplication.translate("TablesPanel", "Planning tables"), busy=(self.plan_button,))
        layout.addWidget(self.job)
        self.problems = ProblemLabel()
        layout.addWidget(self.problems)
        top = QHBoxLayout()
        self.round_box = narrow(QComboBox())
        self.round_box.setAccessibleName(QCoreApplication.translate("TablesPanel", "Round of tables"))
        self.round_box.currentIndexChanged.connect(self._show)
        top.addWidget(self.round_box, 1)
        self.quality = QLabel("")
        self.quality.setAccessibleName(QCoreApplication.translate("TablesPanel", "Quality of the tables"))
        self.quality.setWordWrap(True)
        top.addWidget(self.quality, 2)
        layout.addLayout(top)
        self.unmet = QLabel("")
        self.unmet.setAccessibleName(QCoreApplication.translate("TablesPanel", "Rules the tables could not meet"))
        self.unmet.setWordWrap(True)
        self.unmet.setVisible(False)
        layout.addWidget(self.unmet)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("TablesPanel", "Table"), QCoreApplication.translate("TablesPanel", "People"), QCoreApplication.translate("TablesPanel", "Mix")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        h = self.table.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        h.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(QCoreApplication.translate("TablesPanel", "Tables of this round"))
        layout.addWidget(self.table, 1)
        actions = QHBoxLayout()
        actions.addWidget(button(QCoreApplication.translate("TablesPanel", "Delete round"), QCoreApplication.translate("TablesPanel", "Delete this round of tables"), self.delete_round))
        actions.addWidget(button(QCoreApplication.translate("TablesPanel", "Export CSV…"), QCoreApplication.translate("TablesPanel", "Export the tables of every round as CSV"), self.export))
        actions.addStretch(1)
        for b in page_buttons(self.ctx, "tables"):
            actions.addWidget(b)
        actions.addWidget(button(QCoreApplication.translate("TablesPanel", "Show on projector"), QCoreApplication.translate("TablesPanel", "Show these tables on the projector"), self.show_on_projector))
        layout.addLayout(actions)

    def reload(self) -> None:
        if self.ctx.workspace.store is None:
            return
        options = self.service.mix_options()
        if list(self.mix_boxes) != options:
            for box in self.mix_boxes.values():
                box.deleteLater()
            self.mix_boxes = {}
            for name in options:
                box = QCheckBox(QCoreApplication.translate("TablesPanel", "Role") if name == "role"
                                else name[:1].upper() + name[1:])   # "role" is the participants' own; a lens is data
                box.setChecked(name == "role")
                box.setAccessibleName(QCoreApplication.translate("TablesPanel", "Mix tables by {name}").format(name=name))
                self.mix_holder.addWidget(box)
                self.mix_boxes[name] = box
        keep = self.round_box.currentData()
        self._rounds = self.service.rounds()
        self._loading = True
        try:
            fill_days(self.day_box, self.ctx, default=True)
            self.round_box.clear()
            for r in self._rounds:
                self.round_box.addItem(round_text(r), r.id)
            i = self.round_box.findData(keep) if keep is not None else -1
            self.round_box.setCurrentIndex(i if i >= 0 else len(self._rounds) - 1)
        finally:
            self._loading = False
        self._show()

    def rules(self) -> TableRules:
        alike = self.kind.currentData() == "alike"
        return TableRules(
            size=self.size.value(), min_size=self.min_size.value(), max_size=self.max_size.value(),
            mix=tuple(n for n, b in self.mix_boxes.items() if b.isChecked() and not (alike and n == "role")),
            alike="role" if alike else "", team=self.team.currentData(),
        )

    def current(self):
        rid = self.round_box.currentData()
        return next((r for r in self._rounds if r.id == rid), None)

    def _show(self, *_args) -> None:
        if self._loading:
            return
        r = self.current()
        self.table.setRowCount(0)
        self.unmet.setText("\n".join(r.notes) if r is not None else "")
        self.unmet.setVisible(bool(r is not None and r.notes))
        if r is None:
            self.quality.setText(QCoreApplication.translate("TablesPanel", "No tables yet. Choose a size and press “Plan tables”."))
            return
        self.quality.setText(" · ".join(r.quality))
        self.table.setRowCount(len(r.tables))
        for row, t in enumerate(r.tables):
            self.table.setItem(row, 0, QTableWidgetItem(QCoreApplication.translate("TablesPanel", "Table {number}").format(number=t.number)))
            self.table.setItem(row, 1, QTableWidgetItem(", ".join(t.names)))
            self.table.setItem(row, 2, QTableWidgetItem(t.summary))
        self.table.resizeRowsToContents()

    def plan(self) -> None:
        """Seat the rounds in the background; store the result here, on the GUI thread."""
        if self.job.running:
            return
        self.problems.clear_problem()
        try:
            job = self.service.compute_job(self.rules(), self.rounds_spin.value(), None, self.day_box.currentData())
        except ValueError as exc:
            self.problems.show_problem(str(exc))
            return
        self.job.start(job, self._planned, self.problems.show_problem)

    def _planned(self, result) -> None:
        try:
            planned = self.service.store(result)
        except ValueError as exc:
            self.problems.show_problem(str(exc))
            return
        self.round_box.setCurrentIndex(self.round_box.findData(planned[0].id))

    def delete_round(self) -> None:
        r = self.current()
        if r is not None:
            self.service.delete_round(r.id)

    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("TablesPanel", "Export tables"), QCoreApplication.translate("TablesPanel", "tables.csv"), QCoreApplication.translate("TablesPanel", "CSV files (*.csv)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        try:
            path.write_text(self.service.as_csv(self._rounds), encoding="utf-8-sig")  # a BOM: Excel reads accents right
        except OSError as exc:
            self.problems.show_problem(QCoreApplication.translate("TablesPanel", "{path}: it cannot be written ({strerror}); choose another folder.").format(path=path, strerror=exc.strerror))

    def show_on_projector(self) -> None:
        projector = self.ctx.projector
        if projector is None:
            return
        scene = projector.scenes.get("tables")
        if scene is not None:
            scene.show_round(self.round_box.currentData())
        projector.set_scene("tables")
