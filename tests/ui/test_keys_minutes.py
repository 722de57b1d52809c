"""'+' and '=' add one minute, '-' takes one: on the main keyboard '+' is Shift+'=', so Shift means nothing more."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton

from app.ui.keys import ClickerKeys

pytestmark = pytest.mark.gui

K, KM = Qt.Key, Qt.KeyboardModifier


@pytest.mark.parametrize(("key", "mods", "action"), [
    (K.Key_Plus, KM.ShiftModifier, "add1"),                       # '+' on a US main keyboard: Shift+'='
    (K.Key_Plus, KM.NoModifier, "add1"),                          # '+' on a keyboard with its own '+' key
    (K.Key_Plus, KM.KeypadModifier, "add1"),
    (K.Key_Plus, KM.KeypadModifier | KM.ShiftModifier, "add1"),
    (K.Key_Equal, KM.NoModifier, "add1"),
    (K.Key_Minus, KM.NoModifier, "sub1"),
    (K.Key_Minus, KM.KeypadModifier, "sub1"),
    (K.Key_Underscore, KM.ShiftModifier, None),                   # Shift+'-': no "five" by key
])
def test_plus_equal_and_minus_are_one_minute(key, mods, action):
    assert ClickerKeys.action_for(QKeyEvent(QEvent.Type.KeyPress, key, mods)) == action


def adjustments(console) -> list[float]:
    conn = sqlite3.connect(console.ws.path)
    try:
        return [r[0] for r in conn.execute("SELECT delta FROM timer_event WHERE kind = 'adjust' ORDER BY id")]
    finally:
        conn.close()


def test_plus_from_the_main_keyboard_adds_what_its_button_says(demo_console, qtbot):
    c = demo_console
    live = c.ctx.services.live
    live.start_pause()
    left = live.view().item.remaining
    QTest.keyClick(c.windowHandle(), K.Key_Plus, KM.ShiftModifier)   # '+' as the main keyboard sends it
    assert adjustments(c) == [60.0]
    assert live.view().item.remaining == pytest.approx(left + 60), "one minute more on the countdown"
    button = next(b for b in c.tab_widgets["Live"].findChildren(QPushButton) if "(+)" in b.text())
    assert button.text().replace("  ", " ") == "+1 min (+)"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    QTest.keyClick(c.windowHandle(), K.Key_Minus)
    assert adjustments(c) == [60.0, 60.0, -60.0], "the key and the button agree; '-' takes one minute"
