"""Owns what the room sees: the current scene, blanking, the projector window and its placement.

A sensitive lens (Race/ethnicity, any lens marked sensitive) never reaches the room by one key:
`request("talk")` (Ctrl+9, the Talk balance button, the Projector menu) asks first, on the console
only ("“Race/ethnicity” is a sensitive lens: press Ctrl+9 again (or click Show) ..."), and a
second request within `CONFIRM_SECONDS` (the injected clock) or `confirm()` (the Show button)
puts it up. The confirmation holds for that conversation and lens while Talk balance stays up;
another scene, or another sensitive lens chosen under it, asks again.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QObject, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QPainter, QScreen
from PySide6.QtWidgets import QWidget

from app.ui.projector.scene import Scene, SceneContext, registered_scenes
from app.ui.projector.window import (
    DEFAULT_ROOM_SIZE,
    ROOM_WINDOW_FLAGS,
    ProjectorThumbnail,
    ProjectorWindow,
    show_full_screen_without_focus,
)
from app.ui.second_press import SecondPress
from app.ui.theme import THEMES, Theme

CONFIRM_SECONDS = 5.0   # a second Ctrl+9 within this long puts a sensitive lens on the projector
TALK = "talk"


class ProjectorController(QObject):
    changed = Signal()          # scene, blank or theme changed
    window_toggled = Signal(bool)
    prompt_changed = Signal(str)   # a question for the console only ("" when none): a sensitive lens

    def __init__(self, ctx: SceneContext, console: QWidget | None = None) -> None:
        super().__init__()
        from app.ui.projector.scenes import load_builtin

        load_builtin()

        self.ctx = ctx
        self.console = console
        self.scenes: dict[str, Scene] = {}
        for factory in registered_scenes():
            scene = factory(ctx)
            self.scenes[scene.scene_id] = scene
        self.scene_id = "welcome"
        self.blanked = False
        self.theme: Theme = THEMES["dark"]
        self.window: ProjectorWindow | None = None
        self.thumbnails: list[ProjectorThumbnail] = []
        self._tick = QTimer(self)
        self._tick.setSingleShot(True)
        self._tick.setTimerType(Qt.TimerType.PreciseTimer)
        self._tick.timeout.connect(self._on_tick)
        self.prompt = ""                                  # what prompt_changed said last
        self._talk_ok: tuple[int, int] | None = None      # (conversation, lens) confirmed for the room
        self._before_talk = "welcome"
        # Asked about a sensitive (conversation, lens): the same request again within CONFIRM_SECONDS shows it.
        self._confirm = SecondPress(self.ctx.clock, CONFIRM_SECONDS, self)
        self._confirm.lapsed.connect(lambda: self._set_prompt(""))

    # -- scenes ---------------------------------------------------------------
    @property
    def scene(self) -> Scene:
        return self.scenes.get(self.scene_id) or self.scenes["welcome"]

    def shown_scene_id(self) -> str:
        return "blank" if self.blanked else self.scene.scene_id

    def set_scene(self, scene_id: str) -> None:
        """Show `scene_id` now (the app's own call: a sensitive lens is taken as chosen; keys use `request`)."""
        if scene_id not in self.scenes:
            raise KeyError(scene_id)
        self._leaving(scene_id)
        if scene_id == TALK:
            lens = self.sensitive_lens()
            self._talk_ok = lens[0] if lens is not None else None
        self.scene_id = scene_id
        self.blanked = scene_id == "blank" and self.blanked
        self.refresh()

    def request(self, scene_id: str) -> bool:
        """The facilitator asks for `scene_id` (a key, a button, the menu); False if it waits for a confirmation.

        Talk balance with a sensitive lens asks first, on the console only; the same request again
        within CONFIRM_SECONDS, or `confirm()`, shows it."""
        if scene_id != TALK:
            self.set_scene(scene_id)
            return True
        lens = self.sensitive_lens()
        if lens is None or (self.scene_id == TALK and self._talk_ok == lens[0]):
            self.set_scene(TALK)
            return True
        key, name = lens
        if self._confirm.press(key):
            return self.confirm()
        self._set_prompt(f"“{name}” is a sensitive lens: press Ctrl+9 again (or click Show) "
                         "to put it on the projector.")
        return False

    def confirm(self) -> bool:
        """The facilitator confirmed: Talk balance goes up with its sensitive lens (the Show button)."""
        self._confirm.reset()
        self._set_prompt("")
        self.set_scene(TALK)
        return True

    def sensitive_lens(self) -> tuple[tuple[int, int], str] | None:
        """((conversation, lens), lens name) when Talk balance would show a lens marked sensitive now."""
        services = self.ctx.services
        talk = services.talk if services is not None else None
        if talk is None or self.ctx.workspace.store is None:
            return None
        conv = talk.conversation()
        lens = talk.lens(conv.lens_id) if conv is not None and conv.lens_id is not None else None
        if conv is None or lens is None or not lens.sensitive:
            return None
        return (conv.id, lens.id), lens.name

    def _leaving(self, scene_id: str) -> None:
        """Going to `scene_id`: a question about a sensitive lens is dropped; leaving Talk ends its confirmation."""
        self._confirm.reset()
        self._set_prompt("")
        if scene_id != TALK:
            self._talk_ok = None
        elif self.scene_id != TALK:
            self._before_talk = self.scene_id

    def _set_prompt(self, text: str) -> None:
        if text != self.prompt:
            self.prompt = text
            self.prompt_changed.emit(text)

    def _guard_sensitive(self) -> None:
        """A sensitive lens chosen while Talk balance is up was never confirmed: take it off the room."""
        if self.scene_id != TALK:
            return
        lens = self.sensitive_lens()
        if lens is None or lens[0] == self._talk_ok:
            return
        self.scene_id = self._before_talk if self._before_talk in self.scenes else "welcome"
        self._talk_ok = None
        self._confirm.reset()
        self._confirm.press(lens[0])   # asks: the next Ctrl+9 within CONFIRM_SECONDS puts it back
        self._set_prompt(f"Talk balance left the projector: “{lens[1]}” is a sensitive lens. Press Ctrl+9 "
                         "(or click Show) to put it back.")

    def follow(self, scene_id: str) -> None:
        """"Projector follows": show `scene_id` for the live run, leaving a blank in place until B."""
        if scene_id not in self.scenes:
            raise KeyError(scene_id)
        if scene_id != self.scene_id:
            self._leaving(scene_id)
            self.scene_id = scene_id
            self.refresh()

    def turn_page(self, delta: int) -> bool:
        """Turn the page of the scene on screen, if it has pages (Pairs, Tables); False if not."""
        if self.blanked:
            return False
        scene = self.scene
        turn = getattr(scene, "turn", None)
        if turn is None and scene.scene_id == "commitments":
            turn = functools.partial(_turn_commitments, scene)
        if turn is None or not turn(delta):
            return False
        self.refresh()
        return True

    def clicker_pages(self) -> bool:
        """True while the room sees a scene the clicker's PageDown / PageUp page through (the Wall), not the
        live run's next and back."""
        return not self.blanked and bool(getattr(self.scene, "clicker_pages", False))

    def toggle_blank(self) -> None:
        self.blanked = not self.blanked
        self.refresh()

    def unblank(self) -> None:
        if self.blanked:
            self.blanked = False
            self.refresh()

    def set_theme(self, name: str) -> None:
        self.theme = THEMES[name]
        self.refresh()

    def data_changed(self) -> None:
        self.ctx.forget_language()   # the convening's projector language may have changed
        for scene in self.scenes.values():
            hook = getattr(scene, "on_data_changed", None)
            if hook:
                hook()
        self._guard_sensitive()
        self.refresh()

    # -- painting ----------------------------------------------------------------
    def room_size(self) -> QSize:
        if self.window is not None and self.window.isVisible():
            return self.window.size()
        return DEFAULT_ROOM_SIZE

    def paint_room(self, p: QPainter, rect: QRect) -> None:
        scene = self.scenes["blank"] if self.blanked else self.scene
        scene.paint(p, rect, self.theme)

    def make_thumbnail(self, parent: QWidget | None = None) -> ProjectorThumbnail:
        thumb = ProjectorThumbnail(self, parent)
        self.thumbnails.append(thumb)
        thumb.destroyed.connect(lambda *_: self.thumbnails.remove(thumb) if thumb in self.thumbnails else None)
        return thumb

    def refresh(self) -> None:
        """Repaint the room and the thumbnails now, and schedule the next change."""
        if self.window is not None:
            self.window.update()
        for t in self.thumbnails:
            t.update()
        self.changed.emit()
        self._schedule()

    def _schedule(self) -> None:
        self._tick.stop()
        if self.blanked:
            return
        delay = self.scene.next_change_in()
        if delay is None:
            return
        # Land just after the boundary, so the new second is what gets painted.
        self._tick.start(max(1, int(delay * 1000) + 5))

    def _on_tick(self) -> None:
        self.refresh()

    # -- the window --------------------------------------------------------------
    def is_open(self) -> bool:
        return self.window is not None and self.window.isVisible()

    def toggle_window(self) -> None:
        if self.is_open():
            self.close_window()
        else:
            self.open_window()

    def target_screen(self) -> QScreen | None:
        """The screen that is not the console's, or None when there is only one."""
        screens = QGuiApplication.screens()
        if len(screens) < 2:
            return None
        console_screen = self.console.screen() if self.console is not None else QGuiApplication.primaryScreen()
        for s in screens:
            if s is not console_screen:
                return s
        return None

    def open_window(self) -> ProjectorWindow:
        if self.window is None:
            self.window = ProjectorWindow(self)
        win = self.window
        target = self.target_screen()
        if target is not None:
            win.setWindowFlags(ROOM_WINDOW_FLAGS | Qt.WindowType.FramelessWindowHint)
            win.setGeometry(target.geometry())
            show_full_screen_without_focus(win)
            win.setGeometry(target.geometry())
        else:
            win.setWindowFlags(ROOM_WINDOW_FLAGS)
            screen = self.console.screen() if self.console is not None else QGuiApplication.primaryScreen()
            avail = screen.availableGeometry()
            w = min(960, int(avail.width() * 0.6))
            h = w * 9 // 16
            win.setGeometry(avail.x() + avail.width() - w - 20, avail.y() + 40, w, h)
            win.showNormal()
        if self.console is not None:
            self.console.activateWindow()
        self.window_toggled.emit(True)
        self.refresh()
        return win

    def close_window(self) -> None:
        if self.window is not None:
            win, self.window = self.window, None
            win.close()
            win.deleteLater()
        self.window_toggled.emit(False)
        self.refresh()

    def projector_closed(self, win: ProjectorWindow) -> None:
        if self.window is win:
            self.window = None
            self.window_toggled.emit(False)


def _turn_commitments(scene, delta: int) -> bool:
    """Commitments pages like Pairs and Tables: every team's, a page at a time (one team: every team's first)."""
    if scene.team_id is not None:
        scene.show_all(0)
        return True
    pages = max(1, scene.pages)
    if pages == 1:
        return False
    scene.show_all((scene.page + delta) % pages)
    return True
