"""Importing participants and teams from CSV files: preview first, then all or nothing.

One path for the console's dialog and `convene import`: plan (stores
nothing), then apply. A participant whose team is not in the convening is
never dropped: ``unknown_teams`` CREATE (the default) creates the team in the
same transaction, UNASSIGNED imports the person without a team, and the
report says which happened for whom.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from app.domain.people.decode import MAX_FILE_BYTES, RosterError
from app.domain.people.fields import PARTICIPANTS, TEAMS
from app.domain.people.table import RosterPlan, dedupe_key, plan_import
from app.domain.people.teams import CREATE, UNASSIGNED, UNKNOWN_TEAM_CHOICES, TeamlessRow, team_key, team_lines
from app.i18n import _, ngettext
from app.services.core.changes import PeopleChanged, TeamsChanged
from app.services.core.workspace import Workspace
from app.store import models as m

__all__ = [
    "RosterImporter", "ImportReport", "RosterError", "PARTICIPANTS", "TEAMS", "MAX_FILE_BYTES",
    "CREATE", "UNASSIGNED", "UNKNOWN_TEAM_CHOICES",
]


@dataclass(frozen=True)
class ImportReport:
    kind: str
    added: int
    skipped: tuple[str, ...]
    notes: tuple[str, ...]
    blank_rows: int
    created_teams: tuple[str, ...] = ()
    teamless: tuple[TeamlessRow, ...] = ()
    lens_lines: tuple[str, ...] = ()
    column_notes: tuple[str, ...] = ()  # which of two columns with the same heading was imported

    def lines(self) -> list[str]:
        added = (ngettext("Added {n} participant.", "Added {n} participants.", self.added) if self.kind == PARTICIPANTS
                 else ngettext("Added {n} team.", "Added {n} teams.", self.added))
        out = [added.format(n=self.added)]
        out += list(self.column_notes)
        out += team_lines(self.created_teams, self.teamless, done=True)
        out += list(self.lens_lines)
        if self.skipped:
            out.append(ngettext("Skipped {n} row:", "Skipped {n} rows:", len(self.skipped)).format(n=len(self.skipped)))
            out += [f"  {s}" for s in self.skipped]
        if self.notes:
            out.append(_("Notes:"))
            out += [f"  {n}" for n in self.notes]
        if self.blank_rows:
            out.append(ngettext("Left out {n} blank row.", "Left out {n} blank rows.", self.blank_rows).format(
                n=self.blank_rows))
        return out


def read_roster_file(path: Path) -> bytes:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise RosterError(_("{name} is {value} MB; a roster CSV should be far smaller.").format(name=path.name, value=size // (1024 * 1024)))
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise RosterError(_("{name} does not exist.").format(name=path.name)) from exc
    except IsADirectoryError as exc:
        raise RosterError(_("{name} is a folder, not a CSV file.").format(name=path.name)) from exc
    except PermissionError as exc:
        raise RosterError(_("{name} cannot be read: permission denied.").format(name=path.name)) from exc
    except OSError as exc:
        raise RosterError(_("{name} cannot be read ({strerror}).").format(name=path.name, strerror=exc.strerror)) from exc


class RosterImporter:
    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace

    def plan(
        self, data: bytes, kind: str, mapping: Mapping[str, int] | None = None, unknown_teams: str = CREATE,
        lens_columns: Mapping[int, str] | None = None,
    ) -> RosterPlan:
        """What importing would do, against what is stored now. Stores nothing.

        `lens_columns` (column index -> lens name) replaces the guessed lens columns; {} imports none."""
        with self.ws.require().read() as s:
            lenses = list(s.scalars(select(m.Lens.name).order_by(m.Lens.position)))
            if kind == TEAMS:
                existing = [dedupe_key(TEAMS, {"name": t}) for t in s.scalars(select(m.Team.name))]
                known = None
            else:
                existing = [
                    dedupe_key(PARTICIPANTS, {"name": n, "email": e})
                    for n, e in s.execute(select(m.Participant.name, m.Participant.email))
                ]
                known = list(s.scalars(select(m.Team.name)))
        return plan_import(data, kind, existing_keys=existing, mapping=mapping, known_teams=known,
                           unknown_teams=unknown_teams, known_lenses=lenses, lens_columns=lens_columns)

    def plan_file(
        self, path: Path, kind: str, mapping: Mapping[str, int] | None = None, unknown_teams: str = CREATE,
        lens_columns: Mapping[int, str] | None = None,
    ) -> RosterPlan:
        try:
            return self.plan(read_roster_file(path), kind, mapping, unknown_teams, lens_columns)
        except RosterError as exc:
            text = str(exc)
            if Path(path).name not in text:
                raise RosterError(_("{file}: {problem}").format(file=Path(path).name, problem=text)) from exc
            raise

    def apply(self, plan: RosterPlan) -> ImportReport:
        """Store every row of `plan` in one transaction: all of them, or none.

        The teams the plan would create are created here, in the same
        transaction; a team someone added meanwhile is used, not doubled.
        """
        created: list[str] = []
        created_lenses: list[str] = []
        people: list = []
        with self.ws.require().session() as s:
            if plan.kind == TEAMS:
                for row in plan.to_add:
                    v = row.values
                    s.add(m.Team(name=v["name"], district=v.get("district", ""), region=v.get("region", ""),
                                 level=v.get("level", ""), focus=v.get("focus", "")))
            else:
                teams = {team_key(t.name): t for t in s.scalars(select(m.Team))}
                for row in plan.to_add:
                    v = row.values
                    team_name = v.get("team", "")
                    team = None
                    if team_name:
                        team = teams.get(team_key(team_name))
                        if team is None:  # never drop the team a row names
                            team = teams[team_key(team_name)] = m.Team(name=team_name)
                            s.add(team)
                            created.append(team_name)
                    person = m.Participant(name=v["name"], pronouns=v.get("pronouns", ""), email=v.get("email", ""),
                                           role=v.get("role", ""), team=team)
                    s.add(person)
                    people.append((person, row.lenses))
                _add_lens_values(s, plan, people, created_lenses)
        self.ws.bus.emit(PeopleChanged())
        self.ws.bus.emit(TeamsChanged())
        return ImportReport(
            kind=plan.kind,
            added=len(plan.to_add),
            skipped=tuple(p.message for p in plan.skipped),
            notes=tuple(p.message for p in plan.notes),
            blank_rows=plan.blank_rows,
            created_teams=tuple(created),
            teamless=plan.teamless,
            lens_lines=tuple(plan.lens_lines()),
            column_notes=plan.column_notes,
        )


def _add_lens_values(s, plan: RosterPlan, people: list, created: list[str]) -> None:
    """The lenses the plan's columns name (created if new, in this transaction) and each person's values."""
    if not plan.lens_columns:
        return
    from sqlalchemy import func

    s.flush()
    lenses = {lens.name.casefold(): lens for lens in s.scalars(select(m.Lens))}
    position = (s.scalar(select(func.max(m.Lens.position))) or 0)
    for col in plan.lens_columns:
        if col.lens.casefold() not in lenses:
            position += 1
            lens = m.Lens(name=col.lens, position=position, sensitive=False)
            s.add(lens)
            lenses[col.lens.casefold()] = lens
            created.append(col.lens)
    s.flush()
    for person, values in people:
        for lens_name, vals in values.items():
            for v in vals:
                s.add(m.LensValue(lens_id=lenses[lens_name.casefold()].id, participant_id=person.id, value=v))
