"""Properties of the timing engine: long days, random presses, exact arithmetic.

Sample times are ordinary epoch floats. Near 1.79e9 every float is a multiple
of 2**-22 s, so the true remaining time can be computed exactly (with
integers or Fractions) and compared with what the screen would show.
"""

from __future__ import annotations

import math
import random
from collections import defaultdict
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.agenda import (
    EventKind,
    Plan,
    PlanItem,
    RunSnapshot,
    TimerEvent,
    adjust,
    auto_advance_due,
    back,
    fold,
    goto,
    next_,
    start_or_pause,
)

T0 = 1_790_000_000.0
GRID = 2**22  # floats in [2**30, 2**31) are whole multiples of 1 / GRID


def ticks(x: float) -> int:
    """Exact value of an epoch-range float (or a whole number of seconds) in grid units."""
    scaled = x * GRID
    assert scaled == int(scaled)
    return int(scaled)


def true_display(allotted: float, started: float, now: float) -> int:
    """ceil(allotted - (now - started)), computed exactly."""
    remaining = ticks(allotted) - (ticks(now) - ticks(started))
    return -((-remaining) // GRID)


# -- a whole day, sampled --------------------------------------------------------------


def test_an_eight_hour_countdown_sampled_every_100_ms_never_skips_or_repeats():
    plan = Plan((PlanItem(1, 8 * 3600),))
    snap = fold(start_or_pause(fold([], plan), plan, T0), plan)
    shown = []
    for k in range(8 * 36000 + 3001):  # 8 hours and 5 minutes of overtime
        now = T0 + k / 10
        display = snap.view(now).item.display_seconds
        assert display == true_display(8 * 3600, T0, now)
        shown.append(display)
    assert all(b in (a, a - 1) for a, b in zip(shown, shown[1:]))  # one step at a time
    assert set(shown) == set(range(shown[-1], 8 * 3600 + 1))  # every second, into overtime
    assert shown[-1] == -300


def _day_plan() -> Plan:
    """Eight hours of auto-advancing items, some with protocol steps."""
    rng = random.Random(7)
    items, total, item_id = [], 0, 1
    while total < 8 * 3600:
        if item_id % 3 == 0:
            steps = tuple(float(rng.randint(30, 600)) for _ in range(rng.randint(2, 5)))
            seconds = sum(steps)
        else:
            steps, seconds = (), float(rng.randint(60, 3600))
        seconds = min(seconds, 8 * 3600 - total) if not steps else seconds
        items.append(PlanItem(item_id, seconds, step_seconds=steps, auto_advance=True))
        total += seconds
        item_id += 1
    return Plan(tuple(items))


def test_an_auto_advancing_day_with_jittery_samples_shows_every_second_and_ends_on_time():
    plan = _day_plan()
    planned_total = sum(i.seconds for i in plan.items)
    item_start: dict[int, float] = {}
    step_start: dict[tuple[int, int], float] = {}
    offset = 0.0
    for item in plan.items:  # with no drift every node starts exactly on plan
        item_start[item.item_id] = T0 + offset
        step_offset = offset
        for s, sec in enumerate(item.step_seconds):
            step_start[(item.item_id, s)] = T0 + step_offset
            step_offset += sec
        offset += item.seconds

    events = start_or_pause(fold([], plan), plan, T0)
    snap = fold(events, plan)
    seen: dict[object, list[int]] = defaultdict(list)
    rng = random.Random(2026)
    now = T0
    while now < T0 + planned_total + 5:
        now += rng.uniform(0.001, 0.999)  # jittery samples, never a full second apart
        due = auto_advance_due(snap, plan, now)
        if due:
            events += due
            snap = snap.extend(due)
        view = snap.view(now)
        if view.item is None:
            break
        item = plan.get(view.item_id)
        expected = true_display(item.seconds, item_start[view.item_id], now)
        assert view.item.display_seconds == expected
        seen[view.item_id].append(view.item.display_seconds)
        if view.step is not None:
            key = (view.item_id, view.step)
            expected = true_display(item.step_seconds[view.step], step_start[key], now)
            assert view.step_countdown.display_seconds == expected
            seen[key].append(view.step_countdown.display_seconds)

    assert events[-1] == TimerEvent(EventKind.STOP, T0 + planned_total)  # no drift at all
    for node, shown in seen.items():
        assert all(b in (a, a - 1) for a, b in zip(shown, shown[1:])), node
        allotted = plan.get(node if isinstance(node, int) else node[0])
        top = allotted.seconds if isinstance(node, int) else allotted.step_seconds[node[1]]
        assert set(shown) == set(range(1, int(top) + 1)), node


# -- random presses --------------------------------------------------------------------


@st.composite
def plans(draw) -> Plan:
    count = draw(st.integers(1, 5))
    items = []
    for item_id in range(1, count + 1):
        steps = tuple(draw(st.lists(st.integers(1, 900), max_size=4)))
        seconds = sum(steps) if steps and draw(st.booleans()) else draw(st.integers(1, 3600))
        warning = draw(st.sampled_from([0, 30, 120]))
        items.append(PlanItem(item_id, float(seconds), float(warning), tuple(map(float, steps))))
    return Plan(tuple(items))


PRESSES = ["space", "next", "back", "plus", "minus", "plus5", "goto"]
presses = st.lists(
    st.tuples(
        st.sampled_from(PRESSES),
        st.integers(0, 900_000),  # milliseconds since the previous press
        st.integers(0, 6),  # goto: item position
        st.integers(0, 5),  # goto: step
    ),
    max_size=25,
)


def drive(plan: Plan, actions) -> tuple[list[TimerEvent], RunSnapshot, float]:
    """Press keys at the given times, keeping an incrementally extended snapshot."""
    events: list[TimerEvent] = []
    snap = fold([], plan)
    ms = 0
    for name, gap, where, step in actions:
        ms += gap
        now = T0 + ms / 1000
        if name == "space":
            new = start_or_pause(snap, plan, now)
        elif name == "next":
            new = next_(snap, plan, now)
        elif name == "back":
            new = back(snap, plan, now)
        elif name == "goto":
            item = plan.items[where % len(plan.items)]
            new = goto(snap, plan, now, item.item_id, step if item.step_seconds else None)
        else:
            new = adjust(snap, plan, now, {"plus": 60, "minus": -60, "plus5": 300}[name])
        events += new
        snap = snap.extend(new)
    return events, snap, T0 + ms / 1000


class Model:
    """Running time and adjustments per item and step, computed plainly and exactly."""

    def __init__(self, events: list[TimerEvent], now: float) -> None:
        self.elapsed: dict[object, Fraction] = defaultdict(Fraction)
        self.adjusted: dict[object, Fraction] = defaultdict(Fraction)
        self.node = None
        intervals = []  # (node, start, end) of every running stretch
        run_from = None
        for e in events:
            if e.kind in (EventKind.START, EventKind.GOTO, EventKind.PAUSE, EventKind.STOP):
                if run_from is not None:
                    intervals.append((self.node, run_from, e.at))
                run_from = None
            if e.kind in (EventKind.START, EventKind.GOTO):
                self.node, run_from = (e.item_id, e.step), e.at
            elif e.kind is EventKind.RESUME:
                run_from = e.at
            elif e.kind is EventKind.STOP:
                self.node = None
            elif e.kind is EventKind.ADJUST:
                self.adjusted[self.node[0]] += Fraction(e.delta)
                if self.node[1] is not None:
                    self.adjusted[self.node] += Fraction(e.delta)
        if run_from is not None:
            intervals.append((self.node, run_from, now))
        self.running = run_from is not None
        for (item_id, step), start, end in intervals:
            length = Fraction(end) - Fraction(start)
            self.elapsed[item_id] += length
            if step is not None:
                self.elapsed[(item_id, step)] += length


@settings(max_examples=200, deadline=None)
@given(plans(), presses, st.integers(0, 5_000_000))
def test_elapsed_is_exactly_the_sum_of_running_stretches(plan, actions, later_ms):
    events, snap, last = drive(plan, actions)
    now = last + later_ms / 1000
    model = Model(events, now)
    for item in plan.items:
        actual = snap.actual(item.item_id, now=now)
        assert Fraction(actual.elapsed) == model.elapsed[item.item_id]
        assert Fraction(actual.adjusted) == model.adjusted[item.item_id]
        for s in range(len(item.step_seconds)):
            step = snap.step_actual(item.item_id, s, now=now)
            assert Fraction(step.elapsed) == model.elapsed[(item.item_id, s)]
            assert Fraction(step.adjusted) == model.adjusted[(item.item_id, s)]
    view = snap.view(now)
    assert (view.item_id, view.step) == (model.node or (None, None))
    assert view.running == model.running
    if view.item is not None:
        item = plan.get(view.item_id)
        remaining = item.seconds + model.adjusted[item.item_id] - model.elapsed[item.item_id]
        assert view.item.display_seconds == math.ceil(remaining)


@settings(max_examples=150, deadline=None)
@given(plans(), presses, st.data())
def test_replay_is_deterministic_and_prefix_consistent(plan, actions, data):
    events, incremental, last = drive(plan, actions)
    whole = fold(events, plan)
    assert incremental == whole
    k = data.draw(st.integers(0, len(events)))
    assert fold(events[:k], plan).extend(events[k:]) == whole
    for offset in data.draw(st.lists(st.floats(0, 20_000), min_size=1, max_size=4)):
        now = last + offset
        assert whole.view(now) == incremental.view(now) == fold(list(events), plan).view(now)


JUNK = [
    TimerEvent(EventKind.GOTO, T0, item_id=10**6),
    TimerEvent(EventKind.START, T0, item_id=-1),
    TimerEvent(EventKind.GOTO, T0, item_id=1, step=99),
    TimerEvent("warp", T0),  # type: ignore[arg-type]
    TimerEvent(EventKind.ADJUST, float("nan"), delta=60),
    TimerEvent(EventKind.ADJUST, T0, delta=float("nan")),
    TimerEvent(EventKind.PAUSE, float("inf")),
]


@settings(max_examples=150, deadline=None)
@given(plans(), presses, st.lists(st.tuples(st.integers(0, 50), st.sampled_from(JUNK)), max_size=6))
def test_junk_in_the_log_changes_nothing(plan, actions, junk):
    events, snap, _ = drive(plan, actions)
    dirty = list(events)
    for position, event in junk:
        dirty.insert(min(position, len(dirty)), event)
    assert fold(dirty, plan) == snap


@settings(max_examples=200, deadline=None)
@given(plans(), presses, st.integers(0, 3_000_000))
def test_next_change_in_is_exactly_when_a_shown_number_drops(plan, actions, later_ms):
    _, snap, last = drive(plan, actions)
    now = last + later_ms / 1000
    before = snap.view(now)
    if not before.running:
        assert before.next_change_in is None
        return
    wait = before.next_change_in
    assert 0 < wait <= 1

    def shown(v):
        return [c.display_seconds for c in (v.item, v.step_countdown) if c is not None]

    after = snap.view(now + wait)
    assert any(b == a - 1 for a, b in zip(shown(before), shown(after)))
    assert all(b in (a, a - 1) for a, b in zip(shown(before), shown(after)))
    assert shown(snap.view(math.nextafter(now + wait, 0))) == shown(before)


STEPPED = Plan((PlanItem(1, 600, step_seconds=(100.0, 200.0, 300.0)),))


@settings(max_examples=300, deadline=None)
@given(
    st.floats(0, 1e6, allow_nan=False),  # a clock that is not epoch-sized (e.g. a monotonic one)
    st.floats(0, 50),
    st.floats(0, 400),
)
def test_next_change_in_holds_for_any_clock_despite_float_rounding(start, step_at, later):
    snap = fold(
        [
            TimerEvent(EventKind.START, start, item_id=1),
            TimerEvent(EventKind.GOTO, start + step_at, item_id=1, step=1),
        ],
        STEPPED,
    )
    now = start + step_at + later
    before = snap.view(now)
    after = snap.view(now + before.next_change_in)
    assert (after.item.display_seconds < before.item.display_seconds) or (
        after.step_countdown.display_seconds < before.step_countdown.display_seconds
    )
