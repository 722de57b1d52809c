"""Handouts and CSV files: gather what the convening holds into a Handout, then write it.

Gathering reads the file on the calling thread (milliseconds); the PDF build is a
job (services/core/jobs.py) that touches only the Handout and its own output file, so it
can run in the background. A shared handout is gathered without the roster and
without private facilitator notes.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.export.handout import (
    A4,
    LETTER,
    PAPER_SIZES,
    AgendaDay,
    AgendaRow,
    Contact,
    Cover,
    Handout,
    PairGroup,
    PictureCluster,
    PictureNote,
    PairRound,
    PairSchool,
    ProtocolRun,
    RosterPerson,
    RosterTeam,
    SeatingRound,
    SeatTable,
    StepRun,
    TalkConversation,
    TalkGoal,
    TalkLens,
    TalkPerson,
    TalkTurnRow,
    TeamCommitments,
    WallBoard,
    WallCluster,
    WallNote,
    WallPicture,
)
from app.services.core.jobs import Cancelled, CancelToken, as_progress

if TYPE_CHECKING:
    from app.services.root import Services

# Territories that print on US Letter; everyone else uses A4.
LETTER_TERRITORIES = {"US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "CR", "SV", "DO", "PR", "NI", "PA", "BZ"}


class ExportError(ValueError):
    """An export that cannot be made as asked; the message says which part and what to do."""


@dataclass(frozen=True)
class ExportOptions:
    day: int | None = None                   # 1-based day number; None: every day
    items: tuple[int, int] | None = None     # item numbers A to B (within the day, or the whole running order)
    private: bool = False                    # the facilitator version
    paper: str = A4


def default_paper(environ: dict | None = None, system_locale: str | None = None) -> str:
    """US Letter where the locale's territory prints on it (LC_ALL, LC_PAPER, LANG, else the
    system's locale, as on Windows and macOS), else A4."""
    env = os.environ if environ is None else environ
    value = next((env[k] for k in ("LC_ALL", "LC_PAPER", "LANG") if env.get(k)), "")
    if not value:
        if system_locale is None:
            import locale

            system_locale = locale.getlocale()[0] or ""
        value = system_locale
    territory = value.split(".")[0].split("@")[0].replace("-", "_").partition("_")[2].upper()
    return LETTER if territory in LETTER_TERRITORIES else A4


def parse_items(text: str) -> tuple[int, int]:
    """'3-5' or '4' into (3, 5) or (4, 4)."""
    a, sep, b = text.strip().partition("-")
    try:
        first = int(a)
        last = int(b) if sep else first
    except ValueError:
        raise ExportError(f"Items “{text}”: give item numbers like 3-5, or one number.") from None
    if first < 1 or last < first:
        raise ExportError(f"Items “{text}”: the first number is 1 or more and not after the last.")
    return first, last


