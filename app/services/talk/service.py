"""Talk-time balance: lenses, conversations, and the turns tapped during them (records in talk/records.py;
goals and summaries are the part `summaries`, talk/summaries.py; what the projector shows is the part `room`, talk/room.py).

Every tap is committed at once (one short transaction) and is one step of the
shared undo history. A turn is tied to the agenda item and protocol step that
were running when it started, and counts towards them as a whole.

After a crash: a turn still open when Convene stopped is ended at the last
moment Convene saw it running (the Talk tab notes that every 15 seconds, and
every tap does too), never later; when the file is opened again nobody has the
floor until the facilitator taps. See `HELP`.
"""

from __future__ import annotations

import gettext
import json
from collections.abc import Iterable, Sequence
from pathlib import Path

from sqlalchemy import delete, func, insert, select, update

from app.domain.people.lenses import split_values
from app.domain.talk.goals import Goal, check_goals
from app.domain.talk.lenses import MULTI_NOTE, Group
from app.domain.talk.metrics import BALANCE_HELP, Figures, figures
from app.domain.talk.rules import default_role, role_of, speaker_flag
from app.domain.talk.turns import Turn, TurnError, check_edit
from app.domain.talk.turns import silence as silence_plan
from app.domain.talk.turns import tap as tap_plan
from app.i18n import N_, _, translation
from app.services.core.changes import Change, ConveningChanged, PairingChanged, PeopleChanged, TalkChanged, TeamsChanged
from app.services.core.history import History, Hook, Step, snapshot_rows
from app.services.core.workspace import Workspace
from app.services.talk.codes import TalkCodes
from app.services.talk.queue import HAND, TalkQueue
from app.services.talk.records import (  # noqa: F401 - its records, importable from here too
    ConversationRecord,
    LensRecord,
    PersonRow,
    RoomPeople,
    RoomView,
    TalkError,
    TalkView,
    _conversation,
    us,
)
from app.services.talk.room import TalkRoom
from app.services.talk.seating import TalkSeating
from app.services.talk.summaries import TalkSummaries
from app.store import models as m

TURN = Hook("talk_segment", ("talk_segment",))
CONVERSATION = Hook("talk_conversation", ("talk_conversation",))
LENS = Hook("lens", ("lens", "lens_value"))
LENS_VALUES = Hook("participant", ("lens_value",))
TOPICS = (TalkChanged,)
CHECKPOINT_SECONDS = 15.0
MAX_PEOPLE = 150

_CLOSE_TURN = "UPDATE talk_segment SET ended_us = ? WHERE id = ?"
_OPEN_TURN = ("INSERT INTO talk_segment (participant_id, item_id, step, started_us, ended_us, conversation_id, seen_us)"
              " VALUES (?, ?, ?, ?, NULL, ?, ?)")

_HELP = N_(
    "Tap a name on the seating map to give that person the floor; the previous turn ends at that moment. "
    "Tap them again, or press Esc, for silence; “Many voices” is for crosstalk. "
    "The map shows everyone in the conversation, by table (the current round of Tables), by team or A to Z. "
    "The speaking queue keeps raised hands in the order they went up, or least talk first; calling the next "
    "gives them the floor; the room panel's “Speaking queue” puts it on the projector, names only, in queue "
    "order. Codes (up to four, optional) mark what a turn did, such as asking a question. "
    "Every tap is saved at once, with the agenda item and protocol step that are running. "
    "If Convene stops while someone has the floor, their turn is ended at the last moment Convene saw it "
    "running (at most 15 seconds before it stopped); when you reopen the file nobody has the floor until you tap. "
)
HELP = _HELP + "Evenness of talk: " + BALANCE_HELP   # English, as written


def talk_help() -> str:
    """The Talk tab's help (its tooltip and Help > Talk tracking) in the keyboard's language."""
    return _(_HELP) + _("Evenness of talk: ") + _(BALANCE_HELP)   # BALANCE_HELP: marked in app/export/words.py


