"""Add or edit one team (usually a school). Saves through PeopleService; problems show inline."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.services.people.records import TeamData, TeamRecord
from app.ui.context import UiContext
from app.ui.people.record_editor import RecordEditor

LEVELS = ("Elementary", "Middle", "High", "K–8", "K–12", "District office", "County office", "Community partner")


class TeamEditor(RecordEditor):
    """`record=None` adds a new team; otherwise edits that one. Drive with set_field() and save()."""

    def __init__(self, ctx: UiContext, record: TeamRecord | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.people = ctx.services.people
        self.record = record
        self.saved_id: int | None = None
        self.setWindowTitle(QCoreApplication.translate("TeamEditor", "Edit team") if record else QCoreApplication.translate("TeamEditor", "Add a team"))

        self.name = QLineEdit()
        self.name.setPlaceholderText(QCoreApplication.translate("TeamEditor", "e.g. Roosevelt High School"))
        self.name.setAccessibleName(QCoreApplication.translate("TeamEditor", "Name"))
        self.district = QLineEdit()
        self.district.setAccessibleName(QCoreApplication.translate("TeamEditor", "District"))
        self.region = QLineEdit()
        self.region.setAccessibleName(QCoreApplication.translate("TeamEditor", "Region"))
        self.level = QComboBox()
        self.level.setEditable(True)
        self.level.addItems(["", *LEVELS])   # suggestions of what to type: the level is data, kept as typed
        self.level.setAccessibleName(QCoreApplication.translate("TeamEditor", "Level"))
        self.focus = QPlainTextEdit()
        self.focus.setPlaceholderText(QCoreApplication.translate("TeamEditor", "What this team is working on, in a sentence or two"))
        self.focus.setAccessibleName(QCoreApplication.translate("TeamEditor", "Focus or aim"))
        self.focus.setTabChangesFocus(True)
        self.focus.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)

        self._lay_out([(QCoreApplication.translate("RecordEditor", "&Name"), "Name", self.name), (QCoreApplication.translate("RecordEditor", "&District"), "District", self.district),
                       (QCoreApplication.translate("RecordEditor", "&Region"), "Region", self.region), (QCoreApplication.translate("RecordEditor", "&Level"), "Level", self.level),
                       (QCoreApplication.translate("RecordEditor", "&Focus / aim"), "Focus", self.focus)], QCoreApplication.translate("nouns", "team"))
        if record is not None:
            self.name.setText(record.name)
            self.district.setText(record.district)
            self.region.setText(record.region)
            self.level.setCurrentText(record.level)
            self.focus.setPlainText(record.focus)
        self.setMinimumWidth(500)
        self.name.setFocus()

    def set_field(self, field: str, value: str) -> None:
        """Type `value` into a field: name, district, region, level or focus."""
        key = field.lower()
        if key == "level":
            self.level.setCurrentText(value)
        elif key == "focus":
            self.focus.setPlainText(value)
        elif key in ("name", "district", "region"):
            getattr(self, key).setText(value)
        else:
            raise ValueError(f"unknown field {field!r}")

    def data(self) -> TeamData:
        return TeamData(
            name=self.name.text(),
            district=self.district.text(),
            region=self.region.text(),
            level=self.level.currentText(),
            focus=self.focus.toPlainText(),
        )

    def _add(self, data) -> int:
        return self.people.add_team(data)

    def _update(self, record_id: int, data) -> None:
        self.people.update_team(record_id, data)
