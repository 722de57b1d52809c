"""Every topic on the bus, with its payload: a listener receives one of these after a commit.

A topic is its class: `subs.on(TalkChanged, fn)` calls `fn(change: TalkChanged)`. A misspelt topic
is a NameError at import and a type error in `mypy app`, never a listener that silently never runs.
Every field has a default, so the undo history can announce a topic with `topic()`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.domain.agenda import TimerEvent


class Change:
    """Base of every topic."""


@dataclass(frozen=True)
class ConveningChanged(Change):
    """A file was opened, made, saved as, closed (opened=False), or its details edited."""

    opened: bool = True


@dataclass(frozen=True)
class PeopleChanged(Change):
    """Participants were added, edited, deleted or imported (their lens values included)."""


@dataclass(frozen=True)
class TeamsChanged(Change):
    """Teams were added, edited, deleted or imported."""


@dataclass(frozen=True)
class AgendaChanged(Change):
    """Days' items were added, edited, moved, re-planned, or a protocol attached."""


@dataclass(frozen=True)
class LiveChanged(Change):
    """The live run moved: `events` are the timer events just stored (empty: the chosen day changed)."""

    events: tuple[TimerEvent, ...] = ()


@dataclass(frozen=True)
class ProtocolsChanged(Change):
    """The convening's protocols were added, edited or deleted."""


@dataclass(frozen=True)
class StepNoteChanged(Change):
    """A facilitator's note on a protocol step was written."""

    item_id: int | None = None
    step: int | None = None


@dataclass(frozen=True)
class HistoryChanged(Change):
    """The undo history gained, lost or moved a step (Edit > Undo's label)."""


@dataclass(frozen=True)
class PairingChanged(Change):
    """Pairing or tables changed; `what` says which part ("criteria", "rules", "rounds", "tables", ...)."""

    what: str = ""
    round_id: int | None = None
    pair_id: int | None = None


@dataclass(frozen=True)
class TalkChanged(Change):
    """Talk changed; `person_ids` are the people whose figures moved (empty: assume everything)."""

    person_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class WallChanged(Change):
    """A board changed; `note_ids` are the notes touched (empty: the board as a whole)."""

    board_id: int | None = None
    note_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class CaptureChanged(Change):
    """Room capture started, stopped, or its queue of notes waiting for moderation changed."""


@dataclass(frozen=True)
class CommitmentsChanged(Change):
    """Commitments or bright spots were added, edited, deleted or carried."""


@dataclass(frozen=True)
class ImprovementChanged(Change):
    """PDSA cycles, measures (definitions or values) or the driver diagram changed; `what` says which
    ("cycles", "measures", "drivers"; "" for all of them, as after carrying from an earlier convening)."""

    what: str = ""


@dataclass(frozen=True)
class CofacChanged(Change):
    """Co-facilitation started or stopped, a device asked to join, was accepted or revoked, or a cue came or
    was dismissed (the console's co-facilitator panel and its cue strip)."""

    cue_id: int | None = None   # a cue that just came from a device (shown on the console at once)


TOPICS: tuple[type[Change], ...] = (
    ConveningChanged, PeopleChanged, TeamsChanged, AgendaChanged, LiveChanged, ProtocolsChanged,
    StepNoteChanged, HistoryChanged, PairingChanged, TalkChanged, WallChanged, CaptureChanged,
    CommitmentsChanged, ImprovementChanged, CofacChanged,
)
