"""Re-planning a late day: previews the facilitator can trust."""

from __future__ import annotations

import math
from fractions import Fraction

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from app.domain.agenda.replan import compress_to_next_fixed, shift_rest, shorten_or_drop
from app.domain.agenda.schedule import AgendaEntry, compute_schedule

NINE, FOUR_THIRTY = 540, 990

DAY = [
    AgendaEntry(1, "Welcome", 30),
    AgendaEntry(2, "Data dive", 60),
    AgendaEntry(3, "Consultancy", 50),
    AgendaEntry(4, "Gallery walk", 25),
    AgendaEntry(5, "Lunch", 45, fixed_start=720, kind="meal"),
    AgendaEntry(6, "Team time", 90),
    AgendaEntry(7, "Closing circle", 30, fixed_start=900),
]


def day(entries=DAY, end=FOUR_THIRTY):
    return compute_schedule(NINE, end, entries)


def recomputed(schedule, result):
    return compute_schedule(schedule.day_start, schedule.day_end, result.new_entries)


# -- shift -----------------------------------------------------------------------------


def test_shift_moves_the_rest_of_the_day_fixed_starts_included():
    before = day()
    result = shift_rest(before, 2, 10)
    after = recomputed(before, result)
    assert result.ok
    assert [s.start for s in after.entries] == [540, 570, 640, 690, 730, 775, 910]
    assert result.new_entries[4].fixed_start == 730
    assert [c.item_id for c in result.changes] == [3, 4, 5, 6, 7]
    assert all(c.new_start - c.old_start == 10 for c in result.changes)
    assert result.message == "Moved 5 items 10 minutes later; the day now ends at 15:40."


def test_shift_says_when_the_day_runs_past_its_close():
    result = shift_rest(day(end=930), 2, 10)
    assert result.message == (
        "Moved 5 items 10 minutes later; the day now ends at 15:40. "
        "That is 10 minutes past the planned close at 15:30."
    )


def test_shift_earlier_uses_the_slack_before_a_fixed_start():
    before = day()
    result = shift_rest(before, 4, -15)  # lunch at 11:45, right after the gallery walk
    assert result.ok
    assert recomputed(before, result).entries[4].start == 705


def test_shift_earlier_than_possible_does_what_it_can_and_says_so():
    before = day()
    result = shift_rest(before, 4, -30)
    assert not result.ok
    assert recomputed(before, result).entries[4].start == 705
    assert result.message.startswith("Lunch can only move to 11:45, when the item before it ends.")
    stuck = shift_rest(before, 3, -5)
    assert not stuck.ok and stuck.changes == ()
    assert stuck.message == (
        "Gallery walk cannot start any earlier: the item before it ends at 11:20."
    )


def test_shift_by_nothing_or_past_the_end_changes_nothing():
    before = day()
    assert shift_rest(before, 2, 0).changes == ()
    past = shift_rest(before, 7, 10)
    assert not past.ok and past.changes == ()
    assert past.new_entries == tuple(DAY)


# -- compress --------------------------------------------------------------------------


def test_compress_shrinks_in_proportion_so_lunch_holds():
    before = day()
    # the data dive will end at 10:52:30 instead of 10:30
    result = compress_to_next_fixed(before, 2, 652.5)
    assert result.ok
    assert result.message == (
        "Compressed 2 items by 8 minutes in total; Lunch still starts at 12:00."
    )
    minutes = {c.item_id: (c.old_minutes, c.new_minutes) for c in result.changes}
    assert minutes == {3: (50, 45), 4: (25, 22)}  # 5.33 and 2.67: the larger remainder rounds up
    after = recomputed(before, result)
    assert after.entries[2].start == 653  # pinned where it can really start
    assert after.entries[4].start == 720 and after.entries[4].late_by == 0


def test_compress_impossible_reports_the_miss_and_does_its_best():
    before = day()
    result = compress_to_next_fixed(before, 2, 712)
    assert not result.ok
    assert result.message == (
        "Cannot keep 12:00 for Lunch: even at 5 minutes each the items end at 12:02, "
        "2 minutes late."
    )
    assert [c.new_minutes for c in result.changes[:2]] == [5, 5]
    assert recomputed(before, result).entries[4].late_by == 2


