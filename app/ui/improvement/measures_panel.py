"""The network's measures: define them (name, unit, better when higher or lower), type this team's value for a
period, import a CSV of values, and put a run chart on the projector.

Keys: Enter in a measure field saves the measure; Enter in Period or Value saves the value (and keeps
the measure and period, ready for the next team: Ctrl+Down). Every save is one Edit > Undo step.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.improvement.model import ImprovementError, MeasureData, value_text
from app.ui.buttons import button
from app.ui.improvement.fields import line
from app.ui.problem_label import ProblemLabel


class MeasuresPanel(QWidget):
    show_requested = Signal(int, object)   # measure id, team id (None: the network)

    def __init__(self, services) -> None:
        super().__init__()
        self.svc = services.improvement
        self.team_id: int | None = None
        self.team_name = ""
        self.editing: int | None = None
        self.report = ""

        self.measures = QListWidget()
        self.measures.setAccessibleName(QCoreApplication.translate("MeasuresPanel", "The network's measures"))
        self.measures.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.measures.currentItemChanged.connect(lambda *_: self._measure_picked())
        self.name = line(QCoreApplication.translate("MeasuresPanel", "Name"), QCoreApplication.translate("MeasuresPanel", "e.g. FAFSA completion"))
        self.unit = line(QCoreApplication.translate("MeasuresPanel", "Unit"), QCoreApplication.translate("MeasuresPanel", "e.g. %, students, families"))
        self.better = QComboBox()
        self.better.setAccessibleName(QCoreApplication.translate("MeasuresPanel", "Better when"))
        self.better.addItem(QCoreApplication.translate("MeasuresPanel", "higher"), True)
        self.better.addItem(QCoreApplication.translate("MeasuresPanel", "lower"), False)
        for e in (self.name, self.unit):
            e.returnPressed.connect(self.save_measure)
        defs = QFormLayout()
        defs.addRow(QCoreApplication.translate("MeasuresPanel", "&Name"), self.name)
        row = QHBoxLayout()
        row.addWidget(self.unit, 1)
        row.addWidget(QLabel(QCoreApplication.translate("MeasuresPanel", "Better when")))
        row.addWidget(self.better)
        unit_label = QLabel(QCoreApplication.translate("MeasuresPanel", "&Unit"))
        unit_label.setBuddy(self.unit)
        defs.addRow(unit_label, row)
        self.save_measure_button = button(QCoreApplication.translate("MeasuresPanel", "Save measure"), QCoreApplication.translate("MeasuresPanel", "Save the measure"), self.save_measure)
        self.new_measure_button = button(QCoreApplication.translate("MeasuresPanel", "New measure"), QCoreApplication.translate("MeasuresPanel", "Start a new measure"), self.new_measure)
        self.delete_measure_button = button(QCoreApplication.translate("MeasuresPanel", "Delete measure"), QCoreApplication.translate("MeasuresPanel", "Delete the measure and its values"),
                                            self.delete_measure)
        buttons = QHBoxLayout()
        for b in (self.save_measure_button, self.new_measure_button, self.delete_measure_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        define = QGroupBox(QCoreApplication.translate("MeasuresPanel", "The network's measures"))
        inner = QVBoxLayout(define)
        inner.addWidget(self.measures)
        inner.addLayout(defs)
        inner.addLayout(buttons)

        self.values_box = QGroupBox(QCoreApplication.translate("MeasuresPanel", "This team's values"))
        self.measure = QComboBox()
        self.measure.setAccessibleName(QCoreApplication.translate("MeasuresPanel", "Measure"))
        self.measure.currentIndexChanged.connect(lambda _i: self._show_values())
        self.period = line(QCoreApplication.translate("MeasuresPanel", "Period"), "2027-01")
        self.period.setToolTip(QCoreApplication.translate("MeasuresPanel", "A month (2027-01) or a date (2027-01-15)"))
        self.value = line(QCoreApplication.translate("MeasuresPanel", "Value"), QCoreApplication.translate("MeasuresPanel", "a number"))
        for e in (self.period, self.value):
            e.returnPressed.connect(self.save_value)
        vform = QHBoxLayout()
        for label, w in ((QCoreApplication.translate("MeasuresPanel", "&Measure"), self.measure),
                         (QCoreApplication.translate("MeasuresPanel", "Peri&od"), self.period),
                         (QCoreApplication.translate("MeasuresPanel", "&Value"), self.value)):
            lab = QLabel(label)
            lab.setBuddy(w)
            vform.addWidget(lab)
            vform.addWidget(w, 1)
        self.save_value_button = button(QCoreApplication.translate("MeasuresPanel", "Save value"), QCoreApplication.translate("MeasuresPanel", "Save this team's value"), self.save_value)
        self.save_value_button.setToolTip(QCoreApplication.translate("MeasuresPanel", "Enter"))
        vform.addWidget(self.save_value_button)
        self.values = QListWidget()
        self.values.setAccessibleName(QCoreApplication.translate("MeasuresPanel", "This team's values of the measure"))
        self.values.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.signals_label = QLabel("")
        self.signals_label.setWordWrap(True)
        self.signals_label.setAccessibleName(QCoreApplication.translate("MeasuresPanel", "What the run chart says"))
        vlay = QVBoxLayout(self.values_box)
        vlay.addLayout(vform)
        vlay.addWidget(self.values)
        vlay.addWidget(self.signals_label)

        self.error = ProblemLabel()
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(QCoreApplication.translate("MeasuresPanel", "What happened to the measures"))
        self.import_button = button(QCoreApplication.translate("MeasuresPanel", "&Import values…"), QCoreApplication.translate("MeasuresPanel", "Import measure values from a CSV file"), self.import_dialog)
        self.import_button.setToolTip(QCoreApplication.translate("MeasuresPanel", "A CSV with the columns team, measure, period and value"))
        self.show_team_button = button(QCoreApplication.translate("MeasuresPanel", "Team run chart"), QCoreApplication.translate("MeasuresPanel", "Show this team's run chart on the projector"),
                                       lambda: self._show(self.team_id))
        self.show_network_button = button(QCoreApplication.translate("MeasuresPanel", "Network run chart"), QCoreApplication.translate("MeasuresPanel", "Show the network's run chart on the projector"),
                                          lambda: self._show(None))
        tools = QHBoxLayout()
        tools.addWidget(self.import_button)
        tools.addStretch(1)
        tools.addWidget(QLabel(QCoreApplication.translate("MeasuresPanel", "Projector:")))
        tools.addWidget(self.show_team_button)
        tools.addWidget(self.show_network_button)
        self.fields = {"Name": self.name, "Unit": self.unit, "Period": self.period, "Value": self.value,
                       "Measure": self.measure}
        lay = QVBoxLayout(self)
        lay.addWidget(define)
        lay.addWidget(self.values_box)
        lay.addWidget(self.error)
        lay.addWidget(self.message)
        lay.addStretch(1)
        lay.addLayout(tools)

    # -- loading -------------------------------------------------------------------------
    def reload(self, team_id: int | None, team_name: str = "") -> None:
        self.team_id, self.team_name = team_id, team_name
        measures = self.svc.measures.measures()
        keep = self.measure_id()
        self.measures.blockSignals(True)
        self.measures.clear()
        for x in measures:
            item = QListWidgetItem(f"{x.label()} · {x.better_words}")
            item.setData(Qt.ItemDataRole.UserRole, x.id)
            self.measures.addItem(item)
            if x.id == self.editing:
                self.measures.setCurrentItem(item)
        self.measures.blockSignals(False)
        self.measure.blockSignals(True)
        self.measure.clear()
        for x in measures:
            self.measure.addItem(x.label(), x.id)
        index = self.measure.findData(keep) if keep is not None else -1
        self.measure.setCurrentIndex(index if index >= 0 else (0 if measures else -1))
        self.measure.blockSignals(False)
        self.values_box.setTitle(QCoreApplication.translate("MeasuresPanel", "Values of {team_name}").format(team_name=team_name) if team_name else QCoreApplication.translate("MeasuresPanel", "This team's values"))
        has = bool(measures) and team_id is not None
        for w in (self.measure, self.period, self.value, self.save_value_button, self.show_team_button,
                  self.show_network_button):
            w.setEnabled(has)
        self.delete_measure_button.setEnabled(self.editing is not None)
        self._show_values()

    def measure_id(self) -> int | None:
        data = self.measure.currentData()
        return int(data) if data is not None else None

    def _show_values(self) -> None:
        self.values.clear()
        mid = self.measure_id()
        if mid is None or self.team_id is None:
            self.signals_label.setText(QCoreApplication.translate("MeasuresPanel", "Define a measure above first: its name, its unit, and whether higher is better.") if mid is None else "")
            return
        measure = self.svc.measures.measure(mid)
        unit = measure.unit if measure else ""
        mine = self.svc.measures.values(mid, self.team_id)
        for v in mine:
            text = f"{v.period:%Y-%m-%d}   {value_text(v.value, unit)}"
            if v.source:
                text += QCoreApplication.translate("MeasuresPanel", "   (from {source})").format(source=v.source)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, v.id)
            self.values.addItem(item)
        if not mine:
            self.signals_label.setText(QCoreApplication.translate("MeasuresPanel", "No values of {value} yet: type the first above.").format(value=self.team_name or QCoreApplication.translate("MeasuresPanel", "this team")))
            return
        chart = self.svc.measures.team_chart(mid, self.team_id)
        self.signals_label.setText(" ".join(chart.chart.words()))

    def _measure_picked(self) -> None:
        item = self.measures.currentItem()
        if item is None:
            return
        measure = self.svc.measures.measure(item.data(Qt.ItemDataRole.UserRole))
        if measure is None:
            return
        self.editing = measure.id
        self.name.setText(measure.name)
        self.unit.setText(measure.unit)
        self.better.setCurrentIndex(0 if measure.higher_is_better else 1)
        self.delete_measure_button.setEnabled(True)
        index = self.measure.findData(measure.id)
        if index >= 0:
            self.measure.setCurrentIndex(index)

    # -- editing -------------------------------------------------------------------------
    def save_measure(self) -> bool:
        data = MeasureData(self.name.text(), self.unit.text(), bool(self.better.currentData()))
        try:
            if self.editing is None:
                self.editing = self.svc.measures.add(data)
                said = QCoreApplication.translate("MeasuresPanel", "Added the measure {value}.").format(value=data.name.strip())
            else:
                self.svc.measures.update(self.editing, data)
                said = QCoreApplication.translate("MeasuresPanel", "Saved the measure {value}.").format(value=data.name.strip())
        except ImprovementError as exc:
            self.error.show_problem(str(exc), self.fields)
            return False
        self.error.clear_problem()
        self.message.setText(said + QCoreApplication.translate("MeasuresPanel", " Edit > Undo takes it back."))
        return True

    def new_measure(self) -> None:
        self.editing = None
        self.measures.clearSelection()
        self.name.clear()
        self.unit.clear()
        self.better.setCurrentIndex(0)
        self.delete_measure_button.setEnabled(False)
        self.name.setFocus()

    def delete_measure(self) -> None:
        if self.editing is None:
            return
        self.svc.measures.delete(self.editing)
        self.message.setText(QCoreApplication.translate("MeasuresPanel", "Deleted the measure and its values. Edit > Undo brings them back."))
        self.new_measure()

    def save_value(self) -> bool:
        mid = self.measure_id()
        if mid is None or self.team_id is None:
            self.error.show_problem(QCoreApplication.translate("MeasuresPanel", "Measure: define a measure first."), self.fields)
            return False
        try:
            self.svc.measures.set_value(mid, self.team_id, self.period.text(), self.value.text())
        except ImprovementError as exc:
            self.error.show_problem(str(exc), self.fields)
            return False
        self.error.clear_problem()
        self.message.setText(QCoreApplication.translate("MeasuresPanel", "Saved the value of {team_name}. Edit > Undo takes it back; Ctrl+Down goes to the next team.").format(team_name=self.team_name))
        self.value.clear()
        self.value.setFocus()
        return True

    def import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, QCoreApplication.translate("MeasuresPanel", "Import measure values"), "", QCoreApplication.translate("MeasuresPanel", "CSV files (*.csv);;All files (*)"))
        if path:
            self.import_from(path)

    def import_from(self, path: str | Path) -> str:
        try:
            self.report = self.svc.measures.import_csv(Path(path)).sentence()
        except ImprovementError as exc:
            self.report = str(exc)
            self.error.show_problem(self.report, {})
        else:
            self.error.clear_problem()
        self.message.setText(self.report)
        return self.report

    def _show(self, team_id: int | None) -> None:
        mid = self.measure_id()
        if mid is not None:
            self.show_requested.emit(mid, team_id)
