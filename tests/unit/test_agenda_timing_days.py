"""The engine keeps PageDown, PageUp and auto-advance within a day: another day starts only when chosen."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.domain.agenda import EventKind, Plan, PlanItem, auto_advance_due, back, fold, goto, next_

T0 = 1_790_000_000.0

TWO_DAYS = Plan((
    PlanItem(1, 600, day=1),
    PlanItem(2, 300, step_seconds=(100, 200), day=1),
    PlanItem(3, 600, day=2),
    PlanItem(4, 300, day=2),
))


def test_pagedown_after_the_days_last_step_ends_the_day():
    events = goto(fold([], TWO_DAYS), TWO_DAYS, T0, 2, 1)
    snap = fold(events, TWO_DAYS)
    moves = next_(snap, TWO_DAYS, T0 + 10)
    assert [e.kind for e in moves] == [EventKind.STOP], "not day 2's first item"


def test_pageup_at_the_days_first_item_stays_put():
    snap = fold(goto(fold([], TWO_DAYS), TWO_DAYS, T0, 3), TWO_DAYS)
    assert back(snap, TWO_DAYS, T0 + 10) == []


def test_auto_advance_at_the_end_of_a_day_ends_it():
    plan = Plan((PlanItem(1, 60, auto_advance=True, day=1), PlanItem(2, 60, day=2)))
    snap = fold(goto(fold([], plan), plan, T0, 1), plan)
    moves = auto_advance_due(snap, plan, T0 + 600)
    assert [(e.kind, e.at) for e in moves] == [(EventKind.STOP, T0 + 60)]


def test_without_days_the_plan_runs_straight_through_as_before():
    plan = Plan((PlanItem(1, 60), PlanItem(2, 60)))
    snap = fold(goto(fold([], plan), plan, T0, 1), plan)
    assert [(e.kind, e.item_id) for e in next_(snap, plan, T0 + 1)] == [(EventKind.GOTO, 2)]


@given(st.lists(st.tuples(st.integers(1, 3), st.integers(0, 3)), min_size=1, max_size=8),
       st.lists(st.sampled_from(["next", "back"]), max_size=20), st.data())
def test_pagedown_and_pageup_never_leave_the_day_they_started_in(rows, presses, data):
    days = sorted(d for d, _ in rows)  # running order: day 1's items, then day 2's...
    plan = Plan(tuple(PlanItem(i + 1, 120, step_seconds=(60,) * steps, day=day)
                      for i, (day, (_, steps)) in enumerate(zip(days, rows))))
    start = data.draw(st.sampled_from([p.item_id for p in plan.items]))
    events = goto(fold([], plan), plan, T0, start)
    day = plan.get(start).day
    now = T0
    for press in presses:
        now += 5
        snap = fold(events, plan)
        if snap.idle:
            break  # the day has ended; which day starts next is the service's choice (the chosen day)
        events += (next_ if press == "next" else back)(snap, plan, now)
        current = fold(events, plan).current_item_id
        if current is not None:
            assert plan.get(current).day == day