def test_compress_leaves_short_items_alone():
    entries = [
        AgendaEntry(1, "Stretch", 3),
        AgendaEntry(2, "Pair share", 20),
        AgendaEntry(3, "Quick write", 4),
        AgendaEntry(4, "Lunch", 30, fixed_start=600),
    ]
    before = compute_schedule(NINE, FOUR_THIRTY, entries)
    result = compress_to_next_fixed(before, 0, 580)
    assert result.ok
    assert [e.minutes for e in result.new_entries] == [3, 13, 4, 30]


def test_compress_with_no_fixed_item_ahead_holds_the_end_of_the_day():
    before = day(DAY[:6], end=855)  # team time is the last item, ending 14:15
    result = compress_to_next_fixed(before, 5, 770)  # it starts 5 minutes late
    assert result.ok
    assert result.message == "Compressed 1 item by 5 minutes in total; the day still ends by 14:15."
    assert recomputed(before, result).planned_end == 855


def test_compress_when_nothing_is_needed():
    before = day()
    result = compress_to_next_fixed(before, 2, 640)  # ten minutes late, 15 of slack
    assert result.ok
    assert result.message == "No change needed: Lunch still starts at 12:00."
    assert all(c.old_minutes == c.new_minutes for c in result.changes)
    assert recomputed(before, result).entries[4].start == 720


def test_compress_when_the_fixed_item_is_next():
    before = day()
    late = compress_to_next_fixed(before, 4, 725)
    assert not late.ok
    assert late.message == (
        "Nothing left to shorten before Lunch; it will start 5 minutes late, at 12:05."
    )
    fine = compress_to_next_fixed(before, 4, 710)
    assert fine.ok and fine.message == "No change needed: Lunch still starts at 12:00."


# -- shorten or drop -------------------------------------------------------------------


def test_shorten_and_drop():
    before = day()
    result = shorten_or_drop(before, 2, {3: 40}, {4})
    assert result.ok
    assert [e.item_id for e in result.new_entries] == [1, 2, 3, 5, 6, 7]
    dropped = [c for c in result.changes if c.dropped]
    assert [(c.item_id, c.new_minutes) for c in dropped] == [(4, 0)]
    assert result.message == "Shortened 1 item and dropped 1 item; the day now ends at 15:30."


def test_lengthening_past_a_fixed_start_warns_that_it_will_be_late():
    result = shorten_or_drop(day(), 2, {3: 100}, set())
    assert result.ok
    assert "Lunch will start 35 minutes late, at 12:35." in result.message
    assert "Closing circle" not in result.message  # 15:00 still has room


def test_shorten_refuses_items_already_done_or_unknown():
    before = day()
    result = shorten_or_drop(before, 2, {1: 10, 99: 5, 3: -4}, {2})
    assert not result.ok
    assert result.changes == ()
    assert result.new_entries == tuple(DAY)
    assert "Left 4 items as planned" in result.message


# -- properties ------------------------------------------------------------------------


@st.composite
def days(draw):
    """A day of flexible items with a few fixed starts, plus where to re-plan from."""
    rows = draw(st.lists(st.tuples(st.integers(0, 90), st.booleans()), min_size=1, max_size=10))
    entries, cursor = [], NINE
    for i, (minutes, fixed) in enumerate(rows):
        fixed_start = cursor + draw(st.integers(-10, 30)) if fixed else None
        entries.append(AgendaEntry(i, f"Item {i}", minutes, fixed_start))
        cursor = max(cursor, fixed_start or 0) + minutes
    schedule = compute_schedule(NINE, 1020, entries)
    return schedule, draw(st.integers(0, len(entries) - 1))


