"""Clicker keys x where focus is x which window, as one table (real widgets, keys sent as a clicker sends them).

A real key press reaches the focused QWindow first, so every key here is sent to the window
(QTest on the QWindow goes through Qt's shortcut map and the window, like a USB clicker).
"""

from __future__ import annotations

import sqlite3

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGraphicsScene,
    QGraphicsTextItem,
    QGraphicsView,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier
KEYS = {  # name: (key, modifiers, the character it types)
    "PageDown": (Qt.Key.Key_PageDown, Qt.KeyboardModifier.NoModifier, ""),
    "PageUp": (Qt.Key.Key_PageUp, Qt.KeyboardModifier.NoModifier, ""),
    "F5": (Qt.Key.Key_F5, Qt.KeyboardModifier.NoModifier, ""),
    "Ctrl+2": (Qt.Key.Key_2, CTRL, ""),
    "B": (Qt.Key.Key_B, Qt.KeyboardModifier.NoModifier, "b"),
    ".": (Qt.Key.Key_Period, Qt.KeyboardModifier.NoModifier, "."),
    "Space": (Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier, " "),
    "=": (Qt.Key.Key_Equal, Qt.KeyboardModifier.NoModifier, "="),
    "Esc": (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier, ""),
}

# What each key does, by where focus is. act: the live action happens; type: the key is the
# text field's (no live action); leave: focus leaves the text field; close: the dialog closes;
# unblank: a blanked projector comes back; press: the dialog's focused button is pressed.
#                     PageDown PageUp F5  Ctrl+2 B     .     Space =     Esc
TABLE = {
    "table":          "act     act    act act    act   act   act   act   unblank",
    "line edit":      "act     act    act act    type  type  type  type  leave",
    "spin box":       "act     act    act act    type  type  type  type  leave",
    "graphics note":  "act     act    act act    type  type  type  type  leave",
    "graphics view":  "act     act    act act    act   act   act   act   unblank",
    "dialog field":   "act     act    act act    type  type  type  type  close",
    "dialog notes":   "act     act    act act    type  type  type  type  close",
    "dialog button":  "act     act    act act    act   act   press act   close",
    "message box":    "act     act    act act    act   act   press act   close",
    "person editor":  "act     act    act act    type  type  type  type  close",
    "re-plan dialog": "act     act    act act    act   act   press act   close",
    "projector":      "act     act    act act    act   act   act   act   unblank",
}
CASES = [(where, key, what) for where, row in TABLE.items() for key, what in zip(KEYS, row.split())]


def timer_events(console) -> int:
    conn = sqlite3.connect(console.ws.path)
    try:
        return conn.execute("SELECT count(*) FROM timer_event").fetchone()[0]
    finally:
        conn.close()


