"""Top clusters: the wall's clusters by dots, most first, as bars the back row can read.

The chosen board's prompt on top (at least 6% of the height, on as many lines as it takes), then the
clusters with any dots, as many as fit at a readable size (at most TOP), each with its number on a
badge of its colour (the same as on the Wall's pages and in the console); the first three stand out.
A name wraps onto more lines before anything is cut. The order is the one the tab and the handout
use (WallService.results: dots, then name).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter

from app.domain.wall.palette import cluster_colour, cluster_numbers
from app.ui.projector.glyphs import drawable
from app.ui.projector.paint import FAMILY, font
from app.ui.projector.scene import Scene, margins, register_scene
from app.ui.projector.scenes.wall_pages import INK, Planner, _block_h, wrap
from app.ui.projector.words import count
from app.ui.theme import Theme
from app.ui.wall.board import shared_board

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
TOP = 8


@register_scene
class WallVotesScene(Scene):
    scene_id = "wall_votes"
    title = "Top clusters"

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self.shown: list[tuple[str, int]] = []
        self.hidden = False    # the tallies were kept back (voting is open)

    def paint_scene(self, p: QPainter, rect: QRect, theme: Theme) -> None:
        area = margins(rect, 0.05)
        H, w = rect.height(), area.width()
        self.shown = []
        self.hidden = False
        board = shared_board(self.ctx)
        if (board is None or self.ctx.workspace.store is None or board.ensure_board() is None
                or board.view_data is None):
            self.text(p, "title", area, self.translate("Wall", "No wall yet"), H * 0.08, theme.muted)
            return
        data = board.view_data
        self.text(p, "label", QRect(area.x(), area.y(), w, int(H * 0.07)), self.translate("Wall", "Top clusters"), H * 0.045, theme.accent,
                  bold=True, align=LEFT, wrap=False)
        question = data.board.prompt or data.board.title
        prompt_px, prompt_h = Planner(rect, self.min_px).prompt_px(question, w, most=2)
        self.text(p, "prompt", QRect(area.x(), area.y() + int(H * 0.07), w, prompt_h), question, prompt_px,
                  theme.text, bold=True, align=LEFT, min_px=math.ceil(H * 0.06))
        top = area.y() + int(H * 0.07) + prompt_h + int(H * 0.03)
        if data.board.tallies_hidden:   # nobody sees the dots while voting is open
            phones = board.service.votes.phone_ballots(data.board.id)
            said = (count(phones, self.translate("Wall", "1 phone voted"), self.translate("Wall", "{n} phones voted")) if phones
                    else self.translate("Wall", "No votes yet"))
            self.hidden = True
            self.text(p, "voting", QRect(area.x(), top, w, int(H * 0.14)), self.translate("Wall", "Voting is open"), H * 0.08,
                      theme.accent, bold=True, align=LEFT, wrap=False)
            self.text(p, "voted", QRect(area.x(), top + int(H * 0.15), w, int(H * 0.1)), said, H * 0.06,
                      theme.text, align=LEFT)
            self.text(p, "when", QRect(area.x(), top + int(H * 0.26), w, area.bottom() - top - int(H * 0.26)),
                      self.translate("Wall", "The dots show here when voting closes."), H * 0.05, theme.muted,
                      align=LEFT)
            return
        ranked = [r for r in board.service.votes.results(data.board.id) if r.dots > 0]
        if not ranked:
            self.text(p, "empty", QRect(area.x(), top, w, int(H * 0.2)),
                      self.translate("Wall", "No dots yet. Count them in the Wall tab."), H * 0.06, theme.muted)
            return
        numbers = cluster_numbers(c.id for c in data.clusters)
        ids = {c.name: c.id for c in data.clusters}
        badge = math.ceil(H * 0.07)
        gap = max(2, int(H * 0.012))
        name_x = area.x() + badge + gap
        name_w, num_w = int(w * 0.56) - badge - gap, int(w * 0.1)
        bar_x = name_x + name_w + int(w * 0.02)
        bar_w = area.right() + 1 - num_w - int(w * 0.02) - bar_x
        more_h = _block_h(font(self.min_px), 1) + 2
        # The largest name size at which every row (up to TOP) fits; else the smallest, and "and N more".
        sizes = sorted({max(self.min_px, math.ceil(H * s)) for s in (0.05, 0.045)} | {self.min_px}, reverse=True)
        for px in sizes:
            f = font(px, True)
            heights = [max(badge, _block_h(f, len(wrap(drawable(r.name, FAMILY, True), f, name_w))) + 2)
                       for r in ranked[:TOP]]
            room = area.bottom() + 1 - top - (more_h + gap if len(ranked) > TOP else 0)
            fit, used = 0, 0
            for h in heights:
                if used + h > room:
                    break
                used, fit = used + h + gap, fit + 1
            if fit == len(heights) or px == sizes[-1]:
                break
        if fit < len(ranked):   # room for the "and N more" line under the rows that fit
            while fit > 1 and top + sum(heights[:fit]) + fit * gap + more_h > area.bottom() + 1:
                fit -= 1
        most = ranked[0].dots
        y = top
        for n, r in enumerate(ranked[:fit]):
            row = heights[n]
            strong = n < 3
            colour = theme.text if strong else theme.muted
            number = numbers.get(ids.get(r.name, -1))
            b_rect = QRect(area.x(), y + (row - badge) // 2, badge, badge)
            if number is not None:
                hue = cluster_colour(number)
                p.fillRect(b_rect, QColor(hue.edge))
                self.text(p, f"row{n}.number", b_rect, str(number), H * 0.055, QColor(INK), bold=True, wrap=False)
            self.text(p, f"row{n}.name", QRect(name_x, y, name_w, row), r.name, px, colour, bold=True, align=LEFT,
                      min_px=px)
            length = max(2, int(bar_w * r.dots / most))
            p.fillRect(QRect(bar_x, y + row // 2 - int(badge * 0.35), length, int(badge * 0.7)),
                       theme.accent if strong else theme.muted)
            self.text(p, f"row{n}.dots", QRect(area.right() + 1 - num_w, y, num_w, row), str(r.dots), H * 0.055,
                      theme.accent if strong else theme.muted, bold=True, align=RIGHT, wrap=False)
            self.shown.append((r.name, r.dots))
            y += row + gap
        if len(ranked) > fit:
            left_out = len(ranked) - fit
            self.text(p, "more", QRect(area.x(), y, w, more_h),
                      count(left_out, self.translate("Wall", "and 1 more with dots"),
                            self.translate("Wall", "and {n} more with dots")), self.min_px, theme.muted, align=LEFT, wrap=False)