class TalkService:
    """Talk-time balance. Its parts: `summaries` (goals, and talk summed up across the convening:
    talk/summaries.py), `room` (what the projector's Talk scene shows: talk/room.py), `seating`
    (the seating map's data: talk/seating.py), `queue` (the speaking queue: talk/queue.py) and
    `codes` (codes on turns: talk/codes.py)."""

    def __init__(self, workspace: Workspace, history: History, live=None, protocols=None) -> None:
        self.ws = workspace
        self.history = history
        self.live = live
        self.protocols = protocols
        self.current_id: int | None = None
        self._turns: dict[int, list[Turn]] = {}
        self._open_mem: tuple[int, int] | None = None  # (turn id, started_us) of the open turn we keep
        self._names: dict[int, str] | None = None
        self._values: dict[int, dict[int, tuple[str, ...]]] = {}
        self._lenses: list[LensRecord] | None = None
        self._convs: dict[int, ConversationRecord | None] = {}
        self._path: Path | None = None
        self._last_seen = 0.0
        self.room = TalkRoom(self)
        self.summaries = TalkSummaries(self)
        self.seating = TalkSeating(self)
        self.queue = TalkQueue(self)
        self.codes = TalkCodes(self)
        self._subs = workspace.bus.owner("talk service")
        self._subs.on(ConveningChanged, self._on_convening)
        self._own_emit = False
        self._subs.on(PeopleChanged, self._invalidate)
        self._subs.on(PairingChanged, lambda _c: self.seating.forget())   # the tables of the seating map
        self._subs.on(TeamsChanged, lambda _c: self.seating.forget())
        # Undo and redo announce "talk" (and "people", for a person's lens values): forget what was
        # cached, unless it was this service that said it (its caches are up to date then).
        self._subs.on(TalkChanged, lambda _c: None if self._own_emit else self._invalidate())

    # -- state ----------------------------------------------------------------------
    def close(self) -> None:
        self._subs.close()

    def _invalidate(self, _change: Change | None = None) -> None:
        self._turns.clear()
        self._names = None
        self._values.clear()
        self._lenses = None
        self._convs.clear()
        self.seating.forget()
        self.queue.forget()
        self.codes.forget()

    def _on_convening(self, change: ConveningChanged) -> None:
        opened = change.opened
        self._invalidate()
        self.room.forget()
        if not opened or self.ws.store is None:
            self._path = None
            self.current_id = None
            return
        if self.ws.path != self._path:
            self._path = self.ws.path
            self.recover()
            latest = self.conversations()
            self.current_id = latest[-1].id if latest else None

    def recover(self) -> list[int]:
        """End turns left open by a Convene that stopped (a crash, a flat battery) at the last
        moment it saw them running. A turn this Convene is still keeping (Save As) stays open."""
        closed = []
        with self.ws.require().session() as s:
            rows = s.execute(select(m.TalkSegment.id, m.TalkSegment.started_us, m.TalkSegment.seen_us)
                             .where(m.TalkSegment.ended_us.is_(None))).all()
            for row_id, started, seen in rows:
                if self._open_mem == (row_id, started):
                    continue
                s.execute(update(m.TalkSegment).where(m.TalkSegment.id == row_id)
                          .values(ended_us=max(started, seen or started)))
                closed.append(row_id)
        if closed:
            self._open_mem = None
            self.ws.bus.emit(TalkChanged())
        return closed

    # -- people and lenses ------------------------------------------------------------
    def names(self) -> dict[int, str]:
        if self._names is None:
            with self.ws.require().read() as s:
                self._names = dict(s.execute(select(m.Participant.id, m.Participant.name)).all())
        return self._names

    def lenses(self) -> list[LensRecord]:
        if self._lenses is None:
            self._lenses = self._read_lenses()
        return list(self._lenses)

    def _read_lenses(self) -> list[LensRecord]:
        with self.ws.require().read() as s:
            out = []
            for lens in s.scalars(select(m.Lens).order_by(m.Lens.position, m.Lens.id)):
                counts = s.execute(select(m.LensValue.value, func.count()).where(m.LensValue.lens_id == lens.id)
                                   .group_by(m.LensValue.value).order_by(func.count().desc(), m.LensValue.value)).all()
                out.append(LensRecord(lens.id, lens.name, lens.position, bool(lens.sensitive),
                                      tuple(v for v, _n in counts)))
            return out

    def lens(self, lens_id: int | None) -> LensRecord | None:
        return next((lr for lr in self.lenses() if lr.id == lens_id), None)

    def lens_by_name(self, name: str) -> LensRecord | None:
        key = " ".join(name.split()).lower()
        return next((lr for lr in self.lenses() if lr.name.lower() == key), None)

    def add_lens(self, name: str, sensitive: bool = False) -> int:
        name = " ".join((name or "").split())
        if not name:
            raise TalkError(_("Lens name: give the lens a name (for example Role or Home language)."))
        if len(name) > 100:
            raise TalkError(_("Lens name: keep it under 100 characters."))
        if self.lens_by_name(name) is not None:
            raise TalkError(_("Lens name: there is already a lens called “{name}”.").format(name=name))

        def change(s) -> int:
            pos = (s.scalar(select(func.max(m.Lens.position))) or 0) + 1
            return s.execute(insert(m.Lens).values(name=name, position=pos, sensitive=bool(sensitive))) \
                .inserted_primary_key[0]

        return self._record(_("add lens “{name}”").format(name=name), LENS, [], change, extra=lambda r: [r])

    def set_sensitive(self, lens_id: int, sensitive: bool) -> None:
        lens = self._lens_or_fail(lens_id)
        self._record((_("mark “{name}” sensitive") if sensitive else _("mark “{name}” not sensitive")).format(name=lens.name), LENS, [lens_id],
                     lambda s: s.execute(update(m.Lens).where(m.Lens.id == lens_id).values(sensitive=sensitive)))

    def delete_lens(self, lens_id: int) -> None:
        lens = self._lens_or_fail(lens_id)
        self._record(_("delete lens “{name}”").format(name=lens.name), LENS, [lens_id],
                     lambda s: s.execute(delete(m.Lens).where(m.Lens.id == lens_id)))

    def _lens_or_fail(self, lens_id: int) -> LensRecord:
        lens = self.lens(lens_id)
        if lens is None:
            raise TalkError(_("That lens is no longer there."))
        return lens

    def values(self, lens_id: int) -> dict[int, tuple[str, ...]]:
        """Each person's self-identified values of one lens (people with none are left out)."""
        if lens_id not in self._values:
            out: dict[int, list[str]] = {}
            with self.ws.require().read() as s:
                for pid, value in s.execute(select(m.LensValue.participant_id, m.LensValue.value)
                                            .where(m.LensValue.lens_id == lens_id).order_by(m.LensValue.id)):
                    out.setdefault(pid, []).append(value)
            self._values[lens_id] = {p: tuple(v) for p, v in out.items()}
        return self._values[lens_id]

    def set_values(self, participant_id: int, lens_id: int, values: Iterable[str] | str) -> None:
        """Set a person's values of one lens ("Black; Latinx" or a list); empty: not asked."""
        lens = self._lens_or_fail(lens_id)
        vals = split_values(values) if isinstance(values, str) else split_values(";".join(values))
        for v in vals:
            if len(v) > 200:
                raise TalkError(_("{name}: keep each value under 200 characters.").format(name=lens.name))
        name = self.names().get(participant_id)
        if name is None:
            raise TalkError(_("That person is no longer in the roster."))

        def change(s) -> None:
            s.execute(delete(m.LensValue).where(m.LensValue.lens_id == lens_id,
                                                m.LensValue.participant_id == participant_id))
            for v in vals:
                s.execute(insert(m.LensValue).values(lens_id=lens_id, participant_id=participant_id, value=v))

        self._record(_("set {lens} of {name}").format(lens=lens.name, name=name), LENS_VALUES, [participant_id], change)

    # -- conversations ----------------------------------------------------------------
    def conversations(self) -> list[ConversationRecord]:
        with self.ws.require().read() as s:
            return [_conversation(c) for c in s.scalars(select(m.TalkConversation).order_by(m.TalkConversation.id))]

    def conversation(self, conv_id: int | None = None) -> ConversationRecord | None:
        conv_id = self.current_id if conv_id is None else conv_id
        if conv_id is None:
            return None
        if conv_id not in self._convs:
            with self.ws.require().read() as s:
                c = s.get(m.TalkConversation, conv_id)
                self._convs[conv_id] = _conversation(c) if c is not None else None
        return self._convs[conv_id]

    def table_scopes(self) -> list[tuple[str, str]]:
        """(label, scope) for every table of every seating round (Pairing tab > Tables), in order."""
        with self.ws.require().read() as s:
            rounds = list(s.scalars(select(m.SeatingRound).order_by(m.SeatingRound.position, m.SeatingRound.id)))
            out = []
            for r in rounds:
                counts = s.execute(select(m.Seat.table_number, func.count()).where(m.Seat.round_id == r.id)
                                   .group_by(m.Seat.table_number).order_by(m.Seat.table_number)).all()
                title = r.title or _("Round {number}").format(number=r.position + 1)
                out += [(_("Table {number}, {round} ({people})").format(number=n, round=title, people=k),
                         f"table:{r.id}:{n}") for n, k in counts]
            return out

    def scope_members(self, scope: str | int | None) -> tuple[str, list[int]]:
        """(label, people) for "room" (everyone), a team id, or "table:<round id>:<table number>"; the label is
        what the conversation stores as its scope, in the convening's language."""
        said = self._said()
        with self.ws.require().read() as s:
            if isinstance(scope, str) and scope.startswith("table:"):
                _t, round_id, number = scope.split(":")
                r = s.get(m.SeatingRound, int(round_id))
                if r is None:
                    raise TalkError(_("That round of tables is no longer there."))
                ids = list(s.scalars(select(m.Participant.id).join(m.Seat, m.Seat.participant_id == m.Participant.id)
                                     .where(m.Seat.round_id == r.id, m.Seat.table_number == int(number))
                                     .order_by(func.lower(m.Participant.name))))
                if not ids:
                    raise TalkError(_("Table {number} has nobody at it.").format(number=number))
                title = r.title or said.gettext("Round {number}").format(number=r.position + 1)
                return said.gettext("Table {number}, {round}").format(number=number, round=title), ids
            if scope in (None, "room"):
                ids = list(s.scalars(select(m.Participant.id).order_by(func.lower(m.Participant.name))))
                return said.gettext("Whole room"), ids
            team = s.get(m.Team, int(scope))
            if team is None:
                raise TalkError(_("That team is no longer there."))
            ids = list(s.scalars(select(m.Participant.id).where(m.Participant.team_id == team.id)
                                 .order_by(func.lower(m.Participant.name))))
            return team.name, ids

    def _said(self) -> gettext.NullTranslations:
        """The words the convening stores (a conversation's scope), in its own language."""
        return translation(self.ws.data_language())

    def start_conversation(self, members: Sequence[int], scope: str = "", title: str = "",
                           lens_id: int | None = None, goals: Sequence[Goal] = ()) -> int:
        """Track a conversation among `members`; `scope` is stored as it is (scope_members' label), the whole
        room in the convening's language when none is given."""
        scope = scope or self._said().gettext("Whole room")
        members = list(dict.fromkeys(int(p) for p in members))
        if not members:
            raise TalkError(_("Choose at least one person for this conversation."))
        if len(members) > MAX_PEOPLE:
            raise TalkError(_("A conversation can track up to {MAX_PEOPLE} people; this one has {n_members}. Choose a table or a team instead.").format(MAX_PEOPLE=MAX_PEOPLE, n_members=len(members)))
        item_id, _step = self._running()
        if not title:
            rec = self.live.item_record(item_id) if (self.live is not None and item_id is not None) else None
            title = rec.title if rec is not None else scope
        for g in goals:
            g.check()
        now = self.ws.clock.now()

        def change(s) -> int:
            self._close_open(s, now)
            return s.execute(insert(m.TalkConversation).values(
                title=title[:200], scope=scope[:200], item_id=item_id, lens_id=lens_id,
                members_json=json.dumps(members), pinned_json=json.dumps(members[:9]), roles_json="{}",
                goals_json=json.dumps([g.to_dict() for g in goals]), created_us=us(now))).inserted_primary_key[0]

        conv_id = self._record(_("start tracking “{title}”").format(title=title), CONVERSATION, [], change, extra=lambda r: [r])
        self.current_id = conv_id
        self.room.forget()
        self.ws.bus.emit(TalkChanged())
        return conv_id

    def choose(self, conv_id: int | None) -> None:
        self.current_id = conv_id
        self.room.forget()
        self.ws.bus.emit(TalkChanged())

    def _update_conversation(self, label: str, **values) -> None:
        conv = self._require_conversation()
        self._record(label, CONVERSATION, [conv.id], lambda s: s.execute(
            update(m.TalkConversation).where(m.TalkConversation.id == conv.id).values(**values)))

    def set_members(self, members: Sequence[int]) -> None:
        members = list(dict.fromkeys(int(p) for p in members))
        if len(members) > MAX_PEOPLE:
            raise TalkError(_("A conversation can track up to {MAX_PEOPLE} people.").format(MAX_PEOPLE=MAX_PEOPLE))
        self._update_conversation(_("change who is in the conversation"), members_json=json.dumps(members))

    def set_pinned(self, pinned: Sequence[int]) -> None:
        self._update_conversation(_("change pinned people"), pinned_json=json.dumps(list(pinned)[:9]))

    def set_role(self, participant_id: int, role: str) -> None:
        conv = self._require_conversation()
        roles = {str(k): v for k, v in conv.roles.items()}
        if role:
            roles[str(participant_id)] = role
        else:
            roles.pop(str(participant_id), None)
        self._update_conversation((_("make {name} {role}") if role else _("make {name} a participant")).format(
                                      name=self.names().get(participant_id) or _("them"), role=role),
                                  roles_json=json.dumps(roles))

    def set_lens(self, lens_id: int | None) -> None:
        self.room.forget()  # the projector goes back to groups until chosen again
        self._update_conversation(_("choose the lens shown"), lens_id=lens_id)

    def _require_conversation(self) -> ConversationRecord:
        conv = self.conversation()
        if conv is None:
            raise TalkError(_("Start a conversation first: choose who is in it."))
        return conv

    # -- turns ------------------------------------------------------------------------
    def turns(self, conv_id: int | None = None) -> list[Turn]:
        conv_id = self.current_id if conv_id is None else conv_id
        if conv_id is None:
            return []
        if conv_id not in self._turns:
            with self.ws.require().read() as s:
                rows = s.execute(select(m.TalkSegment.id, m.TalkSegment.participant_id, m.TalkSegment.started_us,
                                        m.TalkSegment.ended_us).where(m.TalkSegment.conversation_id == conv_id)
                                 .order_by(m.TalkSegment.started_us, m.TalkSegment.id)).all()
            self._turns[conv_id] = [Turn(i, p, a / 1e6, None if b is None else b / 1e6) for i, p, a, b in rows]
        return self._turns[conv_id]

    def open_turn(self) -> Turn | None:
        ts = self.turns()
        return ts[-1] if ts and ts[-1].end is None else None

    def _running(self) -> tuple[int | None, int | None]:
        if self.live is None or self.ws.store is None:
            return None, None
        view = self.live.view()
        return view.item_id, view.step

    def tap(self, participant_id: int | None) -> None:
        """Give `participant_id` the floor (None: many voices); tapping whoever has it is silence.
        Someone whose hand is up in the speaking queue is called: their hand comes down in the same step."""
        conv = self._require_conversation()
        if participant_id is not None and participant_id not in self.names():
            raise TalkError(_("That person is no longer in the roster."))
        current = self.open_turn()
        if participant_id is not None and (current is None or current.speaker != participant_id):
            hand = self.queue.hand_of(conv.id, participant_id)
            if hand is not None:
                self.tap_for_hand(participant_id, hand)
                self.queue.forget()
                return
        now = self.ws.clock.now()
        plan = tap_plan(current, participant_id, now)
        self._apply(conv.id, plan, now)

    def many_voices(self) -> None:
        self.tap(None)

    def silence(self) -> None:
        if self.current_id is None:
            return
        now = self.ws.clock.now()
        plan = silence_plan(self.open_turn(), now)
        if plan.close_id is not None:
            self._apply(self.current_id, plan, now)

    def tap_for_hand(self, participant_id: int, hand_id: int) -> None:
        """Give the floor to someone called from the queue, and take their hand down: one undo step.
        If they have the floor already, only their hand comes down."""
        conv = self._require_conversation()
        now = self.ws.clock.now()
        current = self.open_turn()
        if current is not None and current.speaker == participant_id:
            plan = silence_plan(None, now)   # nothing to close or open
        else:
            plan = tap_plan(current, participant_id, now)
        self._apply(conv.id, plan, now, hand_id=hand_id)

    def _apply(self, conv_id: int, plan, now: float, hand_id: int | None = None) -> None:
        item_id, step = self._running()
        ids = [plan.close_id] if plan.close_id is not None else []

        def change(conn):
            # Plain SQL on the store's connection: a tap is the one write that must keep pace with
            # the room (tests/benchmarks/bench_talk.py); it is committed at once like every other.
            if plan.close_id is not None:
                conn.execute(_CLOSE_TURN, (us(plan.close_at), plan.close_id))
            if plan.opens:
                return conn.execute(_OPEN_TURN, (plan.open_for, item_id, step, us(now), conv_id, us(now))).lastrowid
            return None

        who = self.names().get(plan.open_for) if plan.open_for is not None else None
        label = (_("silence") if not plan.opens else _("floor to many voices") if who is None
                 else _("floor to {who}").format(who=who))
        if hand_id is None:
            new_id = self.history.record_rows(label, TURN, ids, change, TOPICS, lambda r: [r] if r is not None else [])
        else:
            with self.ws.require().transaction() as conn:
                before = [snapshot_rows(conn, TURN, ids), snapshot_rows(conn, HAND, [hand_id])]
                new_id = change(conn)
                conn.execute("UPDATE talk_hand SET called_us = ? WHERE id = ?", (us(now), hand_id))
                after = [snapshot_rows(conn, TURN, ids + ([new_id] if new_id is not None else [])),
                         snapshot_rows(conn, HAND, [hand_id])]
                before[0].ids = after[0].ids
            self.history.push(Step(f"call {self.names().get(plan.open_for or -1, 'the next')} from the queue",
                                   before, after, TOPICS))
            self.queue.forget()
        turns = self._turns.get(conv_id)
        if turns is not None:
            if plan.close_id is not None and turns and turns[-1].id == plan.close_id:
                last = turns[-1]
                turns[-1] = Turn(last.id, last.speaker, last.start, plan.close_at)
            if new_id is not None:
                turns.append(Turn(new_id, plan.open_for, now, None))
        if plan.opens or plan.close_id is not None:
            self._open_mem = (new_id, us(now)) if new_id is not None else None
        self._last_seen = now
        changed = [p for p in {plan.open_for} | {self._speaker_of(conv_id, plan.close_id)} if p is not None]
        self._emit(TalkChanged(person_ids=tuple(changed)))

    def _emit(self, change: TalkChanged | None = None) -> None:
        self._own_emit = True
        try:
            self.ws.bus.emit(change or TalkChanged())
        finally:
            self._own_emit = False

    def _speaker_of(self, conv_id: int, turn_id: int | None) -> int | None:
        for t in reversed(self._turns.get(conv_id, [])):
            if t.id == turn_id:
                return t.speaker
        return None

    def _close_open(self, s, now: float) -> None:
        """Starting another conversation ends the floor in this one (part of the same step)."""
        open_turn = self.open_turn()
        if open_turn is not None:
            s.execute(update(m.TalkSegment).where(m.TalkSegment.id == open_turn.id)
                      .values(ended_us=us(max(now, open_turn.start))))
            self._turns.clear()
            self._open_mem = None

    def checkpoint(self) -> bool:
        """Note that the open turn is still running (at most every 15 s), so a crash loses little."""
        now = self.ws.clock.now()
        open_turn = self.open_turn()
        if open_turn is None or now - self._last_seen < CHECKPOINT_SECONDS:
            return False
        with self.ws.require().session() as s:
            s.execute(update(m.TalkSegment).where(m.TalkSegment.id == open_turn.id).values(seen_us=us(now)))
        self._last_seen = now
        return True

    def edit_turn(self, turn_id: int, speaker: int | None, start: float, end: float | None) -> None:
        """Change who spoke and when; refused if it would overlap another turn."""
        conv_id = self.current_id
        turns = self.turns()
        now = self.ws.clock.now()
        names = self.names()
        if speaker is not None and speaker not in names:
            raise TalkError(_("Speaker: that person is no longer in the roster."))

        def word(t: Turn) -> str:
            who = names.get(t.speaker, _("many voices")) if t.speaker is not None else _("many voices")
            return _("{name}’s turn at {time}").format(name=who, time=self.clock_text(t.start))

        try:
            check_edit(turns, turn_id, start, end, now, name=word)
        except TurnError as exc:
            raise TalkError(*exc.args) from exc
        seg = m.TalkSegment
        self.history.record(_("edit a turn"), TURN, [turn_id], lambda s: s.execute(
            update(seg).where(seg.id == turn_id).values(participant_id=speaker, started_us=us(start),
                                                          ended_us=None if end is None else us(end))), TOPICS)
        if conv_id is not None:
            self._turns.pop(conv_id, None)
        self.ws.bus.emit(TalkChanged())

    def delete_turn(self, turn_id: int) -> None:
        seg = m.TalkSegment
        self.history.record(_("delete a turn"), TURN, [turn_id],
                            lambda s: s.execute(delete(seg).where(seg.id == turn_id)), TOPICS)
        self._turns.clear()
        self.ws.bus.emit(TalkChanged())

    def clock_text(self, epoch: float) -> str:
        if self.live is not None:
            return self.live.local(epoch).strftime("%H:%M:%S")
        import datetime as dt

        return dt.datetime.fromtimestamp(epoch, dt.UTC).strftime("%H:%M:%S UTC")

    # -- figures ----------------------------------------------------------------------
    def view(self, now: float | None = None) -> TalkView:
        now = self.ws.clock.now() if now is None else now
        conv = self.conversation()
        names = self.names()
        if conv is None:
            return TalkView(None, figures([], [], now), names, None, None, "", None, ())
        present = [p for p in conv.members if p in names]
        turns = self.turns()
        f = figures(turns, present, now)
        lens = self.lens(conv.lens_id) if conv.lens_id is not None else None
        shares, note = None, ""
        all_shares = {}
        for lr, sh in self.summaries.lens_shares(present, f):
            all_shares[lr.name] = sh
            if lens is not None and lr.id == lens.id:
                shares, note = sh, (MULTI_NOTE if sh.multi else "")
        goals = tuple(check_goals(conv.goals, f, all_shares, name=lambda p: names.get(p, "?")))
        return TalkView(conv, f, names, lens, shares, note, self.flag(conv, f), goals)

    def balance_curve(self, points: int = 6) -> list[tuple[float, float | None]]:
        """The balance index of the current conversation over time: (seconds in, balance so far)."""
        from app.domain.talk.summaries import balance_over_time

        conv = self.conversation()
        if conv is None:
            return []
        names = self.names()
        return balance_over_time(self.turns(), [p for p in conv.members if p in names], self.ws.clock.now(), points)

    def flag(self, conv: ConversationRecord, f: Figures) -> str | None:
        """The speaking-rule flag: the person with the floor is outside this step's speakers."""
        if f.speaker is None or self.protocols is None:
            return None
        item_id, step = self._running()
        if item_id is None or step is None:
            return None
        protocol = self.protocols.item_protocol(item_id)
        if protocol is None or not 0 <= step < len(protocol.steps):
            return None
        st = protocol.steps[step]
        role = role_of(f.speaker, {int(k): v for k, v in conv.roles.items()}, default_role(protocol.roles))
        return speaker_flag(st.title, st.speakers, self.names().get(f.speaker, "Someone"), role)

    # -- helpers ----------------------------------------------------------------------
    def _record(self, label: str, hook: Hook, ids: list[int], change, extra=lambda _r: []):
        result = self.history.record(label, hook, ids, change, TOPICS, extra)
        self._invalidate()
        self.ws.bus.emit(TalkChanged())
        return result


__all__ = ["TalkService", "TalkError", "TalkView", "RoomView", "RoomPeople", "PersonRow", "LensRecord", "ConversationRecord", "HELP", "talk_help",
           "Group"]
