"""Re-plan a day that runs late: choose a way, see every change and what it means, then Apply.

Nothing is stored until Apply, which is one undoable edit. The preview is
recomputed whenever an option, the agenda or the live timer changes, so what
is applied is what is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.agenda.replan import Change, ReplanResult
from app.domain.agenda.schedule import ScheduledEntry, format_hhmm
from app.services.core.changes import AgendaChanged, LiveChanged
from app.services.core.changes import Change as BusChange
from app.ui.agenda.texts import day_label, live_line
from app.ui.context import UiContext
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.listen import listen
from app.ui.problem_label import PROBLEM_COLOUR

SHIFT, COMPRESS, FINISH, SHORTEN = "shift", "compress", "finish", "shorten"
LABELS = {
    SHIFT: QT_TRANSLATE_NOOP("replan_dialog", "Shift the rest of the day"),
    COMPRESS: QT_TRANSLATE_NOOP("replan_dialog", "Compress to keep the next fixed time"),
    FINISH: QT_TRANSLATE_NOOP("replan_dialog", "Compress the rest of the day to finish by"),
    SHORTEN: QT_TRANSLATE_NOOP("replan_dialog", "Shorten or drop chosen items"),
}
UNDO_LABELS = {
    SHIFT: QT_TRANSLATE_NOOP("replan_dialog", "shift the rest of the day"),
    COMPRESS: QT_TRANSLATE_NOOP("replan_dialog", "compress to keep the next fixed time"),
    FINISH: QT_TRANSLATE_NOOP("replan_dialog", "compress to finish on time"),
    SHORTEN: QT_TRANSLATE_NOOP("replan_dialog", "shorten or drop items"),
}


def change_words(c: Change) -> str:
    """"starts 15 min later, 4 min shorter" or "Dropped"."""
    if c.dropped:
        return QCoreApplication.translate("replan_dialog", "Dropped")
    parts = []
    moved = c.new_start - c.old_start
    if moved:
        parts.append((QCoreApplication.translate("replan_dialog", "starts {minutes} min later") if moved > 0 else
                      QCoreApplication.translate("replan_dialog", "starts {minutes} min earlier")).format(minutes=abs(moved)))
    grown = c.new_minutes - c.old_minutes
    if grown:
        parts.append((QCoreApplication.translate("replan_dialog", "{minutes} min longer") if grown > 0 else
                      QCoreApplication.translate("replan_dialog", "{minutes} min shorter")).format(minutes=abs(grown)))
    text = ", ".join(parts) or QCoreApplication.translate("replan_dialog", "no change")
    return text[0].upper() + text[1:]


def _cell(text: str, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for col in range(1, len(headers)):
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
    return table


class ReplanDialog(QDialog):
    applied = Signal(str)  # the applied result's message
    # The previewed plan. It hides QDialog.result() (the exec() code, never read here); tests use the name.
    result: ReplanResult | None  # type: ignore[assignment]

    def __init__(self, ctx: UiContext, day_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.agenda = ctx.services.agenda
        self.live = ctx.services.live
        self.day_id = day_id
        self.result = None
        self.shorten_rows: dict[int, tuple[QSpinBox, QCheckBox]] = {}
        self._titles: dict[int, str] = {}
        self._pending = False
        self._unsubscribe: list = []
        self._tick = QTimer(self)
        self._tick.setInterval(30_000)
        day = next((d for d in ctx.workspace.days() if d.id == day_id), None)
        name = day_label(day.position, day.date) if day else QCoreApplication.translate("ReplanDialog", "this day")
        self.setWindowTitle(QCoreApplication.translate("ReplanDialog", "Re-plan {name}").format(name=name))
        self.setAccessibleName(QCoreApplication.translate("ReplanDialog", "Re-plan the day"))

        self.context = QLabel("")
        self.context.setWordWrap(True)
        self.context.setAccessibleName(QCoreApplication.translate("ReplanDialog", "Where the day stands"))

        self.choices = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        for kind in (SHIFT, COMPRESS, FINISH, SHORTEN):
            radio = QRadioButton(QCoreApplication.translate("replan_dialog", LABELS[kind]))
            radio.setAccessibleName(QCoreApplication.translate("replan_dialog", LABELS[kind]))
            self.radios[kind] = radio
            self.choices.addButton(radio)
        self.shift_minutes = QSpinBox()
        self.shift_minutes.setRange(-240, 480)
        self.shift_minutes.setSuffix(QCoreApplication.translate("ReplanDialog", " min"))
        self.shift_minutes.setAccessibleName(QCoreApplication.translate("ReplanDialog", "Minutes to shift by"))
        self.shift_minutes.setToolTip(QCoreApplication.translate("ReplanDialog", "How far to move everything still to come; negative moves it earlier"))
        self.min_minutes = QSpinBox()
        self.min_minutes.setRange(1, 120)
        self.min_minutes.setValue(5)
        self.min_minutes.setSuffix(QCoreApplication.translate("ReplanDialog", " min"))
        self.min_minutes.setAccessibleName(QCoreApplication.translate("ReplanDialog", "Shortest an item may become"))
        self.min_minutes.setToolTip(QCoreApplication.translate("ReplanDialog", "Compressing never plans an item shorter than this"))
        self.finish_by = QTimeEdit()
        self.finish_by.setDisplayFormat("HH:mm")
        self.finish_by.setAccessibleName(QCoreApplication.translate("ReplanDialog", "Time to finish by"))
        self.finish_by.setToolTip(QCoreApplication.translate("ReplanDialog", "The time the day should end; fixed items keep their times"))
        close = self.agenda.schedule(day_id).day_end if day else 16 * 60
        self.finish_by.setTime(QTime(min(close, 24 * 60 - 1) // 60, min(close, 24 * 60 - 1) % 60))
        self.shorten_table = _table([QCoreApplication.translate("ReplanDialog", "Item"), QCoreApplication.translate("ReplanDialog", "Starts"), QCoreApplication.translate("ReplanDialog", "Minutes"), QCoreApplication.translate("ReplanDialog", "Drop")], QCoreApplication.translate("ReplanDialog", "Items still to come"))
        self.shorten_table.setMinimumHeight(150)

        self.preview_table = _table([QCoreApplication.translate("ReplanDialog", "Item"), QCoreApplication.translate("ReplanDialog", "Start"), QCoreApplication.translate("ReplanDialog", "Minutes"), QCoreApplication.translate("ReplanDialog", "Change")], QCoreApplication.translate("ReplanDialog", "What would change"))
        self.preview_table.setMinimumHeight(150)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(QCoreApplication.translate("ReplanDialog", "What the re-plan does"))
        self.apply_button = QPushButton(QCoreApplication.translate("ReplanDialog", "Apply"))
        self.apply_button.setDefault(True)
        self.apply_button.setAccessibleName(QCoreApplication.translate("ReplanDialog", "Apply this re-plan"))
        self.apply_button.clicked.connect(lambda _=False: self.apply())
        self.cancel_button = QPushButton(QCoreApplication.translate("ReplanDialog", "Cancel"))
        self.cancel_button.setAccessibleName(QCoreApplication.translate("ReplanDialog", "Close without changing anything"))
        self.cancel_button.clicked.connect(lambda _=False: self.reject())

        self.outer = outer = QVBoxLayout(self)
        outer.addWidget(self.context)
        outer.addWidget(self._option_row(self.radios[SHIFT], QCoreApplication.translate("ReplanDialog", "by"), self.shift_minutes))
        outer.addWidget(self._option_row(self.radios[COMPRESS], QCoreApplication.translate("ReplanDialog", "no item under"), self.min_minutes))
        outer.addWidget(self._option_row(self.radios[FINISH], "", self.finish_by,
                                         QCoreApplication.translate("ReplanDialog", "(fixed items keep their times)")))
        outer.addWidget(self.radios[SHORTEN])
        outer.addWidget(self.shorten_table, 2)
        preview_title = QLabel(QCoreApplication.translate("ReplanDialog", "What would change"))
        preview_title.setStyleSheet("font-weight: bold;")
        outer.addWidget(preview_title)
        outer.addWidget(self.preview_table, 3)
        outer.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.apply_button)
        outer.addLayout(buttons)
        self.resize(720, 600)

        self._fill_shorten()
        self.shift_minutes.setValue(self._current_delay())
        self.radios[COMPRESS].setChecked(True)
        self.choices.buttonToggled.connect(lambda _b, on: on and self.preview())
        self.shift_minutes.valueChanged.connect(lambda _v: self._option_changed(SHIFT))
        self.min_minutes.valueChanged.connect(
            lambda _v: self.preview() if self.choice() == FINISH else self._option_changed(COMPRESS))
        self.finish_by.timeChanged.connect(lambda _t: self._option_changed(FINISH))
        self.preview()

        self.subs = listen(self, ctx.workspace.bus)
        self.subs.on_any((AgendaChanged, LiveChanged), self._on_bus)
        self._tick.timeout.connect(self.preview)
        self._tick.start()

    def _option_row(self, radio: QRadioButton, word: str, spin: QWidget, after: str = "") -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(radio)
        layout.addSpacing(6)
        if word:
            layout.addWidget(QLabel(word))
        layout.addWidget(spin)
        if after:
            layout.addWidget(QLabel(after))
        layout.addStretch(1)
        return row

    def finish_minutes(self) -> int:
        t = self.finish_by.time()
        return t.hour() * 60 + t.minute()

    # -- what is still to come --------------------------------------------------------
    def open_entries(self) -> list[ScheduledEntry]:
        """The items a re-plan may change: after the running item, or not yet over by the clock."""
        entries = list(self.agenda.schedule(self.day_id).entries)
        first, _ = self.live.first_open_index(self.day_id)
        return entries[first:]

    def _current_delay(self) -> int:
        result = self.live.preview_shift(self.day_id)
        moved = [c for c in result.changes if not c.dropped]
        return moved[0].new_start - moved[0].old_start if moved else 0

    def _fill_shorten(self) -> None:
        """List the items still to come; keep what was chosen for items already listed."""
        entries = self.open_entries()
        self._titles = {r.id: r.title for r in self.agenda.items(self.day_id)}
        ids = [e.entry.item_id for e in entries]
        if ids == list(self.shorten_rows):
            return
        old = {i: (spin.value(), box.isChecked()) for i, (spin, box) in self.shorten_rows.items()}
        self.shorten_rows = {}
        self.shorten_table.setRowCount(len(entries))
        for row, e in enumerate(entries):
            item_id = e.entry.item_id
            self.shorten_table.setItem(row, 0, _cell(e.entry.title))
            self.shorten_table.setItem(row, 1, _cell(format_hhmm(e.start)))
            spin = QSpinBox()
            spin.setRange(0, 24 * 60)
            spin.setSuffix(QCoreApplication.translate("ReplanDialog", " min"))
            spin.setAccessibleName(QCoreApplication.translate("ReplanDialog", "Minutes for {title}").format(title=e.entry.title))
            spin.setValue(old.get(item_id, (e.entry.minutes, False))[0])
            box = QCheckBox(QCoreApplication.translate("ReplanDialog", "Drop"))
            box.setAccessibleName(QCoreApplication.translate("ReplanDialog", "Drop {title}").format(title=e.entry.title))
            box.setChecked(old.get(item_id, (0, False))[1])
            spin.valueChanged.connect(lambda _v: self._option_changed(SHORTEN))
            box.toggled.connect(lambda _on: self._option_changed(SHORTEN))
            box.toggled.connect(spin.setDisabled)
            spin.setDisabled(box.isChecked())
            self.shorten_table.setCellWidget(row, 2, spin)
            self.shorten_table.setCellWidget(row, 3, box)
            self.shorten_rows[item_id] = (spin, box)
        self.shorten_table.resizeColumnsToContents()
        self.shorten_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    # -- preview -----------------------------------------------------------------------
    def choice(self) -> str:
        return next(k for k, r in self.radios.items() if r.isChecked())

    def choose(self, kind: str) -> None:
        self.radios[kind].setChecked(True)

    def _option_changed(self, kind: str) -> None:
        if self.choice() != kind:
            self.choose(kind)  # touching an option picks its way; that previews
        else:
            self.preview()

    def _on_bus(self, _change: BusChange) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self.preview)

    def preview(self) -> ReplanResult | None:
        """Recompute the chosen way's result and show every change it makes."""
        self._pending = False
        if self.ctx.workspace.store is None:
            self.reject()
            return None
        if not any(d.id == self.day_id for d in self.ctx.workspace.days()):
            self.reject()  # the day itself was undone away
            return None
        self._fill_shorten()
        self._show_context()
        kind = self.choice()
        self.shorten_table.setVisible(kind == SHORTEN)
        self.outer.setStretchFactor(self.preview_table, 2 if kind == SHORTEN else 3)
        self.outer.setStretchFactor(self.shorten_table, 3 if kind == SHORTEN else 0)
        if kind == SHIFT:
            result = self.live.preview_shift(self.day_id, self.shift_minutes.value())
        elif kind == COMPRESS:
            result = self.live.preview_compress(self.day_id, self.min_minutes.value())
        elif kind == FINISH:
            result = self.live.preview_finish_by(self.day_id, self.finish_minutes(), self.min_minutes.value())
        else:
            minutes = {}
            drop = set()
            for item_id, (spin, box) in self.shorten_rows.items():
                if box.isChecked():
                    drop.add(item_id)
                else:
                    minutes[item_id] = spin.value()
            result = self.live.preview_shorten(self.day_id, minutes, drop)
        self.result = result
        self._show(result)
        return result

    def _show_context(self) -> None:
        status = self.live.status(self.day_id)
        if status is not None:
            self.context.setText(live_line(status, self.live.other_date(self.day_id))
                                 + QCoreApplication.translate("ReplanDialog", ". Items before the next one keep their times."))
            return
        entries = self.open_entries()
        now = format_hhmm(self.live.now_minutes())
        if entries:
            self.context.setText(QCoreApplication.translate("ReplanDialog", "Nothing is running on this day. It is {now}: the re-plan starts from “{title}”.").format(now=now, title=entries[0].entry.title))
        else:
            self.context.setText(QCoreApplication.translate("ReplanDialog", "It is {now}: every item on this day is already over.").format(now=now))

    def _show(self, result: ReplanResult) -> None:
        self.preview_table.setRowCount(len(result.changes))
        for row, c in enumerate(result.changes):
            title = self._titles.get(c.item_id, f"Item {c.item_id}")
            if c.dropped:
                start, minutes = format_hhmm(c.old_start), f"{c.old_minutes} → 0"
            else:
                start = (format_hhmm(c.old_start) if c.old_start == c.new_start
                         else f"{format_hhmm(c.old_start)} → {format_hhmm(c.new_start)}")
                minutes = (str(c.old_minutes) if c.old_minutes == c.new_minutes
                           else f"{c.old_minutes} → {c.new_minutes}")
            cells = (_cell(title), _cell(start), _cell(minutes, right=True), _cell(change_words(c)))
            for col, cell in enumerate(cells):
                if c.dropped:
                    font = cell.font()
                    font.setStrikeOut(col == 0)
                    cell.setFont(font)
                self.preview_table.setItem(row, col, cell)
        text = result.message
        if not result.changes and result.ok:
            text += QCoreApplication.translate("ReplanDialog", " There is nothing to apply.")
        self.message.setText(text if result.ok else QCoreApplication.translate("ReplanDialog", "Does not fully work: {text}").format(text=text))
        self.message.setStyleSheet("" if result.ok else f"color: {PROBLEM_COLOUR}; font-weight: bold;")
        self.message.setAccessibleDescription(QCoreApplication.translate("ReplanDialog", "works") if result.ok else QCoreApplication.translate("ReplanDialog", "does not fully work"))
        self.apply_button.setEnabled(bool(result.changes))
        self.apply_button.setToolTip(
            "" if result.changes else QCoreApplication.translate("ReplanDialog", "Nothing would change, so there is nothing to apply")
        )

    # -- apply -------------------------------------------------------------------------
    def apply(self) -> bool:
        """Store the previewed result as one undoable edit and close."""
        result = self.result
        if result is None or not result.changes:
            return False
        self._stop_listening()
        self.agenda.apply_replan(self.day_id, result, QCoreApplication.translate("replan_dialog", UNDO_LABELS[self.choice()]))
        self.applied.emit(result.message)
        self.accept()
        return True

    def _stop_listening(self) -> None:
        self._tick.stop()
        for u in self._unsubscribe:
            u()
        self._unsubscribe = []

    def done(self, code: int) -> None:  # accept, reject, Esc and the close button all end here
        self._stop_listening()
        super().done(code)
