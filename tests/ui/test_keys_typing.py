"""B and '.' in a text field: they type only while someone is typing there, and the console says so.

A clicker cannot be told from a keyboard. The rule (app/ui/keys.py): a field holds B and '.' for
TYPING_HOLD_SECONDS after it was typed in (or clicked); after that the clicker's Blank goes to the
room again, and no stray "b" or "." lands in the note. The FakeClock moves; nothing sleeps.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from app.ui.keys import TYPING_HOLD_SECONDS, is_text_entry

pytestmark = pytest.mark.gui


def step_notes_running(c, qtbot):
    """The story circle's first step runs; the Live tab shows its notes box."""
    live = c.ctx.services.live
    c.tab_widgets["Live"].follow.setChecked(False)
    live.start_pause()
    live.next()   # the story circle: a protocol
    tab = c.tab_widgets["Live"]
    c.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(tab.notes.isVisible)
    return tab.notes


def saved_note(c) -> str:
    snap = c.ctx.services.live.snapshot()
    return c.ctx.services.protocols.step_note(snap.current_item_id, snap.current_step or 0)


def test_b_types_in_step_notes_only_while_typing_there_and_the_console_says_so(demo_console, qtbot, clock):
    c = demo_console
    notes = step_notes_running(c, qtbot)
    c.activateWindow()
    qtbot.mouseClick(notes.viewport(), Qt.MouseButton.LeftButton)   # the facilitator clicks into the notes
    qtbot.waitUntil(notes.hasFocus)
    QTest.keyClicks(notes, "We agreed ")
    QTest.keyClick(c.windowHandle(), Qt.Key.Key_B)   # typing a word that starts with b
    assert notes.toPlainText() == "We agreed b" and not c.projector.blanked
    assert c.room.typing.isVisible()
    assert c.room.typing.text() == "Typing in Step notes — B and . type; Esc to leave"

    clock.advance(TYPING_HOLD_SECONDS)   # the facilitator walks to the front with the clicker
    c.keys.refresh()                     # (what the hold's timer does when it fires)
    assert not c.room.typing.isVisible(), "the console no longer says the field holds B"
    QTest.keyClick(c.windowHandle(), Qt.Key.Key_B)   # the clicker's Blank
    assert c.projector.blanked, "the room is blank, as the facilitator believes"
    assert notes.toPlainText() == "We agreed b" and saved_note(c) == "We agreed b", "no stray b in the note"
    assert c.statusBar().currentMessage().startswith("B went to the room, not into Step notes")
    QTest.keyClick(c.windowHandle(), Qt.Key.Key_Period)
    assert not c.projector.blanked and saved_note(c) == "We agreed b"

    QTest.keyClicks(notes, "ut")   # typing again takes B and '.' back into the note
    QTest.keyClick(c.windowHandle(), Qt.Key.Key_Period)
    assert saved_note(c) == "We agreed but." and not c.projector.blanked
    assert c.room.typing.isVisible()


def test_a_capital_b_always_types(demo_console, qtbot, clock):
    c = demo_console
    field = c.tab_widgets["People"].findChild(QLineEdit)
    c.tabs.setCurrentWidget(c.tab_widgets["People"])
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    clock.advance(TYPING_HOLD_SECONDS + 1)
    QTest.keyClick(c.windowHandle(), Qt.Key.Key_B, Qt.KeyboardModifier.ShiftModifier)   # a clicker never sends Shift
    assert field.text().lower() == "b" and not c.projector.blanked   # (QTest's text is "b" even with Shift)


def test_convening_details_opened_while_the_timer_runs_starts_on_a_button(demo_console, qtbot):
    c = demo_console
    c.ctx.services.live.start_pause()
    dlg = c.details_dialog()
    qtbot.waitUntil(lambda: dlg.isActiveWindow() and QApplication.focusWidget() is not None)
    focus = QApplication.focusWidget()
    assert focus is not dlg.title and not is_text_entry(focus), "the cursor is not in a text field"
    assert focus.text() == "Cancel"
    title = dlg.title.text()
    QTest.keyClick(dlg.windowHandle(), Qt.Key.Key_B)   # the clicker's Blank
    assert c.projector.blanked and dlg.title.text() == title, "B blanked the room; no b in the title"
    dlg.reject()


def test_convening_details_opened_before_the_day_starts_in_the_title(demo_console, qtbot):
    """Preparing (no countdown, the projector closed), the dialog opens for typing, as it always did."""
    c = demo_console
    assert not c.room_is_live()
    dlg = c.details_dialog()
    qtbot.waitUntil(lambda: dlg.isActiveWindow() and QApplication.focusWidget() is not None)
    assert QApplication.focusWidget() is dlg.title
    dlg.reject()
