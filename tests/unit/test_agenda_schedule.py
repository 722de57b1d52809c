"""The day laid out on the wall clock, and how the day is going live."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.agenda.schedule import AgendaEntry, compute_schedule, day_status, format_hhmm

NINE, FOUR_THIRTY = 540, 990

MORNING = [
    AgendaEntry(1, "Welcome and norms", 30),
    AgendaEntry(2, "Data dive", 60, kind="protocol"),
    AgendaEntry(3, "Break", 15, kind="break"),
    AgendaEntry(4, "Consultancy", 50, kind="protocol"),
    AgendaEntry(5, "Lunch", 45, fixed_start=720, kind="meal"),
    AgendaEntry(6, "Team planning", 90),
]


def starts(schedule):
    return [format_hhmm(s.start) for s in schedule.entries]


def test_items_run_back_to_back_and_lunch_waits_for_noon():
    day = compute_schedule(NINE, FOUR_THIRTY, MORNING)
    assert starts(day) == ["09:00", "09:30", "10:30", "10:45", "12:00", "12:45"]
    lunch = day.entries[4]
    assert (lunch.gap_before, lunch.late_by) == (25, 0)
    assert (day.planned_end, day.overrun) == (855, 0)


def test_a_fixed_start_that_cannot_be_met_starts_late_and_says_by_how_much():
    longer = [AgendaEntry(1, "Opening circle", 200), *MORNING[4:]]
    day = compute_schedule(NINE, FOUR_THIRTY, longer)
    lunch = day.entries[1]
    assert (format_hhmm(lunch.start), lunch.gap_before, lunch.late_by) == ("12:20", 0, 20)


def test_a_fixed_start_met_exactly_has_no_gap_and_is_not_late():
    day = compute_schedule(NINE, FOUR_THIRTY, [AgendaEntry(1, "A", 180), MORNING[4]])
    assert (day.entries[1].start, day.entries[1].gap_before, day.entries[1].late_by) == (720, 0, 0)


def test_overrun_counts_minutes_past_the_close():
    day = compute_schedule(NINE, 600, MORNING[:3])
    assert (day.planned_end, day.overrun) == (645, 45)


def test_an_empty_day_ends_where_it_starts():
    day = compute_schedule(NINE, FOUR_THIRTY, [])
    assert (day.entries, day.planned_end, day.overrun) == ((), NINE, 0)


def test_negative_minutes_are_refused():
    with pytest.raises(ValueError, match="Oops"):
        AgendaEntry(1, "Oops", -5)


@pytest.mark.parametrize(
    "minutes, text",
    [(545, "09:05"), (0, "00:00"), (720, "12:00"), (1439, "23:59"), (1450, "00:10"), (1591, "02:31"),
     (545.99, "09:05"), (-10, "23:50")],
)
def test_format_hhmm_reads_as_a_wall_clock(minutes, text):
    """Running late or rehearsing in the evening: after midnight the clock reads 02:31, never 26:31."""
    assert format_hhmm(minutes) == text


@pytest.mark.parametrize(
    "minutes, text",
    [(545, "09:05"), (1439, "23:59"), (1440, "00:00 next day"), (1568, "02:08 next day"),
     (-10, "23:50 the day before"), (2 * 1440 + 75, "01:15, 2 days later")],
)
def test_format_hhmm_says_when_the_day_changes(minutes, text):
    assert format_hhmm(minutes, say_day=True) == text


# -- live status -----------------------------------------------------------------------


def test_day_status_when_the_data_dive_runs_ten_minutes_long():
    day = compute_schedule(NINE, FOUR_THIRTY, MORNING)
    # 10:35 and the data dive (planned to end 10:30) still has 5 minutes to go
    status = day_status(day, 1, 300, 635)
    assert status.behind_minutes == 10
    assert status.next_fixed.entry.title == "Lunch"
    assert status.next_fixed_projected_start == 720  # the 25 minutes of slack absorb it
    assert status.projected_end == 855


def test_day_status_when_running_ahead():
    day = compute_schedule(NINE, FOUR_THIRTY, MORNING)
    status = day_status(day, 0, 0, 560)  # the welcome wrapped up at 09:20
    assert status.behind_minutes == -10
    assert status.next_fixed_projected_start == 720
    assert status.projected_end == 855


def test_day_status_counts_overtime_as_no_time_left_and_pushes_lunch():
    day = compute_schedule(NINE, FOUR_THIRTY, MORNING)
    now = 12 * 60 + 5.5  # 12:05:30, the consultancy (planned to end 11:35) still going
    status = day_status(day, 3, -1800, now)
    # 30.5 minutes over, but lunch had 25 minutes of slack: the rest of the day runs 5.5 late.
    assert status.behind_minutes == pytest.approx(5.5)
    assert status.next_fixed_late_minutes == pytest.approx(5.5)
    assert status.next_fixed_projected_start == pytest.approx(now)  # lunch as soon as it ends
    assert status.projected_end == pytest.approx(now + 45 + 90)


def test_day_status_late_past_a_fixed_start():
    day = compute_schedule(NINE, FOUR_THIRTY, MORNING)
    status = day_status(day, 3, 1200, 700)  # 20 minutes left at 11:40
    assert status.next_fixed_projected_start == 720
    status = day_status(day, 3, 1800, 700)  # 30 minutes left at 11:40
    assert status.next_fixed_projected_start == 730
    assert status.projected_end == 730 + 45 + 90


def test_day_status_without_a_fixed_item_ahead():
    day = compute_schedule(NINE, FOUR_THIRTY, MORNING)
    status = day_status(day, 5, 60 * 30, 800)
    assert (status.next_fixed, status.next_fixed_projected_start) == (None, None)
    assert status.projected_end == 830


def test_day_status_needs_a_real_position():
    day = compute_schedule(NINE, FOUR_THIRTY, MORNING)
    with pytest.raises(IndexError):
        day_status(day, 6, 0, 600)


# -- properties ------------------------------------------------------------------------

entries_strategy = st.lists(
    st.tuples(st.integers(0, 120), st.one_of(st.none(), st.integers(480, 1080))),
    max_size=12,
).map(lambda rows: [AgendaEntry(i, f"Item {i}", m, f) for i, (m, f) in enumerate(rows)])


@given(st.integers(420, 600), st.integers(600, 1200), entries_strategy)
def test_schedule_invariants(day_start, day_end, entries):
    day = compute_schedule(day_start, day_end, entries)
    cursor = day_start
    for s in day.entries:
        assert s.start == cursor + s.gap_before
        assert s.end == s.start + s.entry.minutes
        if s.entry.fixed_start is None:
            assert (s.gap_before, s.late_by) == (0, 0)
        else:
            assert s.start == max(cursor, s.entry.fixed_start)
            assert s.late_by == max(0, cursor - s.entry.fixed_start)
            assert s.gap_before == 0 or s.late_by == 0
        cursor = s.end
    assert day.planned_end == cursor
    assert day.overrun == max(0, cursor - day_end)
    assert day.planned_end == day_start + sum(e.minutes for e in entries) + sum(
        s.gap_before for s in day.entries
    )


@given(st.integers(420, 600), entries_strategy, st.data())
def test_status_on_time_matches_the_plan(day_start, entries, data):
    day = compute_schedule(day_start, 1200, entries)
    if not day.entries:
        return
    index = data.draw(st.integers(0, len(day.entries) - 1))
    current = day.entries[index]
    elapsed = data.draw(st.integers(0, current.entry.minutes))
    status = day_status(day, index, (current.entry.minutes - elapsed) * 60, current.start + elapsed)
    assert status.behind_minutes == 0
    assert status.projected_end == day.planned_end
