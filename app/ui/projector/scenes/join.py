"""Join: how phones reach room capture — a QR code of the join address (with its token), the short
address to type, and the board's prompt. Shown while capture runs; nothing else is put up by it. While the
board's dot voting is open, it leads straight to the voting page (`/<token>/dots`)."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter

from app.ui.projector.qr import draw_qr
from app.ui.projector.scene import Scene, margins, register_scene
from app.ui.theme import Theme


@register_scene
class JoinScene(Scene):
    scene_id = "join"
    title = "Join (capture)"

    def _capture(self):
        return (self.ctx.services.capture if self.ctx.services is not None else None)

    def available(self) -> bool:
        c = self._capture()
        return c is not None and c.running

    def paint_scene(self, p: QPainter, rect: QRect, theme: Theme) -> None:
        area = margins(rect, 0.05)
        H = rect.height()
        c = self._capture()
        if c is None or not c.running:
            self.text(p, "title", area, self.translate("Join", "Capture from phones is off"), H * 0.08, theme.muted)
            return
        board = c.wall.board(c.board_id)
        voting = board.voting == "open"
        url = c.url + "/dots" if voting else c.url
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        # The heading and the address across the whole width (the longest address still fits at 1024x768),
        # then the prompt beside a QR code as large as the rest of the screen allows.
        two = 1.75 if self.bilingual else 1.0   # two languages: a line each
        heading = (self.translate("Join", "Place your dots from your phone") if voting
                   else self.translate("Join", "Add your note from your phone"))
        used = self.text(p, "heading", QRect(area.x(), area.y(), area.width(), int(H * 0.09 * two)),
                         heading, H * 0.065, theme.text, bold=True, align=left, wrap=False)
        y = used.bottom() + int(H * 0.02)
        used = self.text(p, "step1", QRect(area.x(), y, area.width(), int(H * 0.06 * two)),
                         self.translate("Join", "Scan the code, or type this address:"), H * 0.045, theme.muted,
                         align=left, wrap=False)
        y = used.bottom() + int(H * 0.01)
        used = self.text(p, "address", QRect(area.x(), y, area.width(), int(H * 0.10)), url.removeprefix("http://"),
                         H * 0.075, theme.text, bold=True, align=left, wrap=False, family="DejaVu Sans Mono")
        y = used.bottom() + int(H * 0.04)
        rest = QRect(area.x(), y, area.width(), area.bottom() - y + 1)
        qr_side = int(min(rest.height(), rest.width() * 0.45))
        qr_rect = QRect(rest.right() - qr_side + 1, rest.y(), qr_side, qr_side)
        self.mark("qr", draw_qr(p, qr_rect, url))
        text_w = rest.width() - qr_side - int(area.width() * 0.04)
        used = self.text(p, "network", QRect(rest.x(), rest.y(), text_w, int(H * 0.11 * two)),
                         self.translate("Join", "On this room's Wi-Fi; no internet needed"), H * 0.045, theme.muted,
                         align=left)
        y = used.bottom() + int(H * 0.04)
        prompt = board.prompt or board.title
        if prompt and rest.bottom() - y > H * 0.05:
            self.text(p, "prompt", QRect(rest.x(), y, text_w, rest.bottom() - y), prompt, H * 0.06, theme.text,
                      align=left)
