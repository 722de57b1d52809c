"""A sensitive lens (Race/ethnicity) never reaches the projector by one key: it asks, on the console only.

The first Ctrl+9 (or click on Talk balance) says so under the room's picture; a second press within
CONFIRM_SECONDS (the injected clock) or the Show button puts it up. It asks again each time.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app.ui.projector.controller import CONFIRM_SECONDS

pytestmark = pytest.mark.gui

ASKS = "“Race/ethnicity” is a sensitive lens: press Ctrl+9 again (or click Show) to put it on the projector."


def with_lens(c, name: str) -> None:
    talk = c.ctx.services.talk
    talk.set_lens(talk.lens_by_name(name).id)


def ctrl9(c) -> None:
    QTest.keyClick(c.windowHandle(), Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)


def no_dialog_open() -> bool:
    return not [w for w in QApplication.topLevelWidgets() if w.isVisible() and isinstance(w, (QDialog, QMessageBox))]


def test_ctrl9_with_a_sensitive_lens_asks_first_then_a_second_press_shows_it(demo_console, qtbot, clock):
    c = demo_console
    c.projector.set_scene("timer")
    with_lens(c, "Race/ethnicity")
    ctrl9(c)
    assert c.projector.scene_id == "timer", "the room still sees the timer"
    assert c.room.ask.isVisible() and c.room.ask_text.text() == ASKS
    assert no_dialog_open(), "no modal dialog in a live run"
    clock.advance(CONFIRM_SECONDS - 1)
    ctrl9(c)
    assert c.projector.scene_id == "talk" and not c.room.ask.isVisible()

    QTest.keyClick(c.windowHandle(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)   # the timer again
    ctrl9(c)
    assert c.projector.scene_id == "timer", "it asks again each time"
    clock.advance(CONFIRM_SECONDS)
    c.projector._confirm.check()   # (what its timer does when it fires)
    assert not c.room.ask.isVisible(), "the question lapses"
    ctrl9(c)
    assert c.projector.scene_id == "timer", "a press long after the first asks again"
    qtbot.mouseClick(c.room.ask_show, Qt.MouseButton.LeftButton)
    assert c.projector.scene_id == "talk", "Show puts it up"


def test_clicking_talk_balance_asks_too_and_a_lens_not_sensitive_goes_up_at_once(demo_console, qtbot):
    c = demo_console
    with_lens(c, "Race/ethnicity")
    button = c.room.scene_buttons["talk"]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert c.projector.scene_id == "welcome" and c.room.ask.isVisible()
    assert c.room.scene_buttons["welcome"].isChecked() and not button.isChecked(), "the buttons say what is up"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert c.projector.scene_id == "talk" and button.isChecked()

    QTest.keyClick(c.windowHandle(), Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    with_lens(c, "Role")
    ctrl9(c)
    assert c.projector.scene_id == "talk" and not c.room.ask.isVisible()


def test_a_sensitive_lens_chosen_while_talk_balance_is_up_leaves_the_projector(demo_console, qtbot):
    c = demo_console
    c.projector.set_scene("agenda")
    with_lens(c, "Role")
    ctrl9(c)
    assert c.projector.scene_id == "talk"
    with_lens(c, "Race/ethnicity")   # chosen in the Talk tab while the room sees Talk balance
    assert c.projector.scene_id == "agenda", "back to what was up before"
    assert c.room.ask.isVisible() and "Race/ethnicity" in c.room.ask_text.text()
    ctrl9(c)
    assert c.projector.scene_id == "talk"
