"""`convene next OLD NEW`: the next convening, built from the last in one step.

The old file is read through an upgraded temporary copy (reading.py): it stays byte-identical. The new
file is built in a temporary folder and put in place at the end with SQLite's backup API (a temporary
name, then a rename), so a refusal or a failure part-way leaves nothing at NEW.

What the new file gets: the details (organisation, place, link, time zone, aim) under the new title and
dates, and the projector's and handout's languages; the roster (teams with their attributes, participants, lenses and their values); the protocol
library; the pairing criteria and do-not-pair lists; the agenda's shape (every day's items, as planned),
with how long each item actually ran kept as its suggested duration (app/services/agenda/suggested.py,
shown beside the planned minutes, never applied by itself); every commitment made there (the
commitments' own carry, CommitmentService.carry); and the history of pairs and tables: the old file's
rounds and the earlier rounds it had itself brought in, so new rounds avoid them with no --history step.

Capabilities add their part with one entry of CARRY_STEPS (a label and a function of the NextContext).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import tempfile
from collections.abc import Callable, Generator
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy import select

from app.domain.clock import Clock
from app.i18n import N_, _, ngettext
from app.services.agenda.suggested import SUGGESTED_KEY, suggestions_json
from app.services.core.jobs import CancelToken, Progress
from app.services.core.records import ConveningDetails, DayDetails
from app.services.core.workspace import ConveningFileError, DetailsError, Workspace, validate_details
from app.services.network.reading import NetworkError, read_copy
from app.services.pairing.tables import EARLIER_TABLES_KEY, earlier_tables
from app.services.root import Services
from app.store import models as m

MAX_DAYS = 14
BUILT_FROM_KEY = "built_from"  # convene_meta: the convening this file was built from ("Title (21 January 2027)")
_DATE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


def parse_start(text: str) -> dt.date:
    """"2027-04-15" -> a date; NetworkError in one sentence otherwise."""
    match = _DATE.match(text or "")
    try:
        if not match:
            raise ValueError(text)
        return dt.date(*(int(g) for g in match.groups()))
    except ValueError:
        raise NetworkError(_("Start date: “{text}” is not a date; write it as YYYY-MM-DD, such as 2027-04-15.").format(text=text)) from None


@dataclass(frozen=True)
class NextRequest:
    old: Path
    new: Path
    title: str
    start: dt.date
    days: int | None = None  # None: as many days as the old convening had


@dataclass
class NextReport:
    """What was built, one line per part (printed by `convene next`, shown by the console)."""

    new: Path
    lines: list[str] = field(default_factory=list)


@dataclass
class NextContext:
    """What a carry step gets: the old file's upgraded copy (closed: a step opens it as any earlier file) and the
    new file's services, with how the old file's rows map to the new."""

    old_copy: Path
    new: Services
    team_ids: dict[int, int] = field(default_factory=dict)      # old team id -> new
    person_ids: dict[int, int] = field(default_factory=dict)    # old participant id -> new
    item_ids: dict[int, int] = field(default_factory=dict)      # old agenda item id -> new


def check_request(req: NextRequest) -> None:
    """Every refusal that needs no file read: said before anything is read or written."""
    if req.new.exists():
        raise NetworkError(_("{name} already exists; choose another name for the new convening.").format(name=req.new.name))
    if not req.new.parent.is_dir():
        raise NetworkError(_("Cannot write {name}: the folder {parent} does not exist.").format(name=req.new.name, parent=req.new.parent))
    if req.days is not None and not 1 <= req.days <= MAX_DAYS:
        raise NetworkError(_("Days: give a number from 1 to {MAX_DAYS}.").format(MAX_DAYS=MAX_DAYS))
    if not req.title.strip():
        raise NetworkError(_("Title: give the new convening a title."))
    if not Path(req.old).is_file():
        raise NetworkError(_("Cannot open “{name}”: the file does not exist.").format(name=Path(req.old).name))


def next_job(req: NextRequest, clock: Clock, open_ws: Workspace | None = None,
             ) -> Callable[[CancelToken], Generator[Progress, None, NextReport]]:
    """A job (services/core/jobs.py) that builds the new file; nothing is written at NEW until it has all worked.

    When OLD is the file `open_ws` holds open (the console's File > New from this convening…), a consistent
    copy of it is taken now, on the caller's thread, through SQLite's backup API; the job reads that copy."""
    check_request(req)
    taken: Path | None = None
    if open_ws is not None and open_ws.path is not None and open_ws.path == Path(req.old).resolve():
        taken = Path(tempfile.mkdtemp(prefix="convene-next-open-"))
        open_ws.require().copy_to(taken / req.old.name)
        req = replace(req, old=taken / req.old.name)

    def job(token: CancelToken) -> Generator[Progress, None, NextReport]:
        try:
            with tempfile.TemporaryDirectory(prefix="convene-next-") as tmp:
                return (yield from _build(req, clock, Path(tmp), token))
        finally:
            if taken is not None:
                shutil.rmtree(taken, ignore_errors=True)

    return job


def _build(req: NextRequest, clock: Clock, tmp: Path, token: CancelToken) -> Generator[Progress, None, NextReport]:
    total = 3 + len(CARRY_STEPS)
    yield Progress(0, total, _("Reading {name}").format(name=req.old.name))
    report = NextReport(req.new)
    new_ws = Workspace(clock, data_dir=tmp / "data")
    services: Services | None = None
    try:
        with read_copy(req.old, tmp / "old", clock) as old_ws:
            old_copy = old_ws.require().path
            details = _details(old_ws, req)
            built = tmp / "new" / req.new.name
            built.parent.mkdir()
            try:
                new_ws.new(built, details)
                languages = old_ws.languages()   # the room's and the handout's languages, as chosen last time
                new_ws.set_languages(languages.projector, languages.handout)
            except (DetailsError, ConveningFileError) as exc:
                raise NetworkError(str(exc)) from exc
            services = Services(new_ws)
            ctx = NextContext(old_copy, services)
            yield Progress(1, total, _("Copying the roster, protocols and agenda"))
            report.lines += _copy_rows(old_ws, ctx, len(details.days))
        # The copy is closed now: each carry step opens it as it would any earlier convening's file.
        for n, (label, step) in enumerate(CARRY_STEPS, start=2):
            token.check()
            yield Progress(n, total, _(label))
            report.lines += step(ctx)
        token.check()
        yield Progress(total - 1, total, _("Writing {name}").format(name=req.new.name))
        if req.new.exists():  # made meanwhile by someone else: never replaced
            raise NetworkError(_("{name} already exists; choose another name for the new convening.").format(name=req.new.name))
        new_ws.require().copy_to(req.new)
    finally:
        if services is not None:
            services.close()
        new_ws.close()
    yield Progress(total, total, _("Done"))
    return report


def _details(old_ws: Workspace, req: NextRequest) -> ConveningDetails:
    old = old_ws.details()
    count = req.days if req.days is not None else max(1, len(old.days))
    days = []
    for n in range(count):
        like = old.days[min(n, len(old.days) - 1)] if old.days else DayDetails(req.start)
        title = like.title if n < len(old.days) else ""
        days.append(DayDetails(req.start + dt.timedelta(days=n), title, like.start_minutes, like.end_minutes))
    details = ConveningDetails(req.title.strip(), old.organisation, old.location, old.resources_url, old.timezone,
                               old.aim, tuple(days))
    try:
        validate_details(details)
    except DetailsError as exc:
        raise NetworkError(str(exc)) from exc
    return details


# -- the rows copied as they are ------------------------------------------------------------------------
def _copy_rows(old_ws: Workspace, ctx: NextContext, day_count: int) -> list[str]:
    with old_ws.require().read() as old, ctx.new.workspace.require().session() as new:
        teams = _copy_people(old, new, ctx)
        protocols = _copy_protocols(old, new)
        _copy_pairing_rules(old, new, ctx)
        items, moved = _copy_agenda(old, new, ctx, protocols, day_count)
        suggested = _suggestions(old_ws, ctx, items)
        pairs = _copy_earlier_pairs(old, new, ctx)
        tables = _copy_tables(old, new, ctx)
        if suggested:
            new.add(m.ConveneMeta(key=SUGGESTED_KEY, value=suggestions_json(suggested)))
        built_from = _built_from(old)
        new.add(m.ConveneMeta(key=BUILT_FROM_KEY, value=built_from))
    people = len(ctx.person_ids)
    lines = [_("Built from {source}.").format(source=built_from),
             _("Copied {teams} and {people}, {protocols}, the pairing criteria and do-not-pair list.").format(
                 teams=ngettext("{n} team", "{n} teams", teams).format(n=teams),
                 people=ngettext("{n} participant", "{n} participants", people).format(n=people),
                 protocols=ngettext("{n} protocol", "{n} protocols", len(protocols)).format(n=len(protocols))),
             ngettext("Copied the agenda's {n} item; {suggested} of them have a suggested duration from how long they "
                      "ran (shown beside the planned minutes, not applied).",
                      "Copied the agenda's {n} items; {suggested} of them have a suggested duration from how long they "
                      "ran (shown beside the planned minutes, not applied).", len(items)).format(
                 n=len(items), suggested=len(suggested))]
    lines += pairs + tables
    if moved:
        lines.append(ngettext("{n} item of later days went on day {day} (the new convening has {days}).",
                              "{n} items of later days went on day {day} (the new convening has {days}).", moved).format(
            n=moved, day=day_count, days=ngettext("{n} day", "{n} days", day_count).format(n=day_count)))
    return lines


def _built_from(old) -> str:
    from app.services.commitments.service import source_title

    conv = old.scalars(select(m.Convening)).one()
    first = old.scalar(select(m.Day.date).order_by(m.Day.position).limit(1))
    return source_title(conv.title, first)


def _copy_people(old, new, ctx: NextContext) -> int:
    for t in old.scalars(select(m.Team).order_by(m.Team.id)):
        row = m.Team(name=t.name, district=t.district, region=t.region, level=t.level, focus=t.focus)
        new.add(row)
        new.flush()
        ctx.team_ids[t.id] = row.id
    for a in old.scalars(select(m.TeamAttribute).order_by(m.TeamAttribute.id)):
        if a.team_id in ctx.team_ids:
            new.add(m.TeamAttribute(team_id=ctx.team_ids[a.team_id], name=a.name, value=a.value))
    for p in old.scalars(select(m.Participant).order_by(m.Participant.id)):
        person = m.Participant(name=p.name, pronouns=p.pronouns, email=p.email, role=p.role,
                               team_id=ctx.team_ids.get(p.team_id) if p.team_id is not None else None)
        new.add(person)
        new.flush()
        ctx.person_ids[p.id] = person.id
    lens_ids = {}
    for lens in old.scalars(select(m.Lens).order_by(m.Lens.id)):
        copied = m.Lens(name=lens.name, position=lens.position, sensitive=lens.sensitive)
        new.add(copied)
        new.flush()
        lens_ids[lens.id] = copied.id
    for v in old.scalars(select(m.LensValue).order_by(m.LensValue.id)):
        if v.lens_id in lens_ids and v.participant_id in ctx.person_ids:
            new.add(m.LensValue(lens_id=lens_ids[v.lens_id], participant_id=ctx.person_ids[v.participant_id],
                                value=v.value))
    return len(ctx.team_ids)


PROTOCOL_FIELDS = ("name", "purpose", "when_to_use", "credit", "minutes", "group_size", "roles_json",
                   "materials_json", "norms_json", "equity_moves_json", "origin")
STEP_FIELDS = ("position", "title", "minutes", "speakers_json", "script", "prompt")
ITEM_FIELDS = ("title", "kind", "minutes", "fixed_start", "warning_minutes", "facilitator", "room", "notes",
               "auto_advance")


def _copy_protocols(old, new) -> dict[int, int]:
    ids = {}
    for p in old.scalars(select(m.Protocol).order_by(m.Protocol.id)):
        row = m.Protocol(**{f: getattr(p, f) for f in PROTOCOL_FIELDS})
        row.steps = [m.ProtocolStep(**{f: getattr(st, f) for f in STEP_FIELDS}) for st in p.steps]
        new.add(row)
        new.flush()
        ids[p.id] = row.id
    return ids


def _copy_pairing_rules(old, new, ctx: NextContext) -> None:
    for c in old.scalars(select(m.PairingCriterion).order_by(m.PairingCriterion.position)):
        new.add(m.PairingCriterion(position=c.position, attribute=c.attribute, mode=c.mode, weight=c.weight))
    for d in old.scalars(select(m.DoNotPair).order_by(m.DoNotPair.id)):
        a, b = ctx.team_ids.get(d.team_a_id), ctx.team_ids.get(d.team_b_id)
        if a is not None and b is not None:
            new.add(m.DoNotPair(team_a_id=min(a, b), team_b_id=max(a, b)))


def _copy_agenda(old, new, ctx: NextContext, protocols: dict[int, int], day_count: int) -> tuple[dict[int, str], int]:
    """Every item, day by day (items of days beyond the new convening's last go on its last day)."""
    new_days = new.scalars(select(m.Day).order_by(m.Day.position)).all()
    titles: dict[int, str] = {}
    moved = 0
    positions = [0] * len(new_days)
    for day in old.scalars(select(m.Day).order_by(m.Day.position)):
        n = min(day.position, day_count - 1)
        moved += len(day.items) if day.position >= day_count else 0
        for item in day.items:
            row = m.AgendaItem(day_id=new_days[n].id, position=positions[n],
                               protocol_id=protocols.get(item.protocol_id) if item.protocol_id else None,
                               **{f: getattr(item, f) for f in ITEM_FIELDS})
            positions[n] += 1
            new.add(row)
            new.flush()
            ctx.item_ids[item.id] = row.id
            titles[row.id] = row.title
    return titles, moved


def _suggestions(old_ws: Workspace, ctx: NextContext, titles: dict[int, str]) -> dict[int, tuple[int, str]]:
    """New item id -> (whole minutes the old item ran, its title), for the items that ran."""
    old_services = Services(old_ws)
    try:
        snap = old_services.live.snapshot()
        out = {}
        for old_id, new_id in ctx.item_ids.items():
            try:
                actual = snap.actual(old_id)
            except KeyError:
                continue
            if actual.started_at is None or actual.elapsed <= 0:
                continue
            out[new_id] = (max(1, round(actual.elapsed / 60)), titles[new_id])
        return out
    finally:
        old_services.close()


# -- the parts each capability carries ------------------------------------------------------------------
def _carry_commitments(ctx: NextContext) -> list[str]:
    return ctx.new.commitments.carry(ctx.old_copy).lines()


def _carry_pairs(ctx: NextContext) -> list[str]:
    """The old file's own rounds, as earlier pairs not to repeat (PairingService.import_history)."""
    return ctx.new.pairing.import_history(ctx.old_copy).lines()


def _copy_earlier_pairs(old, new, ctx: NextContext) -> list[str]:
    """The earlier pairs the old file had brought in itself (from the convenings before it), kept in order."""
    names: dict[str, int] = {}
    for h in old.scalars(select(m.PairingHistory).order_by(m.PairingHistory.position, m.PairingHistory.id)):
        ids = [ctx.team_ids.get(i) for i in (h.team_a_id, h.team_b_id, h.team_c_id) if i is not None]
        kept = [i for i in ids if i is not None]
        if len(kept) >= 2:
            new.add(m.PairingHistory(position=h.position, source=h.source, label=h.label, team_a_id=kept[0],
                                     team_b_id=kept[1], team_c_id=kept[2] if len(kept) > 2 else None))
            names[h.source] = names.get(h.source, 0) + 1
    return [ngettext("Kept {n:,} earlier pair from {source}.", "Kept {n:,} earlier pairs from {source}.", n).format(
        n=n, source=source) for source, n in names.items()]


def _copy_tables(old, new, ctx: NextContext) -> list[str]:
    """The old file's rounds of tables (and those it had brought in), as tablemates not to seat together again."""
    rounds = [[[ctx.person_ids[p] for p in table if p in ctx.person_ids] for table in seating]
              for seating in earlier_tables(old)]
    own = 0
    for r in old.scalars(select(m.SeatingRound).order_by(m.SeatingRound.position)):
        tables: dict[int, list[int]] = {}
        for seat in old.scalars(select(m.Seat).where(m.Seat.round_id == r.id).order_by(m.Seat.id)):
            if seat.participant_id in ctx.person_ids:
                tables.setdefault(seat.table_number, []).append(ctx.person_ids[seat.participant_id])
        rounds.append([tables[k] for k in sorted(tables)])
        own += 1
    if not rounds:
        return []
    new.add(m.ConveneMeta(key=EARLIER_TABLES_KEY, value=json.dumps(rounds)))
    return [ngettext("Kept {n} earlier round of tables ({own} from the last convening), so that new tables avoid "
                     "last time's tablemates.",
                     "Kept {n} earlier rounds of tables ({own} from the last convening), so that new tables avoid "
                     "last time's tablemates.", len(rounds)).format(n=len(rounds), own=own)]


def _carry_improvement(ctx: NextContext) -> list[str]:
    """The measures and their values, the driver diagram, and the PDSA cycles of the commitments just carried
    (after the commitments: cycles follow the commitment they were tested on)."""
    return ctx.new.improvement.carry_from(ctx.old_copy).lines()


# One entry per capability that carries something into the next convening: (what the progress says, the step).
CARRY_STEPS: tuple[tuple[str, Callable[[NextContext], list[str]]], ...] = (
    (N_("Carrying the commitments"), _carry_commitments),
    (N_("Carrying the PDSA cycles, measures and driver diagram"), _carry_improvement),
    (N_("Carrying the pairs"), _carry_pairs),
)
