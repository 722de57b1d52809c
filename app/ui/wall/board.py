"""The wall's one QGraphicsScene, shared by the console's board view and the projector.

`WallBoard` keeps the scene in step with WallService: notes are items in a dict by
id; an event naming only new notes adds their items (read alone), anything else reloads the board.
The scene has a BSP index and a fixed sceneRect (grown only when notes go past it), so
dragging many notes and hit-testing stay cheap with 1,000 notes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from PySide6.QtCore import QObject, QRectF, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsScene

from app.domain.wall.layout import GAP, HEADER_H, NOTE_H, NOTE_W
from app.domain.wall.palette import cluster_numbers
from app.services.core.changes import ConveningChanged, WallChanged
from app.ui.wall.items import ClusterItem, FishItem, NoteItem

if TYPE_CHECKING:
    from app.domain.wall.layout import Layout
    from app.services.core.workspace import Workspace
    from app.services.wall.records import BoardView
    from app.services.wall.service import WallService
    from app.ui.context import UiContext

MARGIN = 400.0
CONSOLE_MIN_TEXT_PX = 7.0   # below this a laptop screen shows colour blocks only


class WallGraphicsScene(QGraphicsScene):
    def __init__(self) -> None:
        super().__init__()
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.setBackgroundBrush(QColor("#1A1A1A"))
        self.min_text_px = CONSOLE_MIN_TEXT_PX
        self.hide_text = False   # notes collected blind, and the facilitator not peeking (WallBoard.blind)
        self.hide_dots = False   # voting is open: the tallies are kept back


class WallBoard(QObject):
    """`changed` is emitted after the board reloaded or an error was kept in `errors` (the Wall tab
    redraws its lists on it; Qt ends the connection when the tab goes)."""

    changed = Signal()

    def __init__(self, workspace: Workspace, service: WallService) -> None:
        super().__init__()
        self.ws = workspace
        self.service = service
        self.scene = WallGraphicsScene()
        self.board_id: int | None = None
        self.view_data: BoardView | None = None
        self.notes: dict[int, NoteItem] = {}
        self.clusters: dict[int, ClusterItem] = {}
        self.fish: FishItem | None = None
        self.focus: QRectF | None = None     # what the console view shows (the projector mirrors it)
        self.errors: list[str] = []
        self.peek = False     # the facilitator reads notes collected blind, on the console only
        self.subs = workspace.bus.owner("wall board")   # ends with close(): the UI context closes it
        self.subs.on(WallChanged, self._on_wall)
        self.subs.on(ConveningChanged, self._on_convening)

    def close(self) -> None:
        self.subs.close()

    # -- which board -----------------------------------------------------------------
    def choose(self, board_id: int | None) -> None:
        self.board_id = board_id
        self.focus = None
        self.peek = False
        self.reload()

    def ensure_board(self) -> int | None:
        """The chosen board, or the first one, when there is any."""
        if self.ws.store is None:
            return None
        ids = [b.id for b in self.service.boards()]
        if self.board_id not in ids:
            wanted = ids[0] if ids else None
            if wanted != self.board_id or (wanted is None and self.view_data is not None):
                self.board_id = wanted
                self.reload()
        return self.board_id

    # -- keeping in step -------------------------------------------------------------
    def _on_convening(self, _change: ConveningChanged) -> None:
        self.board_id = None
        self.reload()
        self.ensure_board()

    def _on_wall(self, change: WallChanged) -> None:
        board_id, note_ids = change.board_id, change.note_ids
        if board_id is not None and self.board_id is None:
            self.board_id = board_id
        if board_id is None or board_id == self.board_id:
            if not (note_ids and self._take_new(note_ids)):
                self.reload()

    def _take_new(self, note_ids) -> bool:
        """Just the new notes onto the wall (and the flags of notes they nearly repeat), without reading
        the board again; False when these are not only new loose notes on a plain wall (then reload)."""
        data = self.view_data
        if (data is None or data.board.id != self.board_id or data.board.layout == "fishbone"
                or any(i in self.notes for i in note_ids)):
            return False
        data = self.service.view_added(data, note_ids)
        if data is None:
            return False
        self.view_data = data
        b = data.board
        grown = False
        current = self.scene.sceneRect()
        for n in data.notes:
            dup = n.id in data.duplicates
            item = self.notes.get(n.id)
            if item is None:
                item = NoteItem(n, dup, b.show_authors)
                self.notes[n.id] = item
                self.scene.addItem(item)
                item.set_tip()
                grown = grown or not current.contains(item.sceneBoundingRect())
            elif item.duplicate != dup:
                item.set_note(n, dup, b.show_authors)
        if grown:   # the rest of the wall was inside the scene's rect already (each reload saw to it)
            self._fit_scene_rect()
        self._tell()
        return True

    def reload(self) -> None:
        """Read the board and make the items match it: same items kept, moved or changed in place."""
        data = None
        if self.ws.store is not None and self.board_id is not None:
            try:
                data = self.service.view(self.board_id)
            except ValueError:
                self.board_id = None
        self.view_data = data
        if data is None:
            for old in list(self.notes.values()) + list(self.clusters.values()):
                self.scene.removeItem(old)
            self.notes.clear()
            self.clusters.clear()
            self._set_fish(None)
            self.scene.setSceneRect(QRectF(0, 0, 1600, 900))
            self._tell()
            return
        b = data.board
        show = data.notes
        wanted = {n.id for n in show}
        for nid in [i for i in self.notes if i not in wanted]:
            self.scene.removeItem(self.notes.pop(nid))
        for n in show:
            note_item = self.notes.get(n.id)
            dup = n.id in data.duplicates
            if note_item is None:
                note_item = NoteItem(n, dup, b.show_authors)
                self.notes[n.id] = note_item
                self.scene.addItem(note_item)
                note_item.set_tip()
            elif (note_item.note != n or note_item.duplicate != dup
                  or note_item.show_author != (b.show_authors and bool(n.author))):
                note_item.set_note(n, dup, b.show_authors)
        frames = self._frames(show)
        for cid in [c for c in self.clusters if c not in frames]:
            self.scene.removeItem(self.clusters.pop(cid))
        for c in data.clusters:
            if c.id not in frames:
                continue
            cluster_item = self.clusters.get(c.id)
            if cluster_item is None:
                cluster_item = ClusterItem(c, frames[c.id], self._rename)
                self.clusters[c.id] = cluster_item
                self.scene.addItem(cluster_item)
            elif cluster_item.cluster != c or cluster_item.frame != frames[c.id]:
                cluster_item.set_cluster(c, frames[c.id])
        numbers = cluster_numbers(c.id for c in data.clusters)   # as the projector numbers them
        for cid, cluster_item in self.clusters.items():
            cluster_item.set_number(numbers[cid])
        self._set_fish(self.service.shape(b.id) if b.layout == "fishbone" else None, b.prompt or b.title)
        self._fit_scene_rect()
        self._tell()

    def _frames(self, notes) -> dict[int, QRectF]:
        out: dict[int, QRectF] = {}
        for n in notes:
            if n.cluster_id is None:
                continue
            r = QRectF(n.x - GAP, n.y - HEADER_H, NOTE_W + 2 * GAP, NOTE_H + HEADER_H + GAP)
            out[n.cluster_id] = out[n.cluster_id].united(r) if n.cluster_id in out else r
        return out

    def _set_fish(self, shape: Layout | None, head_text: str = "") -> None:
        """The fishbone's spine, bones and head (the prompt, else the title); none when `shape` is None."""
        if self.fish is not None:
            self.scene.removeItem(self.fish)
            self.fish = None
        if shape is not None and shape.head is not None:
            self.fish = FishItem(shape, head_text)
            self.scene.addItem(self.fish)

    def _fit_scene_rect(self) -> None:
        """Fixed while the notes stay inside it; grown (never shrunk mid-session) when they leave it."""
        content = self.content_rect()
        current = self.scene.sceneRect()
        if not current.contains(content):
            self.scene.setSceneRect(current.united(content.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)))

    def content_rect(self) -> QRectF:
        rects = [i.sceneBoundingRect() for i in list(self.notes.values()) + list(self.clusters.values())]
        if self.fish is not None:
            rects.append(self.fish.sceneBoundingRect())
        if not rects:
            return QRectF(0, 0, 1600, 900)
        out = rects[0]
        for r in rects[1:]:
            out = out.united(r)
        return out.adjusted(-GAP, -GAP, GAP, GAP)

    def _rename(self, cluster_id: int, name: str) -> None:
        try:
            self.service.rename_cluster(cluster_id, name)
        except ValueError as exc:
            self.errors.append(str(exc))
            self._tell()

    @property
    def blind(self) -> bool:
        """The board collects notes blind and the facilitator is not peeking: no note text on the console."""
        return self.view_data is not None and self.view_data.board.collecting and not self.peek

    def set_peek(self, on: bool) -> None:
        self.peek = on
        self._tell()

    def _hide_text(self) -> None:
        dots = self.view_data is not None and self.view_data.board.tallies_hidden
        if dots != self.scene.hide_dots:
            self.scene.hide_dots = dots
            for cluster in self.clusters.values():
                cluster.update()
        hide = self.blind
        if hide != self.scene.hide_text:
            self.scene.hide_text = hide
            for item in self.notes.values():
                item.set_tip()
                item.update()

    def _tell(self) -> None:
        self._hide_text()
        self.changed.emit()


@overload
def shared_board(ctx: UiContext) -> WallBoard: ...
@overload
def shared_board(ctx: Any) -> WallBoard | None: ...


def shared_board(ctx: Any) -> WallBoard | None:
    """The one WallBoard of a console (its UI parts; made on first use), or None before the services
    have loaded (the first frame's scenes)."""
    if ctx.services is None or ctx.ui is None:
        return None
    if ctx.ui.wall_board is None:
        ctx.ui.wall_board = WallBoard(ctx.services.workspace, ctx.services.wall)
    return ctx.ui.wall_board
