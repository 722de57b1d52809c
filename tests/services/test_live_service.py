"""The live run over a real file: events stored at once, replayed after reopening, re-plans."""

from __future__ import annotations

import sqlite3

from app.services.core.workspace import Workspace
from app.services.root import Services


def parts(services: Services):
    return services.agenda, services.live, services.protocols


def test_every_press_is_stored_with_its_utc_time(demo_services, demo_workspace, clock):
    _, live, _ = parts(demo_services)
    t0 = clock.now()
    live.start_pause()
    clock.advance(10)
    live.adjust(60)
    clock.advance(5)
    live.start_pause()
    conn = sqlite3.connect(demo_workspace.path)
    rows = conn.execute("SELECT kind, at_us, delta FROM timer_event ORDER BY id").fetchall()
    conn.close()
    assert rows == [("start", int(t0 * 1e6), 0.0), ("adjust", int((t0 + 10) * 1e6), 60.0),
                    ("pause", int((t0 + 15) * 1e6), 0.0)]


def test_reopening_the_file_resumes_the_true_countdown(demo_services, demo_workspace, data_dir, clock):
    _, live, _ = parts(demo_services)
    live.start_pause()
    clock.advance(100.4)
    path = demo_workspace.path
    demo_workspace.close()
    clock.advance(3600 * 14)  # the laptop slept overnight
    ws = Workspace(clock, data_dir)
    ws.open(path)
    with Services(ws) as services:
        _, live2, _ = parts(services)
        view = live2.view()
        assert view.running
        assert view.item.text.startswith("+")
        assert abs(view.item.remaining - (25 * 60 - 100.4 - 14 * 3600)) < 1e-6
    ws.close()


def test_pagedown_walks_a_protocol_step_by_step_into_the_next_item(demo_services, clock):
    agenda, live, protocols = parts(demo_services)
    items = agenda.all_items()
    story = next(r for r in items if r.protocol_name == "Story Circle")
    after = items[items.index(story) + 1]
    live.goto(story.id)
    proto = protocols.item_protocol(story.id)
    seen = []
    for _ in range(len(proto.steps)):
        v = live.view()
        seen.append((v.item_id, v.step))
        clock.advance(30)
        live.next()
    assert seen == [(story.id, n) for n in range(len(proto.steps))]
    v = live.view()
    assert (v.item_id, v.step) == (after.id, None), "the last PageDown starts the next agenda item"
    assert live.snapshot().actual(story.id).ended_at is not None


def test_auto_advance_moves_on_at_zero_stamped_at_zero(demo_services, clock):
    from dataclasses import asdict

    from app.services.agenda.service import ItemData

    agenda, live, _ = parts(demo_services)
    first = agenda.all_items()[0]
    data = ItemData(**{k: v for k, v in asdict(first).items() if k in ItemData.__dataclass_fields__})
    agenda.update_item(first.id, ItemData(**{**asdict(data), "minutes": 1, "auto_advance": True}))
    live.start_pause()
    start = clock.now()
    clock.advance(75)
    events = live.tick()
    assert len(events) == 1 and abs(events[0].at - (start + 60)) < 1e-6
    assert live.view().item_id == agenda.all_items()[1].id
    assert abs(live.view().item.elapsed - 15) < 1e-6, "the next item has run since zero, not since the tick"


def test_day_status_says_how_late_and_compress_keeps_lunch(demo_services, demo_workspace, clock):
    agenda, live, _ = parts(demo_services)
    day = demo_workspace.days()[0]
    live.start_pause()
    clock.advance(40 * 60)  # the 25-minute welcome ran 15 minutes long
    status = live.status(day.id)
    assert round(status.behind_minutes) == 15
    result = live.preview_compress(day.id)
    assert result.ok, result.message
    lunch = next(e for e in result.new_entries if e.title.startswith("Lunch"))
    assert lunch.fixed_start == 12 * 60
    agenda.apply_replan(day.id, result)
    assert next(e for e in agenda.schedule(day.id).entries if e.entry.title.startswith("Lunch")).start == 720
    agenda.undo()
    before = [r.minutes for r in agenda.items(day.id)]
    assert before[:3] == [25, 40, 15]


def test_attaching_a_protocol_is_undone_and_redone_with_the_agenda(demo_services):
    agenda = demo_services.agenda
    protocols = demo_services.protocols
    first = agenda.all_items()[0]
    protocols.attach(first.id, "1-2-4-All")
    assert agenda.item(first.id).protocol_name == "1-2-4-All" and agenda.item(first.id).minutes == 15
    agenda.undo()
    assert agenda.item(first.id).protocol_name == "" and agenda.item(first.id).minutes == 25
    agenda.redo()
    assert agenda.item(first.id).protocol_name == "1-2-4-All" and agenda.item(first.id).minutes == 15


def test_replanning_tomorrow_during_today_keeps_all_of_tomorrow_open(demo_services, demo_workspace, clock):
    agenda, live, _ = parts(demo_services)
    day1, day2 = demo_workspace.days()
    clock.advance(5 * 3600)  # 13:30 on day 1
    assert live.first_open_index(day2.id) == (0, 8 * 60 + 30)
    assert live.first_open_index(day1.id)[0] > 0
    clock.advance(24 * 3600)  # 13:30 on day 2: day 1 is over
    assert live.first_open_index(day1.id)[0] == len(agenda.items(day1.id))


def test_undoing_a_delete_brings_back_the_items_actual_times_and_notes(demo_services, clock):
    agenda, live, protocols = parts(demo_services)
    live.start_pause()
    clock.advance(60)
    live.next()  # into the story circle
    story = live.view().item_id
    protocols.set_step_note(story, 0, "We heard about first-generation pride.")
    clock.advance(90)
    live.next()
    started = live.snapshot().actual(story).started_at
    agenda.delete_item(story)
    assert story not in [r.id for r in agenda.all_items()]
    assert protocols.notes_for_item(story) == {}, "the notes went with the item"
    agenda.undo()
    assert protocols.notes_for_item(story) == {0: "We heard about first-generation pride."}
    assert live.snapshot().actual(story).started_at == started
    assert abs(live.snapshot().actual(story).elapsed - 90) < 1e-6
