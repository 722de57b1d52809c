"""Participant tables (groupings): plan rounds of tables, keep them, export them as CSV.

Each plan is committed at once, then "pairing" is emitted with what="tables".
Mixing can use role and any lens; the room only ever sees names and counts of
schools and roles per table (never lens values).
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Generator
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

from sqlalchemy import delete, select

from app.domain import csv_cells
from app.domain.pairing.tables import Person, TablePlan, TableRules, TablesError
from app.i18n import _, ngettext, translation
from app.services.core.changes import PairingChanged
from app.services.core.workspace import Workspace
from app.services.pairing.planned import basis, next_position
from app.store import models as m

if TYPE_CHECKING:
    from app.services.core.jobs import CancelToken, Progress

__all__ = ["TablesService", "TableRules", "TablesError", "SeatingRecord", "TableRecord"]


@dataclass(frozen=True)
class TableRecord:
    number: int
    person_ids: tuple[int, ...]
    names: tuple[str, ...]
    summary: str  # "4 schools · 5 roles"


@dataclass(frozen=True)
class PlannedTables:
    """What a tables job hands back to be stored."""

    start: int
    titles: tuple[str, ...]
    rules: TableRules
    person_ids: tuple[int, ...]
    plans: tuple[TablePlan, ...]
    day_id: int | None = None


@dataclass(frozen=True)
class SeatingRecord:
    id: int
    position: int
    title: str
    tables: tuple[TableRecord, ...]
    quality: tuple[str, ...]
    day_id: int | None = None  # the day the tables are for (None: not tied to a day)
    day_number: int | None = None
    notes: tuple[str, ...] = ()  # one sentence per rule that could not be met (team rule, repeats)

    @property
    def number(self) -> int:
        return self.position + 1

    @property
    def day_label(self) -> str:
        return _("Day {day}").format(day=self.day_number) if self.day_number else _("No day")


EARLIER_TABLES_KEY = "earlier_tables"  # convene_meta: [[[participant id, ...], ...], ...], oldest round first


def earlier_tables(s) -> list[tuple[tuple[int, ...], ...]]:
    """The rounds of tables of earlier convenings that `convene next` brought in (participants of this file)."""
    text = s.scalar(select(m.ConveneMeta.value).where(m.ConveneMeta.key == EARLIER_TABLES_KEY))
    try:
        rounds = json.loads(text) if text else []
        return [tuple(tuple(int(p) for p in table) for table in r) for r in rounds]
    except (TypeError, ValueError):
        return []


class TablesService:
    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace

    def mix_options(self) -> list[str]:
        """What tables can be mixed (or grouped) by: role, then each lens by name."""
        # a "Role" lens is the role itself, named in the convening's language ("Rol" in the Spanish demo)
        role = {"role", translation(self.ws.data_language()).gettext("Role").casefold()}
        with self.ws.require().read() as s:
            lenses = s.scalars(select(m.Lens.name).order_by(m.Lens.position, m.Lens.name)).all()
        return ["role", *(n for n in lenses if n.casefold() not in role)]

    def _people(self, s) -> list[Person]:
        teams = dict(s.execute(select(m.Team.id, m.Team.name)).all())
        lens_names = dict(s.execute(select(m.Lens.id, m.Lens.name)).all())
        values: dict[int, dict[str, str]] = {}
        for v in s.scalars(select(m.LensValue)):
            values.setdefault(v.participant_id, {})[lens_names.get(v.lens_id, "")] = v.value
        return [
            Person(p.id, p.name, teams.get(p.team_id, "") if p.team_id else "", {**values.get(p.id, {}), "role": p.role})
            for p in s.scalars(select(m.Participant).order_by(m.Participant.id))
        ]

    def compute(self, rules: TableRules, rounds: int = 1, titles: list[str] | None = None,
                day_id: int | None = None) -> list[SeatingRecord]:
        """Plan and store `rounds` rounds of tables on this thread (`compute_job` then `store`)."""
        from app.services.core.jobs import CancelToken, drive

        return self.store(drive(self.compute_job(rules, rounds, titles, day_id), CancelToken(), lambda _p: None))

    def compute_job(self, rules: TableRules, rounds: int = 1, titles: list[str] | None = None,
                    day_id: int | None = None) -> Callable[[CancelToken], Generator[Progress, None, PlannedTables]]:
        """A job (services/core/jobs.py) that seats the rounds and returns a PlannedTables; inputs are read now."""
        from app.domain.pairing.tables import tables_steps
        from app.services.core.jobs import as_progress

        if not 1 <= rounds <= 12:
            raise TablesError(_("Rounds: plan between 1 and 12 rounds of tables at a time."))
        with self.ws.require().read() as s:
            people = self._people(s)
            start = next_position(s, m.SeatingRound)
            if day_id is not None and s.get(m.Day, day_id) is None:
                raise TablesError(_("Day: that day is no longer in the convening; choose another."))
            earlier = earlier_tables(s)  # tablemates of the convenings this one was built from (`convene next`)
            for r in s.scalars(select(m.SeatingRound).order_by(m.SeatingRound.position)):
                tables: dict[int, list[int]] = {}
                for seat in s.scalars(select(m.Seat).where(m.Seat.round_id == r.id)):
                    tables.setdefault(seat.table_number, []).append(seat.participant_id)
                earlier.append(tuple(tuple(t) for t in tables.values()))
        if not people:
            raise TablesError(_("Tables need participants; add or import them first."))
        rules.check(len(people))  # a size that cannot work is said now, not from the worker
        said = translation(self.ws.data_language())   # a title the convening stores, in its own language
        titles = [titles[n] if titles and n < len(titles) and titles[n]
                  else said.gettext("Tables {number}").format(number=start + n + 1) for n in range(rounds)]
        person_ids = tuple(p.id for p in people)

        def job(token: CancelToken) -> Generator[Progress, None, PlannedTables]:
            plans = yield from as_progress(tables_steps(people, rules, rounds, earlier))
            return PlannedTables(start, tuple(titles), rules, person_ids, tuple(plans), day_id)

        return job

    def store(self, planned: PlannedTables) -> list[SeatingRecord]:
        """Commit what a tables job returned, unless the rounds or participants changed meanwhile."""
        store = self.ws.require()
        with store.read() as s:
            now = basis(s, m.SeatingRound, m.Participant)
        if now != (planned.start, planned.person_ids):
            raise TablesError(_("The rounds or participants changed while the tables were being planned; "
                              "nothing was stored. Plan again."))
        ids = []
        with store.session() as s:
            for n, plan in enumerate(planned.plans):
                r = m.SeatingRound(position=planned.start + n, title=planned.titles[n],
                                   rules_json=json.dumps({"rules": asdict(planned.rules), "quality": plan.quality_lines(),
                                                          "notes": list(plan.notes)}),
                                   created_us=int(self.ws.clock.now() * 1_000_000), day_id=planned.day_id)
                s.add(r)
                s.flush()
                ids.append(r.id)
                for k, table in enumerate(plan.tables, start=1):
                    for pid in table:
                        s.add(m.Seat(round_id=r.id, participant_id=pid, table_number=k))
        self.ws.bus.emit(PairingChanged(what="tables"))
        return [r for r in self.rounds() if r.id in ids]

    def rounds(self, day_id: int | None = None) -> list[SeatingRecord]:
        """Every round of tables in order; with `day_id`, only that day's."""
        with self.ws.require().read() as s:
            people = {p.id: p for p in self._people(s)}
            day_numbers = {d: n for n, d in enumerate(s.scalars(select(m.Day.id).order_by(m.Day.position)), start=1)}
            out = []
            q = select(m.SeatingRound).order_by(m.SeatingRound.position)
            if day_id is not None:
                q = q.where(m.SeatingRound.day_id == day_id)
            for r in s.scalars(q):
                tables: dict[int, list[int]] = {}
                for seat in s.scalars(select(m.Seat).where(m.Seat.round_id == r.id).order_by(m.Seat.table_number, m.Seat.id)):
                    tables.setdefault(seat.table_number, []).append(seat.participant_id)
                records = []
                for number in sorted(tables):
                    members = [people[i] for i in sorted(tables[number]) if i in people]
                    schools = len({p.team for p in members if p.team})
                    roles = len({p.attributes.get("role", "") for p in members if p.attributes.get("role")})
                    summary = _("{schools} · {roles}").format(   # a Message: the handout says it in its language
                        schools=ngettext("{n} school", "{n} schools", schools).format(n=schools),
                        roles=ngettext("{n} role", "{n} roles", roles).format(n=roles))
                    records.append(TableRecord(number, tuple(p.id for p in members), tuple(p.name for p in members), summary))
                saved = json.loads(r.rules_json or "{}")
                out.append(SeatingRecord(r.id, r.position, r.title, tuple(records), tuple(saved.get("quality", [])),
                                         r.day_id, day_numbers.get(r.day_id) if r.day_id is not None else None,
                                         tuple(saved.get("notes", []))))
            return out

    def set_day(self, round_id: int, day_id: int | None) -> None:
        """Tie a round of tables to a day (None: to no day)."""
        with self.ws.require().session() as s:
            r = s.get(m.SeatingRound, round_id)
            if r is None:
                raise TablesError(_("That round of tables is no longer in the convening."))
            if day_id is not None and s.get(m.Day, day_id) is None:
                raise TablesError(_("Day: that day is no longer in the convening; choose another."))
            r.day_id = day_id
        self.ws.bus.emit(PairingChanged(what="tables"))

    def delete_round(self, round_id: int) -> None:
        with self.ws.require().session() as s:
            s.execute(delete(m.Seat).where(m.Seat.round_id == round_id))
            s.execute(delete(m.SeatingRound).where(m.SeatingRound.id == round_id))
        self.ws.bus.emit(PairingChanged(what="tables"))

    def as_csv(self, rounds: list[SeatingRecord]) -> str:
        with self.ws.require().read() as s:
            people = {p.id: p for p in self._people(s)}
        out = io.StringIO()
        writer = csv_cells.writer(out, lineterminator="\n")
        writer.writerow(["round", "table", "participant", "team", "role"])
        for r in rounds:
            for t in r.tables:
                for pid in t.person_ids:
                    p = people[pid]
                    writer.writerow([r.number, t.number, p.name, p.team, p.attributes.get("role", "")])
        return out.getvalue()
