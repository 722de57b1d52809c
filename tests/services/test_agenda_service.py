"""AgendaService: edits commit at once, undo and redo restore exactly, bad input is refused by field."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.services.agenda.service import AgendaError, AgendaService, ItemData
from app.services.console.demo import build_demo


@pytest.fixture
def agenda(demo_services) -> AgendaService:
    return demo_services.agenda


@pytest.fixture
def day1(demo_workspace) -> int:
    return demo_workspace.days()[0].id


def state(agenda: AgendaService) -> tuple:
    """Everything an agenda edit can touch: the days with their times, and every item with every field."""
    return tuple(agenda.ws.days()), tuple(agenda.all_items())


def titles(agenda: AgendaService, day_id: int) -> list[str]:
    return [r.title for r in agenda.items(day_id)]


def item_id(agenda: AgendaService, day_id: int, title: str) -> int:
    return next(r.id for r in agenda.items(day_id) if r.title == title)


EDITS = {
    "add": lambda a, d: a.add_item(d, ItemData("Gallery walk of team posters", "activity", 20), 3),
    "update": lambda a, d: a.update_item(
        item_id(a, d, "Morning break"),
        ItemData("Longer morning break", "break", 25, None, 3.0, "Ana", "Foyer", "Coffee refilled", True),
    ),
    "set_minutes": lambda a, d: a.set_minutes(item_id(a, d, "Morning break"), 5),
    "delete": lambda a, d: a.delete_item(item_id(a, d, "Morning break")),
    "move": lambda a, d: a.move_item(item_id(a, d, "Morning break"), 0),
    "move_to_day_2": lambda a, d: a.move_item(item_id(a, d, "Morning break"), 1, a.ws.days()[1].id),
    "duplicate": lambda a, d: a.duplicate_item(item_id(a, d, "Story circles: the road that brought us here")),
    "copy_day": lambda a, d: a.copy_day(d),
    "day_times": lambda a, d: a.set_day_times(d, 9 * 60, 17 * 60),
}


@pytest.mark.parametrize("name", sorted(EDITS))
def test_each_edit_is_undone_and_redone_exactly(agenda, day1, name):
    before = state(agenda)
    EDITS[name](agenda, day1)
    after = state(agenda)
    assert after != before
    assert agenda.can_undo() and not agenda.can_redo()

    agenda.undo()
    assert state(agenda) == before
    assert agenda.can_redo()

    agenda.redo()
    assert state(agenda) == after
    assert not agenda.can_redo()


def test_edits_land_where_asked(agenda, day1):
    new_id = agenda.add_item(day1, ItemData("  Gallery   walk ", "activity", 20), 1)
    assert titles(agenda, day1)[1] == "Gallery walk"  # spaces tidied
    dup = agenda.duplicate_item(new_id)
    assert [r.id for r in agenda.items(day1)][1:3] == [new_id, dup]
    agenda.move_item(new_id, 5)
    assert titles(agenda, day1)[5] == "Gallery walk"
    new_day = agenda.copy_day(day1)
    assert titles(agenda, new_day) == titles(agenda, day1)
    assert len(agenda.ws.days()) == 3


def test_undo_labels_name_the_item(agenda, day1):
    agenda.move_item(item_id(agenda, day1, "Morning break"), 0)
    assert agenda.undo_label() == "move “Morning break”"
    agenda.undo()
    assert agenda.undo_label() == "" and agenda.redo_label() == "move “Morning break”"


def test_a_new_edit_clears_what_could_be_redone(agenda, day1):
    agenda.set_minutes(item_id(agenda, day1, "Morning break"), 5)
    agenda.undo()
    assert agenda.can_redo()
    agenda.set_minutes(item_id(agenda, day1, "Morning break"), 20)
    assert not agenda.can_redo()
    assert agenda.item(item_id(agenda, day1, "Morning break")).minutes == 20


@pytest.mark.parametrize(
    "data, field",
    [
        (ItemData("   "), "Title:"),
        (ItemData("x" * 201), "Title:"),
        (ItemData("Lecture", kind="lecture"), "Kind:"),
        (ItemData("Too long", minutes=24 * 60 + 1), "Minutes:"),
        (ItemData("Negative", minutes=-5), "Minutes:"),
        (ItemData("Late", fixed_start=24 * 60), "Fixed start:"),
        (ItemData("Warned", warning_minutes=121), "Warning:"),
        (ItemData("Staffed", facilitator="y" * 201), "Facilitator:"),
        (ItemData("Placed", room="z" * 201), "Room:"),
    ],
)
def test_bad_items_are_refused_by_field_and_nothing_changes(agenda, day1, data, field):
    before = state(agenda)
    with pytest.raises(AgendaError, match=f"^{field}"):
        agenda.add_item(day1, data)
    with pytest.raises(AgendaError, match=f"^{field}"):
        agenda.update_item(item_id(agenda, day1, "Morning break"), data)
    assert state(agenda) == before
    assert not agenda.can_undo()


def test_day_times_must_end_after_they_start(agenda, day1):
    before = state(agenda)
    with pytest.raises(AgendaError, match="^Day times:"):
        agenda.set_day_times(day1, 16 * 60, 8 * 60 + 30)
    assert state(agenda) == before


def test_a_gone_item_is_named_not_crashed(agenda, day1):
    gone = item_id(agenda, day1, "Morning break")
    agenda.delete_item(gone)
    with pytest.raises(AgendaError, match="no longer exists"):
        agenda.item(gone)
    with pytest.raises(AgendaError, match="no longer exists"):
        agenda.update_item(gone, ItemData("Back again"))


def test_schedule_flags_an_overrun_by_its_minutes(agenda, day1):
    assert agenda.schedule(day1).overrun == 0
    agenda.set_minutes(item_id(agenda, day1, "Morning break"), 15 + 25)
    sched = agenda.schedule(day1)
    assert sched.overrun == 25
    assert sched.planned_end == 16 * 60 + 25
    lunch = next(e for e in sched.entries if e.entry.title == "Lunch with your buddy school")
    assert (lunch.start, lunch.late_by) == (12 * 60 + 25, 25)


def test_compress_after_a_late_start_keeps_lunch_and_undoes(demo_services, clock, day1):
    agenda = demo_services.agenda
    live = demo_services.live
    live.start_pause()
    clock.advance(40 * 60)  # the 25-minute welcome has run 15 minutes over
    before = state(agenda)
    result = live.preview_compress(day1)
    assert result.ok, result.message
    agenda.apply_replan(day1, result, "compress to keep the next fixed time")

    sched = agenda.schedule(day1)
    lunch = next(e for e in sched.entries if e.entry.title == "Lunch with your buddy school")
    assert (lunch.start, lunch.late_by) == (12 * 60, 0)
    assert sched.entries[1].start == 8 * 60 + 55 + 15  # the next item now starts when the welcome ends
    assert sum(e.entry.minutes for e in sched.entries[1:7]) == 185 - 15
    assert agenda.undo_label() == "compress to keep the next fixed time"

    agenda.undo()
    assert state(agenda) == before
    agenda.redo()
    assert agenda.schedule(day1) == sched


def test_apply_replan_drops_what_the_preview_dropped(demo_services, clock, day1):
    agenda = demo_services.agenda
    live = demo_services.live
    walk = item_id(agenda, day1, "Walk to the breakout rooms")
    result = live.preview_shorten(day1, {}, {walk})
    agenda.apply_replan(day1, result)
    assert "Walk to the breakout rooms" not in titles(agenda, day1)
    agenda.undo()
    assert titles(agenda, day1)[9] == "Walk to the breakout rooms"


def test_history_is_forgotten_when_another_file_is_opened(demo_workspace, agenda, day1, tmp_path, clock):
    agenda.set_minutes(item_id(agenda, day1, "Morning break"), 5)
    agenda.undo()
    agenda.set_minutes(item_id(agenda, day1, "Morning break"), 10)
    agenda.undo()  # something to redo too
    agenda.set_minutes(item_id(agenda, day1, "Morning break"), 20)
    assert agenda.can_undo()

    build_demo(tmp_path / "other.convene", clock).close()
    demo_workspace.open(tmp_path / "other.convene")
    assert not agenda.can_undo() and not agenda.can_redo()
    assert agenda.undo() == "" and agenda.redo() == ""
    other_day1 = demo_workspace.days()[0].id
    assert agenda.item(item_id(agenda, other_day1, "Morning break")).minutes == 15


# -- any run of edits can be undone back to the start and redone to the end -------------

OPS = st.lists(
    st.tuples(st.sampled_from(["add", "minutes", "delete", "move", "duplicate", "times"]),
              st.integers(0, 30), st.integers(0, 30)),
    min_size=1, max_size=8,
)


def _apply(agenda: AgendaService, day_id: int, op: str, a: int, b: int) -> None:
    items = agenda.items(day_id)
    if op == "add" or not items:
        agenda.add_item(day_id, ItemData(f"Item {a}", minutes=b), a)
        return
    target = items[a % len(items)]
    if op == "minutes":
        agenda.update_item(target.id, replace(ItemData(target.title), minutes=b, fixed_start=target.fixed_start))
    elif op == "delete":
        agenda.delete_item(target.id)
    elif op == "move":
        agenda.move_item(target.id, b % len(items))
    elif op == "duplicate":
        agenda.duplicate_item(target.id)
    else:
        agenda.set_day_times(day_id, 7 * 60 + a, 15 * 60 + b)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=OPS)
def test_any_edits_undo_to_the_start_and_redo_to_the_end(agenda, day1, ops):
    start = state(agenda)
    for op in ops:
        _apply(agenda, day1, *op)
    end = state(agenda)
    while agenda.can_undo():
        agenda.undo()
    assert state(agenda) == start
    while agenda.can_redo():
        agenda.redo()
    assert state(agenda) == end
    while agenda.can_undo():  # leave the file as the next example expects it
        agenda.undo()