class Wall(QWidget):
    """A stand-in for the sticky-note wall: a QGraphicsView with one editable note."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.scene = QGraphicsScene(0, 0, 400, 300, self)
        self.view = QGraphicsView(self.scene)
        self.note = QGraphicsTextItem("Note: ")
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.scene.addItem(self.note)
        QVBoxLayout(self).addWidget(self.view)
        self.resize(420, 320)


def focus_on(qtbot, console, where: str):
    """Put focus where the case says; return (the focused widget or None, its window, text getter)."""
    c = console
    if where == "projector":
        # As a window manager did at launch: the projector window gets focus (offscreen gives
        # focus to every window shown), so the room's window is where the keys arrive.
        win = c.projector.window
        win.hide()
        win.show()
        qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is win.windowHandle())
        return None, win, None
    if where in ("table", "line edit"):
        c.tabs.setCurrentIndex(list(c.tab_widgets).index("People"))
        people = c.tab_widgets["People"]
        target = people.findChild(QAbstractItemView) if where == "table" else people.findChild(QLineEdit)
    elif where == "spin box":
        c.tabs.setCurrentIndex(list(c.tab_widgets).index("Agenda"))
        target = c.tab_widgets["Agenda"].day_bar.start
    elif where.startswith("graphics"):
        wall = Wall(c)
        wall.show()
        qtbot.waitExposed(wall)
        wall.activateWindow()
        target = wall.view
        target.setFocus()
        qtbot.waitUntil(target.hasFocus)
        if where == "graphics note":
            wall.scene.setFocusItem(wall.note)
            assert wall.scene.focusItem() is wall.note
            return target, wall, wall.note.toPlainText
        return target, wall, None
    elif where.startswith("dialog"):
        c.tabs.setCurrentIndex(list(c.tab_widgets).index("Agenda"))
        tab = c.tab_widgets["Agenda"]
        tab.view.selectRow(0)
        editor = tab.edit_item()
        qtbot.waitExposed(editor)
        assert editor.isModal()
        target = {"dialog field": editor.title, "dialog notes": editor.notes,
                  "dialog button": editor.buttons.buttons()[-1]}[where]
    elif where == "person editor":
        c.tabs.setCurrentIndex(list(c.tab_widgets).index("People"))
        editor = c.tab_widgets["People"].add()
        qtbot.waitExposed(editor)
        target = editor.name
    elif where == "re-plan dialog":
        c.tabs.setCurrentIndex(list(c.tab_widgets).index("Agenda"))
        dlg = c.tab_widgets["Agenda"].open_replan()
        qtbot.waitExposed(dlg)
        assert not dlg.isModal(), "the re-plan dialog leaves the console usable"
        target = dlg.cancel_button
    elif where == "message box":
        c.ctx.settings.setValue("ui/quiet_dialogs", False)
        c.show_keys_help()
        box = next(w for w in c.findChildren(QMessageBox) if w.isVisible())
        qtbot.waitExposed(box)
        target = box.defaultButton() or box.buttons()[0]
    else:
        raise AssertionError(where)
    win = target.window()
    win.activateWindow()
    target.setFocus()
    qtbot.waitUntil(target.hasFocus)
    text = None
    if hasattr(target, "toPlainText"):
        text = target.toPlainText
    elif isinstance(target, QLineEdit):
        text = target.text
    return target, win, text


@pytest.mark.parametrize(("where", "key", "what"), CASES, ids=[f"{w}-{k}-{x}" for w, k, x in CASES])
def test_clicker_key_by_focus_and_window(demo_console, qtbot, where, key, what):
    c = demo_console
    live = c.ctx.services.live
    live.start_pause()  # the first item runs, then the second: next, back, + and Space all leave a timer event
    live.next()
    c.projector.open_window()
    c.projector.set_scene("welcome")
    if key == "Esc":
        c.projector.toggle_blank()
    target, win, text = focus_on(qtbot, c, where)
    before_events, before_open, before_blank = timer_events(c), c.projector.is_open(), c.projector.blanked
    before_text = text() if text else None
    qt_key, mods, char = KEYS[key]
    pressed = []
    if hasattr(target, "clicked"):
        target.clicked.connect(lambda *_: pressed.append(True))

    QTest.keyClick(win.windowHandle(), qt_key, mods)

    events = timer_events(c) - before_events
    if what == "act":
        if key in ("PageDown", "PageUp", "Space", "="):
            assert events == 1, f"{key} from the {where} reaches the live controls"
        elif key == "F5":
            assert c.projector.is_open() is not before_open
        elif key == "Ctrl+2":
            assert c.projector.scene_id == "timer"
        else:
            assert c.projector.blanked is not before_blank, f"{key} from the {where} blanks the room"
        if text is not None and char:
            assert text() == before_text, "nothing typed"
    elif what == "type":
        assert events == 0 and c.projector.blanked is before_blank, f"{key} in the {where} only types"
        if text is not None:
            assert text().count(char) == before_text.count(char) + 1, f"{key!r} typed into the {where}"
    elif what == "leave":
        assert not target.hasFocus(), "Esc leaves the text field"
        assert c.projector.blanked, "and does nothing else"
        assert win.isVisible()
    elif what == "close":
        qtbot.waitUntil(lambda: not shiboken6.isValid(win) or not win.isVisible())
        assert c.projector.blanked, "Esc is the dialog's: the room stays blank"
    elif what == "unblank":
        assert not c.projector.blanked
    elif what == "press":
        assert pressed and events == 0, f"Space presses the {where}'s focused button, not the timer"
    else:
        raise AssertionError(what)
    if what not in ("close", "press") and win is not c.projector.window and where != "projector":
        assert win.isVisible(), "the window the key was pressed in is still open"


def test_an_action_that_fails_is_reported_and_the_keys_keep_working(demo_console, qtbot):
    c = demo_console
    c.show()

    def broken() -> None:
        raise RuntimeError("the projector cable came loose")

    real = c.keys.actions["blank"]
    c.keys.actions["blank"] = broken
    QTest.keyClick(c.windowHandle(), Qt.Key.Key_B)
    assert "cable came loose" in c.last_error and "cable came loose" in c.statusBar().currentMessage()
    c.keys.actions["blank"] = real
    QTest.keyClick(c.windowHandle(), Qt.Key.Key_B)
    assert c.projector.blanked, "the next key works"
    QTest.keyClick(c.windowHandle(), Qt.Key.Key_PageDown)
    assert timer_events(c) == 1


def test_each_key_press_is_acted_on_once(demo_console, qtbot):
    c = demo_console
    c.tabs.setCurrentIndex(list(c.tab_widgets).index("People"))
    table = c.tab_widgets["People"].findChild(QAbstractItemView)
    c.activateWindow()
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    QTest.keyClick(c.windowHandle(), Qt.Key.Key_B)
    assert c.projector.blanked and c.keys.handled[-1:] == ["blank"]
    QTest.keyClick(c.windowHandle(), Qt.Key.Key_B)
    assert not c.projector.blanked and c.keys.handled[-2:] == ["blank", "blank"]


def test_the_projector_window_never_takes_focus_and_still_fills_the_second_screen(demo_console, qtbot):
    c = demo_console
    win = c.projector.open_window()
    assert win.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    assert win.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert win.focusPolicy() == Qt.FocusPolicy.NoFocus
    qtbot.waitUntil(lambda: win.geometry().width() == 1920)
    assert win.isFullScreen() and win.screen().name() == "Projector"
    assert win.windowHandle().flags() & Qt.WindowType.WindowDoesNotAcceptFocus


def test_an_open_cell_editor_and_a_note_being_written_count_as_text_fields(qtbot):
    from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

    from app.ui.keys import is_text_entry

    table = QTableWidget(2, 2)
    table.setItem(0, 0, QTableWidgetItem("Ana"))
    qtbot.addWidget(table)
    table.show()
    qtbot.waitExposed(table)
    table.activateWindow()
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    assert not is_text_entry(table), "a table without an open editor does not type"
    table.editItem(table.item(0, 0))
    qtbot.waitUntil(lambda: table.focusWidget() is not table and table.focusWidget() is not None)
    editor = table.focusWidget()
    assert is_text_entry(editor)

    wall = Wall(None)
    qtbot.addWidget(wall)
    assert not is_text_entry(wall.view)
    wall.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    wall.show()
    qtbot.waitExposed(wall)
    wall.activateWindow()
    wall.view.setFocus()
    qtbot.waitUntil(wall.view.hasFocus)
    wall.scene.setFocusItem(wall.note)
    assert not is_text_entry(wall.view), "a note that is only selectable does not type"
    wall.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
    assert is_text_entry(wall.view)
