"""Clicker and live keys, from every window of the app, with typing left alone.

A presentation clicker sends PageDown, PageUp, B or '.', F5 and Esc, and it cannot be told
from a keyboard. One application-wide filter turns keys into live actions, by one rule per
key, whatever window has focus (the console, the projector, any dialog, message box or menu):

- PageDown, PageUp, F5, the scene keys (Ctrl+1 ... Ctrl+9, F6 ... F9: `CTRL_SCENES`, `SCENE_FKEYS`)
  and F10 (Commitments: this team) work from every window, text fields included: they never type.
- Shift+PageDown / Shift+PageUp turn the page of a paged projector scene (Pairs, Tables, Agenda,
  Commitments, Wall), from every window. A clicker never sends Shift, so its PageDown / PageUp stay
  the live run's next / back, even while the Pairs are on screen; except while the Wall is on the
  projector (not blanked): then they turn the Wall's pages (the console's "next" and "back" actions
  ask `ProjectorController.clicker_pages()`), and at its last page PageDown stays there and says so.
- '=' and '+' add a minute and '-' takes one, on the main keyboard and the keypad alike. On
  most keyboards '+' is Shift+'=', so Shift does not mean anything here (no key adds five).
- Space, '=', '+' and '-' type in a text field. In a dialog, Space on a focused button presses
  that button, as everywhere on the desktop (keyboard users rely on it; a clicker does not send it).
- Esc: in a dialog (or an open menu) it is the dialog's, which closes it; in a text field of the
  console it leaves the field; elsewhere it restores a blanked projector.
- F11, F12 and Alt+1 ... Alt+4 are not live keys: they are the Talk tab's (a hand up or down, call
  the next in the speaking queue, code a turn: app/ui/talk/talk_tab.py) and pass through here.

B and '.' in a text field: the clicker's Blank, and letters too. The outcome that matters is that
the facilitator never believes the room is blank when it is not, and no stray "b" or "." lands in
a note. So a text field holds B and '.' only while someone is typing in it: for
`TYPING_HOLD_SECONDS` after a key typed into it, a click in it, or the cursor put there on purpose
(Tab, a click, a shortcut, or the app when asked). Then B and '.' type, and the console says so
plainly under the room's picture ("Typing in Step notes — B and . type; Esc to leave"). A field
not typed in for those seconds, or that the cursor only came back to with its window, gives B and
'.' back to the live run: B blanks the room, nothing lands in the field, and the status bar says
where the key went ("type a letter first to type b"). Shift+B always types (a clicker never sends
Shift). Dialogs opened while the room is live (a countdown runs or the projector window is open)
start with the cursor on a button, not in a text field (File > Convening details used to open in
Title). The hold is read from the injected clock (`clock.monotonic()`), so tests move a FakeClock
and never sleep; a QTimer only repaints the notice when the hold ends.

A text field is a line edit, spin box, editable combo box or text editor, an open editor in a
table, or a QGraphicsView whose scene's focus item is an editable QGraphicsTextItem (a sticky
note being written).

Each key press is decided once. A real key press reaches the QWindow first and is decided there
(as qutebrowser's filter does); a key sent straight to a widget (QTest, or `sendEvent`) is decided
at that widget. ShortcutOverride is claimed for the keys acted on, so no menu shortcut or widget
takes them. An action that raises is reported through `report` and the filter keeps working.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable, Iterable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence, QWindow
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGraphicsTextItem,
    QGraphicsView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from app.domain.clock import Clock, SystemClock

K = Qt.Key
KM = Qt.KeyboardModifier
TYPING_HOLD_SECONDS = 5.0   # a text field holds B and '.' this long after it was typed in
CLICKER_TYPING_KEYS = {K.Key_B, K.Key_Period}    # the clicker's Blank: typed only while a field holds it
TYPING_KEYS = CLICKER_TYPING_KEYS | {K.Key_Space, K.Key_Plus, K.Key_Minus, K.Key_Equal}
DIGITS = {getattr(K, f"Key_{n}"): n for n in range(1, 10)}
# Ctrl+1 ... Ctrl+9: the live run's scenes first, then what a convening puts up most often (by id, so the
# keys never depend on the order the scene modules happened to be imported in).
CTRL_SCENES = ("welcome", "timer", "protocol", "agenda", "clock", "wall", "pairs", "commitments", "talk")
# The scenes after the ninth, by function key.
SCENE_FKEYS: dict[int, str] = {K.Key_F6: "tables", K.Key_F7: "bright_spot", K.Key_F8: "wall_votes",
                               K.Key_F9: "join"}
SCENE_FKEY_NAMES = {scene_id: QKeySequence(key).toString() for key, scene_id in SCENE_FKEYS.items()}
COMMITMENTS_TEAM_KEY = K.Key_F10   # Commitments: this team (Ctrl+8, Commitments, shows every team)
LIVE_KEYS = (TYPING_KEYS | {K.Key_PageDown, K.Key_PageUp, K.Key_F5, K.Key_Escape, COMMITMENTS_TEAM_KEY}
             | set(DIGITS) | set(SCENE_FKEYS))
NO_REPEAT = ("blank", "projector", "start_pause", "commitments_team")
_OWN_ESCAPE = (Qt.WindowType.Dialog, Qt.WindowType.Sheet, Qt.WindowType.Popup)
_MODIFIER_KEYS = {K.Key_Shift, K.Key_Control, K.Key_Alt, K.Key_Meta, K.Key_AltGr, K.Key_CapsLock}
# The cursor put in a field by someone (Tab, a click, a shortcut) or by the app when asked (Other) means typing
# is next; coming back with its window (ActiveWindow), or after a menu or popup closed, does not.
_PURPOSEFUL_FOCUS = {Qt.FocusReason.MouseFocusReason, Qt.FocusReason.TabFocusReason,
                     Qt.FocusReason.BacktabFocusReason, Qt.FocusReason.ShortcutFocusReason,
                     Qt.FocusReason.OtherFocusReason}
_WATCHED = {QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride, QEvent.Type.FocusIn, QEvent.Type.FocusOut,
            QEvent.Type.MouseButtonPress, QEvent.Type.Show}


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


def field_name(widget: QWidget) -> str:
    """What the facilitator calls a text field: its accessible name, else its placeholder."""
    if isinstance(widget, QGraphicsView):
        return QCoreApplication.translate("keys", "a note")
    name = widget.accessibleName().strip()
    if not name and isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
        name = widget.placeholderText().strip()
    if not name:
        parent = widget.parentWidget()
        while parent is not None and not isinstance(parent, QAbstractItemView):
            parent = parent.parentWidget()
        name = QCoreApplication.translate("keys", "a table cell") if parent is not None else QCoreApplication.translate("keys", "a text field")
    return name


def owns_escape(window: QWidget | None) -> bool:
    """A dialog, message box or open menu: Esc is its own (it closes it)."""
    if window is None:
        return False
    return isinstance(window, QDialog) or window.windowType() in _OWN_ESCAPE


def calm_focus(dialog: QDialog) -> QWidget | None:
    """Start `dialog` with the cursor on a button, not in a text field; the widget given focus, or None.

    Prefers the button that closes without changing anything (Cancel, Close), then any button."""
    first = dialog.focusWidget() or _first_in_focus_chain(dialog)
    if first is None or not is_text_entry(first):
        return None
    buttons = [b for b in dialog.findChildren(QAbstractButton) if b.isVisibleTo(dialog) and b.isEnabled()
               and b.focusPolicy() & Qt.FocusPolicy.TabFocus]
    if not buttons:
        dialog.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
        return dialog
    safe = next((b for b in buttons if _role(b) in (QDialogButtonBox.ButtonRole.RejectRole,
                                                    QDialogButtonBox.ButtonRole.DestructiveRole)), None)
    target = safe or buttons[0]
    target.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
    return target


def _role(button: QAbstractButton) -> QDialogButtonBox.ButtonRole | None:
    box = button.parentWidget()
    return box.buttonRole(button) if isinstance(box, QDialogButtonBox) else None


def _first_in_focus_chain(window: QWidget) -> QWidget | None:
    w = window.nextInFocusChain()
    while w is not None and w is not window:
        if (w.focusPolicy() & Qt.FocusPolicy.TabFocus) and w.isEnabled() and w.isVisibleTo(window) \
                and w.focusProxy() is None:
            return w
        w = w.nextInFocusChain()
    return None


def _print_report(action: str, exc: BaseException) -> None:
    traceback.print_exception(type(exc), exc, exc.__traceback__, file=sys.stderr)


def with_mnemonics(texts: Iterable[str], taken: Iterable[str] = (), prefer_from: int = 0) -> list[str]:
    """Menu texts with one unique Alt letter each (the first free letter of a word, then any free letter).

    Letters from `prefer_from` on come first (after a shared prefix such as "Show "), then the prefix's.
    The texts with the fewest letters to choose from choose first, so a short word still finds one.
    B is never given: in an open menu it is the clicker's Blank. Texts already marked with '&' keep their letter."""
    used = {c.lower() for c in taken} | {"b"}
    parts = [text.partition("\t") for text in texts]
    out = list(texts)
    choices: dict[int, list[int]] = {}
    for n, (label, _, _keys) in enumerate(parts):
        if "&" in label.replace("&&", ""):
            used.add(QKeySequence.mnemonic(label).toString()[-1:].lower())
            continue
        starts = [i for i, c in enumerate(label) if c.isalpha() and (i == 0 or not label[i - 1].isalnum())]
        rest = [i for i, c in enumerate(label) if c.isalnum() and i not in starts]
        order = starts + rest
        choices[n] = [i for i in order if i >= prefer_from] + [i for i in order if i < prefer_from]
    # Each text takes its first free letter in its order; when none is free, the letters already given are
    # moved along (an augmenting path, as in bipartite matching), so a full menu finds a letter for every text
    # whenever one exists (a Spanish Projector menu has 25 items for 25 letters).
    owner: dict[str, int] = {}      # letter -> the text holding it
    pick: dict[int, int] = {}       # text -> the index of its letter

    def place(n: int, seen: set[str]) -> bool:
        label = parts[n][0]
        for i in choices[n]:
            c = label[i].lower()
            if c in used or c in seen:
                continue
            seen.add(c)
            if c not in owner or place(owner[c], seen):
                owner[c], pick[n] = n, i
                return True
        return False

    for n in sorted(choices, key=lambda n: len({parts[n][0][i].lower() for i in choices[n]} - used)):
        place(n, set())
    for n in choices:
        label, _, keys = parts[n]
        if n in pick:
            label = label[:pick[n]] + "&" + label[pick[n]:]
        out[n] = label + (f"\t{keys}" if keys else "")
    return out


