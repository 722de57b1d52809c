"""The Wall tab's notes as text, beside the canvas: every note's whole text, readable on a laptop without
zooming, grouped under its cluster's number, colour and name.

Select notes (click, Shift/Ctrl+click, arrows with Shift) and press a cluster's number to move them into
it, or N for a new cluster of them; drag them onto a cluster's heading to do the same. Each is one
WallService call: one undo step. Selecting here selects the same notes on the canvas, so the tab's tools
(Name, Split off, In our control ...) act on them. While notes are collected blind their text is not
shown here either, unless the facilitator ticks Peek.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
)

from app.domain.wall.palette import cluster_colour, cluster_numbers
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.i18n.counts import counts
from app.ui.wall.board import WallBoard

TEXT_PX = 13          # the notes' text: readable on a 1366x768 laptop at arm's length
HEADING_PX = 14
NOTE_ROLE = Qt.ItemDataRole.UserRole          # a note's id
CLUSTER_ROLE = Qt.ItemDataRole.UserRole + 1   # a heading's cluster id (None: the notes in no cluster)
LOOSE = QT_TRANSLATE_NOOP("note_list", "Not in a cluster yet")
HIDDEN = QT_TRANSLATE_NOOP("note_list", "(hidden until the notes are revealed)")
PAD = 3
WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap)


def _swatch(hex_colour: str) -> QIcon:
    pix = QPixmap(18, 18)
    pix.fill(QColor(hex_colour))
    return QIcon(pix)


class Wrapped(QStyledItemDelegate):
    """Rows that wrap their whole text to the list's width (never cut with "…"), each as tall as it needs."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree

    def _text_width(self, option: QStyleOptionViewItem, index) -> int:
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        icon = self.tree.iconSize().width() + 6 if index.data(Qt.ItemDataRole.DecorationRole) is not None else 0
        return max(60, self.tree.viewport().width() - (depth + 1) * self.tree.indentation() - icon - 2 * PAD)

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        width = self._text_width(opt, index)
        r = QFontMetrics(opt.font).boundingRect(QRect(0, 0, width, 100_000), WRAP, opt.text)
        return QSize(width, max(r.height(), self.tree.iconSize().height()) + 2 * PAD)

    def paint(self, p: QPainter, option: QStyleOptionViewItem, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        style = self.tree.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, p, self.tree)   # background, icon, selection
        r = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, self.tree).adjusted(PAD, PAD, -PAD, -PAD)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        p.save()
        p.setFont(opt.font)
        p.setPen(opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
                 if index.data(Qt.ItemDataRole.ForegroundRole) is None or selected
                 else index.data(Qt.ItemDataRole.ForegroundRole).color())
        p.drawText(r, WRAP, text)
        p.restore()


