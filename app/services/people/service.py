"""Participants and teams: list, add, edit, delete."""

from __future__ import annotations

from sqlalchemy import func, select

from app.i18n import _
from app.services.core.changes import PeopleChanged, TeamsChanged
from app.services.core.history import PARTICIPANT, TEAM, History
from app.services.core.workspace import Workspace
from app.services.people.imports import RosterImporter
from app.services.people.records import ParticipantData, ParticipantRecord, TeamData, TeamRecord
from app.store import models as m

ROLES = ("teacher", "principal", "counselor", "district leader", "student", "family member", "coach", "other")


class PeopleError(ValueError):
    """A participant or team cannot be saved as typed; the message names the field."""


def _clean(text: str, field: str, limit: int, required: bool = False) -> str:
    value = " ".join((text or "").split()) if field != "Focus" else (text or "").strip()
    if required and not value:
        raise PeopleError(_("{field}: it cannot be empty.").format(field=field))
    if len(value) > limit:
        raise PeopleError(_("{field}: keep it under {limit} characters (it has {n_value}).").format(field=field, limit=limit, n_value=len(value)))
    return value


def _team_values(data: TeamData) -> dict:
    return {
        "name": _clean(data.name, "Name", 200, required=True),
        "district": _clean(data.district, "District", 200),
        "region": _clean(data.region, "Region", 200),
        "level": _clean(data.level, "Level", 200),
        "focus": _clean(data.focus, "Focus", 500),
    }


def _participant_values(data: ParticipantData) -> dict:
    email = _clean(data.email, "Email", 200)
    if email and ("@" not in email or email.startswith("@") or email.endswith("@") or " " in email):
        raise PeopleError(_("Email: “{email}” is not an email address.").format(email=email))
    return {
        "name": _clean(data.name, "Name", 200, required=True),
        "pronouns": _clean(data.pronouns, "Pronouns", 60),
        "email": email,
        "role": _clean(data.role, "Role", 60),
        "team_id": data.team_id,
    }


TOPICS = (PeopleChanged, TeamsChanged)


class PeopleService:
    """Participants and teams; roster imports are its part `imports`. Every change here is one step of the workspace's history (Edit > Undo brings it back)."""

    def __init__(self, workspace: Workspace, history: History) -> None:
        self.ws = workspace
        self.history = history
        self.imports = RosterImporter(workspace)   # roster CSV files: preview, then all or nothing

    def _record(self, label: str, hook, ids: list[int], change, new_id: bool = False):
        result = self.history.record(label, hook, ids, change, TOPICS,
                                     (lambda r: [r]) if new_id else (lambda _r: []))
        for topic in TOPICS:
            self.ws.bus.emit(topic())
        return result

    # -- teams ---------------------------------------------------------------
    def teams(self) -> list[TeamRecord]:
        with self.ws.require().read() as s:
            counts = dict(
                s.execute(select(m.Participant.team_id, func.count()).group_by(m.Participant.team_id)).all()
            )
            return [
                TeamRecord(t.name, t.district, t.region, t.level, t.focus, id=t.id, members=counts.get(t.id, 0))
                for t in s.scalars(select(m.Team).order_by(func.lower(m.Team.name)))
            ]

    def add_team(self, data: TeamData) -> int:
        values = _team_values(data)

        def change(s) -> int:
            self._check_team_name(s, values["name"], None)
            team = m.Team(**values)
            s.add(team)
            s.flush()
            return team.id

        return self._record(_("add the team “{name}”").format(name=values["name"]), TEAM, [], change, new_id=True)

    def update_team(self, team_id: int, data: TeamData) -> None:
        values = _team_values(data)

        def change(s) -> None:
            team = s.get(m.Team, team_id)
            if team is None:
                raise PeopleError(_("That team no longer exists."))
            self._check_team_name(s, values["name"], team_id)
            for k, v in values.items():
                setattr(team, k, v)

        self._record(_("edit the team “{name}”").format(name=values["name"]), TEAM, [team_id], change)

    def delete_team(self, team_id: int) -> None:
        self.delete_teams([team_id])

    def delete_teams(self, team_ids: list[int]) -> None:
        """Delete teams as one undoable step; their members stay, without a team."""
        with self.ws.require().read() as s:
            names = [t.name for t in s.scalars(select(m.Team).where(m.Team.id.in_(team_ids)))]
        if not names:
            return

        def change(s) -> None:
            for team in s.scalars(select(m.Team).where(m.Team.id.in_(team_ids))):
                s.delete(team)

        label = (_("delete the team “{name}”") if len(names) == 1 else _("delete {n} teams")).format(name=names[0], n=len(names))
        self._record(label, TEAM, list(team_ids), change)

    @staticmethod
    def _check_team_name(s, name: str, own_id: int | None) -> None:
        # SQLite's lower() folds ASCII only ("École" != "école"), so compare in Python.
        key = name.casefold()
        clash = next((t for t in s.scalars(select(m.Team)) if t.name.casefold() == key and t.id != own_id), None)
        if clash is not None:
            raise PeopleError(_("Name: there is already a team called “{name}”.").format(name=clash.name))

    def counts(self) -> tuple[int, int]:
        """(participants, teams), without loading either list."""
        with self.ws.require().read() as s:
            return (s.scalar(select(func.count()).select_from(m.Participant)) or 0,
                    s.scalar(select(func.count()).select_from(m.Team)) or 0)

    # -- participants --------------------------------------------------------
    def participants(self) -> list[ParticipantRecord]:
        with self.ws.require().read() as s:
            rows = s.execute(
                select(m.Participant, m.Team.name)
                .outerjoin(m.Team, m.Participant.team_id == m.Team.id)
                .order_by(func.lower(m.Participant.name))
            ).all()
            return [
                ParticipantRecord(p.name, p.pronouns, p.email, p.role, p.team_id, id=p.id, team_name=tn or "")
                for p, tn in rows
            ]

    def add_participant(self, data: ParticipantData) -> int:
        values = _participant_values(data)

        def change(s) -> int:
            self._check_team(s, values["team_id"])
            p = m.Participant(**values)
            s.add(p)
            s.flush()
            return p.id

        return self._record(_("add “{name}”").format(name=values["name"]), PARTICIPANT, [], change, new_id=True)

    def update_participant(self, participant_id: int, data: ParticipantData) -> None:
        values = _participant_values(data)

        def change(s) -> None:
            p = s.get(m.Participant, participant_id)
            if p is None:
                raise PeopleError(_("That participant no longer exists."))
            self._check_team(s, values["team_id"])
            for k, v in values.items():
                setattr(p, k, v)

        self._record(_("edit “{name}”").format(name=values["name"]), PARTICIPANT, [participant_id], change)

    def delete_participant(self, participant_id: int) -> None:
        self.delete_participants([participant_id])

    def delete_participants(self, participant_ids: list[int]) -> None:
        """Delete people as one undoable step, with their lens values and talk-time record."""
        with self.ws.require().read() as s:
            names = [p.name for p in s.scalars(select(m.Participant).where(m.Participant.id.in_(participant_ids)))]
        if not names:
            return

        def change(s) -> None:
            for p in s.scalars(select(m.Participant).where(m.Participant.id.in_(participant_ids))):
                s.delete(p)

        label = (_("delete “{name}”") if len(names) == 1 else _("delete {n} participants")).format(name=names[0], n=len(names))
        self._record(label, PARTICIPANT, list(participant_ids), change)

    @staticmethod
    def _check_team(s, team_id: int | None) -> None:
        if team_id is not None and s.get(m.Team, team_id) is None:
            raise PeopleError(_("Team: that team no longer exists."))
