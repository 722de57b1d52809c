"""Welcome: the convening's title, the day, a large clock, and a QR code of the resources link."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter

from app.ui.projector.qr import draw_qr
from app.ui.projector.scene import Scene, margins, register_scene
from app.ui.projector.scenes.timefmt import clock_text, local_now, seconds_to_next_minute
from app.ui.theme import Theme


def day_line(details, today) -> str:
    days = list(details.days)
    for n, d in enumerate(days, start=1):
        if d.date == today:
            return f"Day {n} of {len(days)} · {d.date.strftime('%A %-d %B %Y')}"
    if not days:
        return ""
    first, last = days[0].date, days[-1].date
    if first == last:
        return first.strftime("%A %-d %B %Y")
    return f"{first.strftime('%-d %B')} – {last.strftime('%-d %B %Y')}"


@register_scene
class WelcomeScene(Scene):
    scene_id = "welcome"
    title = "Welcome"

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self._details: Any = None   # the convening's details, read once per change
        self.show_qr = True

    def on_data_changed(self) -> None:
        self._details = None

    def details(self):
        if self._details is None and self.ctx.workspace.store is not None:
            self._details = self.ctx.workspace.details()
        return self._details

    def next_change_in(self) -> float | None:
        return seconds_to_next_minute(self.ctx.clock.now()) + 0.01

    def paint_scene(self, p: QPainter, rect: QRect, theme: Theme) -> None:
        d = self.details()
        area = margins(rect, 0.05)
        h = area.height()
        H = rect.height()
        title = d.title if d else "Convene"
        tz = d.timezone if d else "UTC"
        now = local_now(self.ctx.clock.now(), tz)
        url = d.resources_url if (d and self.show_qr) else ""
        text_w = area.width()
        if url:
            qr_side = int(min(h * 0.42, area.width() * 0.3))
            qr_rect = QRect(area.right() - qr_side, area.bottom() - qr_side - int(h * 0.12), qr_side, qr_side)
            drawn = draw_qr(p, qr_rect, url)
            self.mark("qr", drawn)
            self.text(p, "qr_caption", QRect(qr_rect.x(), qr_rect.bottom() + int(h * 0.01), qr_side, int(h * 0.11)),
                      "Scan for today's resources", H * 0.045, theme.muted, wrap=True,
                      align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            text_w = area.width() - qr_side - int(area.width() * 0.04)
        y = area.y()
        title_rect = QRect(area.x(), y, area.width(), int(h * 0.30))
        used = self.text(p, "title", title_rect, title, h * 0.11, theme.text, bold=True,
                         align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        y = used.bottom() + int(h * 0.03)
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        sub = day_line(d, now.date()) if d else ""
        if sub:  # the date keeps one size; a long location never shrinks it
            used = self.text(p, "day", QRect(area.x(), y, area.width(), int(h * 0.07)), sub, H * 0.05,
                             theme.muted, align=left, wrap=False, min_px=H * 0.045)
            y = used.bottom() + int(h * 0.01)
        if d and d.location:  # up to two lines at the date's size, then cut with "…"
            used = self.text(p, "location", QRect(area.x(), y, text_w, int(h * 0.12)), d.location,
                             H * 0.045, theme.muted, align=left, min_px=H * 0.045)
            y = used.bottom() + int(h * 0.02)
        clock_rect = QRect(area.x(), max(y, area.y() + int(h * 0.5)), text_w, area.bottom() - max(y, area.y() + int(h * 0.5)))
        self.text(p, "clock", clock_rect, clock_text(now), h * 0.30, theme.text, bold=True,
                  align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, wrap=False)
