"""How the console says what the keys do now: rendered to /tmp/look-keys/ to be looked at, at 1024x768 and 1920x1080.

The typing notice ("Typing in Step notes — B and . type; Esc to leave") and the sensitive lens's
question with its Show button sit under the room's picture, whole (wrapped, never cut), inside the window.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

pytestmark = pytest.mark.gui

LOOK = Path("/tmp/look-keys")


def inside_window(c, w) -> bool:
    top_left = w.mapTo(c, QPoint(0, 0))
    return w.isVisible() and c.rect().contains(QRect(top_left, w.size()))


def whole(label) -> bool:
    """A word-wrapped label tall enough for its text at its width."""
    return label.height() >= label.heightForWidth(label.width()) - 1


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)])
def test_the_typing_notice_and_the_sensitive_question_show_whole(demo_console, qtbot, size):
    c = demo_console
    live = c.ctx.services.live
    c.tab_widgets["Live"].follow.setChecked(False)
    live.start_pause()
    live.next()
    tab = c.tab_widgets["Live"]
    c.tabs.setCurrentWidget(tab)
    c.resize(*size)
    qtbot.waitUntil(lambda: c.width() == size[0])
    c.activateWindow()
    qtbot.mouseClick(tab.notes.viewport(), Qt.MouseButton.LeftButton)
    QTest.keyClicks(tab.notes, "Families want the form in Spanish")
    talk = c.ctx.services.talk
    talk.set_lens(talk.lens_by_name("Race/ethnicity").id)
    c.show_scene("talk")   # the first Ctrl+9
    QApplication.processEvents()
    w, h = size
    LOOK.mkdir(parents=True, exist_ok=True)
    assert c.grab().save(str(LOOK / f"console_keys_{w}x{h}.png"))
    assert inside_window(c, c.room.typing) and whole(c.room.typing)
    assert inside_window(c, c.room.ask) and whole(c.room.ask_text) and inside_window(c, c.room.ask_show)
