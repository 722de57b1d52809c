"""Buddy-school pairing: criteria, rules, rounds; each change committed at once, then "pairing" emitted.

Ranks (how recent a meeting is, for "oldest repeats first"): pairs brought in
from earlier convenings rank by their round order there, below every round of
this convening; this convening's rounds rank by position.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import delete, func, select

from app.domain import csv_cells
from app.domain.pairing import Criterion, Meeting, Rules, TeamProfile, solve_round, swap_teams
from app.domain.pairing.criteria import MAX_WEIGHT, MODES, attribute_label, size_band
from app.domain.pairing.matching import group_reasons
from app.domain.pairing.plan import PlanResult
from app.domain.people.decode import MAX_FILE_BYTES, MB
from app.domain.user_text import without_controls
from app.i18n import _, ngettext, translation
from app.services.core.changes import PairingChanged
from app.services.core.workspace import Workspace, data_language_of
from app.services.pairing.planned import basis, next_position
from app.services.pairing.reasons import reason_words
from app.services.pairing.tables import TablesService
from app.store import models as m
from app.store.pairing_history import HistoryFileError, read_history_file

if TYPE_CHECKING:
    from app.services.core.jobs import CancelToken, Progress

BUILT_IN = ("district", "region", "level", "focus", "size")
OWN_RANK = 1_000_000  # this convening's rounds rank above anything imported
# The most earlier pairs brought in from one file: 100 teams over 40 rounds make 2,000. More would only slow
# every later plan (892,238 once made each `convene pair` take 20 s and 1.4 GB).
MAX_HISTORY_PAIRS = 20_000
NAMES_SHOWN = 5  # team names a report lists before "and 8,996 more"


class PairingError(ValueError):
    """A pairing request cannot be done as asked; the message says what to change."""


@dataclass(frozen=True)
class GroupRecord:
    pair_id: int
    team_ids: tuple[int, ...]
    names: tuple[str, ...]
    score: int
    reason: str
    locked: bool


@dataclass(frozen=True)
class RoundRecord:
    id: int
    position: int
    title: str
    groups: tuple[GroupRecord, ...]
    problems: tuple[str, ...] = ()
    day_id: int | None = None  # the day the round is for (None: not tied to a day)
    day_number: int | None = None  # that day's number, from 1

    @property
    def number(self) -> int:
        return self.position + 1

    @property
    def day_label(self) -> str:
        return _("Day {day}").format(day=self.day_number) if self.day_number else _("No day")


@dataclass(frozen=True)
class PlannedRounds:
    """What a plan job hands back to be stored: where the rounds go, what they were planned with, the plan."""

    start: int
    titles: tuple[str, ...]
    criteria: tuple[Criterion, ...]
    team_ids: tuple[int, ...]
    result: PlanResult
    day_id: int | None = None


@dataclass(frozen=True)
class HistoryReport:
    source: str
    added: int
    unknown: tuple[str, ...] = field(default=())  # every team name not in this convening, sorted
    skipped: int = 0  # rows left with fewer than two teams of this convening, so not brought in

    def lines(self) -> list[str]:
        out = [ngettext("Brought in {n:,} earlier pair from {source}.", "Brought in {n:,} earlier pairs from {source}.",
                        self.added).format(n=self.added, source=self.source)]
        if self.unknown:
            names = _some_names(self.unknown)
            if self.skipped:
                out.append(ngettext("Skipped {n:,} row with teams not in this convening: {names}.",
                                    "Skipped {n:,} rows with teams not in this convening: {names}.",
                                    self.skipped).format(n=self.skipped, names=names))
            else:
                out.append(_("Left out teams not in this convening: {names}.").format(names=names))
        return out


def _some_names(names: tuple[str, ...]) -> str:
    """"A, B, C, D, E and 8,996 more": a few names, each kept short, then how many more."""
    shown = [_short(without_controls(n)) for n in names[:NAMES_SHOWN]]
    if len(names) <= NAMES_SHOWN:
        return ", ".join(shown)
    return _("{names} and {n:,} more").format(names=", ".join(shown), n=len(names) - NAMES_SHOWN)


def _short(name: str, limit: int = 60) -> str:
    name = " ".join(name.split())
    return name if len(name) <= limit else name[:limit - 1].rstrip() + "…"


class PairingService:
    """Buddy-school pairing; participants' tables are its part `tables` (pairing/tables.py)."""

    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace
        self.tables = TablesService(workspace)

    # -- criteria and attributes --------------------------------------------
    def attributes(self) -> list[str]:
        """Every attribute a criterion can weigh: the built-in ones, then custom ones by name."""
        with self.ws.require().read() as s:
            custom = s.scalars(select(m.TeamAttribute.name).distinct().order_by(m.TeamAttribute.name)).all()
        return [*BUILT_IN, *(c for c in custom if c not in BUILT_IN)]

    def criteria(self) -> list[Criterion]:
        with self.ws.require().read() as s:
            rows = s.scalars(select(m.PairingCriterion).order_by(m.PairingCriterion.position)).all()
            return [Criterion(r.attribute, r.mode, r.weight) for r in rows]

    def set_criteria(self, criteria: list[Criterion]) -> None:
        seen = set()
        for c in criteria:
            name = " ".join(c.attribute.split())
            if not name:
                raise PairingError(_("Criteria: each criterion needs an attribute."))
            if name.casefold() in seen:
                raise PairingError(_("Criteria: {attribute_label} is listed twice; keep one.").format(attribute_label=attribute_label(name)))
            seen.add(name.casefold())
            if c.mode not in MODES or not 0 <= c.weight <= MAX_WEIGHT:
                raise PairingError(_("Criteria: {attribute_label} needs same, different or ignore, weight 0-{MAX_WEIGHT}.").format(attribute_label=attribute_label(name), MAX_WEIGHT=MAX_WEIGHT))
        with self.ws.require().session() as s:
            s.execute(delete(m.PairingCriterion))
            for n, c in enumerate(criteria):
                s.add(m.PairingCriterion(position=n, attribute=" ".join(c.attribute.split()), mode=c.mode, weight=c.weight))
        self.ws.bus.emit(PairingChanged(what="criteria"))

    def set_team_attribute(self, team_id: int, name: str, value: str) -> None:
        name = " ".join(name.split())
        if not name or name.casefold() in {b.casefold() for b in BUILT_IN}:
            raise PairingError(_("Attribute: give it a name other than {join}.").format(join=', '.join(BUILT_IN)))
        value = " ".join((value or "").split())
        if len(value) > 200:
            raise PairingError(_("{name}: keep the value under 200 characters.").format(name=name))
        with self.ws.require().session() as s:
            row = s.scalars(select(m.TeamAttribute).where(m.TeamAttribute.team_id == team_id, m.TeamAttribute.name == name)).first()
            if row is None:
                s.add(m.TeamAttribute(team_id=team_id, name=name, value=value))
            else:
                row.value = value
        self.ws.bus.emit(PairingChanged(what="attribute-value"))

    def add_attribute(self, name: str) -> None:
        """A new custom attribute, empty for every team until values are typed."""
        name = " ".join((name or "").split())
        if not name or name.casefold() in {b.casefold() for b in BUILT_IN}:
            raise PairingError(_("Attribute: give it a name other than {join}.").format(join=', '.join(BUILT_IN)))
        if len(name) > 100:
            raise PairingError(_("Attribute: keep the name under 100 characters."))
        with self.ws.require().session() as s:
            if s.scalars(select(m.TeamAttribute).where(func.lower(m.TeamAttribute.name) == name.lower())).first():
                raise PairingError(_("Attribute: “{name}” is already there.").format(name=name))
            for tid in s.scalars(select(m.Team.id)):
                s.add(m.TeamAttribute(team_id=tid, name=name, value=""))
        self.ws.bus.emit(PairingChanged(what="attributes"))

    def team_attributes(self) -> dict[int, dict[str, str]]:
        """Custom attribute values by team id."""
        out: dict[int, dict[str, str]] = {}
        with self.ws.require().read() as s:
            for a in s.scalars(select(m.TeamAttribute)):
                out.setdefault(a.team_id, {})[a.name] = a.value
        return out

    # -- rules ----------------------------------------------------------------
    def do_not_pair(self) -> list[tuple[int, int]]:
        with self.ws.require().read() as s:
            return sorted((r.team_a_id, r.team_b_id) for r in s.scalars(select(m.DoNotPair)))

    def add_do_not_pair(self, a: int, b: int) -> None:
        if a == b:
            raise PairingError(_("Do not pair: choose two different teams."))
        a, b = min(a, b), max(a, b)
        with self.ws.require().session() as s:
            if s.scalars(select(m.DoNotPair).where(m.DoNotPair.team_a_id == a, m.DoNotPair.team_b_id == b)).first() is None:
                s.add(m.DoNotPair(team_a_id=a, team_b_id=b))
        self.ws.bus.emit(PairingChanged(what="rules"))

    def remove_do_not_pair(self, a: int, b: int) -> None:
        a, b = min(a, b), max(a, b)
        with self.ws.require().session() as s:
            s.execute(delete(m.DoNotPair).where(m.DoNotPair.team_a_id == a, m.DoNotPair.team_b_id == b))
        self.ws.bus.emit(PairingChanged(what="rules"))

    def absent(self) -> set[int]:
        with self.ws.require().read() as s:
            return set(s.scalars(select(m.PairingAbsence.team_id)))

    def set_absent(self, team_id: int, absent: bool) -> None:
        with self.ws.require().session() as s:
            row = s.scalars(select(m.PairingAbsence).where(m.PairingAbsence.team_id == team_id)).first()
            if absent and row is None:
                s.add(m.PairingAbsence(team_id=team_id))
            elif not absent and row is not None:
                s.delete(row)
        self.ws.bus.emit(PairingChanged(what="rules"))

    # -- rounds ---------------------------------------------------------------
    def rounds(self, day_id: int | None = None) -> list[RoundRecord]:
        """Every round in order; with `day_id`, only the rounds for that day."""
        with self.ws.require().read() as s:
            names = dict(s.execute(select(m.Team.id, m.Team.name)).all())
            day_numbers = {d: n for n, d in enumerate(s.scalars(select(m.Day.id).order_by(m.Day.position)), start=1)}
            out = []
            q = select(m.PairingRound).order_by(m.PairingRound.position)
            if day_id is not None:
                q = q.where(m.PairingRound.day_id == day_id)
            for r in s.scalars(q):
                pairs = s.scalars(select(m.Pair).where(m.Pair.round_id == r.id).order_by(m.Pair.id)).all()
                groups = []
                for p in pairs:
                    ids = tuple(i for i in (p.team_a_id, p.team_b_id, p.team_c_id) if i is not None)
                    groups.append(GroupRecord(p.id, ids, tuple(names.get(i, "?") for i in ids), p.score, p.explanation, p.locked))
                out.append(RoundRecord(r.id, r.position, r.title, tuple(groups), _problems_of(r.criteria_json),
                                       r.day_id, day_numbers.get(r.day_id) if r.day_id is not None else None))
            return out

    def compute_rounds(self, count: int = 1, titles: list[str] | None = None,
                       day_id: int | None = None) -> list[RoundRecord]:
        """Plan and store the next `count` rounds, with the fewest repeats (none while that is possible).

        The same work as `plan_job` then `store_plan`, on this thread (the command line and the demo)."""
        from app.services.core.jobs import CancelToken, drive

        return self.store_plan(drive(self.plan_job(count, titles, day_id), CancelToken(), lambda _p: None))

    def plan_job(self, count: int = 1, titles: list[str] | None = None,
                 day_id: int | None = None) -> Callable[[CancelToken], Generator[Progress, None, PlannedRounds]]:
        """A job (services/core/jobs.py) that plans the next `count` rounds and returns a PlannedRounds.

        The inputs are read now, on the caller's thread; the job only computes (it may run on a
        worker thread), and `store_plan` commits its result on the caller's thread."""
        from app.domain.pairing.plan import plan_steps
        from app.services.core.jobs import as_progress

        if not 1 <= count <= 20:
            raise PairingError(_("Rounds: plan between 1 and 20 rounds at a time."))
        with self.ws.require().read() as s:
            teams, criteria, rules = self._inputs(s, before_position=None)
            start = next_position(s, m.PairingRound)
            if day_id is not None and s.get(m.Day, day_id) is None:
                raise PairingError(_("Day: that day is no longer in the convening; choose another."))
        if len([t for t in teams if t.id not in rules.absent]) < 2:
            raise PairingError(_("Pairing needs at least two teams here; add teams or mark them present."))
        said = translation(self.ws.data_language())   # a title the convening stores, in its own language
        titles = [titles[n] if titles and n < len(titles) and titles[n]
                  else said.gettext("Round {number}").format(number=start + n + 1) for n in range(count)]
        team_ids = tuple(t.id for t in teams)

        def job(token: CancelToken) -> Generator[Progress, None, PlannedRounds]:
            result = yield from as_progress(plan_steps(teams, criteria, rules, count, labels=titles,
                                                       check=token.check))
            return PlannedRounds(start, tuple(titles), tuple(criteria), team_ids, result, day_id)

        return job

    def store_plan(self, planned: PlannedRounds) -> list[RoundRecord]:
        """Commit what a plan job returned, unless the rounds or teams changed meanwhile."""
        store = self.ws.require()
        with store.read() as s:
            now = basis(s, m.PairingRound, m.Team)
        if now != (planned.start, planned.team_ids):
            raise PairingError(_("The rounds or teams changed while the plan was being made; nothing was stored. "
                               "Plan again."))
        ids = []
        with store.session() as s:
            for n, plan in enumerate(planned.result.rounds):
                r = m.PairingRound(position=planned.start + n, title=planned.titles[n],
                                   criteria_json=_round_json(planned.criteria, plan.problems),
                                   created_us=int(self.ws.clock.now() * 1_000_000), day_id=planned.day_id)
                s.add(r)
                s.flush()
                ids.append(r.id)
                self._write_groups(s, r.id, plan.groups, planned.criteria)
        self.ws.bus.emit(PairingChanged(what="rounds"))
        return [r for r in self.rounds() if r.id in ids]

    def resolve(self, round_id: int) -> RoundRecord:
        """Solve the round again, keeping its locked groups, against every round before it."""
        store = self.ws.require()
        with store.read() as s:
            r = s.get(m.PairingRound, round_id)
            if r is None:
                raise PairingError(_("That round is no longer in the convening."))
            teams, criteria, rules = self._inputs(s, before_position=r.position)
            locks = [tuple(i for i in (p.team_a_id, p.team_b_id, p.team_c_id) if i is not None)
                     for p in s.scalars(select(m.Pair).where(m.Pair.round_id == round_id, m.Pair.locked))]
        plan = solve_round(teams, criteria, Rules(rules.history, rules.do_not_pair, tuple(locks), rules.absent))
        with store.session() as s:
            s.execute(delete(m.Pair).where(m.Pair.round_id == round_id))
            self._write_groups(s, round_id, plan.groups, criteria)
            r = s.get(m.PairingRound, round_id)
            assert r is not None  # read just above, on this thread, and the file has one writer: us
            r.criteria_json = _round_json(criteria, plan.problems)
        self.ws.bus.emit(PairingChanged(what="rounds", round_id=round_id))
        return next(x for x in self.rounds() if x.id == round_id)

    def set_day(self, round_id: int, day_id: int | None) -> None:
        """Tie a round to a day (None: to no day); handouts of a day print only that day's rounds."""
        with self.ws.require().session() as s:
            r = s.get(m.PairingRound, round_id)
            if r is None:
                raise PairingError(_("That round is no longer in the convening."))
            if day_id is not None and s.get(m.Day, day_id) is None:
                raise PairingError(_("Day: that day is no longer in the convening; choose another."))
            r.day_id = day_id
        self.ws.bus.emit(PairingChanged(what="rounds", round_id=round_id))

    def set_locked(self, pair_id: int, locked: bool) -> None:
        with self.ws.require().session() as s:
            p = s.get(m.Pair, pair_id)
            if p is None:
                raise PairingError(_("That pair is no longer in the round."))
            p.locked = locked
        self.ws.bus.emit(PairingChanged(what="lock", pair_id=pair_id))

    def swap(self, round_id: int, team_x: int, team_y: int) -> RoundRecord:
        """Exchange two teams between their groups, lock both new groups, and re-solve the rest."""
        record = next((r for r in self.rounds() if r.id == round_id), None)
        if record is None:
            raise PairingError(_("That round is no longer in the convening."))
        groups = [g.team_ids for g in record.groups]
        try:
            swapped = swap_teams(groups, team_x, team_y)
        except ValueError as exc:
            raise PairingError(_("Swap: {exc}").format(exc=exc)) from exc
        changed = [g for g in swapped if g not in groups]
        keep_locked = [g.team_ids for g in record.groups if g.locked and g.team_ids in swapped]
        with self.ws.require().read() as s:
            teams, criteria, rules = self._inputs(s, before_position=record.position)
            forbidden = [g for g in changed if any(rules.forbidden(a, b) for a in g for b in g if a < b)]
        if forbidden:
            raise PairingError(_("Swap: that would put two teams on the do-not-pair list together."))
        plan = solve_round(teams, criteria, Rules(rules.history, rules.do_not_pair, tuple(keep_locked + changed), rules.absent))
        with self.ws.require().session() as s:
            s.execute(delete(m.Pair).where(m.Pair.round_id == round_id))
            self._write_groups(s, round_id, plan.groups, criteria)
            row = s.get(m.PairingRound, round_id)
            assert row is not None  # read just above (self.rounds()), on this thread, and the file has one writer: us
            row.criteria_json = _round_json(criteria, plan.problems)
        self.ws.bus.emit(PairingChanged(what="rounds", round_id=round_id))
        return next(x for x in self.rounds() if x.id == round_id)

    def delete_round(self, round_id: int) -> None:
        with self.ws.require().session() as s:
            r = s.get(m.PairingRound, round_id)
            if r is not None:
                s.execute(delete(m.Pair).where(m.Pair.round_id == round_id))
                s.delete(r)
        self.ws.bus.emit(PairingChanged(what="rounds"))

    # -- history from earlier convenings ---------------------------------------
    @staticmethod
    def check_history_size(path: Path) -> None:
        """PairingError, in one sentence, when `path` is over the 20 MB every CSV Convene reads is held to."""
        try:
            size = Path(path).stat().st_size
        except OSError:
            return  # read_history_file says what is wrong with it
        if size > MAX_FILE_BYTES:
            mb = f"{size // MB}" if size // MB > MAX_FILE_BYTES // MB else f"{size / MB:.1f}"  # 20.3 MB
            raise PairingError(_("{name} is {mb} MB, over the {value} MB limit for a file of earlier pairs; nothing was brought in.").format(name=Path(path).name, mb=mb, value=MAX_FILE_BYTES // MB))

    def import_history(self, path: Path) -> HistoryReport:
        """Bring in the pairs of an earlier convening file (or a CSV team_a,team_b[,team_c][,round]).

        A file over 20 MB (the limit of every CSV Convene reads) is refused before it is read, and one of
        more than MAX_HISTORY_PAIRS pairs before anything is stored."""
        path = Path(path)
        self.check_history_size(path)
        try:
            rounds = read_history_file(path, max_pairs=MAX_HISTORY_PAIRS)
        except HistoryFileError as exc:
            raise PairingError(str(exc)) from exc
        added = skipped = 0
        unknown: set[str] = set()
        with self.ws.require().session() as s:
            by_name = {" ".join(n.split()).casefold(): i for i, n in s.execute(select(m.Team.id, m.Team.name))}
            base = (s.scalar(select(func.max(m.PairingHistory.position))) or 0) + 1
            for n, (label, groups) in enumerate(rounds):
                for names in groups:
                    ids = []
                    for name in names:
                        tid = by_name.get(" ".join(name.split()).casefold())
                        if tid is None:
                            unknown.add(name)
                        else:
                            ids.append(tid)
                    if len(ids) < 2:
                        if len(ids) < len(names):  # a row naming teams not in this convening
                            skipped += 1
                        continue
                    s.add(m.PairingHistory(position=base + n, source=path.name, label=label, team_a_id=ids[0],
                                           team_b_id=ids[1], team_c_id=ids[2] if len(ids) > 2 else None))
                    added += 1
        self.ws.bus.emit(PairingChanged(what="history"))
        return HistoryReport(path.name, added, tuple(sorted(unknown, key=lambda n: (n.casefold(), n))), skipped)

    def as_csv(self, rounds: list[RoundRecord]) -> str:
        out = io.StringIO()
        writer = csv_cells.writer(out, lineterminator="\n")
        writer.writerow(["round", "team_a", "team_b", "team_c", "score", "reason"])
        for r in rounds:
            for g in r.groups:
                names = list(g.names) + [""] * (3 - len(g.names))
                writer.writerow([r.number, *names, g.score, g.reason])
        return out.getvalue()

    # -- inputs ---------------------------------------------------------------
    def _inputs(self, s, before_position: int | None):
        counts = dict(s.execute(select(m.Participant.team_id, func.count()).group_by(m.Participant.team_id)).all())
        custom: dict[int, dict[str, str]] = {}
        for a in s.scalars(select(m.TeamAttribute)):
            custom.setdefault(a.team_id, {})[a.name] = a.value
        teams = [
            TeamProfile(t.id, t.name, {"district": t.district, "region": t.region, "level": t.level, "focus": t.focus,
                                       "size": size_band(counts.get(t.id, 0)), **custom.get(t.id, {})})
            for t in s.scalars(select(m.Team).order_by(m.Team.id))
        ]
        criteria = [Criterion(r.attribute, r.mode, r.weight)
                    for r in s.scalars(select(m.PairingCriterion).order_by(m.PairingCriterion.position))]
        history = []
        for h in s.scalars(select(m.PairingHistory).order_by(m.PairingHistory.position, m.PairingHistory.id)):
            ids = tuple(i for i in (h.team_a_id, h.team_b_id, h.team_c_id) if i is not None)
            label = f"{h.label} of {h.source}" if h.label else h.source
            history.append(Meeting(ids, h.position, label))
        q = select(m.PairingRound).order_by(m.PairingRound.position)
        if before_position is not None:
            q = q.where(m.PairingRound.position < before_position)
        for r in s.scalars(q):
            for p in s.scalars(select(m.Pair).where(m.Pair.round_id == r.id)):
                ids = tuple(i for i in (p.team_a_id, p.team_b_id, p.team_c_id) if i is not None)
                history.append(Meeting(ids, OWN_RANK + r.position, r.title or f"round {r.position + 1}"))
        dnp = [(r.team_a_id, r.team_b_id) for r in s.scalars(select(m.DoNotPair))]
        absent = set(s.scalars(select(m.PairingAbsence.team_id)))
        return teams, criteria, Rules.make(history, dnp, (), absent)

    def _write_groups(self, s, round_id: int, groups, criteria) -> None:
        """Store a round's groups, each reason in the convening's language (the domain says it in English)."""
        lang = data_language_of(s.scalars(select(m.Convening.handout_lang)).one())   # inside this session
        teams = {t.id: t for t in self._inputs(s, before_position=None)[0]} if lang != "en" else {}
        for g in groups:
            ids = list(g.teams)
            reason = g.reason if lang == "en" else "; ".join(
                group_reasons([teams[i] for i in ids], criteria, g.repeats, reason_words(lang)))
            s.add(m.Pair(round_id=round_id, team_a_id=ids[0], team_b_id=ids[1], team_c_id=ids[2] if len(ids) > 2 else None,
                         explanation=reason, score=g.score, locked=g.locked))


def _round_json(criteria, problems) -> str:
    """What a round was computed with, and what it could not do (shown again after reopening)."""
    return json.dumps({
        "criteria": [{"attribute": c.attribute, "mode": c.mode, "weight": c.weight} for c in criteria],
        "problems": [p.text for p in problems],
    })


def _problems_of(text: str) -> tuple[str, ...]:
    try:
        data = json.loads(text or "{}")
    except ValueError:
        return ()
    return tuple(data.get("problems", ())) if isinstance(data, dict) else ()