class ClickerKeys(QObject):
    """Application-wide event filter that turns live keys into actions."""

    holding = Signal(str)   # the name of the text field that holds B and '.' now, "" when none
    notice = Signal(str)    # one line for the status bar: where a clicker key went instead of a field

    def __init__(self, actions: dict[str, Callable[[], object]],   # what an action returns is not used
                 report: Callable[[str, BaseException], None] = _print_report,
                 clock: Clock | None = None, live: Callable[[], bool] | None = None) -> None:
        super().__init__()
        self.actions = actions
        self.report = report
        self.clock: Clock = clock or SystemClock()
        self.live = live or (lambda: False)
        self.handled: list[str] = []  # the last actions taken, newest last (for tests and the status bar)
        self.hold_name = ""           # what `holding` said last
        self._declined: tuple | None = None  # the key event a QWindow passed on to its widgets
        self._typed: tuple[QWidget, float] | None = None   # (widget, monotonic time) of the last typing
        self._expiry = QTimer(self)
        self._expiry.setSingleShot(True)
        self._expiry.timeout.connect(self.refresh)

    def install(self) -> None:
        app = QApplication.instance()
        assert app is not None  # installed by a console, so after the QApplication was made
        app.installEventFilter(self)

    def remove(self) -> None:
        self._expiry.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    # -- which key is which action ----------------------------------------------------------
    @staticmethod
    def action_for(event: QKeyEvent) -> str | None:
        """The live action of a key: '=' and '+' add a minute, '-' takes one (main keyboard or keypad)."""
        key = event.key()
        mods = event.modifiers() & ~KM.KeypadModifier
        if key in DIGITS:
            return f"scene{DIGITS[key]}" if mods == KM.ControlModifier else None
        if mods & (KM.ControlModifier | KM.AltModifier | KM.MetaModifier):
            return None
        shift = bool(mods & KM.ShiftModifier)
        if key in SCENE_FKEYS:
            return None if shift else f"scene:{SCENE_FKEYS[key]}"
        if key == COMMITMENTS_TEAM_KEY:
            return None if shift else "commitments_team"
        if key in (K.Key_Equal, K.Key_Plus):
            return "add1"   # '+' is Shift+'=' on most keyboards: Shift cannot mean anything more here
        if key == K.Key_Minus:
            return "sub1"
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
    def decide(action: str, key: int, focus: QWidget | None, window: QWidget | None,
               held: bool = True, shifted: bool = False) -> str | None:
        """What the filter does with `action` given focus and window: the action, "leave" or None (pass).

        `held`: the text field in focus holds B and '.' (typed in a moment ago); `shifted`: Shift is down."""
        typing = is_text_entry(focus)
        if action == "escape":
            if owns_escape(window):
                return None
            return "leave" if typing else "escape"
        if typing and key in TYPING_KEYS:
            if key in CLICKER_TYPING_KEYS and not held and not shifted:
                return action   # an idle field gives the clicker's Blank back to the room
            return None
        if action == "start_pause" and isinstance(focus, QAbstractButton) and owns_escape(window):
            return None  # Space presses the dialog's focused button
        return action

    # -- is someone typing? ------------------------------------------------------------------
    def holds(self, widget: QWidget | None) -> bool:
        """Whether `widget` is a text field typed into (clicked, or given the cursor on purpose) a moment ago."""
        if widget is None or self._typed is None:
            return False
        typed_in, at = self._typed
        if not shiboken6.isValid(typed_in) or typed_in is not widget:
            return False
        return self.clock.monotonic() - at < TYPING_HOLD_SECONDS and is_text_entry(widget)

    def typed(self, widget: QWidget | None) -> None:
        """`widget` was typed in (or clicked, or given the cursor on purpose) now."""
        if widget is None:
            return
        self._typed = (widget, self.clock.monotonic())
        self.refresh()

    def refresh(self) -> None:
        """Say which field holds B and '.' now (the injected clock decides when a hold ends)."""
        focus = QApplication.focusWidget()
        held = self.holds(focus)
        name = field_name(focus) if held and focus is not None else ""
        if name != self.hold_name:
            self.hold_name = name
            self.holding.emit(name)
        self._expiry.stop()
        if held and self._typed is not None:
            left = TYPING_HOLD_SECONDS - (self.clock.monotonic() - self._typed[1])
            self._expiry.start(max(200, int(left * 1000) + 50))

    # -- the filter ----------------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind not in _WATCHED:
            return False
        try:
            if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
                return self._key(obj, event)  # type: ignore[arg-type]
            if isinstance(obj, QWidget):
                self._watch(obj, event)
        except Exception as exc:  # noqa: BLE001 - the filter must never take the keyboard down
            self.report(QCoreApplication.translate("ClickerKeys", "key"), exc)
        return False

    def _watch(self, obj: QWidget, event: QEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.Show:
            if obj.isWindow() and isinstance(obj, QDialog) and self.live():
                calm_focus(obj)
        elif kind == QEvent.Type.FocusIn:
            focus_event: QFocusEvent = event  # type: ignore[assignment]
            if focus_event.reason() in _PURPOSEFUL_FOCUS and is_text_entry(obj):
                self.typed(obj)
            else:
                self.refresh()
        elif kind == QEvent.Type.FocusOut:
            QTimer.singleShot(0, self, self.refresh)   # once focus has landed where it goes
        elif kind == QEvent.Type.MouseButtonPress:
            focus = QApplication.focusWidget()
            if focus is not None and (focus is obj or focus.isAncestorOf(obj)) and is_text_entry(focus):
                self.typed(focus)

    def _key(self, obj: QObject, key_event: QKeyEvent) -> bool:
        kind = key_event.type()
        at_window = isinstance(obj, QWindow)
        if not at_window and not isinstance(obj, QWidget):
            return False
        if key_event.key() not in LIVE_KEYS:
            if kind == QEvent.Type.KeyPress and key_event.key() not in _MODIFIER_KEYS:
                focus = QApplication.focusWidget()
                if is_text_entry(focus):
                    self.typed(focus)
            return False
        stamp = (kind, key_event.key(), key_event.modifiers(), key_event.timestamp())
        if not at_window and stamp == self._declined:
            return False  # decided at its window already: it is the widgets' now
        try:
            act, focus = self._decision(obj, key_event)
        except Exception as exc:  # noqa: BLE001 - the filter must never take the keyboard down
            self.report(QCoreApplication.translate("ClickerKeys", "key"), exc)
            return False
        if act is None:
            if at_window:
                self._declined = stamp
            if kind == QEvent.Type.KeyPress and is_text_entry(focus):
                self.typed(focus)   # B, '.', Space ... typed into the field
            return False
        if kind == QEvent.Type.ShortcutOverride:
            # Claim the key so no menu shortcut or widget takes it; act on the KeyPress.
            key_event.accept()
            return True
        if focus is not None and key_event.key() in CLICKER_TYPING_KEYS and is_text_entry(focus):
            char = "B" if key_event.key() == K.Key_B else "."
            self.notice.emit(f"{char} went to the room, not into {field_name(focus)}: nothing was typed there "
                             f"for {TYPING_HOLD_SECONDS:g} seconds. Type a letter first to type “{char.lower()}”.")
        self._run(act, key_event)
        return True

    def _decision(self, obj: QObject, event: QKeyEvent) -> tuple[str | None, QWidget | None]:
        action = self.action_for(event)
        window: QWidget | None
        if isinstance(obj, QWidget):
            # Sent to a widget directly: every parent it propagates to decides the same way.
            window, focus = obj.window(), QApplication.focusWidget()
        else:
            # A real key press: Qt hands it to this window's focus widget, active or not.
            window = next((w for w in QApplication.topLevelWidgets() if w.windowHandle() is obj), None)
            focus = window.focusWidget() if window is not None else None
        if action is None:
            return None, focus
        shifted = bool(event.modifiers() & KM.ShiftModifier)
        return self.decide(action, event.key(), focus, window, self.holds(focus), shifted), focus

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
        self.refresh()


def scene_keys(scene_id: str) -> list[str]:
    """The keys that show `scene_id`: Ctrl+n for the first nine, F6 ... F9 for the next."""
    keys = [f"Ctrl+{CTRL_SCENES.index(scene_id) + 1}"] if scene_id in CTRL_SCENES else []
    if scene_id in SCENE_FKEY_NAMES:
        keys.append(SCENE_FKEY_NAMES[scene_id])
    return keys


def in_key_order(scene_ids: Iterable[str]) -> list[str]:
    """`scene_ids` in the order of their keys (Ctrl+1 ... Ctrl+9, F6 ... F9), then any others as given."""
    ids = list(scene_ids)
    keyed = [*CTRL_SCENES, *SCENE_FKEYS.values()]
    return sorted(ids, key=lambda sid: (keyed.index(sid), 0) if sid in keyed else (len(keyed), ids.index(sid)))
