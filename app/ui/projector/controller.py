"""Owns what the room sees: the current scene, blanking, the projector window and its placement."""

from __future__ import annotations

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
from app.ui.theme import THEMES, Theme


class ProjectorController(QObject):
    changed = Signal()          # scene, blank or theme changed
    window_toggled = Signal(bool)

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

    # -- scenes ---------------------------------------------------------------
    @property
    def scene(self) -> Scene:
        return self.scenes.get(self.scene_id) or self.scenes["welcome"]

    def shown_scene_id(self) -> str:
        return "blank" if self.blanked else self.scene.scene_id

    def set_scene(self, scene_id: str) -> None:
        if scene_id not in self.scenes:
            raise KeyError(scene_id)
        self.scene_id = scene_id
        self.blanked = scene_id == "blank" and self.blanked
        self.refresh()

    def follow(self, scene_id: str) -> None:
        """"Projector follows": show `scene_id` for the live run, leaving a blank in place until B."""
        if scene_id not in self.scenes:
            raise KeyError(scene_id)
        if scene_id != self.scene_id:
            self.scene_id = scene_id
            self.refresh()

    def turn_page(self, delta: int) -> bool:
        """Turn the page of the scene on screen, if it has pages (Pairs, Tables); False if not."""
        if self.blanked:
            return False
        turn = getattr(self.scene, "turn", None)
        if turn is None or not turn(delta):
            return False
        self.refresh()
        return True

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
        for scene in self.scenes.values():
            hook = getattr(scene, "on_data_changed", None)
            if hook:
                hook()
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
