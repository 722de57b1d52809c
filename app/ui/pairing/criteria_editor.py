"""One row per team attribute: prefer same, prefer different or ignore, and a weight. Each change is saved at once."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QAbstractScrollArea, QComboBox, QHeaderView, QSpinBox, QTableWidget, QTableWidgetItem

from app.domain.pairing import Criterion
from app.domain.pairing.criteria import MAX_WEIGHT, attribute_label
from app.ui.i18n import QT_TRANSLATE_NOOP

MODE_TEXT = {"same": QT_TRANSLATE_NOOP("criteria_editor", "Prefer same"), "different": QT_TRANSLATE_NOOP("criteria_editor", "Prefer different"), "ignore": QT_TRANSLATE_NOOP("criteria_editor", "Ignore")}
ROWS_SHOWN = 8   # every attribute in sight up to this many; more scroll


class CriteriaEditor(QTableWidget):
    problem = Signal(str)

    def __init__(self, service) -> None:
        super().__init__(0, 3)
        self.service = service
        self.setHorizontalHeaderLabels([QCoreApplication.translate("CriteriaEditor", "Attribute"), QCoreApplication.translate("CriteriaEditor", "Pair teams with…"), QCoreApplication.translate("CriteriaEditor", "Weight")])
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.setAccessibleName(QCoreApplication.translate("CriteriaEditor", "Pairing criteria"))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustIgnored)
        self._attributes: list[str] = []
        self._loading = False

    def reload(self) -> None:
        self._loading = True
        try:
            current = {c.attribute: c for c in self.service.criteria()}
            self._attributes = self.service.attributes()
            self._attributes += [a for a in current if a not in self._attributes]
            self.setRowCount(len(self._attributes))
            for row, name in enumerate(self._attributes):
                c = current.get(name, Criterion(name, "ignore", 1))
                item = QTableWidgetItem(attribute_label(name))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.setItem(row, 0, item)
                mode = QComboBox()
                for key, text in ((k, QCoreApplication.translate("criteria_editor", t)) for k, t in MODE_TEXT.items()):
                    mode.addItem(text, key)
                mode.setCurrentIndex(list(MODE_TEXT).index(c.mode))
                mode.setAccessibleName(QCoreApplication.translate("CriteriaEditor", "{value}: pair teams with").format(value=attribute_label(name)))
                mode.currentIndexChanged.connect(self._save)
                self.setCellWidget(row, 1, mode)
                weight = QSpinBox()
                weight.setRange(0, MAX_WEIGHT)
                weight.setValue(c.weight)
                weight.setAccessibleName(QCoreApplication.translate("CriteriaEditor", "{value}: weight").format(value=attribute_label(name)))
                weight.valueChanged.connect(self._save)
                self.setCellWidget(row, 2, weight)
            self.resizeRowsToContents()
            self._fit_rows()
        finally:
            self._loading = False

    def _fit_rows(self) -> None:
        """As tall as its rows (up to ROWS_SHOWN), so no row shows cut in half."""
        rows = range(min(self.rowCount(), ROWS_SHOWN))
        height = (self.horizontalHeader().sizeHint().height() + sum(self.rowHeight(r) for r in rows)
                  + 2 * self.frameWidth())
        self.setFixedHeight(height)

    def _mode_at(self, row: int) -> QComboBox:
        box = self.cellWidget(row, 1)
        assert isinstance(box, QComboBox)  # reload() puts one in every row
        return box

    def _weight_at(self, row: int) -> QSpinBox:
        box = self.cellWidget(row, 2)
        assert isinstance(box, QSpinBox)  # reload() puts one in every row
        return box

    def mode_box(self, attribute: str) -> QComboBox:
        return self._mode_at(self._attributes.index(attribute))

    def weight_box(self, attribute: str) -> QSpinBox:
        return self._weight_at(self._attributes.index(attribute))

    def values(self) -> list[Criterion]:
        out = []
        for row, name in enumerate(self._attributes):
            mode = self._mode_at(row).currentData()
            weight = self._weight_at(row).value()
            if mode != "ignore":
                out.append(Criterion(name, mode, weight))
        return out

    def _save(self, *_args) -> None:
        if self._loading:
            return
        try:
            self.service.set_criteria(self.values())
        except ValueError as exc:
            self.problem.emit(str(exc))
