"""Clicker keys x where focus is x which window, as one table (real widgets, keys sent as a clicker sends them).

A real key press reaches the focused QWindow first, so every key here is sent to the window
(QTest on the QWindow goes through Qt's shortcut map and the window, like a USB clicker).
Each row is one place the focus can be, each column one key; each cell names what the facilitator
sees happen: the live action (next, back, blank, projector, pause, +1 / -1 minute, the scene shown),
or what stays local (types, leave the field, closes the dialog or menu, press the focused button).
A text field is idle when nothing was typed in it for TYPING_HOLD_SECONDS (the FakeClock moves; no sleep).
"""

from __future__ import annotations

import sqlite3

import pytest
import shiboken6
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QGraphicsScene,
    QGraphicsTextItem,
    QGraphicsView,
    QLineEdit,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.ui.keys import TYPING_HOLD_SECONDS

pytestmark = pytest.mark.gui

NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
KEYPAD = Qt.KeyboardModifier.KeypadModifier
ALT = Qt.KeyboardModifier.AltModifier
KEYS = {  # column: (key, modifiers) as the keyboard or clicker sends it
    "PageDown": (Qt.Key.Key_PageDown, NO),
    "PageUp": (Qt.Key.Key_PageUp, NO),
    "B": (Qt.Key.Key_B, NO),
    ".": (Qt.Key.Key_Period, NO),
    "F5": (Qt.Key.Key_F5, NO),
    "Space": (Qt.Key.Key_Space, NO),
    "+": (Qt.Key.Key_Plus, SHIFT),          # the main keyboard's '+' is Shift+'='
    "kp+": (Qt.Key.Key_Plus, KEYPAD),
    "=": (Qt.Key.Key_Equal, NO),
    "-": (Qt.Key.Key_Minus, NO),
    "Esc": (Qt.Key.Key_Escape, NO),
    "Ctrl+2": (Qt.Key.Key_2, CTRL),
    "F6": (Qt.Key.Key_F6, NO),
    "F7": (Qt.Key.Key_F7, NO),
    "F8": (Qt.Key.Key_F8, NO),
    "F9": (Qt.Key.Key_F9, NO),
    "F10": (Qt.Key.Key_F10, NO),
    "F11": (Qt.Key.Key_F11, NO),            # the Talk tab's keys: a hand up or down,
    "F12": (Qt.Key.Key_F12, NO),            # call the next in the queue,
    "Alt+1": (Qt.Key.Key_1, ALT),           # the first code on the current turn (nothing elsewhere)
}
SCENES = "timer tables bright_spot wall_votes join commitments"   # Ctrl+2, F6, F7, F8, F9, F10 (this team)
OFF = "nothing nothing nothing"   # F11, F12, Alt+1 outside the Talk tab
OFF_FIELD = "nothing nothing types"   # (Alt+1 types "1" in a text field, as Qt has it)
OFF_MENU = "nothing nothing closes"   # (and closes an open menu)
TALK = "hand called code"         # F11, F12, Alt+1 in the Talk tab (its seating map or find field)
LIVE = f"next back blank blank projector pause +1 +1 +1 -1 unblank {SCENES}"

