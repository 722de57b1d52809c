"""The People tab: everyone at the convening, with their pronouns, role, team and email."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from app.services.people.imports import PARTICIPANTS
from app.services.people.records import ParticipantRecord
from app.ui.context import UiContext
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.i18n.counts import counts
from app.ui.people.participant_editor import ParticipantEditor
from app.ui.people.records_model import Column
from app.ui.people.records_tab import RecordsTab, name_list

if TYPE_CHECKING:
    from app.ui.talk.lenses_dialog import LensesDialog

COLUMNS = (
    Column(QT_TRANSLATE_NOOP("RecordsModel", "Name"), lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("RecordsModel", "Pronouns"), lambda r: r.pronouns),
    Column(QT_TRANSLATE_NOOP("RecordsModel", "Role"), lambda r: r.role),
    Column(QT_TRANSLATE_NOOP("RecordsModel", "Team"), lambda r: r.team_name),
    Column(QT_TRANSLATE_NOOP("RecordsModel", "Email"), lambda r: r.email),
)


class ParticipantsTab(RecordsTab):
    noun_one = QT_TRANSLATE_NOOP("nouns", "participant")
    noun_many = QT_TRANSLATE_NOOP("nouns", "participants")
    import_kind = PARTICIPANTS
    filter_hint = QT_TRANSLATE_NOOP("RecordsTab", "Filter by name, team or role…")
    empty_text = QT_TRANSLATE_NOOP("ParticipantsTab", "No participants yet. Add people one by one, or import a CSV from your registration sheet.")

    def __init__(self, ctx: UiContext) -> None:
        self._teams = 0
        super().__init__(ctx, COLUMNS, filter_columns=(0, 2, 3), weights=(24, 11, 15, 26, 24))
        # Lenses (talk-time balance): defined here, next to the people who hold them.
        self.lenses_button = self._button(QCoreApplication.translate("ParticipantsTab", "Lenses…"), QCoreApplication.translate("ParticipantsTab", "Define lenses and each person's values"), self.open_lenses)
        self.bottom_row.insertWidget(self.bottom_row.indexOf(self.import_button), self.lenses_button)

    def open_lenses(self) -> LensesDialog | None:
        from app.ui.talk.lenses_dialog import LensesDialog

        if self.ctx.workspace.store is None:
            return None
        dialog = LensesDialog(self.ctx, self)
        dialog.open()
        return dialog

    def fetch(self) -> list[ParticipantRecord]:
        self._teams = self.people.counts()[1]
        return self.people.participants()

    def count_text(self, total: int) -> str:
        return f"{counts().participants(total)} · {counts().teams(self._teams)}"

    def make_editor(self, record: ParticipantRecord | None) -> QDialog:
        return ParticipantEditor(self.ctx, record, self)

    def delete_question(self, records: list[ParticipantRecord]) -> tuple[str, str, str]:
        names = name_list([r.name for r in records])
        if len(records) == 1:
            title, action = QCoreApplication.translate("ParticipantsTab", "Delete participant"), QCoreApplication.translate("ParticipantsTab", "Delete")
            text = QCoreApplication.translate("ParticipantsTab", "Delete {names} from this convening?").format(names=names)
        else:
            title, action = QCoreApplication.translate("ParticipantsTab", "Delete participants"), QCoreApplication.translate("ParticipantsTab", "Delete {count} people").format(count=len(records))
            text = QCoreApplication.translate("ParticipantsTab", "Delete these {count} participants from this convening?\n\n{names}").format(count=len(records), names=names)
        text += "\n\n" + QCoreApplication.translate(
            "ParticipantsTab", "Their talk-time record goes with them. Edit > Undo (Ctrl+Z) brings it all back.")
        return title, text, action

    def delete_record(self, record: ParticipantRecord) -> None:
        self.people.delete_participant(record.id)

    def delete_records(self, records: list[ParticipantRecord]) -> None:
        self.people.delete_participants([r.id for r in records])
