"""Top clusters: the wall's clusters by dots, most first, as bars the back row can read.

The chosen board's prompt on top, then the clusters with any dots, as many as fit at a readable
size (at most TOP); the first three stand out. The order is the one the tab and the handout use
(WallService.results: dots, then name).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter

from app.ui.projector.scene import Scene, margins, register_scene
from app.ui.theme import Theme
from app.ui.wall.board import shared_board

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
TOP = 8
ROW_SHARE = 0.085
TALL_SHARE = 0.13   # a row with room for a name of two lines


@register_scene
class WallVotesScene(Scene):
    scene_id = "wall_votes"
    title = "Top clusters"

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self.shown: list[tuple[str, int]] = []

    def paint_scene(self, p: QPainter, rect: QRect, theme: Theme) -> None:
        area = margins(rect, 0.05)
        H, w = rect.height(), area.width()
        self.shown = []
        board = shared_board(self.ctx)
        if (board is None or self.ctx.workspace.store is None or board.ensure_board() is None
                or board.view_data is None):
            self.text(p, "title", area, "No wall yet", H * 0.08, theme.muted)
            return
        data = board.view_data
        self.text(p, "label", QRect(area.x(), area.y(), w, int(H * 0.07)), "Top clusters", H * 0.045, theme.accent,
                  bold=True, align=LEFT, wrap=False)
        self.text(p, "prompt", QRect(area.x(), area.y() + int(H * 0.07), w, int(H * 0.12)),
                  data.board.prompt or data.board.title, H * 0.06, theme.text, bold=True, align=LEFT)
        ranked = [r for r in board.service.votes.results(data.board.id) if r.dots > 0]
        top = area.y() + int(H * 0.21)
        if not ranked:
            self.text(p, "empty", QRect(area.x(), top, w, int(H * 0.2)),
                      "No dots yet. Count them in the Wall tab.", H * 0.06, theme.muted)
            return
        room = area.bottom() - top
        # Rows share the room (two lines of name each when there is space), never under ROW_SHARE.
        row = max(int(H * ROW_SHARE), min(int(H * TALL_SHARE), room // max(1, min(TOP, len(ranked)))))
        fit = max(1, min(TOP, room // row))
        most = ranked[0].dots
        name_w, num_w = int(w * 0.58), int(w * 0.1)
        bar_x, bar_w = area.x() + name_w + int(w * 0.02), w - name_w - num_w - int(w * 0.04)
        for n, r in enumerate(ranked[:fit]):
            y = top + n * row
            strong = n < 3
            colour = theme.text if strong else theme.muted
            self.text(p, f"row{n}.name", QRect(area.x(), y, name_w, row - int(row * 0.12)), r.name, H * 0.05,
                      colour, bold=strong, align=LEFT)
            length = max(2, int(bar_w * r.dots / most))
            p.fillRect(QRect(bar_x, y + int(row * 0.2), length, int(row * 0.5)), theme.accent if strong else theme.muted)
            self.text(p, f"row{n}.dots", QRect(area.right() + 1 - num_w, y, num_w, row), str(r.dots), H * 0.055,
                      theme.accent if strong else theme.muted, bold=True, align=RIGHT, wrap=False)
            self.shown.append((r.name, r.dots))
        if len(ranked) > fit:
            self.text(p, "more", QRect(area.x(), top + fit * row, w, int(row * 0.8)),
                      f"and {len(ranked) - fit} more with dots", H * 0.04, theme.muted, align=LEFT, wrap=False)
