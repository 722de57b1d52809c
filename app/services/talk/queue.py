"""The speaking queue of the conversation being tracked: raise a hand, withdraw it, call the next.

`TalkQueue` is the part `talk.queue` of `TalkService`. Every change is committed at once and is one
step of the shared undo history; calling the next person also gives them the floor, in the same
step (one undo puts both back); so does giving the floor by a tap to someone whose hand is up
(`TalkService.tap`). The order is by when hands went up, or, when the facilitator
chooses it, by least talk so far (`domain/talk/queue.py`); never by identity lens. The choice of
order is the facilitator's for this session of Convene (it is not stored in the file).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import insert, select, update

from app.domain.talk.queue import BY_RAISED, ORDERS, Hand, order
from app.i18n import _
from app.services.core.changes import TalkChanged
from app.services.core.history import Hook
from app.services.talk.records import QueueEntry, TalkError, us
from app.store import models as m

if TYPE_CHECKING:
    from app.services.talk.service import TalkService

HAND = Hook("talk_hand", ("talk_hand",))


class TalkQueue:
    def __init__(self, talk: TalkService) -> None:
        self.talk = talk
        self.order_by = BY_RAISED
        self._hands: dict[int, list[Hand]] = {}

    def forget(self) -> None:
        self._hands.clear()

    def set_order(self, by: str) -> None:
        if by not in ORDERS:
            raise TalkError(_("Queue order: by when hands went up, or by least talk first."))
        self.order_by = by
        self.talk._emit(TalkChanged())

    def _waiting_hands(self, conv_id: int) -> list[Hand]:
        if conv_id not in self._hands:
            h = m.TalkHand
            with self.talk.ws.require().read() as s:
                rows = s.execute(select(h.id, h.participant_id, h.raised_us)
                                 .where(h.conversation_id == conv_id, h.called_us.is_(None), h.withdrawn_us.is_(None))
                                 .order_by(h.raised_us, h.id)).all()
            self._hands[conv_id] = [Hand(i, p, r / 1e6) for i, p, r in rows]
        return self._hands[conv_id]

    def hand_of(self, conv_id: int, person: int) -> int | None:
        """The id of `person`'s waiting hand in conversation `conv_id`, if it is up."""
        return next((h.id for h in self._waiting_hands(conv_id) if h.person == person), None)

    def waiting(self, now: float | None = None) -> list[QueueEntry]:
        """The raised hands of the conversation being tracked, in queue order, with each person's talk so far."""
        talk = self.talk
        conv = talk.conversation()
        if conv is None:
            return []
        hands = self._waiting_hands(conv.id)
        if not hands:
            return []
        now = talk.ws.clock.now() if now is None else now
        names = talk.names()
        seconds: dict[int, float] = {}
        turns: dict[int, int] = {}
        for t in talk.turns():
            if t.speaker is not None:
                seconds[t.speaker] = seconds.get(t.speaker, 0.0) + t.seconds(now)
                turns[t.speaker] = turns.get(t.speaker, 0) + 1
        step = self._step_seconds(conv.id, now, {h.person for h in hands})
        return [QueueEntry(h.id, h.person, names.get(h.person, "?"), h.raised, seconds.get(h.person, 0.0),
                           step.get(h.person, 0.0), turns.get(h.person, 0))
                for h in order(hands, self.order_by, seconds) if h.person in names]

    def _step_seconds(self, conv_id: int, now: float, people: set[int]) -> dict[int, float]:
        """Each person's talk in the agenda item and protocol step running now (this conversation)."""
        item_id, step = self.talk._running()
        if item_id is None:
            return {}
        seg = m.TalkSegment
        q = select(seg.participant_id, seg.started_us, seg.ended_us).where(
            seg.conversation_id == conv_id, seg.item_id == item_id, seg.participant_id.in_(people))
        q = q.where(seg.step.is_(None)) if step is None else q.where(seg.step == step)
        out: dict[int, float] = {}
        with self.talk.ws.require().read() as s:
            for p, a, b in s.execute(q):
                if p is None:
                    continue
                end = now if b is None else b / 1e6
                out[p] = out.get(p, 0.0) + max(0.0, end - a / 1e6)
        return out

    def hands(self, conv_id: int) -> list[tuple[int, float, float | None, float | None]]:
        """Every hand raised in a conversation, in the order they went up: (person, raised, called, lowered)."""
        h = m.TalkHand
        with self.talk.ws.require().read() as s:
            rows = s.execute(select(h.participant_id, h.raised_us, h.called_us, h.withdrawn_us)
                             .where(h.conversation_id == conv_id).order_by(h.raised_us, h.id)).all()
        return [(p, r / 1e6, None if c is None else c / 1e6, None if w is None else w / 1e6) for p, r, c, w in rows]

    def place_of(self, person: int) -> int | None:
        """Where `person` is in the queue (from 1), or None."""
        return next((i for i, e in enumerate(self.waiting(), start=1) if e.person == person), None)

    # -- changes -------------------------------------------------------------------------
    def raise_hand(self, person: int) -> None:
        talk = self.talk
        conv = talk._require_conversation()
        name = talk.names().get(person)
        if name is None:
            raise TalkError(_("That person is no longer in the roster."))
        if person not in conv.members:
            raise TalkError(_("{name} is not in this conversation; add them with “Who is in it…” first.").format(name=name))
        place = self.place_of(person)
        if place is not None:
            raise TalkError(_("{name}’s hand is already up ({nth} in the queue).").format(name=name, nth=_nth(place)))
        now = talk.ws.clock.now()
        talk.history.record(_("raise {name}’s hand").format(name=name), HAND, [], lambda s: s.execute(insert(m.TalkHand).values(
            conversation_id=conv.id, participant_id=person, raised_us=us(now))).inserted_primary_key[0],
                            (TalkChanged,), lambda r: [r])
        self._changed(person)

    def withdraw(self, person: int) -> None:
        talk = self.talk
        conv = talk._require_conversation()
        hand = next((h for h in self._waiting_hands(conv.id) if h.person == person), None)
        name = talk.names().get(person, "That person")
        if hand is None:
            raise TalkError(_("{name}’s hand is not up.").format(name=name))
        now = talk.ws.clock.now()
        talk.history.record(_("lower {name}’s hand").format(name=name), HAND, [hand.id], lambda s: s.execute(
            update(m.TalkHand).where(m.TalkHand.id == hand.id).values(withdrawn_us=us(now))), (TalkChanged,))
        self._changed(person)

    def toggle(self, person: int) -> bool:
        """Raise `person`'s hand, or lower it if it is up; True when it is up now."""
        conv = self.talk._require_conversation()
        if any(h.person == person for h in self._waiting_hands(conv.id)):
            self.withdraw(person)
            return False
        self.raise_hand(person)
        return True

    def call_next(self) -> int | None:
        """Give the floor to the first in the queue (one undo step); their hand comes down. None: nobody waits."""
        entries = self.waiting()
        if not entries:
            return None
        first = entries[0]
        self.talk.tap_for_hand(first.person, first.hand_id)
        self._hands.clear()
        return first.person

    def call(self, person: int) -> None:
        """Give the floor to `person` from the queue, wherever they are in it."""
        entry = next((e for e in self.waiting() if e.person == person), None)
        if entry is None:
            raise TalkError(_("{name}’s hand is not up.").format(name=self.talk.names().get(person, 'That person')))
        self.talk.tap_for_hand(person, entry.hand_id)
        self._hands.clear()

    def _changed(self, person: int) -> None:
        self._hands.clear()
        self.talk._emit(TalkChanged(person_ids=(person,)))


def _nth(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
