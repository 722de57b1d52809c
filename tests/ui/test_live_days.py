"""The Live tab on day 2's date: it shows day 2, says what Space starts, and Space starts exactly that."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.gui

DAY = 24 * 3600


def day_titles(c, day_id):
    return [r.title for r in c.ctx.services.agenda.items(day_id)]


def test_on_day_two_after_an_early_end_space_starts_what_ready_names(live_console, clock, qtbot):
    c, tab = live_console
    live = c.ctx.services.live
    day1, day2 = c.ws.days()
    by_title = {r.title: r for r in c.ctx.services.agenda.items(day1.id)}
    qtbot.keyClick(c, Qt.Key.Key_Space)
    clock.advance(3600)
    live.goto(by_title["Meet your buddy school"].id)
    clock.advance(1200)
    tab.buttons["stop"].click()  # day 1 ends early, before the afternoon break
    clock.advance(DAY - 5 * 3600 + 5 * 60 - 1200)  # 08:25 on day 2
    tab.driver.wake()
    assert live.today() == day2.date
    assert tab.day_pick.currentData() == day2.id and "(today)" in tab.day_pick.currentText()
    assert tab.day_list.item(0).text().endswith(day_titles(c, day2.id)[0]), "the list shows day 2"
    ready = tab.item_title.text()
    assert ready == f"Ready: {day_titles(c, day2.id)[0]}"
    qtbot.keyClick(c, Qt.Key.Key_Space)
    assert tab.item_title.text() == ready.removeprefix("Ready: "), "Space started what Ready named"
    assert live.item_record(live.view().item_id).day_id == day2.id


def test_the_day_picker_is_keyboard_reachable_and_is_what_space_acts_on(live_console, clock, qtbot):
    c, tab = live_console
    live = c.ctx.services.live
    day1, day2 = c.ws.days()
    assert tab.day_pick.currentData() == day1.id
    assert tab.item_title.text() == f"Ready: {day_titles(c, day1.id)[0]}"
    tab.day_pick.setFocus()
    qtbot.waitUntil(tab.day_pick.hasFocus)
    qtbot.keyClick(tab.day_pick, Qt.Key.Key_Down)  # choose day 2 with the keyboard
    assert tab.day_pick.currentData() == day2.id
    assert live.chosen_day_id() == day2.id
    assert tab.item_title.text() == f"Ready: {day_titles(c, day2.id)[0]}"
    assert tab.day_list.count() == len(day_titles(c, day2.id))
    tab.setFocus()
    qtbot.keyClick(c, Qt.Key.Key_PageDown)
    assert live.item_record(live.view().item_id).day_id == day2.id
    assert tab.item_title.text() == day_titles(c, day2.id)[0]


def test_an_item_of_another_day_left_current_is_named_and_space_moves_on(live_console, clock, qtbot):
    c, tab = live_console
    live = c.ctx.services.live
    day1, day2 = c.ws.days()
    qtbot.keyClick(c, Qt.Key.Key_Space)  # day 1's welcome, never ended
    clock.advance(DAY)
    tab.driver.wake()
    assert tab.item_title.text() == f"Ready: {day_titles(c, day2.id)[0]}"
    assert day_titles(c, day1.id)[0] in tab.item_meta.text() and "Space ends it" in tab.item_meta.text()
    qtbot.keyClick(c, Qt.Key.Key_Space)
    assert tab.item_title.text() == day_titles(c, day2.id)[0]
    assert live.view().running


def test_an_item_left_running_overnight_is_not_what_the_room_sees_next_morning(live_console, clock, qtbot):
    """Day 1 was never ended: on day 2's morning the projector shows day 2's first item, ready,
    not day 1's item sixteen hours over time."""
    from tests.ui.scene_helpers import render

    c, tab = live_console
    live = c.ctx.services.live
    projector = c.projector
    day1, day2 = c.ws.days()
    qtbot.keyClick(c, Qt.Key.Key_Space)  # day 1's first item runs ... and is never ended
    clock.advance(DAY - 5 * 60)  # 08:25 the next morning
    tab.driver.wake()
    assert live.item_record(live.view().item_id).day_id == day1.id, "day 1's item is still current"
    first_of_day2 = day_titles(c, day2.id)[0]
    for scene_id in ("timer", "agenda"):
        scene = projector.scenes[scene_id]
        scene.on_data_changed()
        render(scene, (1920, 1080))
        texts = {t.key: " ".join(t.lines) for t in scene.texts}
        if scene_id == "timer":
            assert texts["title"] == first_of_day2
            assert texts["label"] == "Starting soon"
            assert "Over time" not in texts.values()
        else:
            assert texts["title"].startswith("Day 2"), texts["title"]
    protocol = projector.scenes["protocol"]
    render(protocol, (1920, 1080))
    assert {t.key: " ".join(t.lines) for t in protocol.texts}["title"] == "No protocol running"
