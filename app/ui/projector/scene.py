"""The one interface every projector scene implements, and the registry of scenes.

A scene paints itself into any rectangle with a QPainter, so the projector
window and the console's thumbnail run the same code and show the same thing.
Sizes are fractions of the rectangle, so a scene scales from 1024x768 to 4K.
Each paint records what it drew (`drawn`), which tests use to check that
nothing leaves the screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter

from app.domain.clock import Clock
from app.ui.projector.paint import draw_fitted
from app.ui.theme import Theme

if TYPE_CHECKING:  # the full services load after the first frame (see app/ui/startup.py)
    from app.services.workspace import Workspace


class SceneContext:
    """What scenes may read: the open convening's services and the clock.

    A plain class rather than a dataclass: it is built for the first frame, before
    anything that needs `dataclasses` has loaded."""

    def __init__(self, workspace: "Workspace", clock: Clock, services: dict | None = None) -> None:
        self.workspace = workspace
        self.clock = clock
        self.services = {} if services is None else services


class Scene:
    scene_id: str = ""
    title: str = ""
    shortcut: str = ""

    def __init__(self, ctx: SceneContext) -> None:
        self.ctx = ctx
        self.drawn: list[tuple[str, QRect]] = []

    # -- what subclasses implement -----------------------------------------
    def paint_scene(self, p: QPainter, rect: QRect, theme: Theme) -> None:
        raise NotImplementedError

    def next_change_in(self) -> float | None:
        """Seconds until what this scene shows changes by itself (None: only on events)."""
        return None

    def available(self) -> bool:
        """False when the scene has nothing to show (e.g. no timer running)."""
        return True

    # -- used by the projector and the thumbnail -----------------------------
    def paint(self, p: QPainter, rect: QRect, theme: Theme) -> None:
        self.drawn = []
        p.save()
        p.fillRect(rect, theme.background)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        self.paint_scene(p, rect, theme)
        p.restore()

    def text(self, p: QPainter, key: str, rect: QRect, text: str, max_px: float, color,
             bold: bool = False, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter,
             wrap: bool = True) -> QRect:
        p.setPen(color)
        used = draw_fitted(p, rect, text, int(max_px), bold=bold, align=align, wrap=wrap)
        self.drawn.append((key, used))
        return used

    def mark(self, key: str, rect: QRect) -> None:
        self.drawn.append((key, QRect(rect)))


SceneFactory = Callable[[SceneContext], Scene]
_REGISTRY: list[SceneFactory] = []


def register_scene(factory: SceneFactory) -> SceneFactory:
    """Later capabilities call this (as a class decorator) to add their scene."""
    if factory not in _REGISTRY:
        _REGISTRY.append(factory)
    return factory


def registered_scenes() -> list[SceneFactory]:
    return list(_REGISTRY)


def margins(rect: QRect, fraction: float = 0.05) -> QRect:
    m = int(min(rect.width(), rect.height()) * fraction)
    return rect.adjusted(m, m, -m, -m)
