"""Day status across a daylight-saving change: real seconds, local words (America/Los_Angeles)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.agenda.schedule import AgendaEntry, DayClock, compute_schedule, day_status, format_hhmm

LA = ZoneInfo("America/Los_Angeles")
SPRING = dt.date(2027, 3, 14)  # 02:00 PST becomes 03:00 PDT
FALL = dt.date(2027, 11, 7)    # 02:00 PDT becomes 01:00 PST


def at(date: dt.date, hour: int, minute: int = 0, fold: int = 0) -> float:
    return dt.datetime(date.year, date.month, date.day, hour, minute, tzinfo=LA, fold=fold).timestamp()


NIGHT = [
    AgendaEntry(1, "Night shift", 120),
    AgendaEntry(2, "Dawn check-in", 30),
    AgendaEntry(3, "Sunrise circle", 30, fixed_start=5 * 60),
]


def test_day_clock_round_trips_local_minutes_on_both_sides_of_the_change():
    clock = DayClock(SPRING, LA)
    assert clock.epoch(60) == at(SPRING, 1)
    assert clock.epoch(4 * 60) == at(SPRING, 4)
    assert clock.epoch(4 * 60) - clock.epoch(60) == 2 * 3600, "01:00 to 04:00 is two real hours that night"
    assert clock.minutes(at(SPRING, 3, 30)) == 210
    assert clock.minutes(at(SPRING, 1) + 25 * 3600) == 24 * 60 + 3 * 60, "the next day keeps counting"


def test_on_time_through_the_spring_forward_night():
    day = compute_schedule(60, 6 * 60, NIGHT)
    clock = DayClock(SPRING, LA)
    # The night shift started at 01:00 PST; an hour of real time later the wall reads 03:00 PDT.
    now = at(SPRING, 1) + 3600
    status = day_status(day, 0, 3600, now, clock)
    assert status.behind_minutes == pytest.approx(0)
    # 04:00 PDT + 30 min check-in = 04:30; the sunrise circle waits for 05:00 and ends 05:30.
    assert format_hhmm(status.projected_end) == "05:30"
    assert status.next_fixed_late_minutes == pytest.approx(0)


def test_ten_minutes_late_through_the_spring_forward_night_is_ten_minutes():
    day = compute_schedule(60, 6 * 60, NIGHT)
    status = day_status(day, 0, 3600 + 600, at(SPRING, 1) + 3600, DayClock(SPRING, LA))
    assert status.behind_minutes == pytest.approx(10)


def test_on_time_through_the_fall_back_night():
    day = compute_schedule(30, 6 * 60, NIGHT)  # starts 00:30 PDT
    clock = DayClock(FALL, LA)
    now = at(FALL, 0, 30) + 90 * 60  # the wall reads 01:00 again, now PST
    assert now == at(FALL, 1, 0, fold=1)
    status = day_status(day, 0, 30 * 60, now, clock)
    assert status.behind_minutes == pytest.approx(0)
    # Night shift ends 01:30 PST, check-in until 02:00, the circle waits for 05:00 and ends 05:30.
    assert format_hhmm(status.projected_end) == "05:30"


def test_the_morning_after_the_change_is_on_time():
    day = compute_schedule(8 * 60 + 30, 16 * 60, [AgendaEntry(1, "Welcome", 30), AgendaEntry(2, "Data dive", 60)])
    status = day_status(day, 0, 20 * 60, at(SPRING, 8, 40), DayClock(SPRING, LA))
    assert status.behind_minutes == pytest.approx(0)
    assert format_hhmm(status.projected_end) == "10:00"


entries = st.lists(
    st.tuples(st.integers(0, 90), st.one_of(st.none(), st.integers(0, 23 * 60))), min_size=1, max_size=8,
).map(lambda rows: [AgendaEntry(i, f"Item {i}", m, f) for i, (m, f) in enumerate(rows)])


@given(st.integers(0, 12 * 60), entries, st.integers(-3600, 3600), st.data())
def test_behind_is_the_same_in_a_zone_as_without_one_away_from_a_change(day_start, rows, late, data):
    """On an ordinary date the zone changes the words, never the arithmetic."""
    day = compute_schedule(day_start, 24 * 60, rows)
    index = data.draw(st.integers(0, len(day.entries) - 1))
    current = day.entries[index]
    remaining = current.entry.minutes * 60 / 2 + late
    now_minutes = current.start + current.entry.minutes / 2
    plain = day_status(day, index, remaining, now_minutes)
    clock = DayClock(dt.date(2027, 1, 21), LA)
    zoned = day_status(day, index, remaining, clock.epoch(now_minutes), clock)
    assert zoned.behind_minutes == pytest.approx(plain.behind_minutes, abs=1e-6)
    assert zoned.projected_end == pytest.approx(plain.projected_end, abs=1e-6)
    assert zoned.next_fixed_late_minutes == pytest.approx(plain.next_fixed_late_minutes, abs=1e-6)
