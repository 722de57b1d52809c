"""Blank: black, nothing else (for when the room should look at people, not the screen)."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QPainter

from app.ui.projector.scene import Scene, register_scene
from app.ui.theme import Theme


@register_scene
class BlankScene(Scene):
    scene_id = "blank"
    title = "Blank"

    def paint(self, p: QPainter, rect: QRect, theme: Theme) -> None:
        self.drawn = []
        self.texts = []
        self.screen_height = rect.height()
        p.fillRect(rect, QColor("black"))

    def paint_scene(self, p: QPainter, rect: QRect, theme: Theme) -> None:  # pragma: no cover
        p.fillRect(rect, QColor("black"))
