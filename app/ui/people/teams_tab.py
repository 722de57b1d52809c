"""The Teams tab: the schools (and district or partner teams) in the network, with their members."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from app.services.people.imports import TEAMS
from app.services.people.records import TeamRecord
from app.ui.context import UiContext
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.i18n.counts import counts
from app.ui.people.records_model import Column
from app.ui.people.records_tab import RecordsTab, name_list
from app.ui.people.team_editor import TeamEditor

COLUMNS = (
    Column(QT_TRANSLATE_NOOP("RecordsModel", "Name"), lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("RecordsModel", "District"), lambda r: r.district),
    Column(QT_TRANSLATE_NOOP("RecordsModel", "Region"), lambda r: r.region),
    Column(QT_TRANSLATE_NOOP("RecordsModel", "Level"), lambda r: r.level),
    Column(QT_TRANSLATE_NOOP("RecordsModel", "Focus / aim"), lambda r: r.focus),
    Column(QT_TRANSLATE_NOOP("RecordsModel", "Members"), lambda r: r.members, numeric=True),
)


class TeamsTab(RecordsTab):
    noun_one = QT_TRANSLATE_NOOP("nouns", "team")
    noun_many = QT_TRANSLATE_NOOP("nouns", "teams")
    import_kind = TEAMS
    filter_hint = QT_TRANSLATE_NOOP("RecordsTab", "Filter by name, district, region or level…")
    empty_text = (
        QT_TRANSLATE_NOOP("TeamsTab", "No teams yet. A team is usually one school, or a district or partner group. Add teams one by one, or import a CSV with one row per team.")
    )

    def __init__(self, ctx: UiContext) -> None:
        self._people = 0
        super().__init__(ctx, COLUMNS, filter_columns=(0, 1, 2, 3), weights=(22, 15, 12, 10, 29, 12))

    def fetch(self) -> list[TeamRecord]:
        teams = self.people.teams()
        self._people = self.people.counts()[0]
        return teams

    def count_text(self, total: int) -> str:
        return f"{counts().teams(total)} · {counts().participants(self._people)}"

    def make_editor(self, record: TeamRecord | None) -> QDialog:
        return TeamEditor(self.ctx, record, self)

    def delete_question(self, records: list[TeamRecord]) -> tuple[str, str, str]:
        names = name_list([r.name for r in records])
        members = sum(r.members for r in records)
        if len(records) == 1:
            title, action = QCoreApplication.translate("TeamsTab", "Delete team"), QCoreApplication.translate("TeamsTab", "Delete team")
            text = QCoreApplication.translate("TeamsTab", "Delete the team {names}?").format(names=names)
        else:
            title, action = QCoreApplication.translate("TeamsTab", "Delete teams"), QCoreApplication.translate("TeamsTab", "Delete {count} teams").format(count=len(records))
            text = QCoreApplication.translate("TeamsTab", "Delete these {count} teams?\n\n{names}").format(count=len(records), names=names)
        if members:
            text += "\n\n" + self.tr("%n participant(s) will be left without a team. They stay in the convening, and "
                                      "you can give them a team again later.", "", members)
        else:
            text += "\n\n" + (QCoreApplication.translate("TeamsTab", "No participants are in it.") if len(records) == 1
                               else QCoreApplication.translate("TeamsTab", "None of them has participants."))
        text += "\n\n" + QCoreApplication.translate(
            "TeamsTab", "Buddy-school pairs that include it are removed too. Edit > Undo (Ctrl+Z) brings them back, "
                        "with their members.")
        return title, text, action

    def delete_record(self, record: TeamRecord) -> None:
        self.people.delete_team(record.id)

    def delete_records(self, records: list[TeamRecord]) -> None:
        self.people.delete_teams([r.id for r in records])
