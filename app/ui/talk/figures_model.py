"""Per-person live figures as a table that changes cell by cell (no reset each second)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from app.domain.talk.metrics import Figures, PersonFigures
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.talk.texts import mmss, pct

ID_ROLE = Qt.ItemDataRole.UserRole + 1
HEADERS = (QT_TRANSLATE_NOOP("figures_model", "Name"), QT_TRANSLATE_NOOP("figures_model", "Time"), QT_TRANSLATE_NOOP("figures_model", "Share"), QT_TRANSLATE_NOOP("figures_model", "Turns"), QT_TRANSLATE_NOOP("figures_model", "Mean turn"), QT_TRANSLATE_NOOP("figures_model", "Longest"), QT_TRANSLATE_NOOP("figures_model", "Since last spoke"))


def cells(name: str, f: PersonFigures | None) -> tuple[str, ...]:
    if f is None or f.turns == 0:
        return (name, "0:00", "0%", "0", "—", "—", QCoreApplication.translate("figures_model", "not yet spoken"))
    since = QCoreApplication.translate("figures_model", "speaking now") if f.speaking else mmss(f.since_last)
    return (name, mmss(f.seconds), pct(f.share), str(f.turns), mmss(f.mean), mmss(f.longest), since)


class FiguresModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._ids: list[int] = []
        self._cells: list[tuple[str, ...]] = []
        self._speaking: int | None = None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("figures_model", HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[index.row()][index.column()]
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def person_at(self, row: int) -> int:
        return self._ids[row]

    def update(self, ids: list[int], names: dict[int, str], figures: Figures) -> None:
        """Show `ids` with `figures`: rows are reset only when who is listed changes; otherwise
        only the cells whose text changed are announced."""
        new = [cells(names.get(p, "?"), figures.people.get(p)) for p in ids]
        if ids != self._ids:
            self.beginResetModel()
            self._ids, self._cells = list(ids), new
            self.endResetModel()
            return
        # One announcement for the block of cells that changed: a view re-reads (and a header sized
        # to its contents re-measures) the whole column on every announcement, so one per row
        # made a tick with 150 people ask for every cell tens of thousands of times.
        rows, cols = [], []
        for row, (old_row, new_row) in enumerate(zip(self._cells, new)):
            if old_row == new_row:
                continue
            rows.append(row)
            cols += [c for c in range(len(HEADERS)) if old_row[c] != new_row[c]]
            self._cells[row] = new_row
        if rows:
            self.dataChanged.emit(self.index(rows[0], min(cols)), self.index(rows[-1], max(cols)),
                                  [Qt.ItemDataRole.DisplayRole])
