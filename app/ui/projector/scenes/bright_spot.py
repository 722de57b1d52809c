"""Bright spot: a practice that is working, with the team's name: what worked, for whom, the evidence."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter

from app.ui.projector.scene import Scene, margins, register_scene
from app.ui.projector.words import labelled
from app.ui.theme import Theme

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
TOP_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


@register_scene
class BrightSpotScene(Scene):
    scene_id = "bright_spot"
    title = "Bright spot"

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self.spot_id: int | None = None  # None: the newest
        self._spots: list | None = None
        self.shown = None

    def show_spot(self, spot_id: int | None) -> None:
        self.spot_id = spot_id

    def on_data_changed(self) -> None:
        self._spots = None

    def spots(self):
        if self._spots is None:
            svc = (self.ctx.services.commitments if self.ctx.services is not None else None)
            self._spots = svc.bright_spots() if svc is not None and self.ctx.workspace.store is not None else []
        return self._spots

    def spot(self):
        spots = self.spots()
        chosen = next((b for b in spots if b.id == self.spot_id), None)
        return chosen or (spots[-1] if spots else None)

    def paint_scene(self, p: QPainter, rect: QRect, theme: Theme) -> None:
        area = margins(rect, 0.05)
        H, w, h = rect.height(), area.width(), area.height()
        x, y0 = area.x(), area.y()
        self.shown = None
        if self.ctx.workspace.store is None:
            self.text(p, "title", area, self.translate("Projector", "No convening open"), h * 0.08, theme.muted)
            return
        b = self.spot()
        self.text(p, "label", QRect(x, y0, w, int(h * 0.08)), self.translate("Commitments", "Bright spot"), H * 0.05, theme.accent, bold=True,
                  align=LEFT, wrap=False)
        if b is None:
            self.text(p, "empty", QRect(x, y0 + int(h * 0.1), w, int(h * 0.8)),
                      self.translate("Commitments", "No bright spots yet. Mark what is working for a team in the "
                                                    "Commitments tab."),
                      H * 0.06, theme.muted)
            return
        self.shown = b
        self.text(p, "team", QRect(x, y0 + int(h * 0.09), w, int(h * 0.13)), b.team, H * 0.085, theme.text,
                  bold=True, align=LEFT, wrap=False)
        has_rest = bool(b.for_whom or b.evidence)
        what_h = int(h * (0.42 if has_rest else 0.7))
        self.text(p, "what", QRect(x, y0 + int(h * 0.25), w, what_h), b.what_worked, H * 0.08, theme.text,
                  align=TOP_LEFT, min_px=H * 0.055)
        y = y0 + int(h * 0.25) + what_h + int(h * 0.03)
        # our label in each language, the team's words once: "For whom / Para quién: ..."
        for_whom = labelled(self.translate("Commitments", "For whom: {text}"), b.for_whom) if b.for_whom else ""
        evidence = labelled(self.translate("Commitments", "Evidence: {text}"), b.evidence) if b.evidence else ""
        lines = [(k, t) for k, t in (("for_whom", for_whom), ("evidence", evidence)) if t]
        if lines:
            part = (area.bottom() - y) // len(lines)
            for n, (key, text) in enumerate(lines):
                self.text(p, key, QRect(x, y + n * part, w, part - int(h * 0.01)), text, H * 0.055,
                          theme.accent if key == "for_whom" else theme.muted, align=TOP_LEFT)
