"""The Pairing tab: criteria and rules on the left; on the right a round, each group with its reason,
to lock, swap and re-solve, and show on the projector."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
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
from app.ui.pairing.days import day_choices, day_index, fill_days
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
        self._known: set[int] | None = None   # the rounds seen at the last reload (a new one is shown)

        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        ll = QVBoxLayout(left)
        box = QGroupBox(QCoreApplication.translate("PairingTab", "What makes a good pair"))
        bl = QVBoxLayout(box)
        self.criteria = CriteriaEditor(self.pairing)
        bl.addWidget(self.criteria)
        ll.addWidget(box)   # as tall as its rows: every attribute in sight
        box = QGroupBox(QCoreApplication.translate("PairingTab", "Rules"))
        bl = QVBoxLayout(box)
        self.rules = RulesPanel(self.pairing, self.people)
        bl.addWidget(self.rules)
        ll.addWidget(box, 1)
        split.addWidget(left)

        right = QWidget()
        rl = QVBoxLayout(right)
        # One day picker: it chooses which day's rounds are listed and the day new rounds are for,
        # so the round shown and the rounds planned are always of the day it names.
        top = QHBoxLayout()
        day_label = QLabel(QCoreApplication.translate("PairingTab", "&Day"))
        top.addWidget(day_label)
        self.day_box = narrow(QComboBox(), 6)
        self.day_box.setAccessibleName(QCoreApplication.translate("PairingTab", "Day of the rounds"))
        self.day_box.setToolTip(QCoreApplication.translate("PairingTab", "The rounds of this day, and the day new rounds are for. A day's handout prints that day's rounds."))
        self.day_box.currentIndexChanged.connect(self._day_chosen)
        day_label.setBuddy(self.day_box)
        top.addWidget(self.day_box)
        top.addWidget(QLabel(QCoreApplication.translate("PairingTab", "Round")))
        self.round_box = narrow(QComboBox(), 10)
        self.round_box.setAccessibleName(QCoreApplication.translate("PairingTab", "Round"))
        self.round_box.currentIndexChanged.connect(self._show_round)
        top.addWidget(self.round_box, 1)
        rl.addLayout(top)
        many = QHBoxLayout()
        self.next_button = button(QCoreApplication.translate("PairingTab", "Pair next round"), QCoreApplication.translate("PairingTab", "Pair the teams for the next round of this day"), self.pair_next)
        many.addWidget(self.next_button)
        many.addSpacing(8)
        many.addWidget(QLabel(QCoreApplication.translate("PairingTab", "Plan")))
        self.count = QSpinBox()
        self.count.setRange(2, 20)
        self.count.setValue(4)
        self.count.setAccessibleName(QCoreApplication.translate("PairingTab", "How many rounds to plan"))
        many.addWidget(self.count)
        self.plan_button = button(QCoreApplication.translate("PairingTab", "Plan rounds"), QCoreApplication.translate("PairingTab", "Plan several rounds at once, with the fewest repeats"), self.plan_many)
        many.addWidget(self.plan_button)
        many.addStretch(1)
        rl.addLayout(many)
        self.job = JobBar(ctx, QCoreApplication.translate("PairingTab", "Planning rounds"), busy=(self.next_button, self.plan_button))
        rl.addWidget(self.job)
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(QCoreApplication.translate("PairingTab", "Round summary"))
        rl.addWidget(self.summary)
        self.problems = ProblemLabel()
        rl.addWidget(self.problems)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("PairingTab", "Lock"), QCoreApplication.translate("PairingTab", "Teams"), QCoreApplication.translate("PairingTab", "Score"), QCoreApplication.translate("PairingTab", "Why")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)   # a long school name wraps; never "…"
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())   # rows as tall as their words
        self.table.setAccessibleName(QCoreApplication.translate("PairingTab", "Groups of this round"))
        self.table.itemChanged.connect(self._lock_changed)
        rl.addWidget(self.table, 1)
        swap = QHBoxLayout()
        swap.addWidget(QLabel(QCoreApplication.translate("PairingTab", "Swap")))
        self.swap_a, self.swap_b = narrow(QComboBox(), 8), narrow(QComboBox(), 8)
        self.swap_a.setAccessibleName(QCoreApplication.translate("PairingTab", "Swap this team"))
        self.swap_b.setAccessibleName(QCoreApplication.translate("PairingTab", "with this team"))
        swap.addWidget(self.swap_a, 1)
        swap.addWidget(QLabel(QCoreApplication.translate("PairingTab", "with")))
        swap.addWidget(self.swap_b, 1)
        swap.addWidget(button(QCoreApplication.translate("PairingTab", "Swap"), QCoreApplication.translate("PairingTab", "Swap the two teams, lock their groups and re-solve the rest"), self.swap))
        rl.addLayout(swap)
        actions = QHBoxLayout()
        actions.addWidget(button(QCoreApplication.translate("PairingTab", "Re-solve"), QCoreApplication.translate("PairingTab", "Re-solve this round, keeping the locked groups"), self.resolve))
        self.move_button = button(QCoreApplication.translate("PairingTab", "Move to…"), QCoreApplication.translate("PairingTab", "Move this round to another day"), lambda: None)
        self.move_menu = QMenu(self.move_button)
        self.move_button.setMenu(self.move_menu)
        actions.addWidget(self.move_button)
        actions.addWidget(button(QCoreApplication.translate("PairingTab", "Delete round"), QCoreApplication.translate("PairingTab", "Delete this round"), self.delete_round))
        actions.addStretch(1)
        rl.addLayout(actions)
        room = QHBoxLayout()
        room.addWidget(button(QCoreApplication.translate("PairingTab", "Export CSV…"), QCoreApplication.translate("PairingTab", "Export the pairs of every round as CSV"), self.export))
        room.addStretch(1)
        for b in page_buttons(self.ctx, "pairs"):
            room.addWidget(b)
        room.addWidget(button(QCoreApplication.translate("PairingTab", "Show on projector"), QCoreApplication.translate("PairingTab", "Show this round's pairs on the projector"), self.show_on_projector))
        rl.addLayout(room)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        self.pages = QTabWidget()
        self.pages.addTab(split, QCoreApplication.translate("PairingTab", "Buddy schools"))
        self.tables = TablesPanel(ctx)
        self.pages.addTab(self.tables, QCoreApplication.translate("PairingTab", "Tables"))
        self.attributes = AttributesEditor(self.pairing, self.people)
        self.pages.addTab(self.attributes, QCoreApplication.translate("PairingTab", "Team attributes"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

        self.criteria.problem.connect(self.problems.show_problem)
        self.rules.problem.connect(self.problems.show_problem)
        self.subs = listen(self, ctx.workspace.bus)
        self.subs.on_any(TOPICS, self._on_change)
        self.reload()

    # -- data -------------------------------------------------------------------
    def _on_change(self, change: Change) -> None:
        if isinstance(change, ConveningChanged):   # another file: its own days and rounds, nothing carried over
            self._known = None
            self.day_box.blockSignals(True)
            self.day_box.clear()
            self.day_box.blockSignals(False)
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
        ids = {r.id for r in self._rounds}
        new = sorted(ids - self._known) if self._known is not None else []
        self._known = ids
        if new:
            keep = new[0]   # rounds planned just now (here, or from the command line): show the first
        self._loading = True
        try:
            fill_days(self.day_box, self.ctx, default=True)
            kept = self._round(keep)
            if kept is not None:   # the day picker follows the round shown (moved to another day, or new)
                self.day_box.setCurrentIndex(day_index(self.day_box, kept.day_id))
            self._fill_rounds(keep)
        finally:
            self._loading = False
        self._show_round()

    def _round(self, round_id: int | None) -> RoundRecord | None:
        return next((r for r in self._rounds if r.id == round_id), None) if round_id is not None else None

    def _fill_rounds(self, keep: int | None) -> None:
        """The rounds of the day chosen (each numbered among all rounds); `keep` shown if there, else the latest."""
        day = self.day_box.currentData()
        self.round_box.clear()
        for r in self._rounds:
            if r.day_id == day:
                self.round_box.addItem(f"{r.number}. {r.title}", r.id)
        index = self.round_box.findData(keep) if keep is not None else -1
        self.round_box.setCurrentIndex(index if index >= 0 else self.round_box.count() - 1)

    def _day_chosen(self, *_args) -> None:
        if self._loading:
            return
        self._loading = True
        try:
            self._fill_rounds(None)
        finally:
            self._loading = False
        self._show_round()

    def current_round_id(self) -> int | None:
        return self.round_box.currentData()

    def current_round(self):
        return self._round(self.current_round_id())

    def _show_round(self, *_args) -> None:
        if self._loading:
            return
        r = self.current_round()
        self._loading = True
        try:
            self.table.setRowCount(0)
            for box in (self.swap_a, self.swap_b):
                box.clear()
            self._fill_move_menu(r)
            if r is None:
                self.summary.setText(self._no_round_text())
                self.problems.clear_problem()
                return
            self.table.setRowCount(len(r.groups))
            for row, g in enumerate(r.groups):
                lock = QTableWidgetItem("")
                lock.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                lock.setCheckState(Qt.CheckState.Checked if g.locked else Qt.CheckState.Unchecked)
                lock.setData(Qt.ItemDataRole.UserRole, g.pair_id)
                lock.setData(Qt.ItemDataRole.AccessibleTextRole, QCoreApplication.translate("PairingTab", "Lock {value}").format(value=group_text(g.names)))
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

    def _no_round_text(self) -> str:
        day = self.day_box.currentData()
        name = self.day_box.currentText()
        text = (QCoreApplication.translate("PairingTab", "No rounds for {name} yet.").format(name=name) if day is not None else QCoreApplication.translate("PairingTab", "No rounds without a day.")) + \
            QCoreApplication.translate("PairingTab", " Choose what makes a good pair, then press “Pair next round”.")
        others = sum(r.day_id != day for r in self._rounds)
        if others:
            text += self.tr(" %n round(s) on other days: choose the day above.", "", others)
        return text

    def _fill_move_menu(self, r) -> None:
        self.move_menu.clear()
        self.move_button.setEnabled(r is not None)
        for text, day_id in day_choices(self.ctx):
            act = self.move_menu.addAction(text)
            act.setEnabled(r is not None and r.day_id != day_id)
            act.triggered.connect(lambda _=False, d=day_id: self.move_round(d))

    def _update_summary(self, r) -> None:
        if r is None:
            return
        repeats = sum("met before" in g.reason for g in r.groups)
        locked = sum(g.locked for g in r.groups)
        self.summary.setText(
            " · ".join((self.tr("%n group(s)", "", len(r.groups)),
                        self.tr("total score {score}").format(score=sum(g.score for g in r.groups)),
                        self.tr("%n locked", "", locked),
                        self.tr("no repeats") if not repeats else self.tr("%n with a repeat", "", repeats)))
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
        path, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("PairingTab", "Export pairs"), QCoreApplication.translate("PairingTab", "pairs.csv"), QCoreApplication.translate("PairingTab", "CSV files (*.csv)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        try:
            path.write_text(self.pairing.as_csv(self._rounds), encoding="utf-8-sig")  # a BOM: Excel reads accents right
        except OSError as exc:
            self.problems.show_problem(QCoreApplication.translate("PairingTab", "{path}: it cannot be written ({strerror}); choose another folder.").format(path=path, strerror=exc.strerror))

    def move_round(self, day_id: int | None) -> None:
        """Move the round shown to another day (None: no day); the day picker follows it."""
        rid = self.current_round_id()
        if rid is not None:
            self._run(self.pairing.set_day, rid, day_id)

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
