"""The words the Agenda tab shows: day names, the plan and live lines, cell texts and tooltips.

Plain functions over service values, so every sentence can be read and tested on its own; each in the
console's language (QCoreApplication.translate, counted nouns from app/ui/i18n/counts.py, day names
from the console's QLocale). Times are local minutes since midnight, shown as a wall clock reads them
(HH:MM, 00:00 after 23:59); an end after midnight says "next day".
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate

from app.domain.agenda.schedule import DaySchedule, DayStatus, ScheduledEntry, format_hhmm
from app.ui.i18n import QT_TRANSLATE_NOOP, ui_locale
from app.ui.i18n.counts import counts

EMPTY_DAY = QT_TRANSLATE_NOOP("agenda_texts", "No items yet. Press Insert to add the first one, or copy another day.")


# An agenda item's kind (services/agenda KINDS) as the console shows it.
KIND_LABELS = {
    "session": QT_TRANSLATE_NOOP("agenda_texts", "Session"), "protocol": QT_TRANSLATE_NOOP("agenda_texts", "Protocol"),
    "activity": QT_TRANSLATE_NOOP("agenda_texts", "Activity"), "break": QT_TRANSLATE_NOOP("agenda_texts", "Break"),
    "meal": QT_TRANSLATE_NOOP("agenda_texts", "Meal"), "travel": QT_TRANSLATE_NOOP("agenda_texts", "Travel"),
}


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("agenda_texts", KIND_LABELS[kind]) if kind in KIND_LABELS else kind.capitalize()


def plural(count: int, word: str) -> str:
    """A count of minutes or items, in the console's language."""
    return counts().items(count) if word == "item" else counts().minutes(count)


def short_date(date: dt.date) -> str:
    """2027-01-21 -> "Thu 21 Jan" (English) or "jue 21 ene" (Spanish): the console's language, not the laptop's."""
    return ui_locale().toString(QDate(date.year, date.month, date.day), "ddd d MMM").replace(".", "")


def day_label(position: int, date: dt.date) -> str:
    """Position 0, 2027-01-21 -> "Day 1 · Thu 21 Jan"."""
    return QCoreApplication.translate("agenda_texts", "Day {number} · {date}").format(number=position + 1, date=short_date(date))


def plan_line(schedule: DaySchedule) -> tuple[str, bool]:
    """The day's plan in one line, and whether it fits between its start and end."""
    close = format_hhmm(schedule.day_end, say_day=True)
    if not schedule.entries:
        return QCoreApplication.translate("agenda_texts", "Nothing planned yet between {start} and {end}.").format(
            start=format_hhmm(schedule.day_start), end=close), True
    count = plural(len(schedule.entries), "item")
    end = format_hhmm(schedule.planned_end, say_day=True)
    if schedule.overrun > 0:
        return QCoreApplication.translate("agenda_texts", "{count} · Runs {minutes} past {close} (planned end {end})").format(
            count=count, minutes=plural(schedule.overrun, "minute"), close=close, end=end), False
    spare = schedule.day_end - schedule.planned_end
    if spare > 0:
        return QCoreApplication.translate("agenda_texts", "{count} · Planned end {end} · fits, {minutes} to spare").format(
            count=count, end=end, minutes=plural(spare, "minute")), True
    return QCoreApplication.translate("agenda_texts", "{count} · Planned end {end} · fits").format(count=count, end=end), True


def live_line(status: DayStatus, other_date=None) -> str:
    """How the running day is going: "Running 7 minutes behind · projected end 16:07"
    (after midnight: "projected end 02:31 next day").

    On another date than the day's (a rehearsal, the demo), "behind" would compare
    with another day's clock, so only the pace is given.
    """
    behind = round(status.behind_minutes)
    end = format_hhmm(status.projected_end, say_day=True)
    if other_date is not None:
        return QCoreApplication.translate("agenda_texts", "Not the agenda's date ({date}) · at this pace the day would end at {end}").format(
            date=short_date(other_date), end=end)
    if behind >= 1:
        text = QCoreApplication.translate("agenda_texts", "Running {minutes} behind · projected end {end}").format(minutes=plural(behind, "minute"), end=end)
    elif behind <= -1:
        text = QCoreApplication.translate("agenda_texts", "Running {minutes} ahead · projected end {end}").format(minutes=plural(-behind, "minute"), end=end)
    else:
        text = QCoreApplication.translate("agenda_texts", "On time · projected end {end}").format(end=end)
    fixed = status.next_fixed
    if fixed is not None and status.next_fixed_projected_start is not None:
        late = round(status.next_fixed_late_minutes)
        if late >= 1:
            text += QCoreApplication.translate("agenda_texts", " · {title} would start {minutes} late (fixed at {at})").format(
                title=fixed.entry.title, minutes=plural(late, "minute"), at=format_hhmm(fixed.entry.fixed_start or 0))
    return text


def fixed_cell(entry: ScheduledEntry) -> tuple[str, str, bool]:
    """(cell text, tooltip, is a problem) for an item's fixed start, its wait or its lateness."""
    fixed = entry.entry.fixed_start
    if fixed is None:
        return "", QCoreApplication.translate("agenda_texts", "This item starts as soon as the one before it ends."), False
    at = format_hhmm(fixed)
    if entry.late_by > 0:
        return (
            QCoreApplication.translate("agenda_texts", "{at} fixed — {late} min late").format(at=at, late=entry.late_by),
            QCoreApplication.translate("agenda_texts", "Fixed at {at}, but the items before it run until {end}, so it would start {minutes} late. "
                "Shorten something earlier or use Re-plan.").format(
                at=at, end=format_hhmm(entry.start), minutes=plural(entry.late_by, "minute")),
            True,
        )
    if entry.gap_before > 0:
        return (
            QCoreApplication.translate("agenda_texts", "{at} · waits {gap} min").format(at=at, gap=entry.gap_before),
            QCoreApplication.translate("agenda_texts", "The items before it end early: the room waits {minutes} until its fixed start at {at}.").format(
                minutes=plural(entry.gap_before, "minute"), at=at),
            False,
        )
    return at, QCoreApplication.translate("agenda_texts", "Starts at {at} whatever happens before it.").format(at=at), False


def actual_minutes_cell(seconds: float, planned_minutes: int, running: bool) -> tuple[str, str]:
    """(cell text, tooltip) for how long an item actually ran, against its plan."""
    ran = round(seconds / 60)
    diff = ran - planned_minutes
    text = str(ran) if diff == 0 else f"{ran} ({'+' if diff > 0 else '−'}{abs(diff)})"
    if running:
        tip = QCoreApplication.translate("agenda_texts", "Running for {ran}; {planned} planned").format(ran=plural(ran, "minute"),
                                                                 planned=plural(planned_minutes, "minute"))
    else:
        tip = QCoreApplication.translate("agenda_texts", "Ran {ran}; {planned} planned").format(ran=plural(ran, "minute"),
                                                         planned=plural(planned_minutes, "minute"))
    if diff > 0:
        tip += QCoreApplication.translate("agenda_texts", ", {minutes} over.").format(minutes=diff)
    elif diff < 0:
        tip += QCoreApplication.translate("agenda_texts", ", {minutes} under.").format(minutes=-diff)
    else:
        tip += "."
    return text, tip
