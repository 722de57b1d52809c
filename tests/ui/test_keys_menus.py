"""Menus: one Alt letter per item (never B, the clicker's Blank); Ctrl+Q asks once, only while a countdown runs."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu, QMessageBox

pytestmark = pytest.mark.gui


def letters(menu: QMenu) -> dict[str, list[str]]:
    """Each Alt letter of `menu`'s items, with the items that use it."""
    out: dict[str, list[str]] = {}
    for act in menu.actions():
        if act.isSeparator() or not act.isVisible():
            continue
        label = act.text().split("\t")[0]
        letter = QKeySequence.mnemonic(label).toString()[-1:].lower()
        out.setdefault(letter or "(none)", []).append(label)
    return out


def all_menus(c) -> list[tuple[str, QMenu]]:
    found = []
    todo = [(a.text(), a.menu()) for a in c.menuBar().actions() if a.menu() is not None]
    while todo:
        name, menu = todo.pop()
        found.append((name, menu))
        todo += [(f"{name} > {a.text()}", a.menu()) for a in menu.actions() if a.menu() is not None]
    return found


def test_every_menu_item_has_its_own_alt_letter_and_none_is_b(demo_console):
    c = demo_console
    bar = {}
    for a in c.menuBar().actions():
        bar.setdefault(QKeySequence.mnemonic(a.text()).toString()[-1:].lower(), []).append(a.text())
    assert all(len(v) == 1 for v in bar.values()), bar
    menus = all_menus(c)
    assert {n for n, _ in menus} >= {"&File", "&Edit", "&Projector", "&Help", "&File > &Import"}
    for name, menu in menus:
        if name.endswith("Open &Recent"):
            continue   # file names, made safe (app/ui/buttons.py mnemonic_safe): no letters
        seen = letters(menu)
        assert "(none)" not in seen, f"{name}: items without an Alt letter: {seen.get('(none)')}"
        shared = {k: v for k, v in seen.items() if len(v) > 1}
        assert not shared, f"{name}: items sharing an Alt letter: {shared}"
        assert "b" not in seen, f"{name}: B is the clicker's Blank, even in an open menu: {seen['b']}"


def test_ctrl_q_quits_at_once_when_no_countdown_runs(demo_console, qtbot):
    c = demo_console
    QTest.keyClick(c.windowHandle(), Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert c.quit_box is None
    qtbot.waitUntil(lambda: not shiboken6.isValid(c) or not c.isVisible())


def test_ctrl_q_asks_once_while_a_countdown_runs(demo_console, qtbot):
    c = demo_console
    c.ctx.services.live.start_pause()
    QTest.keyClick(c.windowHandle(), Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    box = c.quit_box
    assert isinstance(box, QMessageBox) and box.isVisible() and c.isVisible(), "it asks; Convene is still open"
    assert box.text() == "The timer is running. Quit Convene?"
    assert box.defaultButton().text() == "Keep running" and box.escapeButton() is box.defaultButton()
    qtbot.mouseClick(box.defaultButton(), Qt.MouseButton.LeftButton)
    assert c.isVisible() and c.ctx.services.live.snapshot().running, "kept running"
    assert c.quit_box is None

    c.activateWindow()   # (offscreen leaves no window active after a box closes; a desktop reactivates its parent)
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is c.windowHandle())
    QTest.keyClick(c.windowHandle(), Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    box = c.quit_box
    quit_button = next(b for b in box.buttons() if b.text() == "Quit")
    qtbot.mouseClick(quit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not shiboken6.isValid(c) or not c.isVisible())


def test_every_menu_text_gets_a_letter_whenever_the_letters_allow():
    """Taking the first free letter text by text can strand the last one ("D F C" after D, F and C are given)
    though a letter for each exists; a full menu (the Spanish Projector menu: 25 items) needs them all."""
    from PySide6.QtGui import QKeySequence

    from app.ui.keys import with_mnemonics

    labels = with_mnemonics(["D C", "F E", "C", "D F C"])
    letters = [QKeySequence.mnemonic(label).toString()[-1:].lower() for label in labels]
    assert all("&" in label for label in labels) and len(set(letters)) == 4, labels
    assert with_mnemonics(["Blank"]) == ["B&lank"]                    # never B, the clicker's Blank
