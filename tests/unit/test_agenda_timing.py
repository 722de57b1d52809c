"""The timing engine, example by example, as a facilitator would use it."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from app.domain.agenda import (
    EventKind,
    Plan,
    PlanItem,
    TimerEvent,
    Zone,
    adjust,
    auto_advance_due,
    back,
    fold,
    format_clock,
    goto,
    next_,
    start_or_pause,
)
from app.domain.clock import FakeClock

T0 = 1_790_000_000.0

WELCOME = PlanItem(1, 600)  # 10 minutes, no steps
CONSULTANCY = PlanItem(2, 480, step_seconds=(60, 120, 300))  # 1 + 2 + 5 minutes
CLOSING = PlanItem(3, 300)
PLAN = Plan((WELCOME, CONSULTANCY, CLOSING))


class Room:
    """A facilitator at the keyboard: commands append events to a stored log."""

    def __init__(self, plan: Plan = PLAN, start: float = T0) -> None:
        self.plan = plan
        self.clock = FakeClock(start)
        self.events: list[TimerEvent] = []

    @property
    def snap(self):
        return fold(self.events, self.plan)

    def press(self, command, *args) -> list[TimerEvent]:
        new = command(self.snap, self.plan, self.clock.now(), *args)
        self.events.extend(new)
        return new

    def wait(self, seconds: float) -> None:
        self.clock.advance(seconds)

    def view(self):
        return self.snap.view(self.clock.now())


# -- countdown basics ------------------------------------------------------------------


def test_start_shows_the_full_planned_time_and_runs():
    room = Room()
    room.press(start_or_pause)
    view = room.view()
    assert (view.item_id, view.step, view.running) == (1, None, True)
    assert view.item.text == "10:00"
    assert view.item.zone is Zone.NORMAL and view.item.label == ""
    assert view.step_countdown is None


def test_remaining_comes_from_the_clock_not_from_ticks():
    room = Room()
    room.press(start_or_pause)
    room.wait(1.5)
    assert room.view().item.display_seconds == 599  # ceil(598.5)
    assert room.view().item.text == "09:59"
    room.wait(598.5)
    assert room.view().item.text == "00:00"
    assert room.view().item.zone is Zone.ZERO and room.view().item.label == "Time"


def test_pause_freezes_and_pauses_compose():
    room = Room()
    room.press(start_or_pause)
    room.wait(100)
    room.press(start_or_pause)  # pause
    room.wait(1000)
    assert room.view().item.elapsed == 100
    assert room.view().running is False and room.view().next_change_in is None
    room.press(start_or_pause)  # resume
    room.wait(50)
    room.press(start_or_pause)  # pause
    room.wait(7)
    room.press(start_or_pause)  # resume
    room.wait(25)
    assert room.view().item.elapsed == 175
    assert room.view().item.text == "07:05"


@pytest.mark.parametrize("delta, text", [(60, "11:00"), (-60, "09:00"), (300, "15:00")])
def test_adjust_changes_the_allotted_time(delta, text):
    room = Room()
    room.press(start_or_pause)
    room.press(adjust, delta)
    assert room.view().item.text == text
    assert room.view().item.allotted == 600 + delta


def test_adjust_while_paused_counts_and_keeps_it_paused():
    room = Room()
    room.press(start_or_pause)
    room.wait(30)
    room.press(start_or_pause)
    room.press(adjust, 60)
    room.press(adjust, 60)
    room.press(adjust, -60)
    assert room.view().running is False
    assert room.view().item.remaining == 600 + 60 - 30


def test_taking_time_away_stops_at_zero_rather_than_inventing_overtime():
    room = Room()
    room.press(start_or_pause)
    room.wait(570)
    room.press(adjust, -60)  # only 30 s were left
    assert room.view().item.text == "00:00"
    assert room.press(adjust, -60) == []  # nothing left to take


def test_adjust_on_a_step_also_moves_its_item():
    room = Room()
    room.press(goto, 2)
    room.press(adjust, 60)
    view = room.view()
    assert view.step_countdown.allotted == 120
    assert view.item.allotted == 540
    room.press(next_)
    assert room.view().step_countdown.allotted == 120  # the next step keeps its plan
    assert room.view().item.allotted == 540


def test_adjust_when_idle_does_nothing():
    room = Room()
    assert room.press(adjust, 60) == []


# -- zones, words and text -------------------------------------------------------------


@pytest.mark.parametrize(
    "waited, text, zone, label",
    [
        (0, "10:00", Zone.NORMAL, ""),
        (479.5, "02:01", Zone.NORMAL, ""),
        (480, "02:00", Zone.WARNING, "Wrapping up"),
        (599.5, "00:01", Zone.WARNING, "Wrapping up"),
        (600, "00:00", Zone.ZERO, "Time"),
        (600.9, "00:00", Zone.ZERO, "Time"),
        (601, "+00:01", Zone.OVERTIME, "Overtime"),
        (683, "+01:23", Zone.OVERTIME, "Overtime"),
    ],
)
def test_zones_have_words_as_well_as_colours(waited, text, zone, label):
    room = Room()
    room.press(start_or_pause)
    room.wait(waited)
    item = room.view().item
    assert (item.text, item.zone, item.label) == (text, zone, label)


@pytest.mark.parametrize(
    "seconds, text",
    [(599, "09:59"), (0, "00:00"), (-83, "+01:23"), (3900, "1:05:00"), (-3723, "+1:02:03"),
     (3600, "1:00:00"), (59, "00:59")],
)
def test_format_clock(seconds, text):
    assert format_clock(seconds) == text


def test_progress_runs_from_zero_to_one_and_stays_there():
    room = Room()
    room.press(start_or_pause)
    assert room.view().item.progress == 0
    room.wait(150)
    assert room.view().item.progress == pytest.approx(0.25)
    room.wait(1000)
    assert room.view().item.progress == 1


def test_steps_warn_in_proportion_to_their_length():
    room = Room()
    room.press(goto, 2)  # first step: 60 s
    room.wait(44)
    assert room.view().step_countdown.zone is Zone.NORMAL
    room.wait(1)
    assert room.view().step_countdown.zone is Zone.WARNING  # last quarter: 15 s
    assert room.view().item.zone is Zone.NORMAL  # 7:15 left of the item


# -- moving through the agenda ---------------------------------------------------------


def test_next_walks_through_steps_then_items_then_stops():
    room = Room()
    room.press(start_or_pause)
    seen = [(room.view().item_id, room.view().step)]
    for _ in range(5):
        room.wait(10)
        room.press(next_)
        seen.append((room.view().item_id, room.view().step))
    assert seen == [(1, None), (2, 0), (2, 1), (2, 2), (3, None), (None, None)]
    assert room.events[-1].kind is EventKind.STOP
    assert room.view().item is None and room.view().next_change_in is None


def test_item_countdown_covers_the_whole_item_across_its_steps():
    room = Room()
    room.press(goto, 2)
    room.wait(60)
    room.press(next_)
    room.wait(30)
    view = room.view()
    assert view.step_countdown.text == "01:30"
    assert view.item.text == "06:30"  # 8:00 - 1:30


def test_back_resumes_where_the_earlier_step_left_off():
    room = Room()
    room.press(goto, 2)
    room.wait(40)
    room.press(next_)
    room.wait(100)
    room.press(back)
    assert (room.view().step, room.view().step_countdown.text) == (0, "00:20")
    assert room.view().item.elapsed == 140
    room.wait(5)
    assert room.view().step_countdown.text == "00:15"


def test_back_from_an_items_first_step_goes_to_the_previous_items_last_step():
    room = Room()
    room.press(goto, 3)
    room.press(back)
    assert (room.view().item_id, room.view().step) == (2, 2)
    room.press(back)
    room.press(back)
    room.press(back)
    assert (room.view().item_id, room.view().step) == (1, None)
    assert room.press(back) == []  # nothing before the first item


def test_next_and_back_always_run_even_from_pause():
    room = Room()
    room.press(start_or_pause)
    room.press(start_or_pause)  # paused
    room.press(next_)
    assert room.view().running is True
    room.press(start_or_pause)  # paused
    room.press(back)
    assert room.view().running is True


def test_goto_jumps_anywhere_and_rejects_what_is_not_there():
    room = Room()
    room.press(goto, 2, 1)
    assert (room.view().item_id, room.view().step) == (2, 1)
    assert room.press(goto, 99) == []
    assert room.press(goto, 2, 3) == []
    assert room.press(goto, 1, 0) == []  # the welcome has no steps


def test_stop_ends_the_day_and_start_picks_up_with_the_next_item():
    room = Room()
    room.press(start_or_pause)
    room.wait(600)
    room.press(next_)
    room.wait(480)
    room.events.append(TimerEvent(EventKind.STOP, room.clock.now()))  # end of day 1
    assert room.view().item is None
    ended = room.snap.actual(2)
    assert ended.ended_at == T0 + 1080
    room.clock.set(T0 + 20 * 3600)  # next morning
    room.press(start_or_pause)
    assert room.view().item_id == 3
    assert room.view().item.text == "05:00"


def test_back_after_an_accidental_stop_restores_the_last_step():
    room = Room()
    room.press(goto, 3)
    room.wait(200)
    room.press(next_)  # one press too many: STOP
    room.wait(10)
    room.press(back)
    view = room.view()
    assert (view.item_id, view.running, view.item.text) == (3, True, "01:40")


def test_start_after_the_last_item_has_nothing_left_to_start():
    room = Room()
    room.press(goto, 3)
    room.press(next_)
    assert room.press(start_or_pause) == []


# -- actuals ---------------------------------------------------------------------------


def test_actuals_keep_first_start_last_end_and_total_elapsed():
    room = Room()
    room.press(start_or_pause)
    room.wait(300)
    room.press(next_)
    room.wait(60)
    room.press(adjust, 30)
    room.wait(20)
    room.press(back)  # back to the welcome for a while
    room.wait(40)
    room.press(next_)
    room.wait(10)
    snap = room.snap
    welcome = snap.actual(1)
    assert (welcome.started_at, welcome.ended_at, welcome.elapsed) == (T0, T0 + 420, 340)
    consult = snap.actual(2)
    assert consult.started_at == T0 + 300 and consult.ended_at is None
    assert consult.elapsed == 80  # counted up to the last event
    assert snap.actual(2, now=room.clock.now()).elapsed == 90
    assert consult.adjusted == 30 and consult.allotted == 510
    step0 = snap.step_actual(2, 0, now=room.clock.now())
    assert (step0.elapsed, step0.adjusted, step0.allotted) == (90, 30, 90)
    never = snap.actual(3)
    assert (never.started_at, never.elapsed, never.planned) == (None, 0, 300)


def test_actuals_cover_the_whole_plan_in_order():
    room = Room()
    room.press(start_or_pause)
    assert [a.item_id for a in room.snap.actuals()] == [1, 2, 3]
    with pytest.raises(KeyError):
        room.snap.actual(42)


# -- auto-advance ----------------------------------------------------------------------


AUTO = Plan((PlanItem(10, 180, step_seconds=(60, 60, 60), auto_advance=True), PlanItem(11, 300)))


def test_auto_advance_is_stamped_at_the_zero_moment_not_when_noticed():
    room = Room(AUTO)
    room.press(start_or_pause)
    room.wait(60.37)  # the check comes a little late
    moves = room.press(auto_advance_due)
    assert moves == [TimerEvent(EventKind.GOTO, T0 + 60, item_id=10, step=1)]
    assert room.view().step_countdown.text == "01:00"
    assert room.view().step_countdown.remaining == pytest.approx(60 - 0.37)


def test_auto_advance_catches_up_after_a_long_gap_without_drift():
    room = Room(AUTO)
    room.press(start_or_pause)
    room.wait(30)
    room.press(start_or_pause)  # paused for 10 s
    room.wait(10)
    room.press(start_or_pause)
    room.wait(1000)
    moves = room.press(auto_advance_due)
    assert [(e.kind, e.at) for e in moves] == [
        (EventKind.GOTO, T0 + 70),
        (EventKind.GOTO, T0 + 130),
        (EventKind.GOTO, T0 + 190),  # into item 11, which does not auto-advance
    ]
    assert room.view().item_id == 11
    assert room.view().item.text == "+09:10"  # ran 1040 - 190 = 850 s of 300 planned


def test_auto_advance_waits_while_paused_and_when_not_due():
    room = Room(AUTO)
    room.press(start_or_pause)
    room.wait(59.9)
    assert room.press(auto_advance_due) == []
    room.press(start_or_pause)
    room.wait(100)
    assert room.press(auto_advance_due) == []


def test_items_without_auto_advance_wait_for_the_facilitator():
    room = Room()
    room.press(start_or_pause)
    room.wait(5000)
    assert room.press(auto_advance_due) == []


# -- a stored log never crashes the replay ---------------------------------------------


def test_nonsense_events_are_ignored():
    good = [TimerEvent(EventKind.START, T0, item_id=1)]
    junk = [
        TimerEvent(EventKind.START, T0 + 1, item_id=3),  # already running
        TimerEvent(EventKind.RESUME, T0 + 2),  # not paused
        TimerEvent(EventKind.GOTO, T0 + 3, item_id=99),  # unknown item
        TimerEvent(EventKind.GOTO, T0 + 4, item_id=2, step=7),  # unknown step
        TimerEvent(EventKind.GOTO, T0 + 5, item_id=1, step=0),  # item has no steps
        TimerEvent("explode", T0 + 6),  # type: ignore[arg-type]
        TimerEvent(EventKind.ADJUST, float("nan"), delta=60),
        TimerEvent(EventKind.ADJUST, T0 + 7, delta=float("inf")),
        TimerEvent(EventKind.GOTO, T0 + 8, item_id=[2]),  # type: ignore[arg-type]
    ]
    assert fold(good + junk, PLAN) == fold(good, PLAN)
    paused = good + [TimerEvent(EventKind.PAUSE, T0 + 10)]
    assert fold(paused + [TimerEvent(EventKind.PAUSE, T0 + 20)], PLAN) == fold(paused, PLAN)
    idle_junk = [
        TimerEvent(EventKind.ADJUST, T0, delta=60),
        TimerEvent(EventKind.PAUSE, T0),
        TimerEvent(EventKind.RESUME, T0),
        TimerEvent(EventKind.STOP, T0),
    ]
    assert fold(idle_junk, PLAN) == fold([], PLAN)


def test_an_event_stamped_in_the_past_never_makes_time_negative():
    events = [
        TimerEvent(EventKind.START, T0, item_id=1),
        TimerEvent(EventKind.PAUSE, T0 + 100),
        TimerEvent(EventKind.RESUME, T0 + 50),  # wall clock was set back
        TimerEvent(EventKind.PAUSE, T0 + 80),
    ]
    snap = fold(events, PLAN)
    assert snap.view(T0 + 500).item.elapsed == 100
    assert all(a.elapsed >= 0 for a in snap.actuals())


def test_stored_kinds_may_be_plain_strings():
    events = [
        TimerEvent("start", T0, item_id=1),  # type: ignore[arg-type]
        TimerEvent("pause", T0 + 5),  # type: ignore[arg-type]
    ]
    assert fold(events, PLAN).view(T0 + 60).item.elapsed == 5


# -- the wall clock: midnight, daylight saving, sleep ----------------------------------


def test_a_countdown_runs_through_midnight():
    chicago = ZoneInfo("America/Chicago")
    start = datetime(2026, 3, 2, 23, 58, tzinfo=chicago).timestamp()
    plan = Plan((PlanItem(1, 600),))
    room = Room(plan, start)
    room.press(start_or_pause)
    shown = []
    for _ in range(12):
        room.wait(60)
        shown.append(room.view().item.text)
    assert shown[:3] == ["09:00", "08:00", "07:00"]  # 23:59, 00:00, 00:01 local
    assert shown[9:] == ["00:00", "+01:00", "+02:00"]
    local_now = datetime.fromtimestamp(room.clock.now(), chicago)
    assert (local_now.day, local_now.hour, local_now.minute) == (3, 0, 10)


def test_a_countdown_across_the_autumn_clock_change_is_right():
    london = ZoneInfo("Europe/London")
    change = datetime(2026, 10, 25, 1, 0, tzinfo=UTC).timestamp()
    room = Room(Plan((PlanItem(1, 600),)), change - 300)  # 01:55 BST
    room.press(start_or_pause)
    room.wait(600)
    wall_before = datetime.fromtimestamp(change - 300, london)
    wall_after = datetime.fromtimestamp(room.clock.now(), london)
    on_the_wall = wall_after.replace(tzinfo=None) - wall_before.replace(tzinfo=None)
    assert on_the_wall == timedelta(minutes=-50)
    assert (wall_before.hour, wall_before.minute) == (1, 55)  # BST
    assert (wall_after.hour, wall_after.minute) == (1, 5)  # GMT, ten minutes later
    assert room.view().item.text == "00:00"  # ten real minutes, though the wall clock went back


def test_after_a_night_of_sleep_the_overtime_is_the_true_one():
    room = Room()
    room.press(start_or_pause)
    room.wait(120)
    room.clock.set(room.clock.now() + 10 * 3600)  # the lid was closed
    view = room.view()
    assert view.item.text == "+9:52:00"
    assert view.item.zone is Zone.OVERTIME and view.item.label == "Overtime"


# -- repaint scheduling ----------------------------------------------------------------


@pytest.mark.parametrize("offset", [0.0, 0.1, 0.25, 0.5, 0.999, 1 / 3, 17.3])
def test_sampling_at_next_change_shows_the_next_number(offset):
    room = Room()
    room.press(goto, 2)
    room.wait(0.4)
    room.press(next_)  # item and step now tick out of phase
    room.wait(offset)
    now = room.clock.now()
    snap = room.snap
    before = snap.view(now)
    after = snap.view(now + before.next_change_in)
    assert 0 < before.next_change_in <= 1
    changed = [
        a.display_seconds == b.display_seconds - 1
        for a, b in ((after.item, before.item), (after.step_countdown, before.step_countdown))
    ]
    assert any(changed)
    just_before = snap.view(math.nextafter(now + before.next_change_in, 0))
    assert just_before.item.display_seconds == before.item.display_seconds
    assert just_before.step_countdown.display_seconds == before.step_countdown.display_seconds


def test_seconds_to_next_change_is_the_fraction_left_of_the_shown_second():
    room = Room()
    room.press(start_or_pause)
    room.wait(0.25)
    assert room.view().item.seconds_to_next_change() == pytest.approx(0.75)
    room.wait(0.75)
    assert room.view().item.seconds_to_next_change() == 1
