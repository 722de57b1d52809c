"""Compress the rest of the day so that it finishes by a chosen time, fixed items kept."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.domain.agenda.replan import compress_to_finish
from app.domain.agenda.schedule import AgendaEntry, compute_schedule, format_hhmm

NINE, FOUR = 540, 960

DAY = [
    AgendaEntry(1, "Welcome", 30),
    AgendaEntry(2, "Data dive", 60),
    AgendaEntry(3, "Break", 15),
    AgendaEntry(4, "Consultancy", 50),
    AgendaEntry(5, "Lunch", 45, fixed_start=720),
    AgendaEntry(6, "Team planning", 90),
    AgendaEntry(7, "Gallery walk", 60),
    AgendaEntry(8, "Closing", 30),
]  # ends 15:45 with 15 minutes of slack before lunch


def starts(entries):
    return {s.entry.title: format_hhmm(s.start) for s in compute_schedule(NINE, FOUR, entries).entries}


def test_finish_by_1500_shrinks_the_afternoon_and_keeps_lunch():
    day = compute_schedule(NINE, FOUR, DAY)
    result = compress_to_finish(day, 1, 570, 15 * 60)
    assert result.ok, result.message
    new = compute_schedule(NINE, FOUR, result.new_entries)
    assert new.planned_end == 15 * 60
    assert starts(result.new_entries)["Lunch"] == "12:00"
    minutes = {e.title: e.minutes for e in result.new_entries}
    assert minutes["Lunch"] == 45 and minutes["Data dive"] == 60, "the morning fits: left alone"
    assert sum(minutes[t] for t in ("Team planning", "Gallery walk", "Closing")) == 135
    assert minutes["Team planning"] > minutes["Gallery walk"] > minutes["Closing"], "in proportion"
    assert result.message == ("Compressed 3 items by 45 minutes in total; the day now ends at 15:00, by 15:00. "
                              "Lunch keeps its time.")


def test_running_late_the_morning_shrinks_to_keep_lunch_and_the_afternoon_to_finish():
    day = compute_schedule(NINE, FOUR, DAY)
    # The data dive runs 30 minutes long: the break can start at 11:00 rather than 10:30.
    result = compress_to_finish(day, 2, 660, 15 * 60 + 30)
    assert result.ok, result.message
    new = compute_schedule(NINE, FOUR, result.new_entries)
    assert starts(result.new_entries)["Break"] == "11:00"
    assert starts(result.new_entries)["Lunch"] == "12:00" and new.entries[4].late_by == 0
    assert new.planned_end == 15 * 60 + 30


def test_a_fixed_item_past_the_time_makes_it_impossible_and_says_which():
    fixed_close = DAY[:-1] + [AgendaEntry(8, "Closing", 30, fixed_start=15 * 60 + 30)]
    day = compute_schedule(NINE, FOUR, fixed_close)
    result = compress_to_finish(day, 1, 570, 15 * 60)
    assert not result.ok and result.changes == ()
    assert result.message == ("Cannot finish by 15:00: Closing is fixed at 15:30 and runs until 16:00. "
                              "Choose a later time, or change that item in the Agenda tab.")


def test_when_even_the_minimums_overrun_it_says_by_how_much_and_plans_no_item_below_them():
    day = compute_schedule(NINE, FOUR, DAY)
    result = compress_to_finish(day, 5, 765, 13 * 60 + 10, min_minutes=10)
    assert not result.ok
    assert result.message == ("Cannot finish by 13:10: even at 10 minutes each the day ends at 13:15, "
                              "5 minutes late.")
    assert [e.minutes for e in result.new_entries[5:]] == [10, 10, 10]


def test_the_morning_cannot_keep_lunch():
    day = compute_schedule(NINE, FOUR, DAY)
    result = compress_to_finish(day, 2, 715, 15 * 60 + 30)  # the break cannot start before 11:55
    assert not result.ok
    assert "the items before Lunch end at 12:05, 5 minutes after its fixed start" in result.message
    assert [e.minutes for e in result.new_entries[2:4]] == [5, 5]


entries_strategy = st.lists(
    st.tuples(st.integers(0, 90), st.one_of(st.none(), st.integers(480, 1000))), min_size=1, max_size=10,
).map(lambda rows: [AgendaEntry(i, f"Item {i}", m, f) for i, (m, f) in enumerate(rows)])


@given(entries_strategy, st.integers(1, 20), st.integers(600, 1300), st.data())
def test_finish_by_properties(entries, floor, finish_by, data):
    day = compute_schedule(NINE, 1200, entries)
    index = data.draw(st.integers(0, len(day.entries) - 1))
    late = data.draw(st.integers(0, 120))
    projected = day.entries[index].start + late
    result = compress_to_finish(day, index, projected, finish_by, floor)
    new = {e.item_id: e for e in result.new_entries}
    assert list(new) == [s.entry.item_id for s in day.entries], "nothing dropped, order kept"
    for s in day.entries[:index]:
        assert new[s.entry.item_id] == s.entry, "what is done or running never changes"
    for s in day.entries[index:]:
        old, now = s.entry, new[s.entry.item_id]
        assert now.minutes <= old.minutes, "compress never lengthens"
        assert now.minutes >= min(old.minutes, floor), "never planned below the minimum"
        if old.fixed_start is not None:
            assert (now.fixed_start, now.minutes) == (old.fixed_start, old.minutes), "fixed items keep their times"
    # ok exactly when the tightest possible plan (every flexible item at the floor) fits.
    tight = [s.entry for s in day.entries[:index]] + [
        e if e.fixed_start is not None else AgendaEntry(e.item_id, e.title, min(e.minutes, floor), None, e.kind)
        for e in (s.entry for s in day.entries[index:])]
    cursor = max(-(-projected // 1), day.entries[index].start)
    fits = True
    for e in tight[index:]:
        if e.fixed_start is not None:
            fits &= cursor <= e.fixed_start
            cursor = max(cursor, e.fixed_start)
        cursor += e.minutes
    fits &= cursor <= finish_by
    assert result.ok == fits, result.message
    if result.ok:
        laid = compute_schedule(NINE, 1200, result.new_entries)
        assert laid.planned_end <= finish_by
        assert all(s.late_by == 0 for s in laid.entries[index:])


def test_when_the_next_item_is_fixed_and_already_late_it_says_so_plainly():
    day = compute_schedule(NINE, FOUR, DAY)
    result = compress_to_finish(day, 4, 730, 15 * 60)  # the consultancy runs until 12:10
    assert not result.ok
    assert result.message.startswith(
        "Cannot finish by 15:00: Lunch can start no earlier than 12:10, 10 minutes after its fixed time")
