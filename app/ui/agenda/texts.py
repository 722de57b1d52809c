"""The words the Agenda tab shows: day names, the plan and live lines, cell texts and tooltips.

Plain functions over service values (no Qt), so every sentence can be read and
tested on its own. Times are local minutes since midnight, shown as a wall clock reads them
(HH:MM, 00:00 after 23:59); an end after midnight says "next day".
"""

from __future__ import annotations

import datetime as dt

from app.domain.agenda.schedule import DaySchedule, DayStatus, ScheduledEntry, format_hhmm

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
EMPTY_DAY = "No items yet. Press Insert to add the first one, or copy another day."


def plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def day_label(position: int, date: dt.date) -> str:
    """Position 0, 2027-01-21 -> "Day 1 · Thu 21 Jan" (English whatever the system locale)."""
    return f"Day {position + 1} · {WEEKDAYS[date.weekday()]} {date.day} {MONTHS[date.month - 1]}"


def plan_line(schedule: DaySchedule) -> tuple[str, bool]:
    """The day's plan in one line, and whether it fits between its start and end."""
    close = format_hhmm(schedule.day_end, say_day=True)
    if not schedule.entries:
        return f"Nothing planned yet between {format_hhmm(schedule.day_start)} and {close}.", True
    count = plural(len(schedule.entries), "item")
    end = format_hhmm(schedule.planned_end, say_day=True)
    if schedule.overrun > 0:
        return (f"{count} · Runs {plural(schedule.overrun, 'minute')} past {close} "
                f"(planned end {end})"), False
    spare = schedule.day_end - schedule.planned_end
    tail = f", {plural(spare, 'minute')} to spare" if spare > 0 else ""
    return f"{count} · Planned end {end} · fits{tail}", True


def live_line(status: DayStatus, other_date=None) -> str:
    """How the running day is going: "Running 7 minutes behind · projected end 16:07"
    (after midnight: "projected end 02:31 next day").

    On another date than the day's (a rehearsal, the demo), "behind" would compare
    with another day's clock, so only the pace is given.
    """
    behind = round(status.behind_minutes)
    end = format_hhmm(status.projected_end, say_day=True)
    if other_date is not None:
        return (f"Not the agenda's date ({other_date.strftime('%a %-d %b')}) · "
                f"at this pace the day would end at {end}")
    if behind >= 1:
        text = f"Running {plural(behind, 'minute')} behind · projected end {end}"
    elif behind <= -1:
        text = f"Running {plural(-behind, 'minute')} ahead · projected end {end}"
    else:
        text = f"On time · projected end {end}"
    fixed = status.next_fixed
    if fixed is not None and status.next_fixed_projected_start is not None:
        late = round(status.next_fixed_late_minutes)
        if late >= 1:
            text += (f" · {fixed.entry.title} would start {plural(late, 'minute')} late "
                     f"(fixed at {format_hhmm(fixed.entry.fixed_start or 0)})")
    return text


def fixed_cell(entry: ScheduledEntry) -> tuple[str, str, bool]:
    """(cell text, tooltip, is a problem) for an item's fixed start, its wait or its lateness."""
    fixed = entry.entry.fixed_start
    if fixed is None:
        return "", "This item starts as soon as the one before it ends.", False
    at = format_hhmm(fixed)
    if entry.late_by > 0:
        return (
            f"{at} fixed — {entry.late_by} min late",
            f"Fixed at {at}, but the items before it run until {format_hhmm(entry.start)}, "
            f"so it would start {plural(entry.late_by, 'minute')} late. Shorten something earlier "
            "or use Re-plan.",
            True,
        )
    if entry.gap_before > 0:
        return (
            f"{at} · waits {entry.gap_before} min",
            f"The items before it end early: the room waits {plural(entry.gap_before, 'minute')} "
            f"until its fixed start at {at}.",
            False,
        )
    return at, f"Starts at {at} whatever happens before it.", False


def actual_minutes_cell(seconds: float, planned_minutes: int, running: bool) -> tuple[str, str]:
    """(cell text, tooltip) for how long an item actually ran, against its plan."""
    ran = round(seconds / 60)
    diff = ran - planned_minutes
    text = str(ran) if diff == 0 else f"{ran} ({'+' if diff > 0 else '−'}{abs(diff)})"
    verb = "Running for" if running else "Ran"
    tip = f"{verb} {plural(ran, 'minute')}; {plural(planned_minutes, 'minute')} planned"
    if diff > 0:
        tip += f", {diff} over."
    elif diff < 0:
        tip += f", {-diff} under."
    else:
        tip += "."
    return text, tip
