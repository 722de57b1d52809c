"""Clicker and live keys, from every window of the app, with typing left alone.

A presentation clicker sends PageDown, PageUp, B or '.', F5 and Esc. One
application-wide filter turns them into live actions, by one rule per key,
whatever window has focus (the console, the projector, any dialog or message box):

- PageDown, PageUp, F5 and Ctrl+1 … Ctrl+9 (scenes) work from every window,
  text fields included: they never type.
- Shift+PageDown / Shift+PageUp turn the page of a paged projector scene
  (Pairs, Tables), from every window. A clicker never sends Shift, so its
  PageDown / PageUp stay the live run's next / back, even while the Pairs are
  on screen; a page turned by hand stays until turned again or another round
  is shown.
- B, '.', Space, '=' '+' '-' work everywhere except inside a text field, where
  they type. A text field is a line edit, spin box, editable combo box or text
  editor, an open editor in a table, or a QGraphicsView whose scene's focus
  item is an editable QGraphicsTextItem (a sticky note being written).
  In a dialog, Space on a focused button presses that button, as everywhere
  on the desktop (keyboard users rely on it; a clicker does not send Space).
- Esc: in a dialog (or an open menu) it is the dialog's, which closes it; in a
  text field of the console it leaves the field; elsewhere it restores a
  blanked projector.

Each key press is decided once. A real key press reaches the QWindow first and
is decided there (as qutebrowser's filter does); a key sent straight to a
widget (QTest, or `sendEvent`) is decided at that widget. ShortcutOverride is
claimed for the keys acted on, so no menu shortcut or widget takes them. An
action that raises is reported through `report` and the filter keeps working.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QWindow
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QGraphicsTextItem,
    QGraphicsView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

K = Qt.Key
KM = Qt.KeyboardModifier
TYPING_KEYS = {K.Key_B, K.Key_Period, K.Key_Space, K.Key_Plus, K.Key_Minus, K.Key_Equal, K.Key_Underscore}
DIGITS = {getattr(K, f"Key_{n}"): n for n in range(1, 10)}
LIVE_KEYS = TYPING_KEYS | {K.Key_PageDown, K.Key_PageUp, K.Key_F5, K.Key_Escape} | set(DIGITS)
NO_REPEAT = ("blank", "projector", "start_pause")
_OWN_ESCAPE = (Qt.WindowType.Dialog, Qt.WindowType.Sheet, Qt.WindowType.Popup)


def is_text_entry(widget: QWidget | None) -> bool:
    """True when keys that type would type into `widget`."""
    if widget is None:
        return False
    if isinstance(widget, (QLineEdit, QAbstractSpinBox)):
        return not (isinstance(widget, QLineEdit) and widget.isReadOnly())
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        return not widget.isReadOnly()
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    if isinstance(widget, QGraphicsView):
        scene = widget.scene()
        item = scene.focusItem() if scene is not None else None
        return isinstance(item, QGraphicsTextItem) and bool(
            item.textInteractionFlags() & Qt.TextInteractionFlag.TextEditable)
    # Anything with focus inside an item view's viewport is an open cell editor.
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractItemView):
            return widget is not parent and parent.viewport().isAncestorOf(widget)
        parent = parent.parentWidget()
    return False


def owns_escape(window: QWidget | None) -> bool:
    """A dialog, message box or open menu: Esc is its own (it closes it)."""
    if window is None:
        return False
    return isinstance(window, QDialog) or window.windowType() in _OWN_ESCAPE


def _print_report(action: str, exc: BaseException) -> None:
    traceback.print_exception(type(exc), exc, exc.__traceback__, file=sys.stderr)


class ClickerKeys(QObject):
    """Application-wide event filter that turns live keys into actions."""

    def __init__(self, actions: dict[str, Callable[[], object]],   # what an action returns is not used
                 report: Callable[[str, BaseException], None] = _print_report) -> None:
        super().__init__()
        self.actions = actions
        self.report = report
        self.handled: list[str] = []  # the last actions taken, newest last (for tests and the status bar)
        self._declined: tuple | None = None  # the key event a QWindow passed on to its widgets

    def install(self) -> None:
        app = QApplication.instance()
        assert app is not None  # installed by a console, so after the QApplication was made
        app.installEventFilter(self)

    def remove(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    @staticmethod
    def action_for(event: QKeyEvent) -> str | None:
        """The live action of a key, by physical key: '=/+' adds a minute, Shift adds five."""
        key = event.key()
        mods = event.modifiers() & ~KM.KeypadModifier
        keypad = bool(event.modifiers() & KM.KeypadModifier)
        if key in DIGITS:
            return f"scene{DIGITS[key]}" if mods == KM.ControlModifier else None
        if mods & (KM.ControlModifier | KM.AltModifier | KM.MetaModifier):
            return None
        shift = bool(mods & KM.ShiftModifier)
        if key == K.Key_Equal:
            return "add1"
        if key == K.Key_Plus:
            # Main keyboard: '+' is Shift+'=' (five minutes); keypad '+' is one, Shift for five.
            return "add1" if keypad and not shift else "add5"
        if key == K.Key_Minus:
            return "sub5" if shift else "sub1"
        if key == K.Key_Underscore:
            return "sub5"
        if shift and key in (K.Key_PageDown, K.Key_PageUp):
            # Not a clicker's key (a clicker sends PageDown alone), so the live run keeps PageDown.
            return "page_next" if key == K.Key_PageDown else "page_back"
        plain: dict[int, str] = {   # by key() (an int): Qt.Key members are ints
            K.Key_PageDown: "next",
            K.Key_PageUp: "back",
            K.Key_B: "blank",
            K.Key_Period: "blank",
            K.Key_F5: "projector",
            K.Key_Escape: "escape",
            K.Key_Space: "start_pause",
        }
        return plain.get(key)

    @staticmethod
    def decide(action: str, key: int, focus: QWidget | None, window: QWidget | None) -> str | None:
        """What the filter does with `action` given focus and window: the action, "leave" or None (pass)."""
        typing = is_text_entry(focus)
        if action == "escape":
            if owns_escape(window):
                return None
            return "leave" if typing else "escape"
        if typing and key in TYPING_KEYS:
            return None
        if action == "start_pause" and isinstance(focus, QAbstractButton) and owns_escape(window):
            return None  # Space presses the dialog's focused button
        return action

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        at_window = isinstance(obj, QWindow)
        if not at_window and not isinstance(obj, QWidget):
            return False
        key_event: QKeyEvent = event  # type: ignore[assignment]
        if key_event.key() not in LIVE_KEYS:
            return False
        stamp = (kind, key_event.key(), key_event.modifiers(), key_event.timestamp())
        if not at_window and stamp == self._declined:
            return False  # decided at its window already: it is the widgets' now
        try:
            act = self._decision(obj, key_event)
        except Exception as exc:  # noqa: BLE001 - the filter must never take the keyboard down
            self.report("key", exc)
            return False
        if act is None:
            if at_window:
                self._declined = stamp
            return False
        if kind == QEvent.Type.ShortcutOverride:
            # Claim the key so no menu shortcut or widget takes it; act on the KeyPress.
            event.accept()
            return True
        self._run(act, key_event)
        return True

    def _decision(self, obj: QObject, event: QKeyEvent) -> str | None:
        action = self.action_for(event)
        if action is None:
            return None
        window: QWidget | None
        if isinstance(obj, QWidget):
            # Sent to a widget directly: every parent it propagates to decides the same way.
            window, focus = obj.window(), QApplication.focusWidget()
        else:
            # A real key press: Qt hands it to this window's focus widget, active or not.
            window = next((w for w in QApplication.topLevelWidgets() if w.windowHandle() is obj), None)
            focus = window.focusWidget() if window is not None else None
        return self.decide(action, event.key(), focus, window)

    def _run(self, act: str, event: QKeyEvent) -> None:
        if event.isAutoRepeat() and (act in NO_REPEAT or act.startswith("scene")):
            return
        if act == "leave":
            focus = QApplication.focusWidget()
            if focus is not None:
                window = focus.window()
                if isinstance(focus, QGraphicsView) and focus.scene() is not None:
                    # the note stops editing, too (None clears the focus item; the stubs want an item)
                    focus.scene().setFocusItem(None)  # type: ignore[arg-type]
                focus.clearFocus()
                window.setFocus()
        else:
            callback = self.actions.get(act)
            if callback is not None:
                try:
                    callback()
                except Exception as exc:  # noqa: BLE001 - report it; the next key still works
                    self.report(act, exc)
        self.handled.append(act)
        del self.handled[:-20]
