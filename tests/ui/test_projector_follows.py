"""Projector follows: starting or moving the run puts its timer or protocol step in front of the room."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.gui


@pytest.fixture
def live_console(live_console):
    c, tab = live_console
    c.projector.open_window()
    return c, tab


def test_from_welcome_space_shows_the_timer_and_a_protocol_shows_its_step(live_console, clock, qtbot):
    c, tab = live_console
    assert c.projector.shown_scene_id() == "welcome"
    assert tab.follow.isChecked(), "on by default"
    qtbot.keyClick(c, Qt.Key.Key_Space)
    assert c.projector.shown_scene_id() == "timer"
    clock.advance(60)
    qtbot.keyClick(c, Qt.Key.Key_PageDown)  # the story circle: a protocol
    assert c.projector.shown_scene_id() == "protocol"
    c.projector.set_scene("agenda")  # the facilitator shows the agenda for a moment
    qtbot.keyClick(c, Qt.Key.Key_Space)  # pause
    qtbot.keyClick(c, Qt.Key.Key_Space)  # resume
    assert c.projector.shown_scene_id() == "agenda", "pausing and resuming leave the facilitator's choice"
    qtbot.keyClick(c, Qt.Key.Key_PageDown)  # the next step
    assert c.projector.shown_scene_id() == "protocol"


def test_a_blanked_projector_stays_blank_until_unblanked(live_console, clock, qtbot):
    c, tab = live_console
    qtbot.keyClick(c, Qt.Key.Key_B)
    assert c.projector.shown_scene_id() == "blank"
    qtbot.keyClick(c, Qt.Key.Key_Space)
    qtbot.keyClick(c, Qt.Key.Key_PageDown)
    assert c.projector.shown_scene_id() == "blank"
    qtbot.keyClick(c, Qt.Key.Key_B)
    assert c.projector.shown_scene_id() == "protocol", "unblanked, it shows where the run is"


def test_switched_off_it_is_remembered_and_the_projector_stays_put(live_console, settings, clock, qtbot):
    c, tab = live_console
    tab.follow.setChecked(False)
    settings.sync()
    assert settings.value("live/follow", True, type=bool) is False
    qtbot.keyClick(c, Qt.Key.Key_Space)
    assert c.projector.shown_scene_id() == "welcome"
    tab.follow.setChecked(True)  # switched back on while an item runs: it follows at once
    assert c.projector.shown_scene_id() == "timer"


def test_after_a_relaunch_mid_step_the_projector_opens_on_the_step(live_console, settings, clock, data_dir, qtbot):
    from app.ui.launch import build_console

    c, tab = live_console
    qtbot.keyClick(c, Qt.Key.Key_Space)
    qtbot.keyClick(c, Qt.Key.Key_PageDown)
    qtbot.keyClick(c, Qt.Key.Key_PageDown)  # the story circle's second step
    path = c.ws.path
    c.projector.close_window()
    c.keys.remove()
    c.ws.close()  # the laptop crashed; Convene starts again on the file

    again = build_console(clock=clock, settings=settings)
    qtbot.addWidget(again)
    try:
        assert again.projector.shown_scene_id() == "welcome"
        assert again.open_path(path), again.last_error
        again.show()
        again.projector.open_window()
        assert again.projector.shown_scene_id() == "protocol"
        assert again.ctx.services.live.view().step == 1
    finally:
        again.projector.close_window()
        again.keys.remove()
        again.ws.close()
