"""The top of the Agenda tab: which day, its start and end, "Copy this day", and how the day fits.

Time edits are sent once the facilitator stops changing them (Enter, leaving
the field, or a short pause after the arrows), so one change is one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QTimeEdit, QVBoxLayout, QWidget

from app.services.core.records import DayRecord
from app.ui.agenda.texts import day_label
from app.ui.problem_label import PROBLEM_COLOUR

SETTLE_MS = 700
OK_STYLE = "color: #1B6E3A; font-weight: bold;"
BAD_STYLE = f"color: {PROBLEM_COLOUR}; font-weight: bold;"
LIVE_STYLE = "color: #0060A8; font-weight: bold;"


def to_qtime(minutes: int) -> QTime:
    minutes = max(0, min(minutes, 24 * 60 - 1))  # 24:00 shows as 23:59
    return QTime(minutes // 60, minutes % 60)


def from_qtime(t: QTime) -> int:
    return t.hour() * 60 + t.minute()


class DayBar(QWidget):
    day_chosen = Signal(int)            # day id
    times_edited = Signal(int, int)     # start, end (local minutes)
    copy_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._days: list[DayRecord] = []
        self._entries: list[tuple[int, str, str]] = []
        self._shown: tuple[int, int] | None = None
        self._filling = False

        self.combo = QComboBox()
        self.combo.setAccessibleName(QCoreApplication.translate("DayBar", "Day"))
        self.combo.setMinimumContentsLength(18)
        self.combo.currentIndexChanged.connect(self._combo_changed)
        self.start = self._time_edit(QCoreApplication.translate("DayBar", "Day starts at"))
        self.end = self._time_edit(QCoreApplication.translate("DayBar", "Day ends at"))
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.commit_times)
        self.copy_button = QPushButton(QCoreApplication.translate("DayBar", "Copy this day"))
        self.copy_button.setAccessibleName(QCoreApplication.translate("DayBar", "Copy this day to a new day at the end"))
        self.copy_button.setToolTip(QCoreApplication.translate("DayBar", "Adds a new day after the last one with copies of this day's items"))
        self.copy_button.clicked.connect(lambda _=False: self.copy_requested.emit())

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        self.combo.setMaximumWidth(360)
        row.addWidget(self.combo, 1)
        row.addSpacing(8)
        row.addWidget(QLabel(QCoreApplication.translate("DayBar", "Starts")))
        row.addWidget(self.start)
        row.addWidget(QLabel(QCoreApplication.translate("DayBar", "Ends")))
        row.addWidget(self.end)
        row.addSpacing(8)
        row.addWidget(self.copy_button)
        row.addStretch(1)

        self.plan = QLabel("")
        self.plan.setAccessibleName(QCoreApplication.translate("DayBar", "How the day fits"))
        self.plan.setWordWrap(True)
        self.live = QLabel("")
        self.live.setAccessibleName(QCoreApplication.translate("DayBar", "How the day is running"))
        self.live.setWordWrap(True)
        self.live.setStyleSheet(LIVE_STYLE)
        self.live.setVisible(False)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(row)
        outer.addWidget(self.plan)
        outer.addWidget(self.live)

    def _time_edit(self, name: str) -> QTimeEdit:
        edit = QTimeEdit()
        edit.setDisplayFormat("HH:mm")
        edit.setAccessibleName(name)
        edit.timeChanged.connect(self._time_changed)
        edit.editingFinished.connect(self.commit_times)
        return edit

    # -- filling ----------------------------------------------------------------------
    def set_days(self, days: list[DayRecord], wanted: int | None) -> int | None:
        """Show `days`, keep `wanted` chosen if it is still there; return the chosen day id."""
        self._filling = True
        try:
            self._days = list(days)
            entries = [(d.id, day_label(d.position, d.date), d.title) for d in days]
            if entries != self._entries:  # refill only when the days changed (keeps an open list open)
                self._entries = entries
                self.combo.clear()
                for day_id, label, title in entries:
                    self.combo.addItem(label, day_id)
                    self.combo.setItemData(self.combo.count() - 1, title, Qt.ItemDataRole.ToolTipRole)
            ids = [d.id for d in days]
            index = ids.index(wanted) if wanted in ids else (0 if ids else -1)
            self.combo.setCurrentIndex(index)
            day = days[index] if index >= 0 else None
            self._show_times(day)
        finally:
            self._filling = False
        for w in (self.combo, self.start, self.end, self.copy_button):
            w.setEnabled(bool(days))
        return self.current_day_id()

    def _show_times(self, day: DayRecord | None) -> None:
        if self._settle.isActive() or self.start.hasFocus() or self.end.hasFocus():
            if day is not None and self._shown is not None and (day.start_minutes, day.end_minutes) == self._shown:
                return  # the facilitator is still typing; do not overwrite their digits
        self._filling = True
        try:
            if day is None:
                self._shown = None
                self.start.setTime(QTime(8, 30))
                self.end.setTime(QTime(16, 0))
                self.combo.setToolTip("")
            else:
                self._shown = (day.start_minutes, day.end_minutes)
                self.start.setTime(to_qtime(day.start_minutes))
                self.end.setTime(to_qtime(day.end_minutes))
                self.combo.setToolTip(day.title)
        finally:
            self._filling = False

    def current_day_id(self) -> int | None:
        data = self.combo.currentData()
        return int(data) if data is not None else None

    def current_day(self) -> DayRecord | None:
        day_id = self.current_day_id()
        return next((d for d in self._days if d.id == day_id), None)

    def choose(self, day_id: int) -> None:
        index = self.combo.findData(day_id)
        if index >= 0:
            self.combo.setCurrentIndex(index)

    def set_plan(self, text: str, fits: bool) -> None:
        self.plan.setText(text)
        self.plan.setStyleSheet(OK_STYLE if fits else BAD_STYLE)
        self.plan.setAccessibleDescription(QCoreApplication.translate("DayBar", "fits") if fits else QCoreApplication.translate("DayBar", "does not fit"))

    def set_live(self, text: str) -> None:
        self.live.setText(text)
        self.live.setVisible(bool(text))

    # -- edits --------------------------------------------------------------------------
    def _combo_changed(self, _index: int) -> None:
        if self._filling:
            return
        self._settle.stop()
        self._show_times(self.current_day())
        day_id = self.current_day_id()
        if day_id is not None:
            self.day_chosen.emit(day_id)

    def _time_changed(self, _t: QTime) -> None:
        if not self._filling:
            self._settle.start()

    def commit_times(self) -> None:
        """Send the shown times if they differ from the stored ones."""
        self._settle.stop()
        if self._filling or self._shown is None:
            return
        wanted = (from_qtime(self.start.time()), from_qtime(self.end.time()))
        if wanted == self._shown or (wanted[1] == 24 * 60 - 1 and self._shown[1] == 24 * 60 and wanted[0] == self._shown[0]):
            return
        self.times_edited.emit(*wanted)