@settings(max_examples=300, deadline=None)
@given(days(), st.floats(-30, 180), st.integers(1, 10))
def test_compress_properties(day_and_index, late_minutes, floor):
    schedule, index = day_and_index
    projected = schedule.entries[index].start + late_minutes
    result = compress_to_next_fixed(schedule, index, projected, min_minutes=floor)
    old = [s.entry for s in schedule.entries]
    new = list(result.new_entries)
    assert new[:index] == old[:index]  # nothing before from_index changes
    assert len(new) == len(old)
    for before, after in zip(old[index:], new[index:]):
        assert after.minutes <= before.minutes
        assert after.minutes >= min(before.minutes, floor)  # never below the minimum
    fixed_at = next((i for i in range(index, len(old)) if old[i].fixed_start is not None), None)
    assume(fixed_at != index)  # nothing flexible to shrink: covered by an example
    start0 = max(math.ceil(round(projected * 60) / 60), schedule.entries[index].start)
    flexible = old[index:fixed_at]  # up to the fixed item, or to the end of the day
    target = schedule.day_end if fixed_at is None else old[fixed_at].fixed_start
    need = max(0, start0 + sum(e.minutes for e in flexible) - target)
    room = sum(max(0, e.minutes - floor) for e in flexible)
    removed = sum(o.minutes - n.minutes for o, n in zip(old, new))
    after = compute_schedule(schedule.day_start, schedule.day_end, new)
    flexible_end = after.entries[index + len(flexible) - 1].end
    if need <= room:
        assert result.ok
        assert removed == need  # exactly what was needed
        assert flexible_end <= target  # the fixed start (or the close) holds
        if fixed_at is not None:
            assert after.entries[fixed_at].start == target
        total = sum(e.minutes for e in flexible)
        ideal = [Fraction(need * e.minutes, total or 1) for e in flexible]
        if all(e.minutes - cut >= floor for e, cut in zip(flexible, ideal)):  # no one capped
            for e, cut, n in zip(flexible, ideal, new[index:]):
                assert abs((e.minutes - n.minutes) - cut) < 1  # in proportion, rounded
    else:
        assert not result.ok
        assert removed == room  # the best it can do
        assert flexible_end - target == need - room
        assert f"{need - room} minute" in result.message
    for change in result.changes:  # the preview matches the stored plan
        position = next(i for i, e in enumerate(new) if e.item_id == change.item_id)
        assert after.entries[position].start == change.new_start


@settings(max_examples=300, deadline=None)
@given(days(), st.integers(-60, 120))
def test_shift_properties(day_and_index, delta):
    schedule, index = day_and_index
    result = shift_rest(schedule, index, delta)
    after = compute_schedule(schedule.day_start, schedule.day_end, result.new_entries)
    previous_end = schedule.entries[index - 1].end if index else schedule.day_start
    slack = schedule.entries[index].start - previous_end
    moved = delta if delta >= -slack else -slack
    assert result.ok == (delta >= -slack)
    for old, new in zip(schedule.entries, after.entries):
        assert old.entry.minutes == new.entry.minutes
    for old, new in zip(schedule.entries[:index], after.entries[:index]):
        assert old == new  # nothing before from_index changes
    for old, new in zip(schedule.entries[index:], after.entries[index:]):
        assert new.start == old.start + moved  # every later start moves by exactly delta
    assert len(result.changes) == (0 if moved == 0 else len(schedule.entries) - index)


@settings(max_examples=200, deadline=None)
@given(days(), st.data())
def test_shorten_or_drop_properties(day_and_index, data):
    schedule, index = day_and_index
    rest_ids = [s.entry.item_id for s in schedule.entries[index:]]
    drop = set(data.draw(st.lists(st.sampled_from(rest_ids), max_size=3)))
    lengths = st.dictionaries(st.sampled_from(rest_ids), st.integers(0, 90), max_size=3)
    new_minutes = data.draw(lengths)
    result = shorten_or_drop(schedule, index, new_minutes, drop)
    assert result.ok
    old = [s.entry for s in schedule.entries]
    assert list(result.new_entries[:index]) == old[:index]
    kept = [e for e in old[index:] if e.item_id not in drop]
    assert [e.item_id for e in result.new_entries[index:]] == [e.item_id for e in kept]
    for entry in result.new_entries[index:]:
        assert entry.minutes == new_minutes.get(entry.item_id, old[entry.item_id].minutes)
    assert {c.item_id for c in result.changes if c.dropped} == drop
