"""Wall: the board's prompt and the same QGraphicsScene the console shows, through scene.render().

The projector shows what the console's board view shows (zoom in on a cluster there and
the room sees it up close); after "Zoom to fit" it shows the whole board. Note and name
text is drawn only when it comes out at least 4% of the screen height; when the whole
wall is too small for that, the clusters are listed beside it, biggest vote first, so
the room can still read what the groups are. "Only in our control" hides the other notes
here only, never on the console.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QPainter

from app.ui.projector.scene import Scene, margins, register_scene
from app.ui.theme import Theme
from app.ui.wall.board import WallBoard, shared_board
from app.ui.wall.items import NAME_TEXT_PX, NOTE_TEXT_PX, PAD

TITLE_SHARE = 0.16
SIDE_SHARE = 0.40
ROW_SHARE = 0.062  # a list row: two of these hold a name of two lines


@register_scene
class WallScene(Scene):
    scene_id = "wall"
    title = "Wall"

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self.shown_notes: list[int] = []
        self.listed: list[str] = []

    def available(self) -> bool:
        board = shared_board(self.ctx)
        return board is not None and self.ctx.workspace.store is not None and board.ensure_board() is not None

    def paint_scene(self, p: QPainter, rect: QRect, theme: Theme) -> None:
        area = margins(rect, 0.03)
        H = rect.height()
        self.shown_notes, self.listed = [], []
        board = shared_board(self.ctx)
        if (board is None or self.ctx.workspace.store is None or board.ensure_board() is None
                or board.view_data is None):
            self.text(p, "title", area, "No wall yet", H * 0.08, theme.muted)
            return
        data = board.view_data
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        title_rect = QRect(area.x(), area.y(), area.width(), int(H * TITLE_SHARE))
        self.text(p, "prompt", title_rect, data.board.prompt or data.board.title, H * 0.06, theme.text, bold=True,
                  align=left)
        wall = QRect(area.x(), title_rect.bottom() + 1 + int(H * 0.02), area.width(),
                     area.bottom() - title_rect.bottom() - int(H * 0.02))
        source = QRectF(board.focus) if board.focus is not None else board.content_rect()
        scale = min(wall.width() / source.width(), wall.height() / source.height())
        legible = NOTE_TEXT_PX * scale >= self.min_px
        clusters = [c for c in data.clusters if c.id in board.clusters]
        if not legible and clusters:
            side_w = int(wall.width() * SIDE_SHARE)
            self._list(p, QRect(wall.right() - side_w + 1, wall.y(), side_w, wall.height()), board, clusters, theme)
            wall = QRect(wall.x(), wall.y(), wall.width() - side_w - int(H * 0.02), wall.height())
            scale = min(wall.width() / source.width(), wall.height() / source.height())
        target = QRectF(wall.x() + (wall.width() - source.width() * scale) / 2,
                        wall.y() + (wall.height() - source.height() * scale) / 2,
                        source.width() * scale, source.height() * scale)
        hidden = [i for i in board.notes.values()
                  if data.board.only_in_control and i.note.in_control is not True and i.isVisible()]
        for i in hidden:
            i.setVisible(False)
        scene = board.scene
        floor, scene.min_text_px = scene.min_text_px, float(self.min_px)
        try:
            scene.render(p, target, source, Qt.AspectRatioMode.KeepAspectRatio)
            self._record(board, source, target, scale)
        finally:
            scene.min_text_px = floor
            for i in hidden:
                i.setVisible(True)
        self.mark("wall", target.toAlignedRect().intersected(wall))

    def _to_screen(self, r: QRectF, source: QRectF, target: QRectF, scale: float) -> QRect:
        return QRectF(target.x() + (r.x() - source.x()) * scale, target.y() + (r.y() - source.y()) * scale,
                      r.width() * scale, r.height() * scale).toAlignedRect()

    def _record(self, board, source: QRectF, target: QRectF, scale: float) -> None:
        """What the render drew as text, at the size it came out (the items drew it by the same rule)."""
        screen = target.toAlignedRect()
        for item in board.notes.values():
            if not item.isVisible() or not item.sceneBoundingRect().intersects(source):
                continue
            self.shown_notes.append(item.note_id)
            if item.shows_text(scale):
                r = self._to_screen(item.mapRectToScene(QRectF(PAD, PAD, item.shape_rect().width() - 2 * PAD,
                                                               item.shape_rect().height() - 2 * PAD)),
                                    source, target, scale).intersected(screen)
                self.record_text(f"note{item.note_id}", int(item.px * scale), r, item.lines, item.elided)
        for c in board.clusters.values():
            if c.shows_text(scale):
                if c.frame.intersects(source):
                    r = self._to_screen(c.name_rect(), source, target, scale).intersected(screen)
                    self.record_text(f"cluster{c.cluster_id}", int(NAME_TEXT_PX * scale), r, (c.cluster.name,))

    def _list(self, p: QPainter, box: QRect, board: WallBoard, clusters, theme: Theme) -> None:
        """The clusters by dots (then size), as many as fit at a readable size."""
        H = self.screen_height
        row = max(1, int(H * ROW_SHARE))
        counts: dict[int, int] = {}
        for item in board.notes.values():
            if item.note.cluster_id is not None:
                counts[item.note.cluster_id] = counts.get(item.note.cluster_id, 0) + 1
        ranked = sorted(clusters, key=lambda c: (-c.dots, -counts.get(c.id, 0), c.name.casefold()))
        room = max(1, box.height() // row)
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        num_w = int(box.width() * 0.2)
        y = box.y()
        shown = 0
        for n, c in enumerate(ranked):
            tall = 2 * row   # a name may take two lines
            if y + tall > box.bottom() + 1:
                break
            strong = n < 3 and c.dots > 0
            colour = theme.text if strong else theme.muted
            self.text(p, f"list{n}.name", QRect(box.x(), y, box.width() - num_w, tall), c.name, H * 0.045, colour,
                      bold=strong, align=left)
            figure = str(c.dots) if c.dots else str(counts.get(c.id, 0))
            self.text(p, f"list{n}.dots", QRect(box.right() + 1 - num_w, y, num_w, tall), figure, H * 0.05,
                      theme.accent if strong else theme.muted, bold=True, align=right, wrap=False)
            self.listed.append(f"{c.name}: {figure}")
            y += tall
            shown += 1
        del room, shown
