"""Protocol: the step's title and prompt, who speaks, the step countdown and the whole item's time."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter

from app.ui.projector.digits import draw_digits
from app.ui.projector.scene import margins, register_scene
from app.ui.projector.scenes.live_data import LiveScene
from app.ui.projector.scenes.timer_style import draw_progress, draw_zone_mark, zone_color, zone_words
from app.ui.theme import Theme


def who_speaks(speakers) -> str:
    if not speakers:
        return "Everyone may speak"
    names = [s.replace("_", " ") for s in speakers]
    if len(names) == 1:
        return f"Speaking: {names[0]}"
    return "Speaking: " + ", ".join(names[:-1]) + f" and {names[-1]}"


@register_scene
class ProtocolScene(LiveScene):
    scene_id = "protocol"
    title = "Protocol"

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self._protocols: dict[int, object] = {}

    def on_data_changed(self) -> None:
        super().on_data_changed()
        self._protocols.clear()

    def protocol_for(self, item_id: int):
        svc = self.ctx.services.get("protocols")
        if svc is None:
            return None
        if item_id not in self._protocols:
            self._protocols[item_id] = svc.item_protocol(item_id)
        return self._protocols[item_id]

    def available(self) -> bool:
        if not self.data.ready():
            return False
        view = self.data.live.view(self.ctx.clock.now())
        return view.step is not None

    def paint_scene(self, p: QPainter, rect: QRect, theme: Theme) -> None:
        area = margins(rect, 0.04)
        h, w = area.height(), area.width()
        if self.not_ready(p, area, theme):
            return
        live = self.data.live
        view = live.view(self.ctx.clock.now())
        record = live.item_record(view.item_id)
        proto = self.protocol_for(view.item_id) if view.item_id is not None else None
        if record is None or proto is None or view.step is None or view.step >= len(proto.steps):
            message = "No protocol running" if record is None else record.title
            self.text(p, "title", area, message, h * 0.09, theme.muted, bold=True)
            return
        step = proto.steps[view.step]
        cd = view.step_countdown
        running = view.running
        color = zone_color(cd, theme, running)

        # Header: protocol name and step count, then the step title.
        head = f"{proto.name}  ·  Step {view.step + 1} of {len(proto.steps)}"
        self.text(p, "header", QRect(area.x(), area.y(), int(w * 0.62), int(h * 0.07)), head, h * 0.045,
                  theme.muted, align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, wrap=False)
        self.text(p, "step_title", QRect(area.x(), area.y() + int(h * 0.075), int(w * 0.62), int(h * 0.15)),
                  step.title, h * 0.075, theme.text, bold=True,
                  align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

        # Right column: the step countdown, its words, and the whole item's remaining time.
        col = QRect(area.x() + int(w * 0.66), area.y(), int(w * 0.34), int(h * 0.30))
        digits = draw_digits(p, QRect(col.x(), col.y(), col.width(), int(col.height() * 0.72)), cd.text, color,
                             col.height() * 0.5)
        self.mark("step_digits", digits)
        words = zone_words(cd, running)
        if words:
            used = self.text(p, "step_label", QRect(col.x() + int(h * 0.06), col.y() + int(col.height() * 0.72),
                                                    col.width() - int(h * 0.06), int(col.height() * 0.28)),
                             words.upper(), h * 0.045, color, bold=True, wrap=False)
            draw_zone_mark(p, QRect(used.x() - int(h * 0.055), used.y(), int(h * 0.04), used.height()), cd, theme)

        bar = QRect(area.x(), area.y() + int(h * 0.32), w, max(4, int(h * 0.025)))
        draw_progress(p, bar, cd, theme)
        self.mark("progress", bar)

        # The prompt: the biggest thing the room reads.
        prompt_rect = QRect(area.x(), area.y() + int(h * 0.38), w, int(h * 0.47))
        self.text(p, "prompt", prompt_rect, step.prompt, h * 0.075, theme.text,
                  align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

        # Footer: who speaks, and the whole item's time.
        item_cd = view.item
        footer_y = area.y() + int(h * 0.88)
        self.text(p, "speakers", QRect(area.x(), footer_y, int(w * 0.6), int(h * 0.12)), who_speaks(step.speakers),
                  h * 0.05, theme.accent, bold=True, align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if item_cd is not None:
            left = "over" if item_cd.display_seconds < 0 else "left"
            text = f"Whole protocol: {item_cd.text.lstrip('+')} {left}"
            self.text(p, "item_time", QRect(area.x() + int(w * 0.6), footer_y, int(w * 0.4), int(h * 0.12)), text,
                      h * 0.045, zone_color(item_cd, theme, running),
                      align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
