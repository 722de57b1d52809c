"""Projected starts for the rest of the day, as the agenda scene shows them after a late or early morning."""

from __future__ import annotations

from app.services.live.projection import projected_starts
from app.services.root import Services


def setup(services: Services):
    agenda = services.agenda
    live = services.live
    day = services.workspace.days()[0]
    return agenda, live, day, agenda.items(day.id)


def test_before_the_start_the_plan_stands(demo_services):
    agenda, live, day, items = setup(demo_services)
    planned = {e.entry.item_id: e.start for e in agenda.schedule(day.id).entries}
    assert projected_starts(live, day.id) == planned


def test_a_late_morning_moves_the_rest_but_not_past_what_it_must(demo_services, clock):
    agenda, live, day, items = setup(demo_services)
    live.start_pause()
    clock.advance(40 * 60)  # the 25-minute welcome is 15 minutes over and still running
    starts = projected_starts(live, day.id)
    assert items[0].id not in starts  # started: its actual time is shown instead
    assert starts[items[1].id] == 9 * 60 + 10
    assert starts[items[2].id] == 9 * 60 + 50
    lunch = next(r for r in items if r.title.startswith("Lunch"))
    assert lunch.fixed_start == 12 * 60
    assert starts[lunch.id] == 12 * 60 + 15  # the morning cannot make it up: lunch is late too


def test_an_early_morning_leaves_a_fixed_lunch_at_its_time(demo_services, clock):
    agenda, live, day, items = setup(demo_services)
    live.start_pause()
    clock.advance(5 * 60)
    live.next()  # the welcome took 5 minutes of its 25
    starts = projected_starts(live, day.id)
    assert starts[items[2].id] == 8 * 60 + 35 + 40
    lunch = next(r for r in items if r.title.startswith("Lunch"))
    assert starts[lunch.id] == 12 * 60
