"""Re-planning a day that runs late (or early): previews, never side effects.

Each strategy returns a `ReplanResult`: whether it fully worked, one sentence
for the facilitator, the per-item changes to show, and the whole day's agenda
as it would be (`new_entries`, ready to store). Entries before `from_index`
(what is done or running) never change.

When the rest of the day has to start at a new time, the first moved entry is
given that time as its `fixed_start` ("pinned"), so that recomputing the
schedule from `new_entries` shows the same times as the preview.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from fractions import Fraction

from app.domain.agenda.schedule import AgendaEntry, DaySchedule, compute_schedule, format_hhmm
from app.i18n import _, ngettext


@dataclass(frozen=True)
class Change:
    item_id: int
    old_start: int
    new_start: int
    old_minutes: int
    new_minutes: int
    dropped: bool = False


@dataclass(frozen=True)
class ReplanResult:
    ok: bool
    message: str
    changes: tuple[Change, ...]
    new_entries: tuple[AgendaEntry, ...]  # the full day as it would be


def _minutes(count: int) -> str:
    return ngettext("{n} minute", "{n} minutes", count).format(n=count)


def _layout(entries: Sequence[AgendaEntry], cursor: int) -> list[tuple[AgendaEntry, int]]:
    """(entry, start) for entries run back to back from `cursor`."""
    placed = []
    for entry in entries:
        start = cursor if entry.fixed_start is None else max(cursor, entry.fixed_start)
        placed.append((entry, start))
        cursor = start + entry.minutes
    return placed


def _changes(
    schedule: DaySchedule, from_index: int, placed: Sequence[tuple[AgendaEntry, int]]
) -> tuple[Change, ...]:
    """Compare the rest of the day before and after; dropped items included."""
    after = {entry.item_id: (start, entry.minutes) for entry, start in placed}
    changes = []
    for old in schedule.entries[from_index:]:
        item_id = old.entry.item_id
        if item_id not in after:
            changes.append(Change(item_id, old.start, old.start, old.entry.minutes, 0, True))
            continue
        start, minutes = after[item_id]
        if (start, minutes) != (old.start, old.entry.minutes):
            changes.append(Change(item_id, old.start, start, old.entry.minutes, minutes))
    return tuple(changes)


def _day_end_note(schedule: DaySchedule, end: int) -> str:
    if end > schedule.day_end:
        late = end - schedule.day_end
        return " " + _("That is {minutes} past the planned close at {time}.").format(
            minutes=_minutes(late), time=format_hhmm(schedule.day_end))
    return ""


def _previous_end(schedule: DaySchedule, index: int) -> int:
    return schedule.entries[index - 1].end if index > 0 else schedule.day_start


def _nothing_left(schedule: DaySchedule) -> ReplanResult:
    entries = tuple(s.entry for s in schedule.entries)
    return ReplanResult(False, _("There is nothing left on this day to re-plan."), (), entries)


# -- shift -----------------------------------------------------------------------------


def shift_rest(schedule: DaySchedule, from_index: int, delta_minutes: int) -> ReplanResult:
    """Move everything from `from_index` on by `delta_minutes` (fixed starts too).

    Moving earlier than the end of the previous item is impossible; the result
    then moves as far as it can and says so.
    """
    if not 0 <= from_index < len(schedule.entries):
        return _nothing_left(schedule)
    first = schedule.entries[from_index]
    earliest = _previous_end(schedule, from_index) - first.start  # <= 0
    delta = max(delta_minutes, earliest)
    ok = delta == delta_minutes
    before = [s.entry for s in schedule.entries[:from_index]]
    rest = [replace(first.entry, fixed_start=first.start + delta)]
    for s in schedule.entries[from_index + 1 :]:
        fixed = None if s.entry.fixed_start is None else s.entry.fixed_start + delta
        rest.append(replace(s.entry, fixed_start=fixed))
    if delta == 0:
        rest = [s.entry for s in schedule.entries[from_index:]]
    new_entries = tuple(before + rest)
    new = compute_schedule(schedule.day_start, schedule.day_end, new_entries)
    placed = [(s.entry, s.start) for s in new.entries[from_index:]]
    changes = _changes(schedule, from_index, placed)

    if delta == 0:
        message = _("Nothing moved: the rest of the day keeps its times.")
    else:
        n = len(changes)
        said = (ngettext("Moved {n} item {minutes} later; the day now ends at {time}.",
                         "Moved {n} items {minutes} later; the day now ends at {time}.", n) if delta > 0
                else ngettext("Moved {n} item {minutes} earlier; the day now ends at {time}.",
                              "Moved {n} items {minutes} earlier; the day now ends at {time}.", n))
        message = said.format(n=n, minutes=_minutes(abs(delta)), time=format_hhmm(new.planned_end))
    if not ok:
        earliest_time = format_hhmm(first.start + earliest)
        if delta == 0:
            message = _("{title} cannot start any earlier: the item before it ends at {time}.").format(
                title=first.entry.title, time=earliest_time)
        else:
            message = _("{title} can only move to {time}, when the item before it ends.").format(
                title=first.entry.title, time=earliest_time) + " " + message
    message += _day_end_note(schedule, new.planned_end)
    return ReplanResult(ok, message, changes, new_entries)


# -- compress --------------------------------------------------------------------------


def _proportional_cuts(minutes: Sequence[int], need: int, floor: int) -> list[int]:
    """Whole-minute cuts summing to `need`, in proportion to each item's length.

    Items that would drop below `floor` stop at it and the others share the
    rest; items already at or below `floor` are not cut. Leftover minutes go by
    largest remainder (ties: the longer item, then the earlier one). Assumes
    `need` is at most the total above the floor.
    """
    cuts = [0] * len(minutes)
    active = [i for i, m in enumerate(minutes) if m > floor]
    left = need
    while active:
        total = sum(minutes[i] for i in active)
        ideal = {i: Fraction(left * minutes[i], total) for i in active}
        capped = [i for i in active if minutes[i] - ideal[i] < floor]
        if not capped:
            break
        for i in capped:
            cuts[i] = minutes[i] - floor
            left -= cuts[i]
        active = [i for i in active if i not in capped]
    if not active:
        return cuts
    for i in active:
        cuts[i] = int(ideal[i])  # floor of a non-negative Fraction
    leftover = left - sum(cuts[i] for i in active)
    by_remainder = sorted(active, key=lambda i: (-(ideal[i] - int(ideal[i])), -minutes[i], i))
    for i in by_remainder[:leftover]:
        cuts[i] += 1
    return cuts


def _minutes_ceil(value: float) -> int:
    """Whole minutes at or after `value`, ignoring sub-second float noise."""
    seconds = round(value * 60)
    return -(-seconds // 60)


def compress_to_next_fixed(
    schedule: DaySchedule, from_index: int, projected_start: float, min_minutes: int = 5
) -> ReplanResult:
    """Shrink the flexible items before the next fixed start so that it holds.

    `from_index` is the first entry that may shrink (e.g. the one after the
    running item) and `projected_start` (local minutes) when it can start
    (e.g. the running item's projected end). The items up to the next fixed
    entry shrink in proportion, in whole minutes, none below `min_minutes`
    (items already shorter keep their length). With no fixed entry ahead, the
    end of the day is the time to hold. If even the minimums cannot make it,
    the result is the best possible, `ok` is False and the message says by how
    much it still misses.
    """
    if not 0 <= from_index < len(schedule.entries):
        return _nothing_left(schedule)
    planned_start = schedule.entries[from_index].start
    start0 = max(_minutes_ceil(projected_start), planned_start)  # early days keep their times
    entries = [s.entry for s in schedule.entries]
    fixed_index = next(
        (i for i in range(from_index, len(entries)) if entries[i].fixed_start is not None), None
    )
    if fixed_index == from_index:
        return _fixed_comes_next(schedule, from_index, start0)
    stop = len(entries) if fixed_index is None else fixed_index
    target = schedule.day_end if fixed_index is None else entries[fixed_index].fixed_start
    assert target is not None
    flexible = entries[from_index:stop]
    minutes = [e.minutes for e in flexible]
    need = max(0, start0 + sum(minutes) - target)
    room = sum(max(0, m - min_minutes) for m in minutes)
    if need <= room:
        cuts = _proportional_cuts(minutes, need, min_minutes)
    else:
        cuts = [max(0, m - min_minutes) for m in minutes]

    rest = [replace(e, minutes=e.minutes - cut) for e, cut in zip(flexible, cuts)]
    rest += entries[stop:]
    if start0 > planned_start:  # running late: pin the new start
        rest[0] = replace(rest[0], fixed_start=start0)
    new_entries = tuple(entries[:from_index] + rest)
    placed = _layout(rest, start0)
    changes = _changes(schedule, from_index, placed)
    flexible_end = start0 + sum(m - c for m, c in zip(minutes, cuts))
    day_end = placed[-1][1] + placed[-1][0].minutes

    if fixed_index is None:
        title = ""
        holds = _("the day still ends by {time}")
        cannot = _("Cannot finish by {time}")
    else:
        title = entries[fixed_index].title
        holds = _("{title} still starts at {time}")
        cannot = _("Cannot keep {time} for {title}")
    holds = holds.format(time=format_hhmm(target), title=title)
    cannot = cannot.format(time=format_hhmm(target), title=title)
    if need > room:
        miss = flexible_end - target
        message = _("{cannot}: even at {least} minutes each the items end at {time}, {minutes} late.").format(
            cannot=cannot, least=min_minutes, time=format_hhmm(flexible_end), minutes=_minutes(miss))
        return ReplanResult(False, message, changes, new_entries)
    if need == 0:
        message = _("No change needed: {holds}.").format(holds=holds)
    else:
        shrunk = sum(1 for c in cuts if c)
        message = ngettext("Compressed {n} item by {minutes} in total; {holds}.",
                           "Compressed {n} items by {minutes} in total; {holds}.", shrunk).format(
            n=shrunk, minutes=_minutes(need), holds=holds)
    return ReplanResult(True, message + _day_end_note(schedule, day_end), changes, new_entries)


def _fixed_comes_next(schedule: DaySchedule, index: int, start0: int) -> ReplanResult:
    """Compress when the next entry is itself fixed: nothing can shrink."""
    entries = tuple(s.entry for s in schedule.entries)
    fixed = schedule.entries[index]
    assert fixed.entry.fixed_start is not None
    placed = _layout(entries[index:], start0)
    changes = _changes(schedule, index, placed)
    late = placed[0][1] - fixed.entry.fixed_start
    if late <= 0:
        message = _("No change needed: {title} still starts at {time}.").format(
            title=fixed.entry.title, time=format_hhmm(fixed.start))
        return ReplanResult(True, message, changes, entries)
    message = _("Nothing left to shorten before {title}; it will start {minutes} late, at {time}.").format(
        title=fixed.entry.title, minutes=_minutes(late), time=format_hhmm(placed[0][1]))
    return ReplanResult(False, message, changes, entries)


# -- shorten or drop -------------------------------------------------------------------


def shorten_or_drop(
    schedule: DaySchedule, from_index: int, new_minutes: Mapping[int, int], drop: set[int]
) -> ReplanResult:
    """Give chosen items new lengths and leave others out, from `from_index` on.

    Items that are already done, unknown, or given a negative length are left
    as they are; `ok` is then False and the message names how many.
    """
    entries = [s.entry for s in schedule.entries]
    from_index = max(0, min(from_index, len(entries)))
    open_ids = {e.item_id for e in entries[from_index:]}
    skipped = {i for i in drop if i not in open_ids}
    skipped |= {i for i, m in new_minutes.items() if i not in open_ids or m < 0}
    rest = []
    for entry in entries[from_index:]:
        if entry.item_id in drop:
            continue
        wanted = new_minutes.get(entry.item_id)
        if wanted is not None and wanted >= 0:
            entry = replace(entry, minutes=wanted)
        rest.append(entry)
    new_entries = tuple(entries[:from_index] + rest)
    new = compute_schedule(schedule.day_start, schedule.day_end, new_entries)
    placed = [(s.entry, s.start) for s in new.entries[from_index:]]
    changes = _changes(schedule, from_index, placed)

    dropped = sum(1 for c in changes if c.dropped)
    shortened = sum(1 for c in changes if not c.dropped and c.new_minutes < c.old_minutes)
    lengthened = sum(1 for c in changes if not c.dropped and c.new_minutes > c.old_minutes)
    parts = []
    if shortened:
        parts.append(ngettext("shortened {n} item", "shortened {n} items", shortened).format(n=shortened))
    if lengthened:
        parts.append(ngettext("lengthened {n} item", "lengthened {n} items", lengthened).format(n=lengthened))
    if dropped:
        parts.append(ngettext("dropped {n} item", "dropped {n} items", dropped).format(n=dropped))
    if parts:
        what = ", ".join(parts[:-1]) + (_(" and ") if len(parts) > 1 else "") + parts[-1]
        message = _("{what}; the day now ends at {time}.").format(what=f"{what[0].upper()}{what[1:]}",
                                                                    time=format_hhmm(new.planned_end))
    else:
        message = _("Nothing changed.")
    for s in new.entries[from_index:]:
        if s.late_by > 0:
            message += " " + _("{title} will start {minutes} late, at {time}.").format(
                title=s.entry.title, minutes=_minutes(s.late_by), time=format_hhmm(s.start))
    message += _day_end_note(schedule, new.planned_end)
    if skipped:
        message += " " + ngettext("Left {n} item as planned: already done, not on this day, or given a negative "
                                  "length.", "Left {n} items as planned: already done, not on this day, or given a "
                                  "negative length.", len(skipped)).format(n=len(skipped))
    return ReplanResult(not skipped, message, changes, new_entries)


# -- compress to finish by a time ------------------------------------------------------


def _floor_plan(entries: Sequence[AgendaEntry], min_minutes: int) -> list[AgendaEntry]:
    return [e if e.fixed_start is not None else replace(e, minutes=min(e.minutes, min_minutes))
            for e in entries]


def compress_to_finish(
    schedule: DaySchedule,
    from_index: int,
    projected_start: float,
    finish_by: int,
    min_minutes: int = 5,
) -> ReplanResult:
    """Shrink the rest of the day so that it ends by `finish_by` (local minutes).

    Fixed items keep their times and their lengths. The flexible items between
    two fixed items (and after the last one, up to `finish_by`) shrink in
    proportion, in whole minutes, none below `min_minutes` (items already
    shorter keep their length). When no plan can fit (a fixed item runs past
    the time, or even the minimums overrun), the result is the closest one,
    `ok` is False and the message says what stands in the way.
    """
    if not 0 <= from_index < len(schedule.entries):
        return _nothing_left(schedule)
    entries = [s.entry for s in schedule.entries]
    planned_start = schedule.entries[from_index].start
    start0 = max(_minutes_ceil(projected_start), planned_start)
    rest = entries[from_index:]
    when = format_hhmm(finish_by)

    blocking = next((e for e in rest if e.fixed_start is not None and e.fixed_start + e.minutes > finish_by), None)
    if blocking is not None:
        assert blocking.fixed_start is not None
        message = _("Cannot finish by {when}: {title} is fixed at {start} and runs until {end}. Choose a later "
                    "time, or change that item in the Agenda tab.").format(
            when=when, title=blocking.title, start=format_hhmm(blocking.fixed_start),
            end=format_hhmm(blocking.fixed_start + blocking.minutes))
        return ReplanResult(False, message, (), tuple(entries))

    new_rest: list[AgendaEntry] = []
    problems: list[str] = []
    cut_total = 0
    shrunk = 0
    cursor = start0
    segment: list[AgendaEntry] = []

    def close_segment(target: int, fixed: AgendaEntry | None) -> None:
        nonlocal cursor, cut_total, shrunk
        minutes = [e.minutes for e in segment]
        need = max(0, cursor + sum(minutes) - target)
        room = sum(max(0, m - min_minutes) for m in minutes)
        if need <= room:
            cuts = _proportional_cuts(minutes, need, min_minutes)
        else:
            cuts = [max(0, m - min_minutes) for m in minutes]
        new_rest.extend(replace(e, minutes=e.minutes - c) for e, c in zip(segment, cuts))
        cut_total += sum(cuts)
        shrunk += sum(1 for c in cuts if c)
        cursor += sum(m - c for m, c in zip(minutes, cuts))
        if cursor > target:
            late = cursor - target
            if not segment and fixed is not None:
                problems.append(_("{title} can start no earlier than {time}, {minutes} after its fixed time").format(
                    title=fixed.title, time=format_hhmm(cursor), minutes=_minutes(late)))
            elif not segment:
                problems.append(_("the day cannot end before {time}").format(time=format_hhmm(cursor)))
            elif fixed is None:
                problems.append(_("even at {least} minutes each the day ends at {time}, {minutes} late").format(
                    least=min_minutes, time=format_hhmm(cursor), minutes=_minutes(late)))
            else:
                problems.append(_("even at {least} minutes each the items before {title} end at {time}, {minutes} "
                                  "after its fixed start").format(least=min_minutes, title=fixed.title,
                                                                  time=format_hhmm(cursor), minutes=_minutes(late)))
        segment.clear()

    for entry in rest:
        if entry.fixed_start is None:
            segment.append(entry)
            continue
        close_segment(entry.fixed_start, entry)
        new_rest.append(entry)
        cursor = max(cursor, entry.fixed_start) + entry.minutes
    close_segment(finish_by, None)

    if start0 > planned_start and new_rest[0].fixed_start is None:  # running late: pin the new start
        new_rest[0] = replace(new_rest[0], fixed_start=start0)
    new_entries = tuple(entries[:from_index] + new_rest)
    placed = _layout(new_rest, start0)
    changes = _changes(schedule, from_index, placed)
    day_end = placed[-1][1] + placed[-1][0].minutes

    if problems:
        return ReplanResult(False, _("Cannot finish by {when}: {problems}.").format(when=when, problems="; ".join(problems)),
                            changes, new_entries)
    kept = [e.title for e in rest if e.fixed_start is not None]
    keeps = ""
    if kept:
        keeps = " " + (_("{title} keeps its time.").format(title=kept[0]) if len(kept) == 1
                       else _("The fixed items keep their times."))
    if cut_total == 0 and not changes:
        message = _("No change needed: the day ends at {time}, by {when}.").format(time=format_hhmm(day_end), when=when)
    elif cut_total == 0:
        message = _("Nothing needs shortening: the rest of the day starts at {start} and ends at {time}, by "
                    "{when}.").format(start=format_hhmm(start0), time=format_hhmm(day_end), when=when)
    else:
        message = ngettext("Compressed {n} item by {minutes} in total; the day now ends at {time}, by {when}.",
                           "Compressed {n} items by {minutes} in total; the day now ends at {time}, by {when}.",
                           shrunk).format(n=shrunk, minutes=_minutes(cut_total), time=format_hhmm(day_end), when=when)
    return ReplanResult(True, message + keeps, changes, new_entries)
