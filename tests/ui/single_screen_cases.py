"""Run only on a one-screen layout (see test_single_screen.py); not collected by default."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication


def test_one_screen_gives_a_resizable_window(demo_console, qtbot):
    assert len(QGuiApplication.screens()) == 1
    c = demo_console
    qtbot.keyClick(c, Qt.Key.Key_F5)
    win = c.projector.window
    assert win.isVisible() and not win.isFullScreen()
    assert not (win.windowFlags() & Qt.WindowType.FramelessWindowHint)
    screen = QGuiApplication.screens()[0].geometry()
    assert screen.contains(win.geometry())
    assert win.width() < screen.width()
    win.resize(800, 450)
    assert c.projector.room_size().width() == 800, "scenes paint at the window's size"
    qtbot.keyClick(c, Qt.Key.Key_F5)
    assert not c.projector.is_open()
