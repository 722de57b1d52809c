"""Breakout: when to be back in the main room, big, and a QR code of the breakout page (its address with its
token) so that people can keep the countdown on their phones. Shown while the breakout page is served
(Co-facilitator… panel, or `convene serve --breakout`); the co-facilitators' code is never on it."""

from __future__ import annotations

import math

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter

from app.ui.projector.qr import draw_qr
from app.ui.projector.scene import Scene, margins, register_scene
from app.ui.projector.words import count
from app.ui.theme import Theme


@register_scene
class BreakoutScene(Scene):
    scene_id = "breakout"
    title = "Breakout"

    def _cofac(self):
        return self.ctx.services.cofacilitate if self.ctx.services is not None else None

    def available(self) -> bool:
        c = self._cofac()
        return c is not None and bool(c.breakout_url)

    def next_change_in(self) -> float | None:
        return 1.0 if self.available() else None

    def paint_scene(self, p: QPainter, rect: QRect, theme: Theme) -> None:
        area = margins(rect, 0.05)
        H = rect.height()
        c = self._cofac()
        services = self.ctx.services
        if services is None or c is None or not c.breakout_url:
            self.text(p, "title", area, self.translate("Breakout", "The breakout page is off"), H * 0.08, theme.muted)
            return
        live = services.live
        view = live.view()
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        if view.item is not None:
            remaining = view.item.remaining
            back = live.local(self.ctx.clock.now() + max(0.0, remaining))
            heading = self.translate("Breakout", "Back in the main room at {time}").format(time=f"{back:%H:%M}")
            minutes = max(0, math.ceil(remaining / 60))
            left_words = (self.translate("Breakout", "Time is up") if remaining <= 0 else
                          count(minutes, self.translate("Breakout", "1 minute left"),
                                self.translate("Breakout", "{n} minutes left")))
        else:
            heading = self.translate("Breakout", "Breakout")
            left_words = self.translate("Breakout", "The facilitator will say when to come back")
        # When to be back and the minutes left across the whole width; the address (short: it is typed) on its
        # own line; then the QR code, as large as the rest of the screen allows, beside the words saying what it is.
        used = self.text(p, "heading", QRect(area.x(), area.y(), area.width(), int(H * 0.2)), heading, H * 0.08,
                         theme.text, bold=True, align=left)
        y = used.bottom() + int(H * 0.02)
        two = getattr(left_words, "second", None) is not None   # a bilingual room: a line of each, both large
        used = self.text(p, "left", QRect(area.x(), y, area.width(), int(H * (0.17 if two else 0.1))), left_words,
                         H * 0.07,
                         theme.text, bold=True, align=left, wrap=False)
        y = used.bottom() + int(H * 0.03)
        used = self.text(p, "address", QRect(area.x(), y, area.width(), int(H * 0.08)),
                         c.breakout_url.removeprefix("http://"), H * 0.055, theme.text, align=left, wrap=False,
                         family="DejaVu Sans Mono")
        y = used.bottom() + int(H * 0.03)
        rest = QRect(area.x(), y, area.width(), area.bottom() - y + 1)
        qr_side = int(min(rest.height(), rest.width() * 0.45))
        qr_rect = QRect(rest.right() - qr_side + 1, rest.y(), qr_side, qr_side)
        self.mark("qr", draw_qr(p, qr_rect, c.breakout_url))
        text_w = rest.width() - qr_side - int(area.width() * 0.04)
        self.text(p, "step1", QRect(rest.x(), rest.y(), text_w, rest.height()),
                  self.translate("Breakout", "Scan the code, or type the address, for the countdown on your phone"),
                  H * 0.05, theme.muted,
                  align=left)