# What each key does, by where focus is: the live action, or types / leave (the field) / closes (the dialog,
# box or menu) / press (the dialog's focused button). Idle: nothing typed there for TYPING_HOLD_SECONDS.
# Columns: PageDown PageUp B . F5 Space + kp+ = - Esc, then the scene keys Ctrl+2 F6 F7 F8 F9 F10 (SCENES),
# then the Talk tab's F11 F12 Alt+1 (OFF elsewhere).
TABLE = {
    "console table":        f"{LIVE} {OFF}",
    "text field, idle":     f"next   back   blank blank projector types types types types types leave   {SCENES} {OFF_FIELD}",
    "text field, typed in": f"next   back   types types projector types types types types types leave   {SCENES} {OFF_FIELD}",
    "dialog as it opens":   f"next   back   blank blank projector press +1    +1    +1    -1    closes  {SCENES} {OFF}",
    "dialog field, typed":  f"next   back   types types projector types types types types types closes  {SCENES} {OFF_FIELD}",
    "dialog field, idle":   f"next   back   blank blank projector types types types types types closes  {SCENES} {OFF_FIELD}",
    "message box":          f"next   back   blank blank projector press +1    +1    +1    -1    closes  {SCENES} {OFF}",
    "menu":                 f"next   back   blank blank projector pause +1    +1    +1    -1    closes  {SCENES} {OFF_MENU}",
    "wall board":           f"{LIVE} {OFF}",
    "wall note, typed":     f"next   back   types types projector types types types types types leave   {SCENES} {OFF_FIELD}",
    "wall note, idle":      f"next   back   blank blank projector types types types types types leave   {SCENES} {OFF_FIELD}",
    # With someone speaking, Esc in the Talk tab is silence (the console asks before it unblanks).
    "talk map":             f"next back blank blank projector pause +1 +1 +1 -1 silence {SCENES} {TALK}",
    "talk find, idle":      f"next   back   blank blank projector types types types types types leave   {SCENES} {TALK}",
    "projector":            f"{LIVE} {OFF}",
}
# The same keys while the Wall is on the projector (its second page up): PageDown / PageUp turn its pages
# instead of moving the live run (a clicker pages through the notes); every other key does what it did.
WALL_UP = ", wall up"
PAGED = f"page+1 page-1 {LIVE.split(maxsplit=2)[2]} {OFF}"
TABLE.update({
    f"console table{WALL_UP}":    PAGED,
    f"text field, idle{WALL_UP}": f"page+1 page-1 blank blank projector types types types types types leave {SCENES} "
                                  f"{OFF_FIELD}",
    f"projector{WALL_UP}":        PAGED,
})


def talk_marks(console) -> tuple:
    """(hands, hands called, hands lowered, codes given) in the file."""
    conn = sqlite3.connect(console.ws.path)
    try:
        return conn.execute("SELECT count(*), count(called_us), count(withdrawn_us),"
                            " (SELECT count(*) FROM talk_turn_code) FROM talk_hand").fetchone()
    finally:
        conn.close()


def speaker(console):
    talk = console.ctx.services.talk
    turn = talk.open_turn() if console.ws.store is not None else None
    return turn.speaker if turn is not None else None


def ready_to_talk(c):
    """The Talk tab with the demo's latest conversation: codes on, someone speaking, a hand waiting, a name picked."""
    tab = c.tab_widgets["Talk"]
    c.tabs.setCurrentWidget(tab)
    talk = c.ctx.services.talk
    conv = talk.conversation()
    if not talk.codes.codes():
        talk.codes.use_defaults()
    if talk.open_turn() is None:
        talk.tap(conv.members[0])
    if not talk.queue.waiting():
        talk.queue.raise_hand(conv.members[1])
    tab.find.clear()
    tab.map.pick = conv.members[2]
    return tab


def timer_events(console) -> int:
    conn = sqlite3.connect(console.ws.path)
    try:
        return conn.execute("SELECT count(*) FROM timer_event").fetchone()[0]
    finally:
        conn.close()


def new_events(console, since: int) -> list[tuple[str, float]]:
    conn = sqlite3.connect(console.ws.path)
    try:
        return [(k, d or 0.0) for k, d in conn.execute("SELECT kind, delta FROM timer_event ORDER BY id")][since:]
    finally:
        conn.close()


