"""The Pairing tab: criteria and rules on the left; on the right a round, each group with its reason,
to lock, swap and re-solve, and show on the projector."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.core.changes import Change, ConveningChanged, PairingChanged, PeopleChanged, TeamsChanged
from app.services.pairing.service import RoundRecord
from app.ui.buttons import button
from app.ui.context import UiContext
from app.ui.listen import listen
from app.ui.pairing.attributes_editor import AttributesEditor
from app.ui.pairing.criteria_editor import CriteriaEditor
from app.ui.pairing.days import day_index, fill_days, round_text
from app.ui.pairing.job_bar import JobBar
from app.ui.pairing.narrow import narrow, page_buttons
from app.ui.pairing.rules_panel import RulesPanel
from app.ui.pairing.tables_panel import TablesPanel
from app.ui.problem_label import ProblemLabel

TOPICS = (PairingChanged, TeamsChanged, PeopleChanged, ConveningChanged)


def group_text(names) -> str:
    names = list(names)
    return " & ".join(names) if len(names) < 3 else f"{', '.join(names[:-1])} & {names[-1]}"


class PairingTab(QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.pairing = ctx.services.pairing
        self.people = ctx.services.people
        self._loading = False
        self._rounds: list[RoundRecord] = []

        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        ll = QVBoxLayout(left)
        box = QGroupBox("What makes a good pair")
        bl = QVBoxLayout(box)
        self.criteria = CriteriaEditor(self.pairing)
        bl.addWidget(self.criteria)
        ll.addWidget(box, 3)
        box = QGroupBox("Rules")
        bl = QVBoxLayout(box)
        self.rules = RulesPanel(self.pairing, self.people)
        bl.addWidget(self.rules)
        ll.addWidget(box, 4)
        split.addWidget(left)

        right = QWidget()
        rl = QVBoxLayout(right)
        top = QHBoxLayout()
        self.round_box = narrow(QComboBox())
        self.round_box.setAccessibleName("Round")
        self.round_box.currentIndexChanged.connect(self._show_round)
        top.addWidget(self.round_box, 1)
        top.addWidget(QLabel("For"))
        self.day_box = narrow(QComboBox(), 6)
        self.day_box.setAccessibleName("Day the new rounds are for")
        top.addWidget(self.day_box)
        self.next_button = button("Pair next round", "Pair the teams for the next round", self.pair_next)
        top.addWidget(self.next_button)
        rl.addLayout(top)
        many = QHBoxLayout()
        many.addWidget(QLabel("Plan"))
        self.count = QSpinBox()
        self.count.setRange(2, 20)
        self.count.setValue(4)
        self.count.setAccessibleName("How many rounds to plan")
        many.addWidget(self.count)
        self.plan_button = button("Plan rounds", "Plan several rounds at once, with the fewest repeats", self.plan_many)
        many.addWidget(self.plan_button)
        many.addStretch(1)
        for b in page_buttons(self.ctx, "pairs"):
            many.addWidget(b)
        many.addWidget(button("Show on projector", "Show this round's pairs on the projector", self.show_on_projector))
        rl.addLayout(many)
        self.job = JobBar(ctx, "Planning rounds", busy=(self.next_button, self.plan_button))
        rl.addWidget(self.job)
        on_day = QHBoxLayout()
        on_day.addWidget(QLabel("This round is for"))
        self.round_day = narrow(QComboBox(), 6)
        self.round_day.setToolTip("A day's handout prints that day's rounds.")
        self.round_day.setAccessibleName("Day this round is for")
        self.round_day.currentIndexChanged.connect(self._round_day_changed)
        on_day.addWidget(self.round_day)
        on_day.addStretch(1)
        rl.addLayout(on_day)
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("Round summary")
        rl.addWidget(self.summary)
        self.problems = ProblemLabel()
        rl.addWidget(self.problems)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(["Lock", "Teams", "Score", "Why"])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName("Groups of this round")
        self.table.itemChanged.connect(self._lock_changed)
        rl.addWidget(self.table, 1)
        swap = QHBoxLayout()
        swap.addWidget(QLabel("Swap"))
        self.swap_a, self.swap_b = narrow(QComboBox(), 8), narrow(QComboBox(), 8)
        self.swap_a.setAccessibleName("Swap this team")
        self.swap_b.setAccessibleName("with this team")
        swap.addWidget(self.swap_a, 1)
        swap.addWidget(QLabel("with"))
        swap.addWidget(self.swap_b, 1)
        swap.addWidget(button("Swap", "Swap the two teams, lock their groups and re-solve the rest", self.swap))
        rl.addLayout(swap)
        actions = QHBoxLayout()
        actions.addWidget(button("Re-solve", "Re-solve this round, keeping the locked groups", self.resolve))
        actions.addWidget(button("Delete round", "Delete this round", self.delete_round))
        actions.addWidget(button("Export CSV…", "Export the pairs of every round as CSV", self.export))
        actions.addStretch(1)
        rl.addLayout(actions)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        self.pages = QTabWidget()
        self.pages.addTab(split, "Buddy schools")
        self.tables = TablesPanel(ctx)
        self.pages.addTab(self.tables, "Tables")
        self.attributes = AttributesEditor(self.pairing, self.people)
        self.pages.addTab(self.attributes, "Team attributes")
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

        self.criteria.problem.connect(self.problems.show_problem)
        self.rules.problem.connect(self.problems.show_problem)
        self.subs = listen(self, ctx.workspace.bus)
        self.subs.on_any(TOPICS, self._on_change)
        self.reload()

    # -- data -------------------------------------------------------------------
    def _on_change(self, change: Change) -> None:
        what = change.what if isinstance(change, PairingChanged) else None
        if what == "criteria":
            return  # the editor already shows what it saved
        if what == "tables":
            self.tables.reload()
            return
        if what == "attribute-value":  # typed in the attributes table: it already shows it
            return
        if what == "lock":  # the box already shows it; only the summary changes (no rebuild under a click)
            self._rounds = self.pairing.rounds()
            self._update_summary(self.current_round())
            return
        self.reload(keep_round=True)

    def reload(self, keep_round: bool = False) -> None:
        if self.ctx.workspace.store is None:
            return
        self.criteria.reload()
        self.rules.reload()
        self.tables.reload()
        self.attributes.reload()
        keep = self.current_round_id() if keep_round else None
        self._rounds = self.pairing.rounds()
        self._loading = True
        try:
            fill_days(self.day_box, self.ctx, default=True)
            fill_days(self.round_day, self.ctx)
            self.round_box.clear()
            for r in self._rounds:
                self.round_box.addItem(round_text(r), r.id)
            index = self.round_box.findData(keep) if keep is not None else -1
            self.round_box.setCurrentIndex(index if index >= 0 else len(self._rounds) - 1)
        finally:
            self._loading = False
        self._show_round()

    def current_round_id(self) -> int | None:
        return self.round_box.currentData()

    def current_round(self):
        rid = self.current_round_id()
        return next((r for r in self._rounds if r.id == rid), None)

    def _show_round(self, *_args) -> None:
        if self._loading:
            return
        r = self.current_round()
        self._loading = True
        try:
            self.table.setRowCount(0)
            for box in (self.swap_a, self.swap_b):
                box.clear()
            self.round_day.setEnabled(r is not None)
            if r is not None:
                self.round_day.setCurrentIndex(day_index(self.round_day, r.day_id))
            if r is None:
                self.summary.setText("No rounds yet. Choose what makes a good pair, then press “Pair next round”.")
                self.problems.clear_problem()
                return
            self.table.setRowCount(len(r.groups))
            for row, g in enumerate(r.groups):
                lock = QTableWidgetItem("")
                lock.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                lock.setCheckState(Qt.CheckState.Checked if g.locked else Qt.CheckState.Unchecked)
                lock.setData(Qt.ItemDataRole.UserRole, g.pair_id)
                lock.setData(Qt.ItemDataRole.AccessibleTextRole, f"Lock {group_text(g.names)}")
                self.table.setItem(row, 0, lock)
                self.table.setItem(row, 1, QTableWidgetItem(group_text(g.names)))
                score = QTableWidgetItem(str(g.score))
                score.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, 2, score)
                self.table.setItem(row, 3, QTableWidgetItem(g.reason))
                for tid, name in zip(g.team_ids, g.names):
                    self.swap_a.addItem(name, tid)
                    self.swap_b.addItem(name, tid)
            self.table.resizeRowsToContents()
            if self.swap_b.count() > 1:
                self.swap_b.setCurrentIndex(1)
            self._update_summary(r)
            if r.problems:
                self.problems.show_problem("\n".join(r.problems))
            else:
                self.problems.clear_problem()
        finally:
            self._loading = False

    def _update_summary(self, r) -> None:
        if r is None:
            return
        repeats = sum("met before" in g.reason for g in r.groups)
        locked = sum(g.locked for g in r.groups)
        self.summary.setText(
            f"{len(r.groups)} groups · total score {sum(g.score for g in r.groups)} · "
            f"{locked} locked · {'no repeats' if not repeats else f'{repeats} with a repeat'}"
        )

    # -- actions ------------------------------------------------------------------
    def _run(self, fn, *args):
        self.problems.clear_problem()
        try:
            return fn(*args)
        except ValueError as exc:
            self.problems.show_problem(str(exc))
            return None

    def pair_next(self) -> None:
        self._plan(1)

    def plan_many(self) -> None:
        self._plan(self.count.value())

    def _plan(self, count: int) -> None:
        """Plan in the background (the window and the live run keep answering); store the result here."""
        if self.job.running:
            return
        job = self._run(self.pairing.plan_job, count, None, self.day_box.currentData())
        if job is not None:
            self.job.start(job, self._planned, self.problems.show_problem)

    def _planned(self, result) -> None:
        planned = self._run(self.pairing.store_plan, result)
        if planned:
            self.round_box.setCurrentIndex(self.round_box.findData(planned[0].id))
            if result.result.note:
                self.problems.show_problem(result.result.note)

    def resolve(self) -> None:
        rid = self.current_round_id()
        if rid is not None:
            self._run(self.pairing.resolve, rid)

    def swap(self) -> None:
        rid = self.current_round_id()
        a, b = self.swap_a.currentData(), self.swap_b.currentData()
        if rid is not None and a is not None and b is not None:
            self._run(self.pairing.swap, rid, a, b)

    def delete_round(self) -> None:
        rid = self.current_round_id()
        if rid is not None:
            self._run(self.pairing.delete_round, rid)

    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Export pairs", "pairs.csv", "CSV files (*.csv)")
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        try:
            path.write_text(self.pairing.as_csv(self._rounds), encoding="utf-8-sig")  # a BOM: Excel reads accents right
        except OSError as exc:
            self.problems.show_problem(f"{path}: it cannot be written ({exc.strerror}); choose another folder.")

    def _round_day_changed(self, *_args) -> None:
        rid = self.current_round_id()
        if self._loading or rid is None:
            return
        self._run(self.pairing.set_day, rid, self.round_day.currentData())

    def _lock_changed(self, item: QTableWidgetItem) -> None:
        if self._loading or item.column() != 0:
            return
        self._run(self.pairing.set_locked, item.data(Qt.ItemDataRole.UserRole), item.checkState() == Qt.CheckState.Checked)

    def show_on_projector(self) -> None:
        from app.ui.projector.scenes.rounds import RoundScene

        projector = self.ctx.projector
        if projector is None:
            return
        scene = projector.scenes.get("pairs")
        if isinstance(scene, RoundScene):   # the pairs scene (None only if it was not registered)
            scene.show_round(self.current_round_id())
        projector.set_scene("pairs")
