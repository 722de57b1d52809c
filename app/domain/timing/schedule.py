"""A day's agenda laid out on the wall clock, and how the day is going live.

Agenda times are local wall-clock minutes since midnight (ints): 9:05 is 545.
Items run back to back; an item with a fixed start (lunch at 12:00, a
speaker at 14:30) waits for its time if the day is early and starts as soon
as it can, late, if the day runs over.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence


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
    behind_minutes: float  # > 0 behind, < 0 ahead
    projected_end: float  # local minutes since midnight, to the second
    next_fixed: ScheduledEntry | None  # the next fixed-start entry after the current one
    next_fixed_projected_start: float | None


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


def format_hhmm(minutes: float) -> str:
    """545 -> "09:05". Past midnight the hours keep counting: 1450 -> "24:10".

    Fractional minutes are dropped (a wall clock shows 09:05 until 09:06);
    negative values get a leading "-".
    """
    whole = math.floor(minutes)
    sign = "-" if whole < 0 else ""
    hours, mins = divmod(abs(whole), 60)
    return f"{sign}{hours:02d}:{mins:02d}"


def day_status(
    schedule: DaySchedule,
    current_index: int,
    current_remaining_seconds: float,
    now_minutes: float,
) -> DayStatus:
    """How late (or early) the day is running, and where it will end.

    The current item ends at now + its remaining time (overtime counts as
    none left); later items take their planned minutes and fixed starts hold
    where there is slack.
    """
    if not 0 <= current_index < len(schedule.entries):
        raise IndexError(f"no agenda entry at position {current_index}")
    current = schedule.entries[current_index]
    cursor = now_minutes + max(0.0, current_remaining_seconds) / 60
    behind = cursor - current.end
    next_fixed: ScheduledEntry | None = None
    next_fixed_start: float | None = None
    for later in schedule.entries[current_index + 1 :]:
        start = _place(cursor, later.entry.fixed_start)
        if later.entry.fixed_start is not None and next_fixed is None:
            next_fixed, next_fixed_start = later, start
        cursor = start + later.entry.minutes
    return DayStatus(behind, cursor, next_fixed, next_fixed_start)
