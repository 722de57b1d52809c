"""The console's board view: drag notes, drop them on a note or a cluster to cluster them,
rubber-band several, name a cluster in place, open a long note in full, zoom.

A gesture changes nothing until it ends; then one WallService call commits it (one
undo step) and the bus brings every item to where the file says it is.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGraphicsTextItem, QGraphicsView

from app.domain.wall.layout import NOTE_W
from app.ui.wall.board import WallBoard
from app.ui.wall.items import NOTE_TEXT_PX, PAD, ClusterItem, InlineEditor, NoteItem, text_font

NUDGE = 10.0
ZOOM_STEP = 1.25


class WallView(QGraphicsView):
    focus_changed = Signal()

    def __init__(self, board: WallBoard, report: Callable[[str], None]) -> None:
        super().__init__(board.scene)
        self.board = board
        self.report = report
        self.setAccessibleName(QCoreApplication.translate("WallView", "Sticky-note wall"))
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.BoundingRectViewportUpdate)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self._pressed: dict[int, QPointF] = {}
        self.editor: NoteEditor | None = None
        self.typed = ""                                   # digits typed for a cluster's dots
        self.tally_for: int | None = None                 # the cluster N chose: digits are its dots
        self.hint: Callable[[str], None] = lambda _text: None   # where a key's effect is said
        self.voters: Callable[[], int | None] = lambda: None    # people in the room (caps a counted tally)
        self.horizontalScrollBar().valueChanged.connect(self._focus_moved)
        self.verticalScrollBar().valueChanged.connect(self._focus_moved)

    # -- service calls -----------------------------------------------------------------
    def _do(self, fn, *args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except ValueError as exc:
            self.report(str(exc))
            self.board.reload()  # items back where the file has them
            return None

    def selected_note_ids(self) -> list[int]:
        return sorted(i.note_id for i in self.scene().selectedItems() if isinstance(i, NoteItem))

    # -- dragging ----------------------------------------------------------------------
    def mousePressEvent(self, event) -> None:
        self.tally_for, self.typed = None, ""   # a click chooses notes: digits cluster them again
        super().mousePressEvent(event)
        self._pressed = {i.note_id: QPointF(i.pos()) for i in self.board.notes.values() if i.isSelected()}

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        pressed, self._pressed = self._pressed, {}
        moved = [nid for nid, pos in pressed.items()
                 if nid in self.board.notes and self.board.notes[nid].pos() != pos]
        if not moved:
            return
        self.finish_drag(moved, self.mapToScene(event.position().toPoint()))

    def finish_drag(self, moved: list[int], drop: QPointF) -> None:
        """Dropped on another note: cluster with it; on a cluster: join it; elsewhere: a move."""
        svc, board_id = self.board.service, self.board.board_id
        target = next((i for i in self.scene().items(drop) if isinstance(i, NoteItem) and i.note_id not in moved),
                      None)
        if target is not None:
            cid = target.note.cluster_id
            if cid is not None:
                self._do(svc.join_cluster, moved, cid)
            else:
                self._do(svc.make_cluster, board_id, [target.note_id] + moved)
            return
        frame = next((i for i in self.scene().items(drop) if isinstance(i, ClusterItem)), None)
        moving_clusters = {self.board.notes[n].note.cluster_id for n in moved}
        if frame is not None and frame.cluster_id not in moving_clusters:
            self._do(svc.join_cluster, moved, frame.cluster_id)
            return
        self._do(svc.move_notes, {n: (self.board.notes[n].pos().x(), self.board.notes[n].pos().y()) for n in moved})

    # -- naming, reading in full -------------------------------------------------------
    def mouseDoubleClickEvent(self, event) -> None:
        at = self.mapToScene(event.position().toPoint())
        for item in self.scene().items(at):
            if isinstance(item, NoteItem):
                self.open_note(item.note_id)
                return
            if isinstance(item, ClusterItem):
                item.start_rename()
                return
        super().mouseDoubleClickEvent(event)

    def open_note(self, note_id: int) -> NoteEditor:
        """The note's whole text, over the wall, editable: Enter keeps it, Shift+Enter a new line, Esc closes."""
        self.close_note()
        self.editor = NoteEditor(self, self.board.notes[note_id])
        self.scene().addItem(self.editor)
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.setFocus()
        return self.editor

    def close_note(self, text: str | None = None) -> None:
        editor, self.editor = self.editor, None
        if editor is None:
            return
        note_id, old = editor.note_id, editor.original
        editor.hide()
        self.scene().removeItem(editor)
        if text is not None and text.strip() and text.strip() != old:
            self._do(self.board.service.edit_note, note_id, text)

    # -- keys: nudge, delete -----------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        focus = self.scene().focusItem()
        if isinstance(focus, QGraphicsTextItem):
            super().keyPressEvent(event)
            return
        data = self.board.view_data
        if (event.key() == Qt.Key.Key_R and not event.modifiers() and data is not None and data.board.collecting):
            self.board.peek = False
            self._do(self.board.service.reveal, data.board.id)   # the notes collected blind go up: one undo step
            self.hint(QCoreApplication.translate("WallView", "The notes are up, on the projector too. Edit > Undo hides them again."))
            return
        if self._tally_key(event):
            return
        arrows = {Qt.Key.Key_Left: (-NUDGE, 0), Qt.Key.Key_Right: (NUDGE, 0),
                  Qt.Key.Key_Up: (0, -NUDGE), Qt.Key.Key_Down: (0, NUDGE)}
        ids = self.selected_note_ids()
        if event.key() in arrows and ids:
            dx, dy = arrows[event.key()]
            self._do(self.board.service.move_notes,
                     {n: (self.board.notes[n].pos().x() + dx, self.board.notes[n].pos().y() + dy) for n in ids},
                     nudge=True)
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and ids:
            self._do(self.board.service.delete_notes, ids)
            return
        super().keyPressEvent(event)

    # -- keys: dots --------------------------------------------------------------------
    def selected_cluster(self) -> int | None:
        """The one cluster selected (its frame, or notes of it only), else None."""
        items = self.scene().selectedItems()
        ids = {i.note.cluster_id for i in items if isinstance(i, NoteItem)}
        ids |= {i.cluster_id for i in items if isinstance(i, ClusterItem)}
        return next(iter(ids)) if len(ids) == 1 and None not in ids else None

    def select_cluster(self, cluster_id: int) -> None:
        """Select the cluster's notes (what the tools and the keys act on) and bring it into view."""
        self.scene().clearSelection()
        for note in self.board.notes.values():
            if note.note.cluster_id == cluster_id:
                note.setSelected(True)
        self.ensureVisible(self.board.clusters[cluster_id].frame)

    def _tally_key(self, event) -> bool:
        """N: the next cluster (Shift+N: the one before); D: a dot more (Shift+D: one less); after N, digits
        then Enter: the cluster's counted dots (Esc or Backspace undoes the typing). Without N, a digit puts the
        selected notes into the cluster of that number (join_numbered)."""
        key, shift = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        order = sorted(self.board.clusters, key=lambda c: (self.board.clusters[c].frame.y(),
                                                            self.board.clusters[c].frame.x(), c))
        current = self.selected_cluster()
        if key == Qt.Key.Key_N and order:
            self.typed = ""
            at = order.index(current) if current in order else (0 if shift else -1)
            chosen = order[(at + (-1 if shift else 1)) % len(order)]
            self.select_cluster(chosen)   # selects its notes: selected_cluster() is now `chosen`
            self.tally_for = chosen
            name = self.board.clusters[chosen].cluster.name
            self.hint(QCoreApplication.translate("WallView", "“{name}”: type its dots and press Enter, or D for one more (Shift+D one less).").format(name=name))
            return True
        digit = Qt.Key.Key_1 <= key <= Qt.Key.Key_9 and not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        if digit and not self.typed and (current is None or current != self.tally_for):
            return self.join_numbered(key - Qt.Key.Key_0)   # selected notes, then a cluster's number
        if current is None:
            return False
        name = self.board.clusters[current].cluster.name
        if key == Qt.Key.Key_D:
            self.typed = ""
            self._do(self.board.service.votes.add_dots, current, -1 if shift else 1, self.voters())
            return True
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9 and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.typed = (self.typed + event.text())[-4:]
            self.hint(QCoreApplication.translate("WallView", "Dots on “{name}”: {typed}. Enter to count them, Esc to drop.").format(name=name, typed=self.typed))
            return True
        if self.typed and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            dots, self.typed = int(self.typed), ""
            if self._do(self.board.service.votes.set_tally, current, dots, self.voters()) is not None:
                self.hint(QCoreApplication.translate("WallView", "“{name}”: {dots} dots. N for the next cluster.").format(name=name, dots=dots))
            return True
        if self.typed and key in (Qt.Key.Key_Escape, Qt.Key.Key_Backspace):
            self.typed = self.typed[:-1] if key == Qt.Key.Key_Backspace else ""
            self.hint(QCoreApplication.translate("WallView", "Dots on “{name}”: {typed}").format(name=name, typed=self.typed) if self.typed else "")
            return True
        return False

    def join_numbered(self, number: int) -> bool:
        """The selected notes into the cluster numbered `number` (as the room sees it on the projector)."""
        ids = self.selected_note_ids()
        if not ids:
            return False
        numbers = {cid: item.number for cid, item in self.board.clusters.items()}
        target = next((cid for cid, n in numbers.items() if n == number), None)
        if target is None:
            self.report(QCoreApplication.translate("WallView", "There is no cluster {number}.").format(number=number))
            return True
        name = self.board.clusters[target].cluster.name
        if self._do(self.board.service.join_cluster, ids, target) is None and self.board.view_data is not None:
            self.hint(self.tr("%n note(s) into {number} “{name}”.", "", len(ids)).format(number=number, name=name))
        return True

    # -- zoom --------------------------------------------------------------------------
    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP)
            return
        super().wheelEvent(event)

    def zoom(self, factor: float) -> None:
        self.scale(factor, factor)
        self._focus_moved()

    def zoom_to_fit(self) -> None:
        self.fitInView(self.board.content_rect(), Qt.AspectRatioMode.KeepAspectRatio)
        self.board.focus = None   # the projector fits the whole board too
        self.focus_changed.emit()

    def _focus_moved(self, *_) -> None:
        self.board.focus = self.mapToScene(self.viewport().rect()).boundingRect()
        self.focus_changed.emit()


class NoteEditor(InlineEditor):
    """A note opened in full on the wall: Shift+Enter breaks a line, Enter keeps, Esc drops."""

    multiline = True

    def __init__(self, view: WallView, item: NoteItem) -> None:
        super().__init__(item.note.text)
        self.view = view
        self.note_id = item.note_id
        self.original = item.note.text
        self.setFont(text_font(NOTE_TEXT_PX))
        self.setDefaultTextColor(QColor("#111111"))
        self.document().setDocumentMargin(PAD)
        self.setTextWidth(NOTE_W * 2)
        self.setPos(item.pos())
        self.setZValue(10)

    def paint(self, p, option, widget=None) -> None:
        p.fillRect(self.boundingRect(), QColor("#FFFDE8"))
        p.setPen(QColor("#0072B2"))
        p.drawRect(self.boundingRect().adjusted(1, 1, -1, -1))
        super().paint(p, option, widget)

    def finish(self, text: str | None) -> None:
        self.view.close_note(text)
