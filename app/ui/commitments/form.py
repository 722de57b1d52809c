"""The commitment form: six fields in Tab order, typed one after another without the mouse."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from app.domain.commitments.model import SUPPORT_FROM, CommitmentData
from app.ui.i18n import QT_TRANSLATE_NOOP

SUPPORT_LABELS = {"": "—", "hub": QT_TRANSLATE_NOOP("CommitmentForm", "the hub"), "buddy school": QT_TRANSLATE_NOOP("CommitmentForm", "our buddy school"),
                  "hub and buddy school": QT_TRANSLATE_NOOP("CommitmentForm", "the hub and our buddy school")}


def line(accessible: str, placeholder: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(accessible)
    edit.setPlaceholderText(placeholder)
    return edit


class CommitmentForm(QWidget):
    """Change to test, who, by when, measure, support needed, and from whom. Enter saves (see the tab)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.change = line(QCoreApplication.translate("CommitmentForm", "Change to test"), QCoreApplication.translate("CommitmentForm", "What will you try at your site? e.g. Text every senior who started"))
        self.who = line(QCoreApplication.translate("CommitmentForm", "Who"), QCoreApplication.translate("CommitmentForm", "Who runs it"))
        self.by_when = line(QCoreApplication.translate("CommitmentForm", "By when"), QCoreApplication.translate("CommitmentForm", "e.g. Friday 7 February"))
        self.measure = line(QCoreApplication.translate("CommitmentForm", "Measure"), QCoreApplication.translate("CommitmentForm", "What you will count or look at"))
        self.support = line(QCoreApplication.translate("CommitmentForm", "Support needed"), QCoreApplication.translate("CommitmentForm", "What you need, if anything"))
        self.support_from = QComboBox()
        self.support_from.setAccessibleName(QCoreApplication.translate("CommitmentForm", "Support from"))
        for key in SUPPORT_FROM:
            self.support_from.addItem(QCoreApplication.translate("CommitmentForm", SUPPORT_LABELS[key]), key)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, widget in ((QCoreApplication.translate("CommitmentForm", "Change to &test"), self.change), (QCoreApplication.translate("CommitmentForm", "&Who"), self.who), (QCoreApplication.translate("CommitmentForm", "&By when"), self.by_when),
                              (QCoreApplication.translate("CommitmentForm", "&Measure"), self.measure), (QCoreApplication.translate("CommitmentForm", "Support &needed"), self.support),
                              (QCoreApplication.translate("CommitmentForm", "Support f&rom"), self.support_from)):
            form.addRow(label, widget)
        self.edits: list[QLineEdit] = [self.change, self.who, self.by_when, self.measure, self.support]
        order: list[QWidget] = [*self.edits, self.support_from]
        for a, b in zip(order, order[1:]):
            QWidget.setTabOrder(a, b)
        self.fields = {"Change to test": self.change, "Who": self.who, "By when": self.by_when,
                       "Measure": self.measure, "Support needed": self.support, "Support from": self.support_from}

    def data(self) -> CommitmentData:
        return CommitmentData(self.change.text(), self.who.text(), self.by_when.text(), self.measure.text(),
                              self.support.text(), self.support_from.currentData() or "")

    def is_blank(self) -> bool:
        return not any(e.text().strip() for e in self.edits)

    def set_data(self, c) -> None:
        for edit, value in zip(self.edits, (c.change, c.who, c.by_when, c.measure, c.support)):
            edit.setText(value)
        self.support_from.setCurrentIndex(max(0, self.support_from.findData(c.support_from)))

    def clear(self) -> None:
        for edit in self.edits:
            edit.clear()
        self.support_from.setCurrentIndex(0)
