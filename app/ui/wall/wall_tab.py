"""The console's Wall tab: a board chooser and prompt, the wall and its tools, composed with its
parts: the capture row (capture_row), what the board is for on the agenda (agenda_link), the
vote row (vote_row), the photos of its chart paper (photo_row; an image file dropped on the tab adds
one too) and the suggested clusters (suggest_box).

Every tool is one WallService call: one undo step. The parts act through the tab's `act` (a
refusal is said in the tab's messages) and `need_board`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.ui.buttons import button
from app.ui.context import UiContext
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.wall.agenda_link import AgendaLink
from app.ui.wall.ballot import BallotDialog
from app.ui.wall.board import shared_board
from app.ui.wall.board_view import WallView
from app.ui.wall.capture_row import CaptureRow
from app.ui.wall.items import ClusterItem, NoteItem
from app.ui.wall.note_list import NoteList
from app.ui.wall.phase_row import PhaseRow
from app.ui.wall.photo_row import PhotoRow, photo_paths
from app.ui.wall.suggest_box import SuggestBox
from app.ui.wall.vectors import CaptureVectors
from app.ui.wall.vote_row import VoteRow

CSV_FILTER = QT_TRANSLATE_NOOP("wall_tab", "CSV files (*.csv);;All files (*)")


class WallTab(QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.ws = ctx.workspace
        self.service = ctx.services.wall
        self.board = shared_board(ctx)
        self.last_error = ""
        self._refreshing = False
        self._fitted: int | None = None   # the board last zoomed to fit on showing
        self.setAccessibleName(QCoreApplication.translate("WallTab", "Wall"))

        self.board_combo = QComboBox()
        self.board_combo.setAccessibleName(QCoreApplication.translate("WallTab", "Board"))
        self.board_combo.activated.connect(self._board_chosen)
        self.new_title = QLineEdit()
        self.new_title.setPlaceholderText(QCoreApplication.translate("WallTab", "New board title"))
        self.new_title.setAccessibleName(QCoreApplication.translate("WallTab", "New board title"))
        self.new_title.returnPressed.connect(self.add_board)
        self.prompt = QLineEdit()
        self.prompt.setPlaceholderText(QCoreApplication.translate("WallTab", "Prompt shown on the projector"))
        self.prompt.setAccessibleName(QCoreApplication.translate("WallTab", "Board prompt"))
        self.prompt.editingFinished.connect(self._prompt_done)
        top = QHBoxLayout()
        top.addWidget(QLabel(QCoreApplication.translate("WallTab", "Board:")))
        self.board_combo.setMinimumContentsLength(12)
        self.board_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        top.addWidget(self.board_combo, 1)
        top.addWidget(self.new_title, 1)
        top.addWidget(button(QCoreApplication.translate("WallTab", "Add board"), QCoreApplication.translate("WallTab", "Add a board with this title"), self.add_board))

        # The parts; their widgets are the tab's attributes too (tests and the console reach them so).
        self.capture_row = CaptureRow(self)
        self.capture = self.capture_row.capture
        self.colour_combo = self.capture_row.colour_combo
        self.author = self.capture_row.author
        self.preview = self.capture_row.preview
        self.add_pasted_button = self.capture_row.add_pasted_button
        self.cancel_paste_button = self.capture_row.cancel_paste_button

        self.view = WallView(self.board, self.report)
        self.view.focus_changed.connect(self._projector_changed)
        self.view.hint = lambda text: self.status.setText(text)

        # Two rows of tools, so the console still fits a 1024-pixel-wide laptop screen.
        tools, tools2 = QHBoxLayout(), QHBoxLayout()
        for row, text, accessible, slot in (
            (tools, QCoreApplication.translate("WallTab", "Cluster"), QCoreApplication.translate("WallTab", "Cluster the selected notes"), self.cluster_selected),
            (tools, QCoreApplication.translate("WallTab", "Name"), QCoreApplication.translate("WallTab", "Name the selected cluster"), self.rename_selected),
            (tools, QCoreApplication.translate("WallTab", "Merge"), QCoreApplication.translate("WallTab", "Merge the selected clusters"), self.merge_selected),
            (tools, QCoreApplication.translate("WallTab", "Split off"), QCoreApplication.translate("WallTab", "Split the selected notes into a cluster of their own"), self.split_selected),
            (tools, QCoreApplication.translate("WallTab", "Dissolve"), QCoreApplication.translate("WallTab", "Dissolve the selected cluster"), self.dissolve_selected),
            (tools, QCoreApplication.translate("WallTab", "Tidy"), QCoreApplication.translate("WallTab", "Tidy the wall"), self.tidy),
            (tools, QCoreApplication.translate("WallTab", "Zoom to fit"), QCoreApplication.translate("WallTab", "Zoom to fit the whole board"), self.view.zoom_to_fit),
            (tools2, QCoreApplication.translate("WallTab", "In our control"), QCoreApplication.translate("WallTab", "Mark the selected notes in our control"), lambda: self.mark(True)),
            (tools2, QCoreApplication.translate("WallTab", "Not ours"), QCoreApplication.translate("WallTab", "Mark the selected notes not in our control"), lambda: self.mark(False)),
            (tools2, QCoreApplication.translate("WallTab", "Suggest"), QCoreApplication.translate("WallTab", "Suggest clusters for the loose notes"), self.suggest),
            (tools2, QCoreApplication.translate("WallTab", "Import CSV…"), QCoreApplication.translate("WallTab", "Import notes from a CSV file"), self.import_dialog),
        ):
            row.addWidget(button(text, accessible, slot))
        self.fishbone = QCheckBox(QCoreApplication.translate("WallTab", "Fishbone"))
        self.fishbone.setAccessibleName(QCoreApplication.translate("WallTab", "Lay the board out as a fishbone"))
        self.fishbone.clicked.connect(self._layout_clicked)
        self.only_ours = QCheckBox(QCoreApplication.translate("WallTab", "Projector: only ours"))
        self.only_ours.setAccessibleName(QCoreApplication.translate("WallTab", "Show only notes in our control on the projector"))
        self.only_ours.clicked.connect(self._only_ours_clicked)
        tools.addWidget(self.fishbone)
        tools.addStretch(1)
        self.show_authors = QCheckBox(QCoreApplication.translate("WallTab", "Show authors"))
        self.show_authors.setAccessibleName(QCoreApplication.translate("WallTab", "Show who wrote each note (hidden unless ticked)"))
        self.show_authors.clicked.connect(self._show_authors_clicked)
        tools2.addWidget(self.only_ours)
        tools2.addWidget(self.show_authors)
        tools2.addStretch(1)

        # Votes (the board's rules, dots by person) and what the board belongs to on the agenda.
        self.votes = VoteRow(self)
        self.per_person = self.votes.per_person
        self.per_cluster = self.votes.per_cluster
        self.top_button = self.votes.top_button
        self.results = self.votes.results
        self.view.voters = self.votes.voters
        self.phases = PhaseRow(self)   # collect blind, reveal, peek; voting open or closed
        self.link = AgendaLink(self)
        self.item_combo = self.link.item_combo
        self.step_combo = self.link.step_combo
        # The prompt and what the board belongs to on the agenda share a row (the console fits 1024 px).
        about = QHBoxLayout()
        about.addWidget(self.prompt, 2)
        self.link.place(about)

        self.suggester = SuggestBox(self)
        self.suggestion_list = self.suggester.suggestion_list
        self.accept_button = self.suggester.accept_button
        self.reject_button = self.suggester.reject_button
        self.suggest_box = self.suggester.suggest_box
        self.suggest_progress = self.suggester.suggest_progress
        self.stop_suggest_button = self.suggester.stop_suggest_button
        self.suggest_busy = self.suggester.suggest_busy
        self.vectors = CaptureVectors(ctx, self.service, self)
        self.status = QLabel("")
        self.status.setAccessibleName(QCoreApplication.translate("WallTab", "Wall messages"))
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(about)
        layout.addWidget(self.capture_row)
        layout.addLayout(tools)
        layout.addLayout(tools2)
        layout.addWidget(self.votes)
        layout.addWidget(self.phases)
        self.photo_row = PhotoRow(self)   # photos of the chart paper; an image file dropped on the tab too
        layout.addWidget(self.photo_row)
        self.setAcceptDrops(True)
        layout.addWidget(self.suggester)
        # The notes as text beside the canvas: every note readable on a laptop without zooming (note_list.py).
        self.notes = NoteList(self.board, self.report)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(self.view)
        self.split.addWidget(self.notes)
        self.split.setStretchFactor(0, 4)
        self.split.setStretchFactor(1, 5)
        self.split.setChildrenCollapsible(False)
        layout.addWidget(self.split, 1)
        layout.addWidget(self.results)
        from app.ui.capture.panel import CapturePanel  # room capture (issue 15)

        self.capture_panel = CapturePanel(ctx, self.board)
        layout.addWidget(self.capture_panel)
        layout.addWidget(self.status)

        self.board.changed.connect(self._board_changed)
        self.destroyed.connect(lambda *_: self._forget())
        self._refresh_boards()

    # -- the parts' state and actions, as the tab's (tests reach them so) --------------------
    @property
    def suggestions(self) -> list:
        return self.suggester.suggestions

    @property
    def suggesting(self):
        return self.suggester.suggesting

    def suggest(self) -> None:
        self.suggester.suggest()

    def ballot_dialog(self) -> BallotDialog | None:
        return self.votes.ballot_dialog()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not getattr(self, "_split_set", False):   # the notes' text gets the larger share at first
            self._split_set = True
            total = max(2, self.split.width())
            self.split.setSizes([total * 4 // 9, total - total * 4 // 9])
        if self.board.board_id is not None and self._fitted != self.board.board_id:
            self._fitted = self.board.board_id
            self.view.zoom_to_fit()

    def _forget(self) -> None:
        self.suggester.forget()

    # -- messages ----------------------------------------------------------------------
    def report(self, text: str) -> None:
        self.last_error = text
        self.status.setText(text)

    def act(self, fn, *args, **kwargs):
        try:
            result = fn(*args, **kwargs)
        except ValueError as exc:
            self.report(str(exc))
            return None
        self.status.setText("")
        return result

    # -- boards ------------------------------------------------------------------------
    def _refresh_boards(self) -> None:
        if self.ws.store is None:
            self.board_combo.clear()
            return
        if self._refreshing:
            return
        self._refreshing = True
        try:
            self.board.ensure_board()
        finally:
            self._refreshing = False
        boards = self.service.boards()
        self.board_combo.blockSignals(True)
        self.board_combo.clear()
        for b in boards:
            self.board_combo.addItem(f"{b.title} ({b.notes})", b.id)
        index = self.board_combo.findData(self.board.board_id)
        self.board_combo.setCurrentIndex(max(0, index))
        self.board_combo.blockSignals(False)

    def _board_chosen(self, index: int) -> None:
        self.board.choose(self.board_combo.itemData(index))
        self.view.zoom_to_fit()

    def add_board(self) -> None:
        title = self.new_title.text()
        board_id = self.act(self.service.add_board, title)
        if board_id is not None:
            self.new_title.clear()
            self.board.choose(board_id)
            self.capture.setFocus()

    def _prompt_done(self) -> None:
        if self.board.board_id is not None and self.board.view_data is not None:
            if self.prompt.text().strip() != self.board.view_data.board.prompt:
                self.act(self.service.update_board, self.board.board_id, prompt=self.prompt.text())

    def _board_changed(self) -> None:
        data = self.board.view_data
        if self.board_combo.findData(self.board.board_id) < 0 or (
                data is not None and self.board_combo.currentText() != f"{data.board.title} ({data.board.notes})"):
            self._refresh_boards()
        if data is not None:
            if not self.prompt.hasFocus():
                self.prompt.setText(data.board.prompt)
            self.fishbone.setChecked(data.board.layout == "fishbone")
            self.only_ours.setChecked(data.board.only_in_control)
            self.show_authors.setChecked(data.board.show_authors)
            self.votes.show_board(data.board)
            self.phases.show_board(data.board)
            self.link.show_board(data.board)
        self.photo_row.show_board(data)
        if self.board.errors:
            self.report(self.board.errors.pop())
        self._projector_changed()

    def _projector_changed(self) -> None:
        if self.ctx.projector is not None:
            self.ctx.projector.data_changed()

    def need_board(self) -> int | None:
        if self.board.board_id is None:
            self.report(QCoreApplication.translate("WallTab", "Add a board first: type its title and press Enter."))
        return self.board.board_id

    # -- a photo dropped on the tab -------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if photo_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        paths = photo_paths(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        for path in paths:
            if self.photo_row.add_file(path) is None:
                break

    # -- notes from a file ----------------------------------------------------------------
    def import_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, QCoreApplication.translate("WallTab", "Import notes"), "", QCoreApplication.translate("wall_tab", CSV_FILTER))
        if name:
            self.import_csv(Path(name))

    def import_csv(self, path: Path) -> None:
        board_id = self.need_board()
        if board_id is None:
            return
        report = self.act(self.service.import_csv, path, board_id)
        if report is not None:
            self.status.setText(" ".join(report.lines()))

    # -- tools -------------------------------------------------------------------------
    def selected_clusters(self) -> list[int]:
        items = self.board.scene.selectedItems()
        ids = {i.note.cluster_id for i in items if isinstance(i, NoteItem) and i.note.cluster_id is not None}
        ids |= {i.cluster_id for i in items if isinstance(i, ClusterItem)}
        return sorted(ids)

    def cluster_selected(self) -> None:
        ids = self.view.selected_note_ids()
        if not ids:
            self.report(QCoreApplication.translate("WallTab", "Select notes first: drag a box around them."))
            return
        cid = self.act(self.service.make_cluster, self.board.board_id, ids)
        if cid is not None and cid in self.board.clusters:
            self.board.clusters[cid].start_rename()

    def rename_selected(self) -> None:
        ids = self.selected_clusters()
        if len(ids) != 1:
            self.report(QCoreApplication.translate("WallTab", "Select one cluster (or one of its notes) to name it."))
            return
        self.view.setFocus()
        self.board.clusters[ids[0]].start_rename()

    def merge_selected(self) -> None:
        ids = self.selected_clusters()
        if len(ids) < 2:
            self.report(QCoreApplication.translate("WallTab", "Select notes from two or more clusters to merge them."))
            return
        for gone in ids[1:]:
            if self.act(self.service.merge_clusters, ids[0], gone) is None and self.last_error:
                return

    def split_selected(self) -> None:
        ids = self.view.selected_note_ids()
        clusters = self.selected_clusters()
        if not ids or len(clusters) != 1:
            self.report(QCoreApplication.translate("WallTab", "Select some notes of one cluster to split them off."))
            return
        self.act(self.service.split_cluster, clusters[0], ids)

    def dissolve_selected(self) -> None:
        for cid in self.selected_clusters():
            self.act(self.service.dissolve_cluster, cid)

    def tidy(self) -> None:
        if self.need_board() is not None:
            self.act(self.service.tidy, self.board.board_id)
            self.view.zoom_to_fit()

    def mark(self, value: bool) -> None:
        ids = self.view.selected_note_ids()
        if ids:
            self.act(self.service.set_in_control, ids, value)

    def _layout_clicked(self, on: bool) -> None:
        if self.need_board() is not None:
            self.act(self.service.set_layout, self.board.board_id, "fishbone" if on else "wall")
            self.view.zoom_to_fit()

    def _show_authors_clicked(self, on: bool) -> None:
        if self.need_board() is not None:
            self.act(self.service.update_board, self.board.board_id, show_authors=on)

    def _only_ours_clicked(self, on: bool) -> None:
        if self.need_board() is not None:
            self.act(self.service.update_board, self.board.board_id, only_in_control=on)
