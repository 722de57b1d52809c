"""Turns: who had the floor, from when to when.

A conversation's turns never overlap. Tapping a person ends the previous turn at
that moment and starts theirs; tapping the person who has the floor, or
silence, ends the turn. `speaker` None is "many voices" (crosstalk): tracked
time, but nobody's own.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from app.i18n import _

MANY = None  # the speaker of a "many voices" turn


@dataclass(frozen=True)
class Turn:
    id: int
    speaker: int | None  # participant id; None = many voices
    start: float
    end: float | None  # None: the floor is still theirs

    def seconds(self, now: float) -> float:
        end = self.end if self.end is not None else max(now, self.start)
        return max(0.0, end - self.start)

    def end_or(self, now: float) -> float:
        return self.end if self.end is not None else max(now, self.start)


class TurnError(ValueError):
    """A turn edit that would make turns overlap or run backwards; the message says which."""


@dataclass(frozen=True)
class Tap:
    """What one tap does: close the open turn at `close_at` (if any), then open one for `open_for`."""

    close_id: int | None
    close_at: float | None
    opens: bool
    open_for: int | None = None


def open_turn(turns: Iterable[Turn]) -> Turn | None:
    for t in turns:
        if t.end is None:
            return t
    return None


def tap(current: Turn | None, speaker: int | None, now: float) -> Tap:
    """A tap on `speaker` (None: "many voices"): the floor moves to them, or, if it is
    already theirs, the room falls silent. The previous turn ends now, never before it began."""
    if current is None:
        return Tap(None, None, True, speaker)
    close_at = max(now, current.start)
    if current.speaker == speaker:
        return Tap(current.id, close_at, False)
    return Tap(current.id, close_at, True, speaker)


def silence(current: Turn | None, now: float) -> Tap:
    if current is None:
        return Tap(None, None, False)
    return Tap(current.id, max(now, current.start), False)


def overlapping(turns: Sequence[Turn], now: float) -> list[tuple[Turn, Turn]]:
    """Pairs of turns that overlap (an open turn runs to `now`); empty when all is well."""
    ordered = sorted(turns, key=lambda t: (t.start, t.id))
    found = []
    for a, b in zip(ordered, ordered[1:]):
        if b.start < a.end_or(now):
            found.append((a, b))
    open_ones = [t for t in turns if t.end is None]
    if len(open_ones) > 1:
        found.append((open_ones[0], open_ones[1]))
    return found


def check_edit(turns: Sequence[Turn], turn_id: int, start: float, end: float | None, now: float,
               name=lambda t: _("another turn")) -> None:
    """Refuse an edit of turn `turn_id` to [start, end] that would overlap another turn,
    end before it starts, or lie in the future. `name(turn)` words the other turn."""
    this = next((t for t in turns if t.id == turn_id), None)
    if this is None:
        raise TurnError(_("That turn is no longer there."))
    if start > now:
        raise TurnError(_("Start: a turn cannot start in the future."))
    if end is not None:
        if end <= start:
            raise TurnError(_("End: a turn must end after it starts."))
        if end > now:
            raise TurnError(_("End: a turn cannot end in the future."))
    elif any(t.id != turn_id and t.start >= start for t in turns):
        raise TurnError(_("End: only the latest turn can still be running."))
    hi = end if end is not None else float("inf")
    for t in turns:
        if t.id == turn_id:
            continue
        t_end = t.end if t.end is not None else float("inf")
        if t.start < hi and start < t_end:
            raise TurnError(_("That would overlap {turn}; shorten that one first.").format(turn=name(t)))