class Wall(QWidget):
    """A stand-in for the sticky-note wall: a QGraphicsView with one editable note."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.scene = QGraphicsScene(0, 0, 400, 300, self)
        self.view = QGraphicsView(self.scene)
        self.note = QGraphicsTextItem("Note: ")
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.scene.addItem(self.note)
        QVBoxLayout(self).addWidget(self.view)
        self.resize(420, 320)


class Place:
    """Where focus is for one key: the widget, its window, and what it holds as text (if it is a field)."""

    def __init__(self, target: QWidget | None, window: QWidget, text=None) -> None:
        self.target, self.window, self.text = target, window, text
        self.pressed: list[bool] = []
        if isinstance(target, QAbstractButton):
            target.clicked.connect(lambda *_: self.pressed.append(True))


def _focus(qtbot, target: QWidget) -> None:
    win = target.window()
    win.activateWindow()
    target.setFocus()
    qtbot.waitUntil(target.hasFocus)


def _field_text(w):
    return w.toPlainText if hasattr(w, "toPlainText") else w.text


def place_focus(qtbot, c, clock, where: str) -> Place:
    """Put the focus where the row says, as a facilitator would have it just before the key."""
    if where == "projector":
        # As a window manager did at launch: the projector window gets focus (offscreen gives
        # focus to every window shown), so the room's window is where the keys arrive.
        win = c.projector.window
        win.hide()
        win.show()
        qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is win.windowHandle())
        return Place(None, win)
    if where == "console table":
        c.tabs.setCurrentWidget(c.tab_widgets["People"])
        table = c.tab_widgets["People"].findChild(QAbstractItemView)
        _focus(qtbot, table)
        return Place(table, c)
    if where.startswith("text field"):
        c.tabs.setCurrentWidget(c.tab_widgets["People"])
        field = c.tab_widgets["People"].findChild(QLineEdit)
        _focus(qtbot, field)
        place = Place(field, c, field.text)
    elif where.startswith("dialog"):
        dlg = c.details_dialog()   # File > Convening details, while the timer runs
        qtbot.waitUntil(lambda: dlg.isActiveWindow() and QApplication.focusWidget() is not None)
        if where == "dialog as it opens":   # (a letter landing in Title shows as "types")
            return Place(QApplication.focusWidget(), dlg, dlg.title.text)
        _focus(qtbot, dlg.title)
        place = Place(dlg.title, dlg, dlg.title.text)
    elif where == "message box":
        c.ctx.settings.setValue("ui/quiet_dialogs", False)
        c.show_keys_help()
        box = next(w for w in c.findChildren(QMessageBox) if w.isVisible())
        qtbot.waitExposed(box)
        target = box.defaultButton() or box.buttons()[0]
        _focus(qtbot, target)
        return Place(target, box)
    elif where == "menu":
        menu = c.menuBar().actions()[0].menu()   # File, open
        menu.popup(c.mapToGlobal(QPoint(20, 20)))
        qtbot.waitExposed(menu)
        return Place(None, menu)
    elif where == "talk map":
        tab = ready_to_talk(c)
        _focus(qtbot, tab.map)
        return Place(tab.map, c)
    elif where == "talk find, idle":
        tab = ready_to_talk(c)
        _focus(qtbot, tab.find)
        place = Place(tab.find, c, tab.find.text)
    elif where.startswith("wall"):
        tab = c.tab_widgets["Wall"]
        c.tabs.setCurrentWidget(tab)
        if where == "wall board":
            _focus(qtbot, tab.view)
            return Place(tab.view, c)
        _focus(qtbot, tab.view)
        editor = tab.view.open_note(next(iter(tab.board.notes)))   # as a double-click on a note does
        assert tab.view.scene().focusItem() is editor
        place = Place(tab.view, c, editor.toPlainText)
    else:
        raise AssertionError(where)
    if where.endswith("idle"):
        clock.advance(TYPING_HOLD_SECONDS + 1)   # nothing typed there for a while (focus came long ago)
    else:
        was = place.text()
        QTest.keyClick(place.window.windowHandle(), Qt.Key.Key_X)   # someone is typing there
        assert len(place.text()) == len(was) + 1
    return place


def tidy(c, qtbot) -> None:
    """Close what a key left open (a dialog, a box, a menu), so the next key starts the same way."""
    for w in QApplication.topLevelWidgets():
        if w.isVisible() and isinstance(w, (QDialog, QMenu)):
            w.close()
    tab = c.tab_widgets["Wall"]
    tab.view.close_note()
    QApplication.processEvents()


def what_happened(c, live, place: Place, before: dict, key: str) -> str:
    """One word for what the key did, from what the facilitator would see (the file, the room, the field)."""
    seen = []
    for kind, delta in new_events(c, before["events"]):
        if kind == "goto":
            now = position(live)
            seen.append("next" if now > before["position"] else "back")
        elif kind in ("start", "pause"):
            seen.append(kind)
        elif kind == "adjust":
            seen.append(f"{delta / 60:+g}")
        else:
            seen.append(kind)
    if c.projector.is_open() is not before["open"]:
        seen.append("projector")
    if c.projector.blanked is not before["blanked"]:
        seen.append("blank" if c.projector.blanked else "unblank")
    if c.projector.scene_id != before["scene"]:
        seen.append(c.projector.scene_id)
    elif getattr(c.projector.scene, "page", None) != before["page"]:
        seen.append(f"page{c.projector.scene.page - before['page']:+d}")
    hands, called, lowered, codes = (now - was for now, was in zip(talk_marks(c), before["talk"], strict=True))
    if before["speaker"] is not None and speaker(c) is None:
        seen.append("silence")
    if hands or lowered:
        seen.append("hand")
    if called:
        seen.append("called")
    if codes:
        seen.append("code")
    if place.text is not None and shiboken6.isValid(place.window) and place.window.isVisible() \
            and place.text() != before["text"]:
        seen.append("types")
    if c.projector.is_open() and not before["open"]:
        # Offscreen, the room's window takes the focus when shown (a real window manager does not:
        # tests/ui/test_keys_table.py::test_the_projector_window_never_takes_focus...), so focus, an open
        # menu or a field's cursor cannot be judged after F5 opened it.
        return "+".join(seen)
    closed = not shiboken6.isValid(place.window) or not place.window.isVisible()
    if place.pressed and key != "Esc":   # Esc "clicks" a message box's escape button: that is closing it
        seen.append("press")
    elif closed and place.window is not before["projector"]:
        seen.append("closes")
    elif place.text is not None and not place.target.hasFocus():
        seen.append("leave")
    return "+".join(seen) or "nothing"


def position(live) -> tuple[int, int]:
    snap = live.snapshot()
    ids = [i.id for i in live.items()]
    return (ids.index(snap.current_item_id) if snap.current_item_id in ids else -1, snap.current_step or -1)


@pytest.mark.qt_log_ignore("This plugin does not support (grabbing the keyboard|raise)")   # an open menu, offscreen
@pytest.mark.parametrize("where", list(TABLE))
def test_clicker_keys_by_focus_and_window(demo_console, qtbot, clock, where):
    c = demo_console
    live = c.ctx.services.live
    c.tab_widgets["Live"].follow.setChecked(False)   # the scene changes only by the scene keys here
    live.start_pause()  # the first item runs, then the second: next, back, + and Space all leave a timer event
    live.next()
    assert c.room_is_live()   # a countdown runs: dialogs open with the cursor on a button
    expected = dict(zip(KEYS, TABLE[where].split(), strict=True))
    wall_up = where.endswith(WALL_UP)
    where = where.removesuffix(WALL_UP)
    got = {}
    for name, (key, mods) in KEYS.items():
        if not live.snapshot().running:
            live.start_pause()
        # The room's window is open only for its own row (F5 toggles it either way): offscreen, a shown
        # projector window takes the focus for a moment later on, which a real window manager does not do.
        if c.projector.is_open() is not (where == "projector"):
            c.projector.toggle_window()
        c.projector.set_scene("wall" if wall_up else "welcome")
        if wall_up:
            image = QImage(1024, 768, QImage.Format.Format_RGB32)
            painter = QPainter(image)
            c.projector.scene.paint(painter, QRect(0, 0, 1024, 768), c.projector.theme)   # its pages, counted
            painter.end()
            assert c.projector.scene.pages > 2
            c.projector.scene.page = 1
        if c.projector.blanked is not (name == "Esc"):
            c.projector.toggle_blank()
        place = place_focus(qtbot, c, clock, where)
        before = {"events": timer_events(c), "open": c.projector.is_open(), "blanked": c.projector.blanked,
                  "scene": c.projector.scene_id, "text": place.text() if place.text else None,
                  "position": position(live), "projector": c.projector.window, "talk": talk_marks(c),
                  "speaker": speaker(c), "page": getattr(c.projector.scene, "page", None)}

        QTest.keyClick(place.window.windowHandle(), key, mods)

        got[name] = what_happened(c, live, place, before, name)
        tidy(c, qtbot)
    assert got == expected, f"{where}: " + ", ".join(f"{k}: {got[k]} (not {expected[k]})"
                                                   for k in KEYS if got[k] != expected[k])


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