class ExportService:
    """Gathers a handout from the services of the composition root it belongs to (never its own)."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self.ws = services.workspace
        self.agenda = services.agenda
        self.live = services.live
        self.protocols = services.protocols
        self.people = services.people

    # -- gathering ---------------------------------------------------------------------
    def handout(self, options: ExportOptions = ExportOptions()) -> Handout:
        if options.paper not in PAPER_SIZES:
            raise ExportError(f"Paper “{options.paper}”: choose A4 or Letter.")
        details = self.ws.details()
        days = self.ws.days()
        if options.day is not None and not 1 <= options.day <= len(days):
            raise ExportError(f"Day {options.day}: this convening has {len(days)} day"
                              f"{'s' if len(days) != 1 else ''}; choose 1 to {len(days)}.")
        chosen = [days[options.day - 1]] if options.day is not None else days
        agenda_days = [self._day(number=days.index(d) + 1, day=d, private=options.private) for d in chosen]
        agenda_days = self._limit_items(agenda_days, options)
        scope = _scope_label(options)
        cover = Cover(title=details.title, organisation=details.organisation, location=details.location,
                      dates=tuple(d.date for d in (agenda_days or chosen)), resources_url=details.resources_url,
                      aim=details.aim, scope=scope)
        return Handout(
            cover=cover, private=options.private, paper=options.paper, days=tuple(agenda_days),
            protocols=self._protocols(agenda_days),
            roster=self._roster() if options.private else (),
            talk=self._talk(agenda_days, options), wall=self._wall(agenda_days, options),
            pairs=self._pairs(options, chosen) if options.items is None else (),
            tables=self._tables(options, chosen) if options.items is None else (),
            commitments=self._commitments(agenda_days, options),
            **(self._turns(agenda_days, options) if options.private else {}),
        )

    def _day(self, number: int, day, private: bool) -> AgendaDay:
        records = {r.id: r for r in self.agenda.items(day.id)}
        rows = []
        for n, t in enumerate(self.live.times(day.id), start=1):
            r = records[t.item_id]
            rows.append(AgendaRow(
                number=n, title=r.title, kind=r.kind, planned_start=t.planned_start, planned_end=t.planned_end,
                planned_minutes=t.planned_minutes, actual_start=t.actual_start, actual_end=t.actual_end,
                actual_seconds=t.actual_seconds, notes=r.notes if private else "", item_id=r.id,
                protocol=r.protocol_name,
            ))
        return AgendaDay(number=number, date=day.date, title=day.title, rows=tuple(rows))

    @staticmethod
    def _limit_items(days: list[AgendaDay], options: ExportOptions) -> list[AgendaDay]:
        if options.items is None:
            return days
        first, last = options.items
        if options.day is not None:
            rows = days[0].rows
            if last > len(rows):
                raise ExportError(f"Items {first} to {last}: day {options.day} has {len(rows)} items.")
            return [AgendaDay(days[0].number, days[0].date, days[0].title, rows[first - 1:last])]
        total = sum(len(d.rows) for d in days)
        if last > total:
            raise ExportError(f"Items {first} to {last}: the convening has {total} items in all.")
        out, seen = [], 0
        for d in days:
            keep = tuple(r for i, r in enumerate(d.rows, start=seen + 1) if first <= i <= last)
            seen += len(d.rows)
            if keep:
                out.append(AgendaDay(d.number, d.date, d.title, keep))
        return out

    def _protocols(self, days: list[AgendaDay]) -> tuple[ProtocolRun, ...]:
        """Protocol items that ran or hold notes, with each step's notes."""
        all_notes = self._step_notes()
        runs = []
        for d in days:
            for row in d.rows:
                if not row.protocol:
                    continue
                item_id = row.item_id
                proto = self.protocols.item_protocol(item_id)
                if proto is None:
                    continue
                notes = all_notes.get(item_id, {})
                if not row.ran and not any(t.strip() for t in notes.values()):
                    continue
                steps = tuple(StepRun(i + 1, st.title, st.minutes, st.prompt, notes.get(i, ""))
                              for i, st in enumerate(proto.steps))
                runs.append(ProtocolRun(row.title, proto.name, d.number, row.number, proto.credit, steps))
        return tuple(runs)

    def _step_notes(self) -> dict[int, dict[int, str]]:
        """Every step note of the file, by item then step, in one read."""
        from sqlalchemy import select

        from app.store import models as m

        out: dict[int, dict[int, str]] = {}
        with self.ws.require().read() as s:
            for item_id, step, text in s.execute(select(m.StepNote.item_id, m.StepNote.step, m.StepNote.text)):
                out.setdefault(item_id, {})[step] = text
        return out

    def _roster(self) -> tuple[RosterTeam, ...]:
        teams = self.people.teams()
        people = self.people.participants()
        by_team: dict[int | None, list[RosterPerson]] = {}
        for p in people:
            by_team.setdefault(p.team_id, []).append(RosterPerson(p.name, p.role, p.pronouns, p.email))
        out = [RosterTeam(t.name, t.district, tuple(by_team.get(t.id, ()))) for t in teams if by_team.get(t.id)]
        if by_team.get(None):
            out.append(RosterTeam("", "", tuple(by_team[None])))
        return tuple(out)

    # One gatherer per capability still to come; each issue fills its own (shared: aggregate only).
    def _talk(self, days: list[AgendaDay], options: ExportOptions) -> tuple[TalkConversation, ...]:
        """Per tracked conversation in scope (by its agenda item): balance, total talk, and per lens the
        share of talk against share of people, always through the projector's one suppression rule
        (TalkService.room_view), in both versions. Names and per-person talk only in the facilitator
        version, and then only with non-sensitive lenses; sensitive lenses stay group-level."""
        from app.domain.talk.metrics import figures

        talk = self.services.talk
        titles = {r.item_id: r.title for d in days for r in d.rows}
        whole = options.day is None and options.items is None
        convs = [c for c in talk.conversations() if c.item_id in titles or (whole and c.item_id is None)]
        if not convs:
            return ()
        lenses = talk.lenses()
        names = talk.names()
        now = self.ws.clock.now()
        out = []
        for c in convs:
            present = [p for p in c.members if p in names]
            f = figures(talk.turns(c.id), present, now)
            if f.person_seconds <= 0 and f.many_seconds <= 0:
                continue
            rows = []
            shown = {}
            for lens in lenses:
                room = talk.room_view(lens_id=lens.id, now=now, conv_id=c.id)
                groups = room.shares.groups if room.shares is not None else ()
                if room.shares is not None:
                    shown[lens.name] = room.shares
                rows.append(TalkLens(lens.name, lens.sensitive, groups,
                                     room.suppressed.note() if room.suppressed is not None else "", room.multi_note))
            persons = ()
            if options.private:
                open_lenses = [lens for lens in lenses if not lens.sensitive]
                persons = tuple(
                    TalkPerson(names[p], pf.seconds, pf.share, pf.turns,
                               tuple((lens.name, "; ".join(talk.values(lens.id).get(p, ()))) for lens in open_lenses))
                    for p, pf in sorted(f.people.items(), key=lambda kv: (-kv[1].seconds, names.get(kv[0], "")))
                    if p in names)
            out.append(TalkConversation(c.title, c.scope, titles.get(c.item_id, ""), len(present), f.balance,
                                        f.person_seconds, f.many_seconds, tuple(rows), persons,
                                        _goals(c.goals, f, shown, names if options.private else None)))
        return tuple(out)

    def _turns(self, days: list[AgendaDay], options: ExportOptions) -> dict:
        """Facilitator version only: every turn of the conversations in scope (as the talk section picks
        them), with the item and protocol step it began in, the speaker and their values of each
        non-sensitive lens; sensitive lenses never leave the file per person."""
        from sqlalchemy import select

        from app.store import models as m

        talk = self.services.talk
        titles = {r.item_id: r.title for d in days for r in d.rows}
        whole = options.day is None and options.items is None
        convs = {c.id: c for c in talk.conversations() if c.item_id in titles or (whole and c.item_id is None)}
        if not convs:
            return {}
        lenses = [lens for lens in talk.lenses() if not lens.sensitive]
        values = {lens.id: talk.values(lens.id) for lens in lenses}
        names = talk.names()
        with self.ws.require().read() as s:
            segs = s.execute(select(m.TalkSegment.conversation_id, m.TalkSegment.participant_id,
                                    m.TalkSegment.item_id, m.TalkSegment.step, m.TalkSegment.started_us,
                                    m.TalkSegment.ended_us)
                             .where(m.TalkSegment.conversation_id.in_(list(convs)))
                             .order_by(m.TalkSegment.conversation_id, m.TalkSegment.started_us,
                                       m.TalkSegment.id)).all()
            items = {i.id: (i.title, i.protocol_id) for i in s.scalars(select(m.AgendaItem))}
            steps = {(st.protocol_id, st.position): st.title for st in s.scalars(select(m.ProtocolStep))}
        now = self.ws.clock.now()
        rows = []
        for conv_id, pid, item_id, step, a_us, b_us in segs:
            title, protocol_id = items.get(item_id, ("", None))
            start, end = a_us / 1e6, None if b_us is None else b_us / 1e6
            speaker = "many voices" if pid is None else names.get(pid, "")
            vals = tuple("" if pid is None else "; ".join(values[lens.id].get(pid, ())) for lens in lenses)
            rows.append(TalkTurnRow(convs[conv_id].title, title, None if step is None else step + 1,
                                    steps.get((protocol_id, step), "") if step is not None else "", speaker, vals,
                                    self.live.local(start), self.live.local(end),
                                    max(0.0, (end if end is not None else max(now, start)) - start)))
        return {"turns": tuple(rows), "turn_lenses": tuple(lens.name for lens in lenses)}

    def _wall(self, days: list[AgendaDay], options: ExportOptions) -> tuple[WallBoard, ...]:
        """Each board with its prompt, its clusters (most dots first, with their notes) and its loose notes.

        A handout of some items holds the boards linked to them; boards linked to no item come with the
        whole convening and with day 1 (like carried commitments). Authors only in the facilitator
        version, and only for a board that shows them on the wall."""
        wall = self.services.wall
        boards = wall.boards()
        if options.day is not None or options.items is not None:
            in_scope = {r.item_id for d in days for r in d.rows}
            with_unlinked = options.items is None and options.day == 1
            boards = [b for b in boards if (b.item_id in in_scope if b.item_id is not None else with_unlinked)]
        out = []
        for b in boards:
            view = wall.view(b.id)
            fishbone = b.layout == "fishbone"
            authors = options.private and b.show_authors

            def note(n) -> WallNote:
                return WallNote(n.text, n.author if authors else "", n.in_control if fishbone else None)

            by_cluster: dict[int, list[WallNote]] = {}
            loose = []
            for n in view.notes:
                if n.cluster_id is None:
                    loose.append(note(n))
                else:
                    by_cluster.setdefault(n.cluster_id, []).append(note(n))
            clusters = sorted(view.clusters, key=lambda c: (-c.dots, c.id))
            picture = _picture(view, clusters, wall.shape(b.id) if fishbone else None)
            out.append(WallBoard(b.title, b.prompt, fishbone,
                                 tuple(WallCluster(c.name, c.dots, tuple(by_cluster.get(c.id, ())))
                                       for c in clusters),
                                 tuple(loose), picture))
        return tuple(out)

    @staticmethod
    def _of_days(rounds, options: ExportOptions, chosen):
        """A day's handout has the rounds tied to that day; the whole convening's has every round
        (rounds tied to no day, as in files from before rounds had a day, only there)."""
        if options.day is None:
            return rounds
        ids = {d.id for d in chosen}
        return [r for r in rounds if r.day_id in ids]

    def _pairs(self, options: ExportOptions, chosen=()) -> tuple[PairRound, ...]:
        """Each round's pairs (and trio) with the reason in words (rounds belong to no agenda item, so a
        handout of some items leaves them out; a day's handout has that day's rounds). Contacts (an
        email each) only in the facilitator version: the shared version is gathered without them, like
        the roster."""
        rounds = self._of_days(self.services.pairing.rounds(), options, chosen)
        if not rounds:
            return ()
        teams = {t.id: t for t in self.people.teams()}
        contacts = self._contacts() if options.private else {}
        out = []
        for r in rounds:
            groups = tuple(
                PairGroup(tuple(PairSchool(name, teams[i].district if i in teams else "", contacts.get(i))
                                for i, name in zip(g.team_ids, g.names)), g.reason)
                for g in r.groups)
            out.append(PairRound(r.number, _with_day(r.title or f"Round {r.number}", r.day_number), groups, r.problems))
        return tuple(out)

    def _contacts(self) -> dict[int, Contact]:
        """Each team's first participant (in roster order) who has an email."""
        out: dict[int, Contact] = {}
        for p in self.people.participants():
            if p.team_id is not None and p.email.strip() and p.team_id not in out:
                out[p.team_id] = Contact(p.name, p.email.strip(), p.role)
        return out

    def _tables(self, options: ExportOptions, chosen=()) -> tuple[SeatingRound, ...]:
        """Seating rounds (a day's handout: that day's), a list per table; who sits where only in the
        facilitator version (the shared one lists nobody by name, as it has no roster)."""
        out = []
        for r in self._of_days(self.services.pairing.tables.rounds(), options, chosen):
            tables = tuple(SeatTable(t.number, len(t.person_ids), t.summary, t.names if options.private else ())
                           for t in r.tables)
            out.append(SeatingRound(r.number, _with_day(r.title or f"Tables {r.number}", r.day_number), tables,
                                    r.quality))
        return tuple(out)

    def _commitments(self, days: list[AgendaDay], options: ExportOptions) -> tuple[TeamCommitments, ...]:
        """Per team, by name: its commitments (carried ones with their status) and its bright spots.

        A handout of some items holds the commitments captured during them. Carried commitments and
        bright spots belong to no item: they come with the whole convening and with day 1."""
        svc = self.services.commitments
        commitments = svc.commitments()
        spots = svc.bright_spots()
        if options.day is not None or options.items is not None:
            from sqlalchemy import select

            from app.store import models as m

            in_scope = {r.item_id for d in days for r in d.rows}
            with self.ws.require().read() as s:
                captured = {i for i, item in s.execute(select(m.Commitment.id, m.Commitment.item_id))
                            if item in in_scope}
            with_unlinked = options.items is None and options.day == 1
            commitments = [c for c in commitments if c.id in captured or (c.carried and with_unlinked)]
            spots = spots if with_unlinked else []
        out = []
        for team_id, name in svc.teams():
            mine = tuple(c for c in commitments if c.team_id == team_id)
            bright = tuple(b for b in spots if b.team_id == team_id)
            if mine or bright:
                out.append(TeamCommitments(name, mine, bright))
        return tuple(out)

    # -- writing -------------------------------------------------------------------------
    def pdf_job(self, handout: Handout, out: Path | str):
        """A job (services/core/jobs.py) that writes the handout to `out` and returns the path."""
        out = Path(out)

        def job(token: CancelToken):
            from app.export.pdf import BuildStopped, build_pdf

            try:
                return (yield from as_progress(build_pdf(handout, out, lambda: token.cancelled)))
            except BuildStopped:
                raise Cancelled() from None
            except OSError as exc:
                raise ExportError(f"{out}: could not write the PDF ({exc.strerror or exc}); close it if a "
                                  "PDF viewer has it open, or choose a folder you can write to.") from exc

        return job

    def write_csv(self, handout: Handout, folder: Path | str) -> list[Path]:
        from app.export.csv_files import write_csv

        folder = Path(folder)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            return write_csv(handout, folder)
        except OSError as exc:
            raise ExportError(f"{folder}: could not write the CSV files ({exc.strerror or exc}); "
                              "choose a folder you can write to.") from exc


