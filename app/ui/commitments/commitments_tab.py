"""The Commitments tab: one team after another, each commitment typed in a few keystrokes.

Keys: Tab moves through the fields; Enter saves (and clears the form for another
commitment of the same team); Ctrl+Enter saves and goes to the next team;
Ctrl+Down / Ctrl+Up go to the next / previous team without saving. Every save
is committed at once and Edit > Undo takes it back.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.commitments.model import CommitmentError
from app.domain.improvement.model import ImprovementError
from app.services.core.changes import (
    Change,
    CommitmentsChanged,
    ConveningChanged,
    ImprovementChanged,
    LiveChanged,
    StepNoteChanged,
    TeamsChanged,
)
from app.services.core.workspace import ConveningFileError
from app.ui.buttons import button
from app.ui.commitments.bright_spots import BrightSpotsPanel
from app.ui.commitments.form import CommitmentForm
from app.ui.commitments.review import LastTimePanel
from app.ui.context import UiContext
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.improvement.cycles_panel import CyclesPanel
from app.ui.improvement.drivers_panel import DriversPanel
from app.ui.improvement.measures_panel import MeasuresPanel
from app.ui.listen import listen
from app.ui.problem_label import ProblemLabel

TOPICS = (CommitmentsChanged, TeamsChanged, ConveningChanged, LiveChanged, StepNoteChanged, ImprovementChanged)
FILE_FILTER = QT_TRANSLATE_NOOP("commitments_tab", "Convene files (*.convene);;All files (*)")


class CommitmentsTab(QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.svc = ctx.services.commitments
        self.editing: int | None = None  # the commitment in the form, None: a new one
        self.report = ""
        self._pending = False

        self.teams = QListWidget()
        self.teams.setAccessibleName(QCoreApplication.translate("CommitmentsTab", "Teams"))
        self.teams.setMinimumWidth(120)
        self.teams.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.teams.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.teams.currentItemChanged.connect(lambda *_: self._team_changed())
        self.pages = QTabWidget()
        self.pages.addTab(self._commitments_page(), QCoreApplication.translate("CommitmentsTab", "Commitments"))
        self.spots = BrightSpotsPanel(self.svc)
        self.spots.show_requested.connect(self.show_bright_spot)
        self.pages.addTab(self.spots, QCoreApplication.translate("CommitmentsTab", "Bright spots"))
        self.cycles = CyclesPanel(ctx.services)   # issue 25: PDSA cycles on this team's commitments
        self.pages.addTab(self.cycles, QCoreApplication.translate("CommitmentsTab", "PDSA cycles"))
        self.measures = MeasuresPanel(ctx.services)   # issue 25: the network's measures and run charts
        self.measures.show_requested.connect(self.show_run_chart)
        self.pages.addTab(self.measures, QCoreApplication.translate("CommitmentsTab", "Measures"))
        self.drivers = DriversPanel(ctx.services)   # issue 25: the driver diagram
        self.drivers.show_requested.connect(self.show_driver_diagram)
        self.pages.addTab(self.drivers, QCoreApplication.translate("CommitmentsTab", "Driver diagram"))
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.teams)
        split.addWidget(self.pages)
        split.setStretchFactor(1, 3)
        lay = QVBoxLayout(self)
        lay.addWidget(split)
        self._shortcuts()
        self.subs = listen(self, ctx.workspace.bus)
        self.subs.on_any(TOPICS, self._on_bus)
        self.reload()

    # -- building --------------------------------------------------------------------
    def _commitments_page(self) -> QWidget:
        page = QWidget()
        self.heading = QLabel("")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.last_time = LastTimePanel()
        self.last_time.status_chosen.connect(self.mark)
        self.last_time.bright_spot_chosen.connect(self.make_bright_spot)
        self.current = QListWidget()
        self.current.setAccessibleName(QCoreApplication.translate("CommitmentsTab", "This team's commitments"))
        self.current.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.current.setWordWrap(True)
        self.current.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.current.setToolTip(QCoreApplication.translate("CommitmentsTab", "Double-click one, or press Enter on it, to edit it"))
        self.current.itemActivated.connect(lambda item: self.edit(item.data(Qt.ItemDataRole.UserRole)))
        self.form = CommitmentForm()
        for edit in self.form.edits:
            edit.returnPressed.connect(self.save)
        self.keys_hint = QLabel(QCoreApplication.translate("CommitmentsTab", "Tab: next field  ·  Enter: save  ·  Ctrl+Enter: save and go to the next team  ·  Ctrl+Down / Ctrl+Up: next / previous team  ·  Projector, from any window: F10 this team, Ctrl+8 every team, Shift+PageDown next page"))
        self.keys_hint.setWordWrap(True)
        self.during = QLabel("")
        self.during.setTextFormat(Qt.TextFormat.PlainText)
        self.during.setWordWrap(True)
        self.error = ProblemLabel()
        self.message = QLabel("")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(QCoreApplication.translate("CommitmentsTab", "What happened"))

        self.save_button = button(QCoreApplication.translate("CommitmentsTab", "Save"), QCoreApplication.translate("CommitmentsTab", "Save the commitment"), self.save)
        self.next_button = button(QCoreApplication.translate("CommitmentsTab", "Save, next team"), QCoreApplication.translate("CommitmentsTab", "Save and go to the next team"), self.save_and_next)
        self.save_button.setToolTip(QCoreApplication.translate("CommitmentsTab", "Enter"))
        self.next_button.setToolTip(QCoreApplication.translate("CommitmentsTab", "Ctrl+Enter"))
        self.new_button = button(QCoreApplication.translate("CommitmentsTab", "New"), QCoreApplication.translate("CommitmentsTab", "Start a new commitment for this team"), self.new)
        self.delete_button = button(QCoreApplication.translate("CommitmentsTab", "Delete"), QCoreApplication.translate("CommitmentsTab", "Delete the commitment in the form"), self.delete_current)
        actions = QHBoxLayout()
        for b in (self.save_button, self.next_button, self.new_button, self.delete_button):
            actions.addWidget(b)
        actions.addStretch(1)

        self.carry_button = button(QCoreApplication.translate("CommitmentsTab", "&Carry over…"),
                                   QCoreApplication.translate("CommitmentsTab", "Carry over the commitments of an earlier convening"), self.carry_dialog)
        self.export_button = button(QCoreApplication.translate("CommitmentsTab", "E&xport CSV…"), QCoreApplication.translate("CommitmentsTab", "Export every commitment to a CSV file"), self.export_dialog)
        self.carry_button.setToolTip(QCoreApplication.translate("CommitmentsTab", "Bring in the commitments made at an earlier convening (its .convene file)"))
        # Their keys work from every window (app/ui/keys.py): F10, Ctrl+8, Shift+PageDown; named in the
        # tooltips and the keys line above (the tab stays narrow enough for 1024x768).
        self.show_team_button = button(QCoreApplication.translate("CommitmentsTab", "Show team"), QCoreApplication.translate("CommitmentsTab", "Show this team's commitments on the projector"),
                                       self.show_team)
        self.show_team_button.setToolTip(QCoreApplication.translate("CommitmentsTab", "Show this team's commitments on the projector (F10, from any window)"))
        self.show_all_button = button(QCoreApplication.translate("CommitmentsTab", "Show all"), QCoreApplication.translate("CommitmentsTab", "Show every team's commitments on the projector"),
                                      self.show_all)
        self.show_all_button.setToolTip(QCoreApplication.translate("CommitmentsTab", "Show every team's commitments on the projector (Ctrl+8, from any window)"))
        self.next_page_button = button(QCoreApplication.translate("CommitmentsTab", "Next page"), QCoreApplication.translate("CommitmentsTab", "Show the next page of commitments on the projector"),
                                       self.next_page)
        self.next_page_button.setToolTip(QCoreApplication.translate("CommitmentsTab", "Show the next page of every team's commitments on the projector (Shift+PageDown; Shift+PageUp goes back)"))
        tools = QHBoxLayout()
        for b in (self.carry_button, self.export_button):
            tools.addWidget(b)
        tools.addStretch(1)
        tools.addWidget(QLabel(QCoreApplication.translate("CommitmentsTab", "Projector:")))
        for b in (self.show_team_button, self.show_all_button, self.next_page_button):
            tools.addWidget(b)

        this_time = QGroupBox(QCoreApplication.translate("CommitmentsTab", "Next action period, we will…"))
        inner = QVBoxLayout(this_time)
        inner.addWidget(self.current)
        inner.addWidget(self.form)
        inner.addWidget(self.keys_hint)
        inner.addWidget(self.during)
        inner.addWidget(self.error)
        inner.addLayout(actions)
        lay = QVBoxLayout(page)
        lay.addWidget(self.heading)
        lay.addWidget(self.last_time)
        lay.addWidget(this_time)
        lay.addStretch(1)
        lay.addWidget(self.message)
        lay.addLayout(tools)
        return page

    def _shortcuts(self) -> None:
        ctx = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in ((("Ctrl+Return", "Ctrl+Enter"), self.save_and_next),
                           (("Ctrl+Down",), lambda: self.step_team(1)),
                           (("Ctrl+Up",), lambda: self.step_team(-1))):
            for k in keys:
                sc = QShortcut(QKeySequence(k), self)
                sc.setContext(ctx)
                sc.activated.connect(slot)

    # -- loading -----------------------------------------------------------------------
    def _on_bus(self, _change: Change | None = None) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self.reload)

    def reload(self) -> None:
        self._pending = False
        has = self.ctx.workspace.store is not None
        self.setEnabled(has)
        keep = self.team_id()
        self.teams.blockSignals(True)
        self.teams.clear()
        teams = self.svc.teams() if has else []
        counts: dict[int, int] = {}
        for c in (self.svc.commitments() if has else []):
            if not c.carried:
                counts[c.team_id] = counts.get(c.team_id, 0) + 1
        for team_id, name in teams:
            item = QListWidgetItem(f"{name}  ({counts.get(team_id, 0)})")
            item.setData(Qt.ItemDataRole.UserRole, team_id)
            self.teams.addItem(item)
            if team_id == keep:
                self.teams.setCurrentItem(item)
        if self.teams.currentItem() is None and self.teams.count():
            self.teams.setCurrentRow(0)
        self.teams.blockSignals(False)
        self._show_team_details()
        if has:
            self.spots.reload(teams, self.team_id())
            self.cycles.reload(self.team_id())
            team = self.team_id()
            self.measures.reload(team, self.svc.team_name(team) if team is not None else "")
            self.drivers.reload()

    def team_id(self) -> int | None:
        item = self.teams.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _team_changed(self) -> None:
        self.editing = None
        self.form.clear()
        self.error.clear_error()
        self._show_team_details()
        self.cycles.reload(self.team_id())
        team = self.team_id()
        self.measures.reload(team, self.svc.team_name(team) if team is not None else "")

    def _show_team_details(self) -> None:
        team = self.team_id()
        if team is None:
            self.heading.setText(QCoreApplication.translate("CommitmentsTab", "No teams yet: add them in the Teams tab, or import a CSV.") if self.isEnabled() else "")
            self.last_time.set_commitments([])
            self.current.clear()
            return
        mine = self.svc.commitments(team)
        self.heading.setText(self.svc.team_name(team))
        self.last_time.set_commitments([c for c in mine if c.carried])
        self.current.clear()
        for c in mine:
            if not c.carried:
                item = QListWidgetItem(c.summary())
                item.setData(Qt.ItemDataRole.UserRole, c.id)
                self.current.addItem(item)
        if self.editing is not None and all(c.id != self.editing for c in mine):
            self.editing = None
        self.delete_button.setEnabled(self.editing is not None)
        running = self.live_item()
        self.during.setText(QCoreApplication.translate("CommitmentsTab", "Captured during: {value}").format(value=running[1]) if running else "")

    def live_item(self) -> tuple[int, str] | None:
        live = self.ctx.services.live
        if live is None or self.ctx.workspace.store is None:
            return None
        rec = live.item_record(live.snapshot().current_item_id)
        return (rec.id, rec.title) if rec is not None else None

    # -- capture and edit ------------------------------------------------------------------
    def save(self) -> bool:
        team = self.team_id()
        if team is None:
            self.error.show_error(QCoreApplication.translate("CommitmentsTab", "Team: add a team first (Teams tab)."), {})
            return False
        try:
            if self.editing is None:
                item = self.live_item()
                self.svc.add(team, self.form.data(), item[0] if item else None)
                said = QCoreApplication.translate("CommitmentsTab", "Saved a commitment of {value}.").format(value=self.svc.team_name(team))
            else:
                self.svc.update(self.editing, self.form.data())
                said = QCoreApplication.translate("CommitmentsTab", "Saved the change to a commitment of {value}.").format(value=self.svc.team_name(team))
        except CommitmentError as exc:
            self.error.show_error(str(exc), self.form.fields)
            return False
        self.error.clear_error()
        self.message.setText(said + QCoreApplication.translate("CommitmentsTab", " Edit > Undo takes it back."))
        self.editing = None
        self.form.clear()
        self.form.change.setFocus()
        return True

    def save_and_next(self) -> None:
        if self.form.is_blank() and self.editing is None:
            self.step_team(1)
            return
        if self.save():
            self.step_team(1)

    def step_team(self, by: int) -> None:
        n = self.teams.count()
        if n:
            self.teams.setCurrentRow((self.teams.currentRow() + by) % n)
        self.form.change.setFocus()

    def edit(self, commitment_id: int) -> None:
        c = self.svc.commitment(commitment_id)
        if c is None:
            return
        self.editing = commitment_id
        self.form.set_data(c)
        self.delete_button.setEnabled(True)
        self.form.change.setFocus()

    def new(self) -> None:
        self.editing = None
        self.form.clear()
        self.delete_button.setEnabled(False)
        self.form.change.setFocus()

    def delete_current(self) -> None:
        if self.editing is not None:
            self.svc.delete(self.editing)
            self.message.setText(QCoreApplication.translate("CommitmentsTab", "Deleted the commitment. Edit > Undo brings it back."))
            self.new()

    def mark(self, commitment_id: int, status: str, learned: str) -> None:
        try:
            self.svc.set_status(commitment_id, status, learned)
        except CommitmentError as exc:
            self.error.show_error(str(exc), {"What was learned": self.last_time.learned})
            return
        self.message.setText(QCoreApplication.translate("CommitmentsTab", "Marked it {status}.").format(status=status))

    def make_bright_spot(self, commitment_id: int) -> None:
        spot = self.svc.bright_spot_from_commitment(commitment_id)
        self.message.setText(QCoreApplication.translate("CommitmentsTab", "Added it to the bright spots (see the Bright spots page)."))
        self.show_bright_spot(spot, switch=False)

    # -- across convenings and export ---------------------------------------------------------
    def carry_dialog(self) -> None:
        folder = str(self.ctx.workspace.path.parent) if self.ctx.workspace.path else ""
        path, _ = QFileDialog.getOpenFileName(self, QCoreApplication.translate("CommitmentsTab", "Carry over from an earlier convening"), folder, QCoreApplication.translate("commitments_tab", FILE_FILTER))
        if path:
            self.carry_from(path)

    def carry_from(self, path: str | Path) -> str:
        try:
            plan = self.svc.carry(Path(path))
        except (CommitmentError, ConveningFileError) as exc:
            self.report = str(exc)
        else:
            self.report = " ".join(plan.lines())
            try:   # the PDSA cycles of what was carried, the measures and the driver diagram (issue 25)
                more = self.ctx.services.improvement.carry_from(Path(path))
            except (ImprovementError, ConveningFileError) as exc:
                self.report += " " + str(exc)
            else:
                if more.measures or more.values or more.drivers or more.cycles or more.links:
                    self.report += " " + " ".join(more.lines())
        self.message.setText(self.report)
        return self.report

    def export_dialog(self) -> None:
        current = self.ctx.workspace.path
        if current is None:   # no convening open: the tab is disabled then
            return
        suggested = str(current.with_name(current.stem + " commitments.csv"))
        path, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("CommitmentsTab", "Export commitments"), suggested, QCoreApplication.translate("CommitmentsTab", "CSV files (*.csv)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str | Path) -> str:
        try:
            n = self.svc.export_csv(Path(path))
        except OSError as exc:
            self.report = QCoreApplication.translate("CommitmentsTab", "Could not write {name}: {value}. Choose another folder.").format(name=Path(path).name, value=exc.strerror or exc)
        else:
            self.report = QCoreApplication.translate("CommitmentsTab", "Wrote {n} commitments to {name}.").format(n=n, name=Path(path).name)
        self.message.setText(self.report)
        return self.report

    # -- projector -------------------------------------------------------------------------
    def _scene(self, scene_id: str):
        projector = self.ctx.projector
        return (projector, projector.scenes.get(scene_id)) if projector is not None else (None, None)

    def show_team(self) -> None:
        projector, scene = self._scene("commitments")
        if scene is not None and self.team_id() is not None:
            scene.show_team(self.team_id())
            projector.set_scene("commitments")

    def show_all(self) -> None:
        projector, scene = self._scene("commitments")
        if scene is not None:
            scene.show_all()
            projector.set_scene("commitments")

    def next_page(self) -> None:
        projector, scene = self._scene("commitments")
        if scene is not None:
            scene.next_page()
            projector.set_scene("commitments")

    def show_driver_diagram(self) -> None:
        projector, scene = self._scene("driver_diagram")
        if scene is not None:
            projector.set_scene("driver_diagram")

    def show_run_chart(self, measure_id: int, team_id: int | None) -> None:
        projector, scene = self._scene("run_chart")
        if scene is not None:
            scene.show(measure_id, team_id)
            projector.set_scene("run_chart")

    def show_bright_spot(self, spot_id: int, switch: bool = True) -> None:
        projector, scene = self._scene("bright_spot")
        if scene is not None:
            scene.show_spot(spot_id)
            if switch:
                projector.set_scene("bright_spot")
