"""The Live tab driven by clicker keys: countdown, protocol script, notes, chimes, projector scene."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.ui.live.chime import SilentPlayer

pytestmark = pytest.mark.gui


@pytest.fixture
def live_console(demo_console, settings):
    c = demo_console
    c.tabs.setCurrentIndex(list(c.tab_widgets).index("Live"))
    tab = c.tab_widgets["Live"]
    tab.driver.player = SilentPlayer()
    return c, tab


def test_space_starts_and_the_countdown_is_computed_from_the_clock(live_console, clock, qtbot):
    c, tab = live_console
    qtbot.keyClick(c, Qt.Key.Key_Space)
    assert tab.item_title.text() == "Welcome, agreements and the two days ahead"
    assert tab.countdown.text() == "25:00"
    clock.advance(61.5)
    tab.driver.wake()
    assert tab.countdown.text() == "23:59"
    qtbot.keyClick(c, Qt.Key.Key_Space)
    assert tab.zone.text() == "Paused"
    assert tab.buttons["start_pause"].text().startswith("Resume")


def test_chimes_at_the_warning_and_at_zero_when_switched_on(live_console, clock, qtbot):
    c, tab = live_console
    tab.chime.setChecked(True)
    qtbot.keyClick(c, Qt.Key.Key_Space)
    clock.advance(22 * 60)
    tab.driver.wake()
    clock.advance(60.5)  # 1:59.5 left: inside the 2-minute warning
    tab.driver.wake()
    assert tab.zone.text() == "Wrapping up"
    clock.advance(120)  # 0.5 s past zero
    tab.driver.wake()
    assert tab.driver.player.played == ["warning", "zero"]
    assert tab.zone.text() == "Time" and tab.countdown.text() == "00:00"
    clock.advance(1)
    tab.driver.wake()
    assert tab.zone.text() == "Overtime" and tab.countdown.text() == "+00:01"
    assert tab.driver.player.played == ["warning", "zero"], "one chime each, not every second"


def test_pagedown_through_a_whole_protocol_into_the_next_item(live_console, clock, qtbot):
    c, tab = live_console
    c.projector.set_scene("timer")
    qtbot.keyClick(c, Qt.Key.Key_Space)    # welcome
    qtbot.keyClick(c, Qt.Key.Key_PageDown)  # the story circle, step 1
    assert c.projector.scene_id == "protocol", "the projector follows into the protocol"
    proto = c.ctx.services.protocols.item_protocol(c.ctx.services.live.view().item_id)
    for n, step in enumerate(proto.steps):
        assert tab.step_line.text().startswith(f"Step {n + 1} of {len(proto.steps)}: {step.title}")
        assert tab.countdown.text() == f"{step.minutes:02d}:00", "the big number is the step's time"
        assert "whole protocol" in tab.step_line.text()
        assert tab.script.toPlainText() == step.script
        clock.advance(20)
        qtbot.keyClick(c, Qt.Key.Key_PageDown)
    assert tab.item_title.text() == "Morning break"
    assert not tab.protocol_box.isVisible()
    assert c.projector.scene_id == "timer", "and back to the timer for an item without steps"


def test_step_notes_are_kept_and_typing_them_never_drives_the_timer(live_console, clock, qtbot, data_dir):
    c, tab = live_console
    qtbot.keyClick(c, Qt.Key.Key_Space)
    qtbot.keyClick(c, Qt.Key.Key_PageDown)
    live = c.ctx.services.live
    item_id, step = live.view().item_id, live.view().step
    tab.notes.setFocus()
    qtbot.waitUntil(tab.notes.hasFocus)
    qtbot.keyClicks(tab.notes, "Students named belonging. B+ stories - more time.")
    assert live.view().step == step and not c.projector.blanked
    assert c.ctx.services.protocols.step_note(item_id, step) == "Students named belonging. B+ stories - more time."
    path = c.ws.path
    c.ws.close()
    assert c.open_path(path)
    assert c.ctx.services.protocols.notes_for_item(item_id) == {
        step: "Students named belonging. B+ stories - more time."}


def test_on_another_date_the_status_does_not_claim_hours_behind(live_console, clock, qtbot):
    c, tab = live_console
    clock.advance(-60 * 86400 + 4 * 3600)  # two months early, at 12:30: a rehearsal
    qtbot.keyClick(c, Qt.Key.Key_Space)
    assert tab.status.text().startswith("Not the agenda's date (Thu 21 Jan)")
    assert "behind" not in tab.status.text()


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)])
def test_render_the_live_tab_with_its_day_picker(live_console, clock, qtbot, size):
    """Rendered to /tmp/look-live/ to be looked at; the picker, the ready line and the buttons fit."""
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    c, tab = live_console
    look = Path("/tmp/look-live")
    look.mkdir(parents=True, exist_ok=True)
    c.resize(*size)
    qtbot.waitUntil(lambda: c.width() == size[0])
    QApplication.processEvents()
    w, h = size
    assert c.grab().save(str(look / f"live_ready_{w}x{h}.png"))
    assert tab.day_pick.isVisible() and tab.day_pick.width() >= tab.day_pick.sizeHint().width() - 1
    qtbot.keyClick(c, Qt.Key.Key_Space)
    clock.advance(40 * 60)
    qtbot.keyClick(c, Qt.Key.Key_PageDown)  # into the story circle, 15 minutes behind
    tab.driver.wake()
    QApplication.processEvents()
    assert c.grab().save(str(look / f"live_protocol_{w}x{h}.png"))
    assert tab.status.text().startswith("Running 15 minutes behind")
    for b in tab.buttons.values():
        assert b.isVisible() and b.width() >= b.sizeHint().width() - 1, b.text()


def test_ending_the_day_takes_a_second_press_and_pageup_brings_it_back(live_console, clock, qtbot):
    """"End the day" sits away from the run buttons and ends nothing on its first press: the tab says
    what a second press within five seconds does (no dialog over the live run); PageUp undoes it."""
    from PySide6.QtWidgets import QApplication

    c, tab = live_console
    live = c.ctx.services.live
    end, nxt = tab.buttons["stop"], tab.buttons["next"]
    qtbot.keyClick(c, Qt.Key.Key_Space)
    title = tab.item_title.text()
    # Apart from Next and the other run buttons: not in their rows, not their size.
    for key in ("back", "start_pause", "next", "add5"):
        b = tab.buttons[key]
        assert end.parentWidget() is not b.parentWidget() or abs(end.y() - b.y()) > 200, key
    assert end.height() < nxt.height()
    end.click()
    assert live.view().item_id is not None and live.view().running, "one press ends nothing"
    assert QApplication.activeModalWidget() is None
    assert tab.end_note.isVisible()
    assert tab.end_note.text() == "Nothing has ended yet. Press again within 5 seconds to end Day 1."
    assert end.text() == "Yes, end Day 1"
    clock.advance(6)   # too late: the first press has lapsed
    tab.driver.wake()
    assert end.text() == "End the day…" and not tab.end_note.isVisible()
    end.click()
    assert live.view().running, "a press after the time is up asks again"
    clock.advance(3)
    end.click()   # the second press, in time
    assert live.snapshot().idle, "the day has ended"
    assert tab.end_note.text() == f"Day 1 ended. PageUp brings back “{title}”."
    assert not end.isEnabled(), "nothing left to end"
    qtbot.keyClick(c, Qt.Key.Key_PageUp)
    assert tab.item_title.text() == title and not live.snapshot().idle
    assert not tab.end_note.isVisible() and end.text() == "End the day…"