def _scope_label(options: ExportOptions) -> str:
    parts = []
    if options.day is not None:
        parts.append(f"Day {options.day}")
    if options.items is not None:
        a, b = options.items
        span = f"item {a}" if a == b else f"items {a} to {b}"
        parts.append(span if parts else span.capitalize())
    return ", ".join(parts) if parts else "The whole convening"


def _goals(goals, f, shown: dict, names: dict | None) -> tuple[TalkGoal, ...]:
    """Each goal of a conversation as it ended. A lens goal is checked on the groups the suppression
    rule shows (as on the projector), so no hidden group is singled out; who did not speak is named
    only in the facilitator version (`names`), counted in the shared one."""
    from app.domain.talk.goals import EVERYONE_SPEAKS, check_goals

    out = []
    for g in goals:
        if g.kind == EVERYONE_SPEAKS:
            waiting = [p for p in f.not_spoken if names is None or p in names]
            if not waiting:
                detail = "Everyone spoke."
            else:
                detail = f"{len(waiting)} {'person' if len(waiting) == 1 else 'people'} did not speak"
                if names is not None:
                    detail += ": " + ", ".join(names[p] for p in waiting[:8])
                detail += "…" if names is not None and len(waiting) > 8 else "."
            out.append(TalkGoal(g.text(), not waiting, detail))
        elif g.lens not in shown:
            out.append(TalkGoal(g.text(), None, f"Not checked: no group of “{g.lens}” can be shown."))
        else:
            [status] = check_goals([g], f, {g.lens: shown[g.lens]})
            out.append(TalkGoal(g.text(), status.met, status.detail + " Checked on the groups shown."))
    return tuple(out)