class NoteList(QTreeWidget):
    def __init__(self, board: WallBoard, report: Callable[[str], None]) -> None:
        super().__init__()
        self.board = board
        self.report = report
        self.setAccessibleName(QCoreApplication.translate("NoteList", "Notes by cluster"))
        self.setHeaderHidden(True)
        self.setColumnCount(1)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setIndentation(14)
        self.setIconSize(QSize(18, 18))
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setItemDelegate(Wrapped(self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        f = QFont(self.font())
        f.setPixelSize(TEXT_PX)
        self.setFont(f)
        self.heading_font = QFont(f)
        self.heading_font.setPixelSize(HEADING_PX)
        self.heading_font.setBold(True)
        self.numbers: dict[int, int] = {}       # cluster id -> its number
        self.items: dict[int, QTreeWidgetItem] = {}   # note id -> its row
        self.headings: dict[int | None, QTreeWidgetItem] = {}
        self._syncing = False
        self.itemSelectionChanged.connect(self._to_canvas)
        self.board.scene.selectionChanged.connect(self._from_canvas)
        self.board.changed.connect(self.rebuild)
        self.rebuild()

    # -- what it shows -----------------------------------------------------------------
    def rebuild(self) -> None:
        data = self.board.view_data
        chosen = set(self.selected_note_ids())
        bar = self.verticalScrollBar().value()
        self._syncing = True
        self.setUpdatesEnabled(False)
        try:
            self.clear()
            self.items, self.headings = {}, {}
            if data is None:
                return
            self.numbers = cluster_numbers(c.id for c in data.clusters)
            hide = self.board.blind
            groups: dict[int | None, list] = {c.id: [] for c in data.clusters}
            groups[None] = []
            for n in data.notes:
                groups.setdefault(n.cluster_id, []).append(n)
            dots_hidden = data.board.tallies_hidden
            for c in data.clusters:
                number = self.numbers[c.id]
                count = len(groups[c.id])
                dots = "" if dots_hidden or not c.dots else f" · {counts().dots(c.dots)}"
                head = self._heading(f"{number}  {c.name}  ({counts().notes(count)}{dots})",
                                     cluster_colour(number).edge, c.id)
                self._notes(head, groups[c.id], hide)
            if groups[None]:
                head = self._heading(QCoreApplication.translate("note_list", LOOSE) + f"  ({len(groups[None])})", "#8A8A8A", None)
                self._notes(head, groups[None], hide)
            self.expandAll()
            for nid in chosen & set(self.items):
                self.items[nid].setSelected(True)
        finally:
            self.setUpdatesEnabled(True)
            self._syncing = False
        self.verticalScrollBar().setValue(bar)

    def _heading(self, text: str, hue: str, cluster_id: int | None) -> QTreeWidgetItem:
        head = QTreeWidgetItem(self, [text])
        head.setFont(0, self.heading_font)
        head.setIcon(0, _swatch(hue))
        head.setData(0, CLUSTER_ROLE, cluster_id)
        head.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled)
        head.setToolTip(0, QCoreApplication.translate("NoteList", "Drop notes here, or select notes and press this cluster's number.")
                        if cluster_id is not None else QCoreApplication.translate("NoteList", "Notes in no cluster yet."))
        self.headings[cluster_id] = head
        return head

    def _notes(self, head: QTreeWidgetItem, notes, hide: bool) -> None:
        for n in notes:
            text = QCoreApplication.translate("note_list", HIDDEN) if hide else n.text + (f"  — {n.author}" if n.author and self._authors() else "")
            row = QTreeWidgetItem(head, [text])
            row.setData(0, NOTE_ROLE, n.id)
            row.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled)
            if hide:
                row.setForeground(0, QBrush(QColor("#6B6B6B")))
            self.items[n.id] = row

    def _authors(self) -> bool:
        data = self.board.view_data
        return data is not None and data.board.show_authors

    # -- selection, both ways ------------------------------------------------------------
    def selected_note_ids(self) -> list[int]:
        return sorted(i.data(0, NOTE_ROLE) for i in self.selectedItems() if i.data(0, NOTE_ROLE) is not None)

    def _to_canvas(self) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            chosen = set(self.selected_note_ids())
            for nid, item in self.board.notes.items():
                item.setSelected(nid in chosen)
        finally:
            self._syncing = False

    def _from_canvas(self) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            chosen = {nid for nid, item in self.board.notes.items() if item.isSelected()}
            for nid, row in self.items.items():
                row.setSelected(nid in chosen)
        finally:
            self._syncing = False

    # -- clustering by key and by drop ------------------------------------------------------
    def cluster_with_number(self, number: int) -> bool:
        """The selected notes into the cluster numbered `number`; False (and said) when there is none."""
        ids = self.selected_note_ids()
        target = next((cid for cid, n in self.numbers.items() if n == number), None)
        if not ids:
            self.report(QCoreApplication.translate("NoteList", "Select notes first, then press a cluster's number."))
            return False
        if target is None:
            self.report(QCoreApplication.translate("NoteList", "There is no cluster {number}; N makes a new cluster of the selected notes.").format(number=number))
            return False
        self._do(self.board.service.join_cluster, ids, target)
        return True

    def new_cluster(self) -> None:
        ids = self.selected_note_ids()
        if not ids or self.board.board_id is None:
            self.report(QCoreApplication.translate("NoteList", "Select notes first, then press N to make a cluster of them."))
            return
        self._do(self.board.service.make_cluster, self.board.board_id, ids)

    def _do(self, fn, *args) -> None:
        try:
            fn(*args)
        except ValueError as exc:
            self.report(str(exc))

    def keyPressEvent(self, event) -> None:
        key, mods = event.key(), event.modifiers()
        plain = not mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        if plain and Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            self.cluster_with_number(key - Qt.Key.Key_0)
            return
        if plain and key == Qt.Key.Key_N and not mods & Qt.KeyboardModifier.ShiftModifier:
            self.new_cluster()
            return
        super().keyPressEvent(event)

    def dropEvent(self, event) -> None:
        """Notes dropped on a cluster's heading (or one of its notes) join it; nothing moves by itself here."""
        target = self.itemAt(event.position().toPoint())
        ids = self.selected_note_ids()
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if target is None or not ids:
            return
        parent = target.parent()
        head = target if parent is None else parent
        cluster_id = head.data(0, CLUSTER_ROLE)
        if cluster_id is None:
            self.report(QCoreApplication.translate("NoteList", "To take notes out of a cluster, drag them out of its frame on the wall."))
            return
        self._do(self.board.service.join_cluster, ids, cluster_id)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.scheduleDelayedItemsLayout()   # rows re-wrap to the new width
