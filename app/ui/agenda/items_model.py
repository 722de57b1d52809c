"""The items table of one day: computed times, fixed-start warnings, actual times, drag to reorder.

The model only shows what the services said last; every edit (inline title or
minutes, a drop) goes to AgendaService, which commits and tells the bus, and
the tab then reloads the model.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields, replace
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from app.domain.agenda.schedule import DaySchedule, ScheduledEntry, format_hhmm
from app.services.agenda.service import AgendaError, AgendaService, ItemData, ItemRecord
from app.services.live.service import ItemTimes
from app.ui.agenda.texts import actual_minutes_cell, fixed_cell, kind_label
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.i18n.counts import counts

ID_ROLE = Qt.ItemDataRole.UserRole + 1
MIME_TYPE = "application/x-convene-agenda-items"
PROBLEM_COLOUR = QColor("#B8360A")
NOW_MARK = QT_TRANSLATE_NOOP("items_model", "▶ now · ")


class Col(IntEnum):
    START = 0
    END = 1
    TITLE = 2
    KIND = 3
    MINUTES = 4
    FIXED = 5
    WARN = 6
    FACILITATOR = 7
    ROOM = 8
    PROTOCOL = 9
    ACTUAL_START = 10
    ACTUAL_END = 11
    ACTUAL_MINUTES = 12


HEADERS = {
    Col.START: QT_TRANSLATE_NOOP("AgendaModel", "Start"), Col.END: QT_TRANSLATE_NOOP("AgendaModel", "End"), Col.TITLE: QT_TRANSLATE_NOOP("AgendaModel", "Title"), Col.KIND: QT_TRANSLATE_NOOP("AgendaModel", "Kind"), Col.MINUTES: QT_TRANSLATE_NOOP("AgendaModel", "Minutes"),
    Col.FIXED: QT_TRANSLATE_NOOP("AgendaModel", "Fixed start"), Col.WARN: QT_TRANSLATE_NOOP("AgendaModel", "Warn (min)"), Col.FACILITATOR: QT_TRANSLATE_NOOP("AgendaModel", "Facilitator"), Col.ROOM: QT_TRANSLATE_NOOP("AgendaModel", "Room"),
    Col.PROTOCOL: QT_TRANSLATE_NOOP("AgendaModel", "Protocol"), Col.ACTUAL_START: QT_TRANSLATE_NOOP("AgendaModel", "Actual start"), Col.ACTUAL_END: QT_TRANSLATE_NOOP("AgendaModel", "Actual end"),
    Col.ACTUAL_MINUTES: QT_TRANSLATE_NOOP("AgendaModel", "Actual min"),
}
HEADER_TIPS = {
    Col.START: QT_TRANSLATE_NOOP("AgendaModel", "Planned start, computed from the day's start and the items before"),
    Col.END: QT_TRANSLATE_NOOP("AgendaModel", "Planned end"),
    Col.FIXED: QT_TRANSLATE_NOOP("AgendaModel", "A time this item must start at (lunch, a speaker); blank when it just follows on"),
    Col.WARN: QT_TRANSLATE_NOOP("AgendaModel", "Minutes before the end when the timer turns amber"),
    Col.ACTUAL_MINUTES: QT_TRANSLATE_NOOP("AgendaModel", "Minutes it really ran; the difference from the plan in brackets"),
}
EDITABLE = (Col.TITLE, Col.MINUTES)
LIVE_COLUMNS = (Col.TITLE, Col.ACTUAL_START, Col.ACTUAL_END, Col.ACTUAL_MINUTES)
_DATA_FIELDS = tuple(f.name for f in fields(ItemData))


def item_data(record: ItemRecord) -> ItemData:
    """The editable part of a stored item."""
    return ItemData(**{name: getattr(record, name) for name in _DATA_FIELDS})


@dataclass(frozen=True)
class AgendaRow:
    record: ItemRecord
    scheduled: ScheduledEntry


def _hhmm(value) -> str:
    return "" if value is None else f"{value.hour:02d}:{value.minute:02d}"


def _warn_text(minutes: float) -> str:
    return f"{minutes:g}"


class AgendaItemsModel(QAbstractTableModel):
    """Rows are the day's items in running order; the id of each is under ID_ROLE."""

    problem = Signal(str)   # a service refused an edit; the message names the field
    moved = Signal(int)     # an item was moved by drag and drop (its id)

    def __init__(self, agenda: AgendaService, parent=None) -> None:
        super().__init__(parent)
        self.agenda = agenda
        self._rows: list[AgendaRow] = []
        self._times: dict[int, ItemTimes] = {}
        self._current: int | None = None
        self._suggested: dict[int, int] = {}  # item id -> minutes it ran last time (`convene next`)
        self.protocol_names: dict[str, str] = {}  # a protocol's name as written -> in the console's language

    # -- filling ------------------------------------------------------------------
    def set_day(self, records: list[ItemRecord], schedule: DaySchedule | None,
                times: dict[int, ItemTimes], current_id: int | None, suggested: dict[int, int] | None = None) -> None:
        self.beginResetModel()
        self._suggested = dict(suggested or {})
        entries = {e.entry.item_id: e for e in schedule.entries} if schedule else {}
        self._rows = [AgendaRow(r, entries[r.id]) for r in records if r.id in entries]
        self._times = times
        self._current = current_id
        self.endResetModel()

    def set_live(self, times: dict[int, ItemTimes], current_id: int | None) -> None:
        """New actual times and current item, without disturbing selection or an open editor."""
        self._times = times
        self._current = current_id
        if self._rows:
            last = self.rowCount() - 1
            self.dataChanged.emit(self.index(0, 0), self.index(last, self.columnCount() - 1),
                                  [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.FontRole,
                                   Qt.ItemDataRole.ToolTipRole])

    def records(self) -> list[ItemRecord]:
        return [row.record for row in self._rows]

    def row_of(self, item_id: int) -> int | None:
        for i, row in enumerate(self._rows):
            if row.record.id == item_id:
                return i
        return None

    def record_at(self, row: int) -> ItemRecord | None:
        return self._rows[row].record if 0 <= row < len(self._rows) else None

    @property
    def current_id(self) -> int | None:
        return self._current

    # -- reading ------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(Col)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Col):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("AgendaModel", HEADERS[Col(section)])
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = HEADER_TIPS.get(Col(section))
            return QCoreApplication.translate("AgendaModel", tip) if tip else None
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        rec, sch = row.record, row.scheduled
        col = Col(index.column())
        if role == ID_ROLE:
            return rec.id
        if role == Qt.ItemDataRole.EditRole:
            if col == Col.TITLE:
                return rec.title
            if col == Col.MINUTES:
                return rec.minutes
            return self._display(row, col)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(row, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col)
        if role == Qt.ItemDataRole.FontRole:
            late = col == Col.FIXED and sch.late_by > 0
            if rec.id == self._current or late:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == Col.FIXED and sch.late_by > 0:
                return PROBLEM_COLOUR
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col in (Col.MINUTES, Col.WARN, Col.ACTUAL_MINUTES):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: AgendaRow, col: Col) -> str:
        rec, sch = row.record, row.scheduled
        times = self._times.get(rec.id)
        if col == Col.START:
            return format_hhmm(sch.start)
        if col == Col.END:
            return format_hhmm(sch.end)
        if col == Col.TITLE:
            return (QCoreApplication.translate("items_model", NOW_MARK) + rec.title) if rec.id == self._current else rec.title
        if col == Col.KIND:
            return kind_label(rec.kind)
        if col == Col.MINUTES:
            ran = self._suggested.get(rec.id)
            return QCoreApplication.translate("AgendaItemsModel", "{minutes}  · ran {ran}").format(minutes=rec.minutes, ran=ran) if ran is not None and ran != rec.minutes else str(rec.minutes)
        if col == Col.FIXED:
            return fixed_cell(sch)[0]
        if col == Col.WARN:
            return _warn_text(rec.warning_minutes)
        if col == Col.FACILITATOR:
            return rec.facilitator
        if col == Col.ROOM:
            return rec.room
        if col == Col.PROTOCOL:
            return self.protocol_names.get(rec.protocol_name, rec.protocol_name) if rec.protocol_name else rec.protocol_name
        if times is None or times.actual_start is None:
            return ""
        if col == Col.ACTUAL_START:
            return _hhmm(times.actual_start)
        if col == Col.ACTUAL_END:
            return "" if rec.id == self._current else _hhmm(times.actual_end)
        return actual_minutes_cell(times.actual_seconds, rec.minutes, rec.id == self._current)[0]

    def _tooltip(self, row: AgendaRow, col: Col) -> str | None:
        rec, sch = row.record, row.scheduled
        if col == Col.FIXED:
            return fixed_cell(sch)[1]
        if col in (Col.START, Col.END) and sch.late_by > 0:
            return fixed_cell(sch)[1]
        if col in (Col.START, Col.END) and sch.gap_before > 0:
            return fixed_cell(sch)[1]
        if col == Col.TITLE:
            tip = rec.title
            if rec.id == self._current:
                tip = QCoreApplication.translate("AgendaItemsModel", "Running now: ") + tip
            if rec.notes.strip():
                notes = rec.notes.strip()
                tip += "\n\n" + (notes if len(notes) <= 300 else notes[:300] + "…")
            return tip + "\n\n" + QCoreApplication.translate("AgendaItemsModel",
                                                              "Double-click or press Enter to edit; F2 edits the title here.")
        if col in (Col.FACILITATOR, Col.ROOM) and self._display(row, col):
            return self._display(row, col)
        if col == Col.MINUTES:
            ran = self._suggested.get(rec.id)
            last = (QCoreApplication.translate(
                "AgendaItemsModel", "Last time it ran {minutes} (“Use last time's minutes” plans the day's items so).").format(
                minutes=counts().minutes(ran)) + "\n" if ran is not None and ran != rec.minutes else "")
            return last + QCoreApplication.translate("AgendaItemsModel", "Planned minutes. F2 edits them here; double-click opens the whole item.")
        if col == Col.PROTOCOL and rec.protocol_name:
            if rec.protocol_minutes and rec.protocol_minutes != rec.minutes:
                return (QCoreApplication.translate("AgendaItemsModel", "{protocol_name}: written for {protocol_minutes} minutes, its steps fitted to {minutes}.").format(protocol_name=self.protocol_names.get(rec.protocol_name, rec.protocol_name), protocol_minutes=rec.protocol_minutes, minutes=rec.minutes))
            return self.protocol_names.get(rec.protocol_name, rec.protocol_name)
        if col == Col.ACTUAL_MINUTES:
            times = self._times.get(rec.id)
            if times is not None and times.actual_start is not None:
                return actual_minutes_cell(times.actual_seconds, rec.minutes, rec.id == self._current)[1]
        return None

    # -- inline edits -------------------------------------------------------------------
    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        if index.column() in EDITABLE:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        # A None value is what a view writes when it "clears" dragged cells: never store it.
        if role != Qt.ItemDataRole.EditRole or value is None or not index.isValid():
            return False
        rec = self.record_at(index.row())
        if rec is None:
            return False
        col = Col(index.column())
        try:
            if col == Col.TITLE:
                title = str(value)
                if " ".join(title.split()) == rec.title:
                    return False
                self.agenda.update_item(rec.id, replace(item_data(rec), title=title))
            elif col == Col.MINUTES:
                try:
                    minutes = int(value)
                except (TypeError, ValueError):
                    raise AgendaError(QCoreApplication.translate("AgendaItemsModel", "Minutes: “{value}” is not a whole number of minutes.").format(value=value)) from None
                if minutes == rec.minutes:
                    return False
                self.agenda.update_item(rec.id, replace(item_data(rec), minutes=minutes))
            else:
                return False
        except AgendaError as exc:
            self.problem.emit(str(exc))
            return False
        return True

    # -- drag and drop --------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802
        ids: list[int] = []
        for index in sorted(indexes, key=lambda i: i.row()):
            rec = self.record_at(index.row())
            if rec is not None and rec.id not in ids:
                ids.append(rec.id)
        mime = QMimeData()
        mime.setData(MIME_TYPE, json.dumps(ids).encode("utf-8"))
        return mime

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,  # noqa: N802
                     parent: QModelIndex | QPersistentModelIndex) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME_TYPE):
            return False
        try:
            ids = [int(i) for i in json.loads(bytes(data.data(MIME_TYPE).data()).decode("utf-8"))]
        except (ValueError, TypeError):
            return False
        if len(ids) != 1:
            return False
        item_id = ids[0]
        source = self.row_of(item_id)
        if source is None:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else self.rowCount()
        target = row - 1 if source < row else row  # the index once the item is taken out
        if target == source:
            return False
        try:
            self.agenda.move_item(item_id, target)
        except AgendaError as exc:
            self.problem.emit(str(exc))
            return False
        self.moved.emit(item_id)
        return True

    def removeRows(self, row: int, count: int,  # noqa: N802
                   parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        """The view asks this after a move-drop; the service already moved the item, so nothing to do."""
        return False
