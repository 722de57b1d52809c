"""Clicker and live keys, wherever focus is in the console or on the projector.

A presentation clicker sends PageDown, PageUp, B or '.', F5 and Esc. Those keys
reach the live controls whichever widget has focus. Keys that type (B, '.',
Space, + and -) are left to a text field that has focus, so typing is never
stolen; PageDown/PageUp/F5/Esc never type, so they always reach the live controls.
Dialogs keep their keys: only the console and projector windows are watched.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

K = Qt.Key
TYPING_KEYS = {K.Key_B, K.Key_Period, K.Key_Space, K.Key_Plus, K.Key_Minus, K.Key_Equal, K.Key_Underscore}
LIVE_KEYS = TYPING_KEYS | {K.Key_PageDown, K.Key_PageUp, K.Key_F5, K.Key_Escape}


def is_text_entry(widget: QWidget | None) -> bool:
    if widget is None:
        return False
    if isinstance(widget, (QLineEdit, QAbstractSpinBox)):
        return True
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        return not widget.isReadOnly()
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    # An item view's open editor is a QLineEdit child; anything else is not typing.
    return False


class ClickerKeys(QObject):
    """Application-wide event filter that turns live keys into actions."""

    def __init__(self, windows: Callable[[], list[QWidget]], actions: dict[str, Callable[[], None]]) -> None:
        super().__init__()
        self._windows = windows
        self.actions = actions
        self.handled: list[str] = []  # the last actions taken, newest last (for tests and the status bar)

    def install(self) -> None:
        QApplication.instance().installEventFilter(self)

    def remove(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    @staticmethod
    def action_for(event: QKeyEvent) -> str | None:
        """The live action of a key, by physical key: '=/+' adds a minute, Shift adds five."""
        key = event.key()
        mods = event.modifiers()
        if mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                   | Qt.KeyboardModifier.MetaModifier):
            return None
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        keypad = bool(mods & Qt.KeyboardModifier.KeypadModifier)
        if key == K.Key_Equal:
            return "add1"
        if key == K.Key_Plus:
            # Main keyboard: '+' is Shift+'=' (five minutes); keypad '+' is one, Shift for five.
            return "add1" if keypad and not shift else "add5"
        if key == K.Key_Minus:
            return "sub5" if shift else "sub1"
        if key == K.Key_Underscore:
            return "sub5"
        return {
            K.Key_PageDown: "next",
            K.Key_PageUp: "back",
            K.Key_B: "blank",
            K.Key_Period: "blank",
            K.Key_F5: "projector",
            K.Key_Escape: "escape",
            K.Key_Space: "start_pause",
        }.get(key)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        if not isinstance(obj, QWidget):
            return False
        key_event: QKeyEvent = event  # type: ignore[assignment]
        if key_event.key() not in LIVE_KEYS:
            return False
        window = obj.window()
        if window not in self._windows():
            return False
        focus = QApplication.focusWidget()
        # Handled at the first widget that receives the key (the focus widget, for real key
        # presses); returning True stops it there, so it is never handled twice.
        action = self.action_for(key_event)
        if action is None:
            return False
        typing = is_text_entry(focus)
        if typing and key_event.key() in TYPING_KEYS:
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            # Claim the key so no menu shortcut or widget takes it; act on the KeyPress.
            event.accept()
            return True
        if key_event.isAutoRepeat() and action in ("blank", "projector", "start_pause"):
            return True
        if action == "escape" and typing:
            focus.clearFocus()
            window.setFocus()
        callback = self.actions.get(action)
        if callback is not None:
            callback()
        self.handled.append(action)
        del self.handled[:-20]
        return True
