"""What the talk service hands out: plain records of lenses, conversations and what the room may see."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from app.domain.talk.goals import Goal, GoalError, GoalStatus
from app.domain.talk.lenses import LensShares
from app.domain.talk.metrics import Figures
from app.domain.talk.suppress import Suppressed
from app.store import models as m


class TalkError(ValueError):
    """A talk action that cannot be done as asked; the message says what to do."""


def us(seconds: float) -> int:
    return int(round(seconds * 1_000_000))


@dataclass(frozen=True)
class LensRecord:
    id: int
    name: str
    position: int
    sensitive: bool
    values: tuple[str, ...]  # the values people hold, most common first


@dataclass(frozen=True)
class ConversationRecord:
    id: int
    title: str
    scope: str
    item_id: int | None
    lens_id: int | None
    members: tuple[int, ...]
    pinned: tuple[int, ...]
    roles: dict = field(default_factory=dict)
    goals: tuple[Goal, ...] = ()


@dataclass(frozen=True)
class TalkView:
    """Everything the Talk tab shows at one moment (the facilitator's own screen)."""

    conversation: ConversationRecord | None
    figures: Figures
    names: dict
    lens: LensRecord | None
    shares: LensShares | None
    multi_note: str
    flag: str | None
    goals: tuple[GoalStatus, ...]


@dataclass(frozen=True)
class RoomView:
    """What the projector's "Talk balance" scene may show: groups only, suppressed."""

    title: str
    lens_name: str
    shares: LensShares | None
    suppressed: Suppressed | None
    multi_note: str
    people: int


@dataclass(frozen=True)
class PersonRow:
    name: str
    values: str       # their values of the lens shown ("" when they gave none)
    seconds: float
    share: float      # of talk by people in this conversation
    turns: int


@dataclass(frozen=True)
class RoomPeople:
    """The projector's per-person view: only for a lens not marked sensitive, and only after the
    facilitator chose it for this conversation and lens (`TalkService.set_room_people`)."""

    title: str
    lens_name: str
    rows: tuple[PersonRow, ...]   # most talk first; people who have not spoken last
    not_spoken: int
    people: int


def _conversation(c: m.TalkConversation) -> ConversationRecord:
    goals = []
    for d in json.loads(c.goals_json or "[]"):
        try:
            goals.append(Goal.from_dict(d))
        except (GoalError, TypeError, ValueError):
            continue  # a goal this version cannot read is skipped, not fatal
    return ConversationRecord(
        c.id, c.title, c.scope, c.item_id, c.lens_id,
        tuple(json.loads(c.members_json or "[]")), tuple(json.loads(c.pinned_json or "[]")),
        {int(k): v for k, v in json.loads(c.roles_json or "{}").items()}, tuple(goals),
    )


@dataclass(frozen=True)
class SeatingView:
    """The seating map's data (talk/seating.py): blocks of people, who has the floor, whose hand is up."""

    by: str
    note: str                       # which round of tables, or why A to Z
    blocks: tuple                   # app.domain.talk.seating.Block, in order
    names: dict
    speaker: int | None
    hands: dict                     # person -> place in the queue (from 1)
    spoken: frozenset               # people who have had a turn in this conversation
    round_title: str = ""           # by table: the round the map is seated as ("" when there is none today)


@dataclass(frozen=True)
class QueueEntry:
    """One raised hand waiting in the speaking queue, with that person's talk so far."""

    hand_id: int
    person: int
    name: str
    raised: float
    seconds: float          # in this conversation
    step_seconds: float     # in the agenda item and protocol step running now
    turns: int

    @property
    def not_spoken(self) -> bool:
        return self.turns == 0


@dataclass(frozen=True)
class CodeRecord:
    id: int
    position: int   # 0 … 3: Alt+1 … Alt+4
    label: str
