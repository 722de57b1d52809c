"""Importing participants and teams from CSV files: preview first, then all or nothing."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

from sqlalchemy import select

from app.domain.roster.table import RosterPlan, dedupe_key, plan_import
from app.domain.roster.decode import RosterError
from app.domain.roster.fields import PARTICIPANTS, TEAMS
from app.services.workspace import Workspace
from app.store import models as m

__all__ = ["RosterImporter", "ImportReport", "RosterError", "PARTICIPANTS", "TEAMS", "MAX_FILE_BYTES"]

MAX_FILE_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class ImportReport:
    kind: str
    added: int
    skipped: tuple[str, ...]
    notes: tuple[str, ...]
    blank_rows: int

    def lines(self) -> list[str]:
        one, many = ("participant", "participants") if self.kind == PARTICIPANTS else ("team", "teams")
        out = [f"Added {_count(self.added, one, many)}."]
        if self.skipped:
            out.append(f"Skipped {_count(len(self.skipped), 'row', 'rows')}:")
            out += [f"  {s}" for s in self.skipped]
        if self.notes:
            out.append("Notes:")
            out += [f"  {n}" for n in self.notes]
        if self.blank_rows:
            out.append(f"Left out {_count(self.blank_rows, 'blank row', 'blank rows')}.")
        return out


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def read_roster_file(path: Path) -> bytes:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise RosterError(f"{path.name} is {size // (1024 * 1024)} MB; a roster CSV should be far smaller.")
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise RosterError(f"{path.name} does not exist.") from exc
    except IsADirectoryError as exc:
        raise RosterError(f"{path.name} is a folder, not a CSV file.") from exc
    except PermissionError as exc:
        raise RosterError(f"{path.name} cannot be read: permission denied.") from exc
    except OSError as exc:
        raise RosterError(f"{path.name} cannot be read ({exc.strerror}).") from exc


class RosterImporter:
    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace

    def plan(self, data: bytes, kind: str, mapping: Mapping[str, int] | None = None) -> RosterPlan:
        """What importing would do, against what is stored now. Stores nothing."""
        with self.ws.require().read() as s:
            if kind == TEAMS:
                existing = [dedupe_key(TEAMS, {"name": t}) for t in s.scalars(select(m.Team.name))]
                known = None
            else:
                existing = [
                    dedupe_key(PARTICIPANTS, {"name": n, "email": e})
                    for n, e in s.execute(select(m.Participant.name, m.Participant.email))
                ]
                known = list(s.scalars(select(m.Team.name)))
        return plan_import(data, kind, existing_keys=existing, mapping=mapping, known_teams=known)

    def plan_file(self, path: Path, kind: str, mapping: Mapping[str, int] | None = None) -> RosterPlan:
        try:
            return self.plan(read_roster_file(path), kind, mapping)
        except RosterError as exc:
            text = str(exc)
            if Path(path).name not in text:
                raise RosterError(f"{Path(path).name}: {text}") from exc
            raise

    def apply(self, plan: RosterPlan) -> ImportReport:
        """Store every row of `plan` in one transaction: all of them, or none."""
        with self.ws.require().session() as s:
            if plan.kind == TEAMS:
                for row in plan.to_add:
                    v = row.values
                    s.add(m.Team(name=v["name"], district=v.get("district", ""), region=v.get("region", ""),
                                 level=v.get("level", ""), focus=v.get("focus", "")))
            else:
                teams = {t.name.casefold(): t.id for t in s.scalars(select(m.Team))}
                for row in plan.to_add:
                    v = row.values
                    team_name = v.get("team", "")
                    s.add(m.Participant(name=v["name"], pronouns=v.get("pronouns", ""), email=v.get("email", ""),
                                        role=v.get("role", ""),
                                        team_id=teams.get(team_name.casefold()) if team_name else None))
        self.ws.bus.emit("people")
        self.ws.bus.emit("teams")
        return ImportReport(
            kind=plan.kind,
            added=len(plan.to_add),
            skipped=tuple(p.message for p in plan.skipped),
            notes=tuple(p.message for p in plan.notes),
            blank_rows=plan.blank_rows,
        )
