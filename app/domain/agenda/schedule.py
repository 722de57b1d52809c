"""A day's agenda laid out on the wall clock, and how the day is going live.

Agenda times are local wall-clock minutes since midnight (ints): 9:05 is 545.
Items run back to back; an item with a fixed start (lunch at 12:00, a
speaker at 14:30) waits for its time if the day is early and starts as soon
as it can, late, if the day runs over.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class AgendaEntry:
    item_id: int
    title: str
    minutes: int
    fixed_start: int | None = None
    kind: str = "session"  # session, protocol, break, meal

    def __post_init__(self) -> None:
        if self.minutes < 0:
            raise ValueError(f"{self.title!r}: minutes cannot be negative")


@dataclass(frozen=True)
class ScheduledEntry:
    entry: AgendaEntry
    start: int
    end: int
    gap_before: int  # idle minutes waiting for a fixed start
    late_by: int  # > 0 when earlier items push past this entry's fixed start


@dataclass(frozen=True)
class DaySchedule:
    day_start: int
    day_end: int
    entries: tuple[ScheduledEntry, ...]
    planned_end: int
    overrun: int  # minutes past day_end; 0 if the day fits


@dataclass(frozen=True)
class DayStatus:
    behind_minutes: float  # > 0 behind, < 0 ahead: how late the next item will start against the plan
    projected_end: float  # local minutes since midnight, to the second
    next_fixed: ScheduledEntry | None  # the next fixed-start entry after the current one
    next_fixed_projected_start: float | None  # local minutes
    next_fixed_late_minutes: float = 0.0  # > 0 when the next fixed entry would start after its time


@dataclass(frozen=True)
class DayClock:
    """A day's local wall-clock minutes as UTC epoch seconds, and back.

    Agenda times are local minutes on the day's date; what the clock says and
    what a countdown measures are epoch seconds. Status arithmetic is done on
    epoch seconds, so a daylight-saving change in the middle of a day (or the
    night before it) moves nothing: only the words shown are local.
    """

    date: dt.date
    tz: dt.tzinfo

    def _midnight(self) -> dt.datetime:
        return dt.datetime(self.date.year, self.date.month, self.date.day)

    def epoch(self, minutes: float) -> float:
        """Local minutes since the date's midnight (a wall time) -> epoch seconds."""
        whole = math.floor(minutes)
        wall = self._midnight() + dt.timedelta(minutes=whole)
        return wall.replace(tzinfo=self.tz).timestamp() + (minutes - whole) * 60

    def minutes(self, epoch: float) -> float:
        """Epoch seconds -> local minutes since the date's midnight (past midnight keeps counting)."""
        local = dt.datetime.fromtimestamp(epoch, self.tz).replace(tzinfo=None)
        return (local - self._midnight()).total_seconds() / 60


class _Minutes:
    """The identity clock: times are given in local minutes already (no zone)."""

    @staticmethod
    def epoch(minutes: float) -> float:
        return minutes * 60

    @staticmethod
    def minutes(epoch: float) -> float:
        return epoch / 60


def _place(cursor: float, fixed_start: int | None) -> float:
    """Start of an entry whose predecessors end at `cursor`."""
    return cursor if fixed_start is None else max(cursor, float(fixed_start))


def compute_schedule(day_start: int, day_end: int, entries: Sequence[AgendaEntry]) -> DaySchedule:
    """Lay the entries out from `day_start`, honouring fixed starts."""
    cursor = day_start
    scheduled: list[ScheduledEntry] = []
    for entry in entries:
        start = int(_place(cursor, entry.fixed_start))
        gap = start - cursor
        late = 0 if entry.fixed_start is None else max(0, cursor - entry.fixed_start)
        end = start + entry.minutes
        scheduled.append(ScheduledEntry(entry, start, end, gap, late))
        cursor = end
    return DaySchedule(day_start, day_end, tuple(scheduled), cursor, max(0, cursor - day_end))


def format_hhmm(minutes: float, *, say_day: bool = False) -> str:
    """545 -> "09:05", as a wall clock reads: past midnight it starts again, 1591 -> "02:31".

    With `say_day`, a time on another day says so: "02:31 next day", "23:50 the day before"
    (for sentences such as "day ends …"; lists of times read on without it). Fractional
    minutes are dropped (a wall clock shows 09:05 until 09:06).
    """
    days, in_day = divmod(math.floor(minutes), 24 * 60)
    hours, mins = divmod(in_day, 60)
    text = f"{hours:02d}:{mins:02d}"
    if not say_day or days == 0:
        return text
    if days == 1:
        return f"{text} next day"
    if days == -1:
        return f"{text} the day before"
    return f"{text}, {abs(days)} days {'later' if days > 0 else 'before'}"


def planned_epochs(schedule: DaySchedule, clock: DayClock | _Minutes) -> list[tuple[float, float]]:
    """(start, end) in epoch seconds of each entry as planned, laid out on the real clock.

    Items run back to back in real seconds from the day's start; a fixed start is
    its wall time on the day's date. Across a daylight-saving change the wall
    times of later items move, but no item gains or loses a minute.
    """
    cursor = clock.epoch(schedule.day_start)
    out = []
    for s in schedule.entries:
        fixed = s.entry.fixed_start
        start = cursor if fixed is None else max(cursor, clock.epoch(fixed))
        cursor = start + s.entry.minutes * 60
        out.append((start, cursor))
    return out


def day_status(
    schedule: DaySchedule,
    current_index: int,
    current_remaining_seconds: float,
    now: float,
    clock: DayClock | None = None,
) -> DayStatus:
    """How late (or early) the day is running, and where it will end.

    The current item ends at now + its remaining time (overtime counts as
    none left); later items take their planned minutes and fixed starts hold
    where there is slack. "Behind" is how much later than planned the next
    item will start (for the last item: how much later it ends), so once a
    re-plan has made the rest of the day fit, the status says so.

    With a `clock`, `now` is UTC epoch seconds and the arithmetic is on the
    real clock; without one, `now` is local minutes and the day has no zone.
    """
    if not 0 <= current_index < len(schedule.entries):
        raise IndexError(f"no agenda entry at position {current_index}")
    wall: DayClock | _Minutes = clock if clock is not None else _Minutes()
    now_s = now if clock is not None else now * 60
    planned = planned_epochs(schedule, wall)
    cursor = now_s + max(0.0, current_remaining_seconds)
    behind_s = cursor - planned[current_index][1]
    next_fixed: ScheduledEntry | None = None
    next_fixed_start: float | None = None
    fixed_late = 0.0
    for offset, later in enumerate(schedule.entries[current_index + 1 :]):
        fixed = later.entry.fixed_start
        start = cursor if fixed is None else max(cursor, wall.epoch(fixed))
        if offset == 0:
            behind_s = start - planned[current_index + 1][0]
        if fixed is not None and next_fixed is None:
            next_fixed, next_fixed_start = later, start
            fixed_late = (start - wall.epoch(fixed)) / 60
        cursor = start + later.entry.minutes * 60
    return DayStatus(
        behind_s / 60,
        wall.minutes(cursor),
        next_fixed,
        None if next_fixed_start is None else wall.minutes(next_fixed_start),
        fixed_late,
    )
