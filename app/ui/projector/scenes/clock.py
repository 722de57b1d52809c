"""Clock: the time of day, as large as the screen allows."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QPainter

from app.ui.projector.scene import Scene, margins, register_scene
from app.ui.projector.scenes.timefmt import clock_text, local_now, seconds_to_next_minute
from app.ui.projector.words import date_text
from app.ui.theme import Theme


@register_scene
class ClockScene(Scene):
    scene_id = "clock"
    title = "Clock"

    def next_change_in(self) -> float | None:
        return seconds_to_next_minute(self.ctx.clock.now()) + 0.01

    def paint_scene(self, p: QPainter, rect: QRect, theme: Theme) -> None:
        tz = "UTC"
        if self.ctx.workspace.store is not None:
            tz = self.ctx.services.timezone() if self.ctx.services is not None else "UTC"
        now = local_now(self.ctx.clock.now(), tz)
        area = margins(rect, 0.06)
        h = area.height()
        self.text(p, "clock", QRect(area.x(), area.y(), area.width(), int(h * 0.8)), clock_text(now),
                  h * 0.6, theme.text, bold=True, wrap=False)
        self.text(p, "date", QRect(area.x(), area.y() + int(h * 0.8), area.width(), int(h * 0.2)),
                  date_text(now.date(), self.translate("Dates", "dddd d MMMM")), h * 0.09, theme.muted, wrap=False)
