"""The Agenda tab: plan each day, reorder, edit with undo and redo, and re-plan a day that runs late.

Every edit goes straight to AgendaService (no Save button); the tab redraws
when the bus says "agenda", "protocols" or "convening" changed, and refreshes
the live columns and status on "live", when it is shown, and every 30 seconds while shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from app.services.agenda.service import AgendaError, ItemRecord
from app.services.core.changes import (
    AgendaChanged,
    Change,
    ConveningChanged,
    HistoryChanged,
    LiveChanged,
    ProtocolsChanged,
)
from app.ui.agenda.day_bar import DayBar
from app.ui.agenda.item_editor import ItemEditor
from app.ui.agenda.items_model import AgendaItemsModel
from app.ui.agenda.items_view import AgendaView
from app.ui.agenda.replan_dialog import ReplanDialog
from app.ui.agenda.texts import EMPTY_DAY, day_label, live_line, plan_line
from app.ui.buttons import mnemonic_safe
from app.ui.context import UiContext
from app.ui.i18n import current_language
from app.ui.listen import listen
from app.ui.problem_label import PROBLEM_COLOUR

RELOAD_TOPICS = (AgendaChanged, ProtocolsChanged, ConveningChanged)
LIVE_REFRESH_MS = 30_000
UNDO_BUTTON_CHARS = 34


def _short(label: str) -> str:
    return label if len(label) <= UNDO_BUTTON_CHARS else label[: UNDO_BUTTON_CHARS - 1] + "…”"


class AgendaTab(QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.ws = ctx.workspace
        self.agenda = ctx.services.agenda
        self.live = ctx.services.live
        self.day_id: int | None = None
        self.editor: ItemEditor | None = None
        self.replan_dialog: ReplanDialog | None = None
        self._select_after: int | None = None
        self._reload_pending = False
        self._live_pending = False
        self._hidden_since_refresh = False
        self._suggestions_differ = False  # some item of the day is planned otherwise than it ran last time
        self.setAccessibleName(QCoreApplication.translate("AgendaTab", "Agenda"))

        self.day_bar = DayBar()
        self.day_bar.day_chosen.connect(self._day_chosen)
        self.day_bar.times_edited.connect(self._times_edited)
        self.day_bar.copy_requested.connect(self.copy_day)

        self.model = AgendaItemsModel(self.agenda, self)
        self.model.problem.connect(self.show_problem)
        self.model.moved.connect(lambda item_id: self._after_edit(QCoreApplication.translate("AgendaTab", "Moved “{value}”.").format(value=self._title(item_id)), item_id))
        self.view = AgendaView()
        self.view.setModel(self.model)
        self.view.doubleClicked.connect(lambda index: self.edit_item(self.model.record_at(index.row())))
        self.view.edit_requested.connect(lambda: self.edit_item())
        self.view.delete_requested.connect(self.delete_item)
        self.view.move_requested.connect(self.move_selected)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())

        self.empty = QLabel(QCoreApplication.translate("agenda_texts", EMPTY_DAY))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("font-size: 13pt; padding: 40px;")
        self.empty.setAccessibleName(QCoreApplication.translate("AgendaTab", "No items on this day yet"))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)

        self.add_button = self._button(QCoreApplication.translate("AgendaTab", "Add…"), QCoreApplication.translate("AgendaTab", "Add an item after the selected one (Insert)"), self.add_item)
        self.edit_button = self._button(QCoreApplication.translate("AgendaTab", "Edit…"), QCoreApplication.translate("AgendaTab", "Edit the selected item (Enter or double-click)"),
                                        lambda: self.edit_item())
        self.duplicate_button = self._button(QCoreApplication.translate("AgendaTab", "Duplicate"), QCoreApplication.translate("AgendaTab", "Duplicate the selected item (Ctrl+D)"),
                                             self.duplicate_item)
        self.delete_button = self._button(QCoreApplication.translate("AgendaTab", "Delete"), QCoreApplication.translate("AgendaTab", "Delete the selected item (Delete; Ctrl+Z brings it back)"),
                                          self.delete_item)
        self.up_button = self._button(QCoreApplication.translate("AgendaTab", "Move up"), QCoreApplication.translate("AgendaTab", "Move the selected item up (Ctrl+Up)"),
                                      lambda: self.move_selected(-1))
        self.down_button = self._button(QCoreApplication.translate("AgendaTab", "Move down"), QCoreApplication.translate("AgendaTab", "Move the selected item down (Ctrl+Down)"),
                                        lambda: self.move_selected(1))
        self.undo_button = self._button(QCoreApplication.translate("AgendaTab", "Undo"), QCoreApplication.translate("AgendaTab", "Undo the last change (Ctrl+Z)"), self.undo)
        self.redo_button = self._button(QCoreApplication.translate("AgendaTab", "Redo"), QCoreApplication.translate("AgendaTab", "Redo the change just undone (Ctrl+Shift+Z)"), self.redo)
        self.replan_button = self._button(QCoreApplication.translate("AgendaTab", "Re-plan…"), QCoreApplication.translate("AgendaTab", "Re-plan the rest of this day"), self.open_replan)
        self.replan_button.setVisible(self.live is not None)
        self.suggested_button = self._button(
            QCoreApplication.translate("AgendaTab", "Use last time's minutes"),
            QCoreApplication.translate("AgendaTab", "Plan this day's items for as long as they ran at the last convening (Ctrl+Z puts them back)"),
            self.apply_suggested)
        self.suggested_button.setVisible(False)

        edits = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.duplicate_button, self.delete_button,
                  self.up_button, self.down_button):
            edits.addWidget(b)
        edits.addStretch(1)
        history = QHBoxLayout()
        history.addWidget(self.undo_button)
        history.addWidget(self.redo_button)
        history.addStretch(1)
        history.addWidget(self.suggested_button)
        history.addWidget(self.replan_button)

        self.status = QLabel("")
        self.status.setAccessibleName(QCoreApplication.translate("AgendaTab", "What just happened"))
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        outer = QVBoxLayout(self)
        outer.addWidget(self.day_bar)
        outer.addWidget(self.stack, 1)
        outer.addLayout(edits)
        outer.addLayout(history)
        outer.addWidget(self.status)

        # Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y are the console's Edit menu (one history for every tab).
        here = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.shortcuts = [
            self._shortcut("Insert", self.add_item, here),
            self._shortcut("Ctrl+Return", self.add_item, here),
            self._shortcut("Ctrl+Enter", self.add_item, here),
            self._shortcut("Ctrl+D", self.duplicate_item, here),
        ]

        # Every 30 s while the tab is shown (hidden, it does nothing: the live run's clock is on the Live tab);
        # shown again, it refreshes at once (showEvent).
        self._tick = QTimer(self)
        self._tick.setInterval(LIVE_REFRESH_MS)
        self._tick.timeout.connect(self.refresh_live)

        self.subs = listen(self, self.ws.bus)
        self.subs.on_any(RELOAD_TOPICS, self._on_change)
        self.subs.on(LiveChanged, self._on_live)
        self.subs.on(HistoryChanged, self._on_history)
        self.reload()

    def _button(self, text: str, tip: str, slot) -> QPushButton:
        b = QPushButton(text)
        b.setToolTip(tip)
        b.setAccessibleName(tip.split(" (")[0])
        b.clicked.connect(lambda _=False: slot())
        return b

    def _shortcut(self, keys: str, slot, context: Qt.ShortcutContext) -> QShortcut:
        sc = QShortcut(QKeySequence(keys), self)
        sc.setContext(context)
        sc.activated.connect(slot)
        return sc

    def showEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().showEvent(event)
        if self._hidden_since_refresh:
            self.refresh_live()   # the times and the day's status as of now, not as of the last tick
        self._tick.start()

    def hideEvent(self, event) -> None:  # noqa: N802
        super().hideEvent(event)
        self._tick.stop()
        self._hidden_since_refresh = True

    # -- loading ---------------------------------------------------------------------
    def _on_change(self, _change: Change | None = None) -> None:
        # Several topics often arrive together (attaching a protocol says "agenda" and "protocols").
        if not self._reload_pending:
            self._reload_pending = True
            QTimer.singleShot(0, self, self.reload)

    def _on_history(self, _change: HistoryChanged | None = None) -> None:
        # An undo or redo from the Edit menu redraws at once, as the tab's own buttons do.
        if self._reload_pending:
            self.reload()
        else:
            self._update_buttons()

    def _on_live(self, _change: LiveChanged | None = None) -> None:
        if not self._live_pending:
            self._live_pending = True
            QTimer.singleShot(0, self, self.refresh_live)

    def _protocol_names(self, items) -> dict[str, str]:
        """Each used protocol's name in the console's language (a Spanish console reads "Círculo de historias")."""
        protocols = self.ctx.services.protocols if self.ctx.services is not None else None
        lang = current_language()
        if protocols is None or lang == "en" or not any(i.protocol_name for i in items):
            return {}
        return {p.name: p.name_in(lang) for p in protocols.all()}

    def reload(self) -> None:
        """Read the day from the services now and redraw it, keeping the selected item."""
        self._reload_pending = False
        keep = self._select_after if self._select_after is not None else self.selected_id()
        keep_row = self.view.currentIndex().row()
        self._select_after = None
        has_file = self.ws.store is not None
        days = self.ws.days() if has_file else []
        self.day_id = self.day_bar.set_days(days, self.day_id)
        self._suggestions_differ = False
        if self.day_id is None:
            self.model.set_day([], None, {}, None)
            self.day_bar.set_plan("", True)
            self.day_bar.set_live("")
        else:
            schedule = self.agenda.schedule(self.day_id)
            times, current = self._live_times()
            items, suggested = self.agenda.items(self.day_id), self.agenda.suggested.minutes()
            self.model.protocol_names = self._protocol_names(items)
            self.model.set_day(items, schedule, times, current, suggested)
            self._suggestions_differ = any(i.id in suggested and suggested[i.id] != i.minutes for i in items)
            self.day_bar.set_plan(*plan_line(schedule))
            self._show_status()
        self.view.fit_columns()
        if keep is None and keep_row < 0:
            keep = self.model.current_id  # first look: the running item, else the first one
            keep_row = 0
        self._select(keep, keep_row)
        self.stack.setCurrentWidget(self.view if self.model.rowCount() else self.empty)
        self._update_buttons()

    def _live_times(self) -> tuple[dict, int | None]:
        if self.live is None or self.day_id is None:
            return {}, None
        times = {t.item_id: t for t in self.live.times(self.day_id)}
        current = self.live.view().item_id
        return times, current if current in times else None

    def refresh_live(self) -> None:
        """Actual times, the running item and the day's status; cheap enough for every 30 s."""
        self._live_pending = False
        self._hidden_since_refresh = not self.isVisible()
        if self.ws.store is None or self.day_id is None or self.live is None:
            return
        try:
            times, current = self._live_times()
            self.model.set_live(times, current)
            self._show_status()
        except AgendaError:  # the day went away under us; the agenda reload is on its way
            return

    def _show_status(self) -> None:
        if self.live is None or self.day_id is None:
            self.day_bar.set_live("")
            return
        status = self.live.status(self.day_id)
        self.day_bar.set_live(live_line(status, self.live.other_date(self.day_id)) if status is not None else "")

    def _select(self, item_id: int | None, fallback_row: int = -1) -> None:
        row = self.model.row_of(item_id) if item_id is not None else None
        if row is None and fallback_row >= 0 and self.model.rowCount():
            row = min(fallback_row, self.model.rowCount() - 1)
        if row is None:
            return
        index = self.model.index(row, 2)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.scrollTo(index)

    def _update_buttons(self) -> None:
        has_day = self.day_id is not None
        row = self.view.currentIndex().row() if self.selected_id() is not None else -1
        count = self.model.rowCount()
        self.add_button.setEnabled(has_day)
        for b in (self.edit_button, self.duplicate_button, self.delete_button):
            b.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
        self.replan_button.setEnabled(has_day and count > 0)
        self.suggested_button.setVisible(has_day and self._suggestions_differ)
        can_undo = has_day and self.agenda.can_undo()
        can_redo = has_day and self.agenda.can_redo()
        self.undo_button.setEnabled(can_undo)
        self.redo_button.setEnabled(can_redo)
        undo_label = self.agenda.undo_label() if can_undo else ""
        redo_label = self.agenda.redo_label() if can_redo else ""
        self.undo_button.setText(mnemonic_safe(QCoreApplication.translate("AgendaTab", "Undo {value}").format(value=_short(undo_label))) if undo_label else QCoreApplication.translate("AgendaTab", "Undo"))
        self.redo_button.setText(mnemonic_safe(QCoreApplication.translate("AgendaTab", "Redo {value}").format(value=_short(redo_label))) if redo_label else QCoreApplication.translate("AgendaTab", "Redo"))
        self.undo_button.setToolTip(QCoreApplication.translate("AgendaTab", "Undo {undo_label} (Ctrl+Z)").format(undo_label=undo_label) if undo_label else QCoreApplication.translate("AgendaTab", "Nothing to undo"))
        self.redo_button.setToolTip(QCoreApplication.translate("AgendaTab", "Redo {redo_label} (Ctrl+Shift+Z)").format(redo_label=redo_label) if redo_label else QCoreApplication.translate("AgendaTab", "Nothing to redo"))

    # -- reading the selection ---------------------------------------------------------
    def selected_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        if not rows:
            return None
        rec = self.model.record_at(rows[0].row())
        return rec.id if rec else None

    def selected_record(self) -> ItemRecord | None:
        item_id = self.selected_id()
        row = self.model.row_of(item_id) if item_id is not None else None
        return self.model.record_at(row) if row is not None else None

    def _title(self, item_id: int) -> str:
        row = self.model.row_of(item_id)
        rec = self.model.record_at(row) if row is not None else None
        return rec.title if rec else QCoreApplication.translate("AgendaTab", "the item")

    # -- messages ----------------------------------------------------------------------
    def say(self, text: str) -> None:
        self.status.setStyleSheet("")
        self.status.setText(text)

    def show_problem(self, message: str) -> None:
        self.status.setStyleSheet(f"color: {PROBLEM_COLOUR}; font-weight: bold;")
        self.status.setText(message)

    def _after_edit(self, text: str, select: int | None = None) -> None:
        self._select_after = select
        self.reload()
        self.say(text)

    def _run(self, action, *args):
        """Call a service edit; a refusal shows its message and changes nothing."""
        try:
            return action(*args)
        except AgendaError as exc:
            self.show_problem(str(exc))
            return None

    def apply_suggested(self) -> int:
        """Plan the day's items for as long as they ran last time: one step Ctrl+Z undoes."""
        if self.day_id is None:
            return 0
        n = self._run(self.agenda.suggested.apply, self.day_id) or 0
        if n:
            self._after_edit(self.tr("Planned %n item(s) for as long as they ran last time. Ctrl+Z puts the plan back.", "", n), self.selected_id())
        return n

    # -- days --------------------------------------------------------------------------
    def _day_chosen(self, day_id: int) -> None:
        self.day_id = day_id
        self.reload()
        self.say("")

    def _times_edited(self, start: int, end: int) -> None:
        if self.day_id is None:
            return
        try:
            self.agenda.set_day_times(self.day_id, start, end)
        except AgendaError as exc:
            self.show_problem(str(exc))
            return
        self._after_edit(QCoreApplication.translate("AgendaTab", "Changed the day's times."), self.selected_id())

    def copy_day(self) -> int | None:
        if self.day_id is None:
            return None
        new_id = self._run(self.agenda.copy_day, self.day_id)
        if new_id is None:
            return None
        self.day_id = new_id
        self.reload()
        day = self.day_bar.current_day()
        name = day_label(day.position, day.date) if day else QCoreApplication.translate("AgendaTab", "a new day")
        self.say(QCoreApplication.translate("AgendaTab", "Copied the day to {name}. Undo with Ctrl+Z.").format(name=name))
        return new_id

    def choose_day(self, day_id: int) -> None:
        self.day_bar.choose(day_id)

    # -- item edits ---------------------------------------------------------------------
    def add_item(self) -> ItemEditor | None:
        """Open the editor for a new item, to go after the selected one (or at the end)."""
        if self.day_id is None:
            return None
        row = self.view.currentIndex().row() if self.selected_id() is not None else -1
        index = row + 1 if row >= 0 else None
        return self._open_editor(ItemEditor(self.ctx, self.day_id, None, index, self))

    def edit_item(self, record: ItemRecord | None = None) -> ItemEditor | None:
        record = record or self.selected_record()
        if record is None or self.day_id is None:
            return None
        return self._open_editor(ItemEditor(self.ctx, self.day_id, record, None, self))

    def _open_editor(self, editor: ItemEditor) -> ItemEditor:
        if self.editor is not None:
            self.editor.deleteLater()
        self.editor = editor
        adding = editor.record is None
        editor.saved.connect(lambda item_id: self._after_edit(
            (QCoreApplication.translate("AgendaTab", "Added “{title}”. Undo with Ctrl+Z.") if adding else
             QCoreApplication.translate("AgendaTab", "Saved “{title}”. Undo with Ctrl+Z.")).format(title=self.agenda.item(item_id).title), item_id))
        editor.open()
        return editor

    def duplicate_item(self) -> None:
        item_id = self.selected_id()
        if item_id is None:
            return
        new_id = self._run(self.agenda.duplicate_item, item_id)
        if new_id is not None:
            self._after_edit(QCoreApplication.translate("AgendaTab", "Duplicated “{value}”. Undo with Ctrl+Z.").format(value=self._title(item_id)), new_id)

    def delete_item(self) -> None:
        rec = self.selected_record()
        if rec is None:
            return
        try:
            self.agenda.delete_item(rec.id)
        except AgendaError as exc:
            self.show_problem(str(exc))
            return
        self._after_edit(QCoreApplication.translate("AgendaTab", "Deleted “{title}”. Undo with Ctrl+Z.").format(title=rec.title))

    def move_selected(self, step: int) -> None:
        """Move the selected item up (-1) or down (+1) and keep it selected."""
        item_id = self.selected_id()
        if item_id is None:
            return
        row = self.model.row_of(item_id)
        if row is None:
            return
        target = row + step
        if not 0 <= target < self.model.rowCount():
            return
        try:
            self.agenda.move_item(item_id, target)
        except AgendaError as exc:
            self.show_problem(str(exc))
            return
        self._after_edit(QCoreApplication.translate("AgendaTab", "Moved “{value}” {value2}.").format(value=self._title(item_id), value2='up' if step < 0 else 'down'), item_id)

    # -- undo and redo -------------------------------------------------------------------
    def undo(self) -> None:
        if not self.agenda.can_undo():
            self.say(QCoreApplication.translate("AgendaTab", "Nothing to undo."))
            return
        keep = self.selected_id()
        label = self._run(self.agenda.undo)
        if label is not None:
            self._after_edit(QCoreApplication.translate("AgendaTab", "Undid: {label}. Redo with Ctrl+Shift+Z.").format(label=label), keep)

    def redo(self) -> None:
        if not self.agenda.can_redo():
            self.say(QCoreApplication.translate("AgendaTab", "Nothing to redo."))
            return
        keep = self.selected_id()
        label = self._run(self.agenda.redo)
        if label is not None:
            self._after_edit(QCoreApplication.translate("AgendaTab", "Redid: {label}.").format(label=label), keep)

    # -- re-plan ---------------------------------------------------------------------------
    def open_replan(self) -> ReplanDialog | None:
        if self.live is None or self.day_id is None:
            return None
        if self.replan_dialog is not None:
            self.replan_dialog.deleteLater()
        dlg = ReplanDialog(self.ctx, self.day_id, self)
        dlg.applied.connect(lambda message: self._after_edit(QCoreApplication.translate("AgendaTab", "Re-planned: {message} Undo with Ctrl+Z.").format(message=message),
                                                             self.selected_id()))
        self.replan_dialog = dlg
        dlg.show()
        return dlg
