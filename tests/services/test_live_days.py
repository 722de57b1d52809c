"""The live run follows the calendar: on day 2's date Space starts day 2, never a day 1 leftover."""

from __future__ import annotations

from app.services.core.workspace import Workspace
from app.services.root import Services

DAY = 24 * 3600


def parts(services: Services):
    return services.agenda, services.live


def titles(live, day_id):
    return [r.title for r in live.items() if r.day_id == day_id]


def test_day_one_ended_early_then_space_at_0825_on_day_two_starts_day_two(demo_services, demo_workspace, clock):
    agenda, live = parts(demo_services)
    day1, day2 = demo_workspace.days()
    by_title = {r.title: r for r in agenda.items(day1.id)}
    live.start_pause()
    clock.advance(20 * 60)
    live.goto(by_title["Meet your buddy school"].id)  # the morning went by; now the last session before the break
    clock.advance(20 * 60)
    live.stop()  # the day ends early
    clock.set(clock.now() - clock.now() % DAY + DAY + 16 * 3600 - 5 * 60)  # day 2, 08:25 in Los Angeles
    assert live.today() == day2.date
    assert live.chosen_day_id() == day2.id
    first = titles(live, day2.id)[0]
    assert live.ready_item().title == first
    live.start_pause()
    assert live.item_record(live.view().item_id).title == first
    assert live.snapshot().actual(by_title["Afternoon break"].id).started_at is None, \
        "day 1's afternoon break never started"


def test_an_item_left_running_overnight_gives_way_to_day_two(demo_services, demo_workspace, clock):
    _, live = parts(demo_services)
    day1, day2 = demo_workspace.days()
    live.start_pause()
    live.next()
    clock.advance(DAY - 5 * 60)  # forgot to end day 1; 08:25 next morning
    assert live.chosen_day_id() == day2.id and not live.runs_chosen_day()
    assert live.ready_item().title == titles(live, day2.id)[0]
    live.start_pause()  # Space starts day 2 rather than pausing yesterday's item
    view = live.view()
    assert live.item_record(view.item_id).day_id == day2.id and view.running


def test_pagedown_after_the_days_last_item_ends_the_day_rather_than_starting_tomorrow(demo_services, demo_workspace, clock):
    agenda, live = parts(demo_services)
    day1, day2 = demo_workspace.days()
    last = agenda.items(day1.id)[-1]
    live.goto(last.id)
    clock.advance(60)
    live.next()
    assert live.snapshot().idle, "the day ended"
    assert all(live.snapshot().actual(r.id).started_at is None for r in agenda.items(day2.id))
    assert live.ready_item() is None, "on day 1's date nothing is left to start"
    live.back()  # a clicker pressed once too often brings the last item back
    assert live.view().item_id == last.id


def test_pageup_never_crosses_into_another_day(demo_services, demo_workspace, clock):
    agenda, live = parts(demo_services)
    day1, day2 = demo_workspace.days()
    clock.advance(DAY)
    live.start_pause()
    first = agenda.items(day2.id)[0]
    assert live.view().item_id == first.id
    live.back()
    assert live.view().item_id == first.id


def test_choosing_another_day_is_what_space_acts_on(demo_services, demo_workspace, clock):
    agenda, live = parts(demo_services)
    day1, day2 = demo_workspace.days()
    assert live.chosen_day_id() == day1.id
    live.choose_day(day2.id)  # a rehearsal of tomorrow, on day 1's date
    assert live.ready_item().title == titles(live, day2.id)[0]
    live.start_pause()
    assert live.item_record(live.view().item_id).day_id == day2.id
    live.start_pause()
    assert not live.view().running, "the second Space pauses the chosen day's item"
    live.choose_day(None)  # back to the calendar: day 1
    assert live.ready_item().title == titles(live, day1.id)[0]


def test_the_choice_is_forgotten_the_next_day_and_with_another_file(demo_services, demo_workspace, data_dir, clock):
    _, live = parts(demo_services)
    day1, day2 = demo_workspace.days()
    live.choose_day(day2.id)
    clock.advance(DAY)  # it is day 2 now anyway; then the day after
    assert live.chosen_day_id() == day2.id
    live.choose_day(day1.id)
    path = demo_workspace.path
    demo_workspace.close()
    ws = Workspace(clock, data_dir)
    ws.open(path)
    with Services(ws) as services:
        _, live2 = parts(services)
        assert live2.chosen_day_id() == day2.id
    ws.close()
