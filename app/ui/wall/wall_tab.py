"""The console's Wall tab: a board chooser and prompt, the capture box, the wall, its tools.

Capture: type a note and press Enter; the box empties and keeps the focus, so one typist
adds note after note without the mouse. Pasting several lines shows a preview ("Add 12
notes") before anything is added. Every tool is one WallService call: one undo step.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.wall.palette import PALETTE
from app.services.jobs import Callbacks
from app.ui.buttons import button
from app.ui.context import UiContext
from app.ui.wall.ballot import BallotDialog
from app.ui.wall.board import shared_board
from app.ui.wall.board_view import WallView
from app.ui.wall.items import ClusterItem, NoteItem
from app.ui.wall.vectors import CaptureVectors

CSV_FILTER = "CSV files (*.csv);;All files (*)"


class CaptureBox(QPlainTextEdit):
    """One note at a time: Enter adds it (Shift+Enter is a new line); a paste of many lines asks first."""

    submitted = Signal(str)
    pasted = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName("New note")
        self.setPlaceholderText("Type a note and press Enter (paste many lines to add one note each)")
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 14)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self.submitted.emit(self.toPlainText())
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source) -> None:
        text = source.text() if source.hasText() else ""
        if len([line for line in text.splitlines() if line.strip()]) > 1:
            self.pasted.emit(text)
            return
        super().insertFromMimeData(source)


class WallTab(QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.ws = ctx.workspace
        self.service = ctx.service("wall")
        self.board = shared_board(ctx.services, self.ws)
        self.last_error = ""
        self.pending_paste: list[str] = []
        self.suggestions: list = []
        self._refreshing = False
        self._fitted: int | None = None   # the board last zoomed to fit on showing
        self.setAccessibleName("Wall")

        self.board_combo = QComboBox()
        self.board_combo.setAccessibleName("Board")
        self.board_combo.activated.connect(self._board_chosen)
        self.new_title = QLineEdit()
        self.new_title.setPlaceholderText("New board title")
        self.new_title.setAccessibleName("New board title")
        self.new_title.returnPressed.connect(self.add_board)
        self.prompt = QLineEdit()
        self.prompt.setPlaceholderText("Prompt shown on the projector")
        self.prompt.setAccessibleName("Board prompt")
        self.prompt.editingFinished.connect(self._prompt_done)
        top = QHBoxLayout()
        top.addWidget(QLabel("Board:"))
        self.board_combo.setMinimumContentsLength(12)
        self.board_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        top.addWidget(self.board_combo, 1)
        top.addWidget(self.new_title, 1)
        top.addWidget(button("Add board", "Add a board with this title", self.add_board))

        self.capture = CaptureBox()
        self.capture.submitted.connect(self.add_typed)
        self.capture.pasted.connect(self.preview_paste)
        self.colour_combo = QComboBox()
        self.colour_combo.setAccessibleName("Note colour")
        for c in PALETTE:
            self.colour_combo.addItem(f"{c.label} ({c.pattern})" if c.pattern != "none" else c.label, c.key)
        self.author = QLineEdit()
        self.author.setPlaceholderText("Author or team (optional)")
        self.author.setAccessibleName("Note author")
        capture = QHBoxLayout()
        capture.addWidget(self.capture, 3)
        capture.addWidget(self.colour_combo)
        capture.addWidget(self.author, 1)
        self.preview = QLabel("")
        self.preview.setWordWrap(True)
        self.add_pasted_button = button("Add them", "Add the pasted notes", self.add_pasted)
        self.cancel_paste_button = button("Cancel", "Do not add the pasted notes", self.cancel_paste)
        paste_row = QHBoxLayout()
        paste_row.addWidget(self.preview, 1)
        paste_row.addWidget(self.add_pasted_button)
        paste_row.addWidget(self.cancel_paste_button)
        self._show_paste(False)

        self.view = WallView(self.board, self.report)
        self.view.focus_changed.connect(self._projector_changed)
        self.view.hint = lambda text: self.status.setText(text)
        self.view.voters = self.voters

        # Two rows of tools, so the console still fits a 1024-pixel-wide laptop screen.
        tools, tools2 = QHBoxLayout(), QHBoxLayout()
        for row, text, accessible, slot in (
            (tools, "Cluster", "Cluster the selected notes", self.cluster_selected),
            (tools, "Name", "Name the selected cluster", self.rename_selected),
            (tools, "Merge", "Merge the selected clusters", self.merge_selected),
            (tools, "Split off", "Split the selected notes into a cluster of their own", self.split_selected),
            (tools, "Dissolve", "Dissolve the selected cluster", self.dissolve_selected),
            (tools, "Tidy", "Tidy the wall", self.tidy),
            (tools, "Zoom to fit", "Zoom to fit the whole board", self.view.zoom_to_fit),
            (tools2, "In our control", "Mark the selected notes in our control", lambda: self.mark(True)),
            (tools2, "Not ours", "Mark the selected notes not in our control", lambda: self.mark(False)),
            (tools2, "Suggest", "Suggest clusters for the loose notes", self.suggest),
            (tools2, "Import CSV…", "Import notes from a CSV file", self.import_dialog),
        ):
            row.addWidget(button(text, accessible, slot))
        self.fishbone = QCheckBox("Fishbone")
        self.fishbone.setAccessibleName("Lay the board out as a fishbone")
        self.fishbone.clicked.connect(self._layout_clicked)
        self.only_ours = QCheckBox("Projector: only ours")
        self.only_ours.setAccessibleName("Show only notes in our control on the projector")
        self.only_ours.clicked.connect(self._only_ours_clicked)
        tools.addWidget(self.fishbone)
        tools.addStretch(1)
        self.show_authors = QCheckBox("Show authors")
        self.show_authors.setAccessibleName("Show who wrote each note (hidden unless ticked)")
        self.show_authors.clicked.connect(self._show_authors_clicked)
        tools2.addWidget(self.only_ours)
        tools2.addWidget(self.show_authors)
        tools2.addStretch(1)

        # Votes (the board's rules, dots by person) and what the board belongs to on the agenda.
        self.per_person = QSpinBox()
        self.per_person.setRange(1, 12)
        self.per_person.setAccessibleName("Dots each person has")
        self.per_cluster = QSpinBox()
        self.per_cluster.setRange(0, 12)
        self.per_cluster.setSpecialValueText("no cap")
        self.per_cluster.setAccessibleName("Most dots one person may put on one cluster")
        self.per_person.valueChanged.connect(self._rules_changed)
        self.per_cluster.valueChanged.connect(self._rules_changed)
        self.item_combo = QComboBox()
        self.item_combo.setAccessibleName("Agenda item of this board")
        self.item_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.item_combo.setMinimumContentsLength(16)
        self.item_combo.activated.connect(self._item_chosen)
        self.step_combo = QComboBox()
        self.step_combo.setAccessibleName("Protocol step of this board")
        self.step_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.step_combo.setMinimumContentsLength(12)
        self.step_combo.activated.connect(self._step_chosen)
        tools3 = QHBoxLayout()
        tools3.addWidget(QLabel("Dots each:"))
        tools3.addWidget(self.per_person)
        tools3.addWidget(QLabel("Cap per cluster:"))
        tools3.addWidget(self.per_cluster)
        tools3.addWidget(button("+1 dot", "Add a dot to the selected cluster", lambda: self.dots(1)))
        tools3.addWidget(button("−1 dot", "Take a dot off the selected cluster", lambda: self.dots(-1)))
        tools3.addWidget(button("Dots by person…", "Record one person's dots", self.ballot_dialog))
        self.top_button = button("Show top", "Show the top clusters on the projector", self.show_top)
        tools3.addWidget(self.top_button)
        tools3.addStretch(1)
        # The prompt and what the board belongs to on the agenda share a row (the console fits 1024 px).
        about = QHBoxLayout()
        about.addWidget(self.prompt, 2)
        about.addWidget(QLabel("For:"))
        about.addWidget(self.item_combo, 2)
        about.addWidget(self.step_combo, 1)

        self.suggestion_list = QListWidget()
        self.suggestion_list.setAccessibleName("Suggested clusters")
        self.suggestion_list.setMaximumHeight(120)
        self.accept_button = button("Accept ticked", "Accept the ticked suggested clusters", self.accept_suggestions)
        self.reject_button = button("Reject all", "Reject the suggested clusters", self.reject_suggestions)
        suggest_row = QHBoxLayout()
        suggest_row.addWidget(self.suggestion_list, 1)
        side = QVBoxLayout()
        side.addWidget(self.accept_button)
        side.addWidget(self.reject_button)
        suggest_row.addLayout(side)
        self.suggest_box = QWidget()
        self.suggest_box.setLayout(suggest_row)
        self.suggest_box.hide()
        # While suggestions are worked out (a job: the wall, the live screen and the clicker keep going).
        self.suggest_progress = QProgressBar()
        self.suggest_progress.setAccessibleName("Suggesting clusters")
        self.suggest_progress.setTextVisible(True)
        self.stop_suggest_button = button("Stop", "Stop suggesting clusters", self.stop_suggesting)
        busy_row = QHBoxLayout()
        busy_row.addWidget(self.suggest_progress, 1)
        busy_row.addWidget(self.stop_suggest_button)
        self.suggest_busy = QWidget()
        self.suggest_busy.setLayout(busy_row)
        self.suggest_busy.hide()
        self.suggesting = None    # the running suggestion job's handle
        self.vectors = CaptureVectors(ctx, self.service, self)
        self.results = QLabel("")
        self.results.setAccessibleName("Vote results")
        self.results.setWordWrap(True)
        self.status = QLabel("")
        self.status.setAccessibleName("Wall messages")
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(about)
        layout.addLayout(capture)
        layout.addLayout(paste_row)
        layout.addLayout(tools)
        layout.addLayout(tools2)
        layout.addLayout(tools3)
        layout.addWidget(self.suggest_busy)
        layout.addWidget(self.suggest_box)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.results)
        from app.ui.capture.panel import CapturePanel   # room capture (issue 15)

        self.capture_panel = CapturePanel(ctx, self.board)
        layout.addWidget(self.capture_panel)
        layout.addWidget(self.status)

        self.board.listeners.append(self._board_changed)
        self.destroyed.connect(lambda *_: self._forget())
        self._refresh_boards()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.board.board_id is not None and self._fitted != self.board.board_id:
            self._fitted = self.board.board_id
            self.view.zoom_to_fit()

    def _forget(self) -> None:
        if self._board_changed in self.board.listeners:
            self.board.listeners.remove(self._board_changed)
        if self.suggesting is not None and hasattr(self.suggesting, "cancel"):
            self.suggesting.cancel()
        self.suggesting = None   # whatever the job sends back now is dropped

    # -- messages ----------------------------------------------------------------------
    def report(self, text: str) -> None:
        self.last_error = text
        self.status.setText(text)

    def _do(self, fn, *args, **kwargs):
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
        board_id = self._do(self.service.add_board, title)
        if board_id is not None:
            self.new_title.clear()
            self.board.choose(board_id)
            self.capture.setFocus()

    def _prompt_done(self) -> None:
        if self.board.board_id is not None and self.board.view_data is not None:
            if self.prompt.text().strip() != self.board.view_data.board.prompt:
                self._do(self.service.update_board, self.board.board_id, prompt=self.prompt.text())

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
            self._show_rules(data.board)
            self._show_link(data.board)
            ranked = self.service.results(data.board.id)
            top = [f"{r.name}: {r.dots}" for r in ranked if r.dots][:5]
            voters = len(self.service.ballots(data.board.id))
            who = f" ({voters} {'people' if voters != 1 else 'person'} by name)" if voters else ""
            self.results.setText(f"Dots{who}: " + " · ".join(top) if top else "")
        if self.board.errors:
            self.report(self.board.errors.pop())
        self._projector_changed()

    def _projector_changed(self) -> None:
        if self.ctx.projector is not None:
            self.ctx.projector.data_changed()

    def _need_board(self) -> int | None:
        if self.board.board_id is None:
            self.report("Add a board first: type its title and press Enter.")
        return self.board.board_id

    # -- capture -----------------------------------------------------------------------
    def add_typed(self, text: str) -> None:
        board_id = self._need_board()
        if board_id is None or not text.strip():
            return
        note_id = self._do(self.service.add_note, board_id, text, self.colour_combo.currentData(),
                           self.author.text())
        if note_id is not None:
            self.capture.clear()
            self.capture.setFocus()
            dups = self.board.view_data.duplicates.get(note_id, []) if self.board.view_data else []
            if dups:
                self.status.setText("This note looks like one already on the wall (marked with a folded corner).")

    def preview_paste(self, text: str) -> None:
        preview = self.service.preview_paste(text)
        self.pending_paste = preview.notes
        lines = [f"Add {len(preview.notes)} notes, one per line?"]
        lines += [f"  {t[:80]}" for t in preview.notes[:5]]
        if len(preview.notes) > 5:
            lines.append(f"  … and {len(preview.notes) - 5} more")
        lines += preview.problems
        self.preview.setText("\n".join(lines))
        self.add_pasted_button.setText(f"Add {len(preview.notes)} notes")
        self._show_paste(True)

    def add_pasted(self) -> None:
        board_id = self._need_board()
        if board_id is None:
            return
        if self._do(self.service.add_notes, board_id, self.pending_paste, self.colour_combo.currentData(),
                    self.author.text()) is not None:
            self.cancel_paste()
        self.capture.setFocus()

    def cancel_paste(self) -> None:
        self.pending_paste = []
        self._show_paste(False)
        self.capture.setFocus()

    def _show_paste(self, on: bool) -> None:
        for w in (self.preview, self.add_pasted_button, self.cancel_paste_button):
            w.setVisible(on)

    def import_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Import notes", "", CSV_FILTER)
        if name:
            self.import_csv(Path(name))

    def import_csv(self, path: Path) -> None:
        board_id = self._need_board()
        if board_id is None:
            return
        report = self._do(self.service.import_csv, path, board_id)
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
            self.report("Select notes first: drag a box around them.")
            return
        cid = self._do(self.service.make_cluster, self.board.board_id, ids)
        if cid is not None and cid in self.board.clusters:
            self.board.clusters[cid].start_rename()

    def rename_selected(self) -> None:
        ids = self.selected_clusters()
        if len(ids) != 1:
            self.report("Select one cluster (or one of its notes) to name it.")
            return
        self.view.setFocus()
        self.board.clusters[ids[0]].start_rename()

    def merge_selected(self) -> None:
        ids = self.selected_clusters()
        if len(ids) < 2:
            self.report("Select notes from two or more clusters to merge them.")
            return
        for gone in ids[1:]:
            if self._do(self.service.merge_clusters, ids[0], gone) is None and self.last_error:
                return

    def split_selected(self) -> None:
        ids = self.view.selected_note_ids()
        clusters = self.selected_clusters()
        if not ids or len(clusters) != 1:
            self.report("Select some notes of one cluster to split them off.")
            return
        self._do(self.service.split_cluster, clusters[0], ids)

    def dissolve_selected(self) -> None:
        for cid in self.selected_clusters():
            self._do(self.service.dissolve_cluster, cid)

    def tidy(self) -> None:
        if self._need_board() is not None:
            self._do(self.service.tidy, self.board.board_id)
            self.view.zoom_to_fit()

    def mark(self, value: bool) -> None:
        ids = self.view.selected_note_ids()
        if ids:
            self._do(self.service.set_in_control, ids, value)

    def dots(self, n: int) -> None:
        ids = self.selected_clusters()
        if len(ids) != 1:
            self.report("Select one cluster to count its dots.")
            return
        self._do(self.service.add_dots, ids[0], n, self.voters())

    def _layout_clicked(self, on: bool) -> None:
        if self._need_board() is not None:
            self._do(self.service.set_layout, self.board.board_id, "fishbone" if on else "wall")
            self.view.zoom_to_fit()

    def _show_authors_clicked(self, on: bool) -> None:
        if self._need_board() is not None:
            self._do(self.service.update_board, self.board.board_id, show_authors=on)

    def _only_ours_clicked(self, on: bool) -> None:
        if self._need_board() is not None:
            self._do(self.service.update_board, self.board.board_id, only_in_control=on)

    # -- votes -------------------------------------------------------------------------
    def _show_rules(self, board) -> None:
        for spin, value in ((self.per_person, board.votes_per_person), (self.per_cluster, board.votes_per_cluster)):
            if spin.value() != value:
                spin.blockSignals(True)
                spin.setValue(value)
                spin.blockSignals(False)
        self.per_cluster.setMaximum(self.per_person.value())

    def _rules_changed(self, *_args) -> None:
        board_id = self.board.board_id
        data = self.board.view_data
        if board_id is None or data is None:
            return
        per_person = self.per_person.value()
        per_cluster = min(self.per_cluster.value(), per_person)
        self.per_cluster.setMaximum(per_person)
        if (per_person, per_cluster) != (data.board.votes_per_person, data.board.votes_per_cluster):
            self._do(self.service.set_vote_rules, board_id, per_person, per_cluster)

    def ballot_dialog(self) -> BallotDialog | None:
        board_id = self._need_board()
        if board_id is None:
            return None
        if not self.board.clusters:
            self.report("Make clusters first: dots go on clusters.")
            return None
        people = self.ctx.services.get("people")
        names = [p.name for p in people.participants()] if people is not None else []
        dialog = BallotDialog(self.service, board_id, names, self)
        dialog.setModal(True)
        dialog.show()
        self.ballot = dialog
        return dialog

    def show_top(self) -> None:
        """The Top clusters scene on the projector (the clusters by dots)."""
        if self.ctx.projector is None:
            self.report("Open the projector first (the Projector menu).")
            return
        self.ctx.projector.set_scene("wall_votes")

    def voters(self) -> int | None:
        """How many people could vote (the roster), so a counted tally stays within people x the cap."""
        people = self.ctx.services.get("people")
        n = len(people.participants()) if people is not None and self.ws.store is not None else 0
        return n or None

    def set_tally(self, cluster_id: int, dots: int) -> None:
        self._do(self.service.set_tally, cluster_id, dots, self.voters())

    # -- the agenda item and step ---------------------------------------------------------
    def _show_link(self, board) -> None:
        if self.item_combo.view().isVisible() or self.step_combo.view().isVisible():
            return
        agenda = self.ctx.service("agenda")
        self.item_combo.blockSignals(True)
        self.item_combo.clear()
        self.item_combo.addItem("No agenda item", None)
        days: list[int] = []
        for it in agenda.all_items():
            if it.day_id not in days:
                days.append(it.day_id)
            self.item_combo.addItem(f"Day {days.index(it.day_id) + 1}: {it.title}", it.id)
        self.item_combo.setCurrentIndex(max(0, self.item_combo.findData(board.item_id)))
        self.item_combo.blockSignals(False)
        self.step_combo.blockSignals(True)
        self.step_combo.clear()
        self.step_combo.addItem("Whole item", None)
        protocol = self.ctx.service("protocols").item_protocol(board.item_id) if board.item_id is not None else None
        for n, st in enumerate(protocol.steps if protocol is not None else ()):
            self.step_combo.addItem(f"Step {n + 1}: {st.title}", n)
        self.step_combo.setCurrentIndex(max(0, self.step_combo.findData(board.step)))
        self.step_combo.setEnabled(protocol is not None)
        self.step_combo.blockSignals(False)

    def _item_chosen(self, index: int) -> None:
        if self._need_board() is not None:
            self._do(self.service.update_board, self.board.board_id, item_id=self.item_combo.itemData(index), step=None)

    def _step_chosen(self, index: int) -> None:
        if self._need_board() is not None:
            self._do(self.service.update_board, self.board.board_id, step=self.step_combo.itemData(index))

    # -- suggestions -------------------------------------------------------------------
    def suggest(self) -> None:
        """Work out suggested clusters as a job, with a progress bar and Stop; the proposal shows when done."""
        board_id = self._need_board()
        if board_id is None or self.suggesting is not None:
            return
        job = self._do(self.service.suggest_job, board_id)
        if job is None:
            return
        self.reject_suggestions()
        self.vectors.pending.clear()   # this job embeds the loose notes itself (and keeps their vectors)
        self.status.setText("Suggesting clusters for the loose notes…")
        self.suggest_progress.setRange(0, 0)   # busy until the first progress
        self.suggest_progress.setFormat("Suggesting clusters…")
        self.suggest_busy.show()
        path = self.ws.path
        marker = object()
        self.suggesting = marker

        def done(outcome) -> None:
            if self.suggesting is None:
                return   # stopped, and the job finished before it saw the Stop
            self._suggest_ended()
            if self.ws.store is None or self.ws.path != path:
                return
            self.service.keep_vectors(outcome.made)
            if self.board.board_id != board_id:
                return
            self._show_suggestions(outcome.suggestions)

        callbacks = Callbacks(progress=self._suggest_progressed, done=done, failed=self._suggest_failed,
                              cancelled=self._suggest_ended)
        handle = self.ctx.service("jobs").start(job, callbacks)
        if self.suggesting is marker:
            self.suggesting = handle

    def _suggest_progressed(self, p) -> None:
        if self.suggesting is None:
            return
        self.suggest_progress.setRange(0, max(1, p.total))
        self.suggest_progress.setValue(p.done)
        self.suggest_progress.setFormat(p.label or "Suggesting clusters…")

    def _suggest_failed(self, exc: BaseException) -> None:
        if self.suggesting is None:
            return
        self._suggest_ended()
        self.report(f"Could not suggest clusters: {exc}. The wall is unchanged.")

    def _suggest_ended(self) -> None:
        if self.suggesting is None:
            return
        self.suggesting = None
        self.suggest_busy.hide()

    def stop_suggesting(self) -> None:
        if self.suggesting is None:
            return
        if hasattr(self.suggesting, "cancel"):
            self.suggesting.cancel()
        self._suggest_ended()
        self.status.setText("Stopped suggesting clusters. The wall is unchanged.")

    def _show_suggestions(self, suggestions) -> None:
        self.suggestions = suggestions
        self.suggestion_list.clear()
        for g in self.suggestions:
            item = QListWidgetItem(g.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setToolTip(f"{len(g.note_ids)} notes")
            self.suggestion_list.addItem(item)
        self.suggest_box.setVisible(bool(self.suggestions))
        if self.suggestions:
            self.status.setText(f"{len(self.suggestions)} suggested clusters: untick any you do not want, "
                                "edit a name with a double-click, then Accept ticked.")
        else:
            self.status.setText("No suggestions: every note is in a cluster, or the loose notes have nothing in common.")

    def accept_suggestions(self) -> None:
        chosen = []
        for row, g in enumerate(self.suggestions):
            item = self.suggestion_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                chosen.append(g._replace(name=item.text()))
        if chosen:
            self._do(self.service.accept, self.board.board_id, chosen)
        self.reject_suggestions()
        self.view.zoom_to_fit()

    def reject_suggestions(self) -> None:
        self.suggestions = []
        self.suggestion_list.clear()
        self.suggest_box.hide()
