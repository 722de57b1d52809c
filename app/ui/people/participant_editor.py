"""Add or edit one participant. Saves through PeopleService; problems show inline, nothing typed is lost."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QWidget,
)

from app.services.people.records import ParticipantData, ParticipantRecord
from app.services.people.service import ROLES
from app.ui.context import UiContext
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.people.record_editor import RecordEditor

PRONOUNS = ("she/her", "he/him", "they/them", "she/they", "he/they")
NO_TEAM = QT_TRANSLATE_NOOP("participant_editor", "No team")


class ParticipantEditor(RecordEditor):
    """`record=None` adds a new participant; otherwise edits that one.

    Tests drive it without exec(): `set_field("email", "x")`, then `save()`.
    After a successful save, `saved_id` holds the participant's id.
    """

    def __init__(self, ctx: UiContext, record: ParticipantRecord | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.people = ctx.services.people
        self.record = record
        self.saved_id: int | None = None
        self.setWindowTitle(QCoreApplication.translate("ParticipantEditor", "Edit participant") if record else QCoreApplication.translate("ParticipantEditor", "Add a participant"))

        self.name = QLineEdit()
        self.name.setPlaceholderText(QCoreApplication.translate("ParticipantEditor", "First and last name, as they like to be called"))
        self.name.setAccessibleName(QCoreApplication.translate("ParticipantEditor", "Name"))
        self.pronouns = QComboBox()
        self.pronouns.setEditable(True)
        self.pronouns.addItems(["", *PRONOUNS])
        self.pronouns.setAccessibleName(QCoreApplication.translate("ParticipantEditor", "Pronouns"))
        pronouns_edit = self.pronouns.lineEdit()
        assert pronouns_edit is not None  # an editable combo box has its line edit
        pronouns_edit.setPlaceholderText(QCoreApplication.translate("ParticipantEditor", "Optional: only if they shared them"))
        self.email = QLineEdit()
        self.email.setPlaceholderText(QCoreApplication.translate("ParticipantEditor", "name@school.org (optional)"))
        self.email.setAccessibleName(QCoreApplication.translate("ParticipantEditor", "Email"))
        self.team = QComboBox()
        self.team.setAccessibleName(QCoreApplication.translate("ParticipantEditor", "Team"))
        self.team.addItem(QCoreApplication.translate("participant_editor", NO_TEAM), None)
        for t in self.people.teams():
            self.team.addItem(t.name, t.id)
        self.role = QComboBox()
        self.role.setEditable(True)
        self.role.addItems(["", *ROLES])
        self.role.setAccessibleName(QCoreApplication.translate("ParticipantEditor", "Role"))

        self._lay_out([(QCoreApplication.translate("RecordEditor", "&Name"), "Name", self.name), (QCoreApplication.translate("RecordEditor", "&Pronouns"), "Pronouns", self.pronouns),
                       (QCoreApplication.translate("RecordEditor", "&Email"), "Email", self.email), (QCoreApplication.translate("RecordEditor", "&Team"), "Team", self.team),
                       (QCoreApplication.translate("RecordEditor", "&Role"), "Role", self.role)], QCoreApplication.translate("nouns", "participant"))
        if record is not None:
            self.name.setText(record.name)
            self.pronouns.setCurrentText(record.pronouns)
            self.email.setText(record.email)
            self.role.setCurrentText(record.role)
            at = self.team.findData(record.team_id) if record.team_id is not None else 0
            self.team.setCurrentIndex(max(at, 0))
        self.setMinimumWidth(460)
        self.name.setFocus()

    # -- for code and tests ---------------------------------------------------------
    def set_field(self, field: str, value: str) -> None:
        """Type `value` into a field: name, pronouns, email, team (a team name or "No team"), role."""
        key = field.lower()
        if key == "team":
            at = self.team.findText(value, Qt.MatchFlag.MatchFixedString) if value else 0
            if at < 0:
                raise ValueError(QCoreApplication.translate("ParticipantEditor", "no team called {value!r} in the list").format(value=value))
            self.team.setCurrentIndex(at)
        elif key in ("pronouns", "role"):
            getattr(self, key).setCurrentText(value)
        elif key in ("name", "email"):
            getattr(self, key).setText(value)
        else:
            raise ValueError(f"unknown field {field!r}")

    def data(self) -> ParticipantData:
        return ParticipantData(
            name=self.name.text(),
            pronouns=self.pronouns.currentText(),
            email=self.email.text().strip(),
            role=self.role.currentText(),
            team_id=self.team.currentData(),
        )

    def _add(self, data) -> int:
        return self.people.add_participant(data)

    def _update(self, record_id: int, data) -> None:
        self.people.update_participant(record_id, data)