def _picture(view, ranked, shape) -> WallPicture | None:
    """The board as it stands: notes where they were left, a frame round each cluster's notes (as the
    wall view draws it), clusters numbered as the handout lists them; a fishbone's spine, bones and head."""
    from app.domain.wall.layout import GAP, HEADER_H, NOTE_H, NOTE_W
    from app.domain.wall.palette import colour

    if not view.notes:
        return None
    notes = tuple(PictureNote(n.x, n.y, colour(n.colour).fill, colour(n.colour).edge, n.text) for n in view.notes)
    boxes: dict[int, tuple[float, float, float, float]] = {}
    for n in view.notes:
        if n.cluster_id is None:
            continue
        x0, y0, x1, y1 = n.x - GAP, n.y - HEADER_H, n.x + NOTE_W + GAP, n.y + NOTE_H + GAP
        if n.cluster_id in boxes:
            a, b, c, d = boxes[n.cluster_id]
            x0, y0, x1, y1 = min(a, x0), min(b, y0), max(c, x1), max(d, y1)
        boxes[n.cluster_id] = (x0, y0, x1, y1)
    clusters = tuple(PictureCluster(k, c.name, c.dots, (boxes[c.id][0], boxes[c.id][1],
                                                         boxes[c.id][2] - boxes[c.id][0],
                                                         boxes[c.id][3] - boxes[c.id][1]))
                     for k, c in enumerate(ranked, start=1) if c.id in boxes)
    corners = [(n.x, n.y, n.x + NOTE_W, n.y + NOTE_H) for n in view.notes] + list(boxes.values())
    bones: tuple = ()
    head = None
    if shape is not None and shape.head is not None and clusters:
        h = shape.head
        head = (h.x, h.y, h.w, h.h)
        spine_y = h.y + h.h / 2
        left = min(c[0] for c in corners)
        bones = ((left, spine_y, h.x, spine_y),) + tuple(
            (x1, y1, x2, y2) for cid, ((x1, y1), (x2, y2)) in shape.bones.items() if cid in boxes)
        corners.append((h.x, h.y, h.x + h.w, h.y + h.h))
    x0 = min(c[0] for c in corners) - GAP
    y0 = min(c[1] for c in corners) - GAP
    x1 = max(c[2] for c in corners) + GAP
    y1 = max(c[3] for c in corners) + GAP
    return WallPicture((x0, y0, x1 - x0, y1 - y0), (NOTE_W, NOTE_H), notes, clusters, bones, head,
                       view.board.prompt or view.board.title)


def _with_day(title: str, day_number: int | None) -> str:
    """A round's heading with its day, unless the title already names it ("Day 2 · Buddy schools")."""
    if not day_number or f"day {day_number}" in title.casefold():
        return title
    return f"{title} (day {day_number})"
