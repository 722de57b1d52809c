"""A read-only table model over service records, and the filter the tabs put in front of it."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The record's id (int)."""
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
"""What the proxy sorts on: folded text, or a number."""

_Index = QModelIndex | QPersistentModelIndex


def fold(text: str) -> str:
    """Lower-case and accent-free, so "jose" finds "José" and "ANA" finds "Ana"."""
    plain = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in plain if not unicodedata.combining(ch)).casefold()


@dataclass(frozen=True)
class Column:
    """One column: its heading (marked with QT_TRANSLATE_NOOP("RecordsModel", ...), shown translated) and how to
    read its value from a record."""

    title: str
    value: Callable[[Any], str | int]
    numeric: bool = False


class RecordsModel(QAbstractTableModel):
    """Rows are records (frozen dataclasses with an `id`); nothing here is editable."""

    def __init__(self, columns: Sequence[Column], parent=None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._records: list[Any] = []
        self._cells: list[tuple[str | int, ...]] = []
        self._keys: list[tuple[str | int, ...]] = []

    # -- data in ------------------------------------------------------------------
    def set_records(self, records: Sequence[Any]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self._cells = [tuple(c.value(r) for c in self.columns) for r in self._records]
        self._keys = [
            tuple(v if c.numeric else fold(str(v)) for c, v in zip(self.columns, cells)) for cells in self._cells
        ]
        self.endResetModel()

    def records(self) -> list[Any]:
        return list(self._records)

    def record(self, row: int) -> Any:
        return self._records[row]

    def row_of(self, record_id: int) -> int | None:
        return next((i for i, r in enumerate(self._records) if r.id == record_id), None)

    # -- Qt -----------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        value = self._cells[index.row()][index.column()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return value if column.numeric else " ".join(str(value).split())
        if role == Qt.ItemDataRole.ToolTipRole:
            text = str(value)
            return text if len(text) > 30 or "\n" in text else None
        if role == SORT_ROLE:
            return self._keys[index.row()][index.column()]
        if role == ID_ROLE:
            return self._records[index.row()].id
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("RecordsModel", self.columns[section].title)
        return None


class RecordsFilter(QSortFilterProxyModel):
    """Keeps rows where every typed word appears in one of the chosen columns."""

    def __init__(self, columns: Sequence[int], parent=None) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._words: tuple[str, ...] = ()
        self.setSortRole(SORT_ROLE)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = tuple(fold(text).split())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:  # noqa: N802
        if not self._words:
            return True
        model = self.sourceModel()
        hay = " | ".join(
            str(model.data(model.index(source_row, c, source_parent), SORT_ROLE) or "") for c in self._columns
        )
        return all(word in hay for word in self._words)
