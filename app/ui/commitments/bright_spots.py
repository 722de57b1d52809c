"""Bright spots: what is working for a team, for whom, the evidence; typed, or taken from a sticky note."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.commitments.model import FROM_NOTE, FROM_TEXT, BrightSpotData, CommitmentError
from app.ui.buttons import button
from app.ui.commitments.form import line
from app.ui.problem_label import ProblemLabel


class BrightSpotsPanel(QWidget):
    show_requested = Signal(int)  # bright spot id

    def __init__(self, svc) -> None:
        super().__init__()
        self.svc = svc
        self.list = QListWidget()
        self.list.setAccessibleName(QCoreApplication.translate("BrightSpotsPanel", "Bright spots"))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.team = QComboBox()
        self.team.setAccessibleName(QCoreApplication.translate("BrightSpotsPanel", "Team"))
        self.source = QComboBox()
        self.source.setAccessibleName(QCoreApplication.translate("BrightSpotsPanel", "From"))
        self.source.activated.connect(self._source_picked)
        self.what = line(QCoreApplication.translate("BrightSpotsPanel", "What worked"), QCoreApplication.translate("BrightSpotsPanel", "The practice, in a sentence"))
        self.for_whom = line(QCoreApplication.translate("BrightSpotsPanel", "For whom"), QCoreApplication.translate("BrightSpotsPanel", "Which students or families it works for"))
        self.evidence = line(QCoreApplication.translate("BrightSpotsPanel", "Evidence"), QCoreApplication.translate("BrightSpotsPanel", "How you know: a number, a story"))
        form = QFormLayout()
        for label, widget in ((QCoreApplication.translate("BrightSpotsPanel", "&Team"), self.team), (QCoreApplication.translate("BrightSpotsPanel", "F&rom"), self.source), (QCoreApplication.translate("BrightSpotsPanel", "What &worked"), self.what),
                              (QCoreApplication.translate("BrightSpotsPanel", "For wh&om"), self.for_whom),
                              (QCoreApplication.translate("BrightSpotsPanel", "E&vidence"), self.evidence)):
            form.addRow(label, widget)
        self.fields = {"Team": self.team, "What worked": self.what, "For whom": self.for_whom,
                       "Evidence": self.evidence, "From": self.source}
        for edit in (self.what, self.for_whom, self.evidence):
            edit.returnPressed.connect(self.add)
        self.error = ProblemLabel()
        self.add_button = button(QCoreApplication.translate("BrightSpotsPanel", "&Add bright spot"), QCoreApplication.translate("BrightSpotsPanel", "Add bright spot"), self.add)
        self.delete_button = button(QCoreApplication.translate("BrightSpotsPanel", "Delete"), QCoreApplication.translate("BrightSpotsPanel", "Delete the selected bright spot"), self.delete_selected)
        self.show_button = button(QCoreApplication.translate("BrightSpotsPanel", "Show on pro&jector"), QCoreApplication.translate("BrightSpotsPanel", "Show the selected bright spot on the projector"),
                                  self._show)
        row = QHBoxLayout()
        for b in (self.add_button, self.delete_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.show_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.list, 1)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addLayout(row)

    def reload(self, teams: list[tuple[int, str]], current_team: int | None) -> None:
        keep = self.selected_id()
        self.list.clear()
        for b in self.svc.bright_spots():
            item = QListWidgetItem(f"{b.team}: {b.what_worked}" + (QCoreApplication.translate("BrightSpotsPanel", " — for {for_whom}").format(for_whom=b.for_whom) if b.for_whom else ""))
            item.setData(Qt.ItemDataRole.UserRole, b.id)
            self.list.addItem(item)
            if b.id == keep:
                self.list.setCurrentItem(item)
        chosen = self.team.currentData() or current_team
        self.team.clear()
        for team_id, name in teams:
            self.team.addItem(name, team_id)
        self.team.setCurrentIndex(max(0, self.team.findData(chosen)))
        was = self.source.currentData()
        self.source.clear()
        self.source.addItem(QCoreApplication.translate("BrightSpotsPanel", "Typed here"), None)
        for note_id, text in self.svc.notes():
            self.source.addItem(QCoreApplication.translate("BrightSpotsPanel", "Sticky note: {value}").format(value=text[:80]), ("note", note_id, text))
        for where, text in self.svc.step_notes():
            self.source.addItem(QCoreApplication.translate("BrightSpotsPanel", "Note in {where}: {value}").format(where=where, value=text[:60]), ("step", None, text))
        for i in range(self.source.count()):
            if was is not None and self.source.itemData(i) == was:
                self.source.setCurrentIndex(i)

    def selected_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _source_picked(self, index: int) -> None:
        picked = self.source.itemData(index)
        if picked is not None:
            self.what.setText(" ".join(picked[2].split())[:500])

    def add(self) -> int | None:
        picked = self.source.currentData()
        data = BrightSpotData(self.team.currentData(), self.what.text(), self.for_whom.text(), self.evidence.text(),
                              FROM_NOTE if picked is not None else FROM_TEXT,
                              note_id=picked[1] if picked is not None else None)
        try:
            if data.team_id is None:
                raise CommitmentError(QCoreApplication.translate("BrightSpotsPanel", "Team: add a team first (Teams tab)."))
            spot = self.svc.add_bright_spot(data)
        except CommitmentError as exc:
            self.error.show_error(str(exc), self.fields)
            return None
        self.error.clear_error()
        for edit in (self.what, self.for_whom, self.evidence):
            edit.clear()
        self.source.setCurrentIndex(0)
        self.what.setFocus()
        return spot

    def delete_selected(self) -> None:
        spot = self.selected_id()
        if spot is not None:
            self.svc.delete_bright_spot(spot)

    def _show(self) -> None:
        spot = self.selected_id()
        if spot is None and self.list.count():
            spot = self.list.item(self.list.count() - 1).data(Qt.ItemDataRole.UserRole)
        if spot is not None:
            self.show_requested.emit(spot)
