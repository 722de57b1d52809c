"""The Protocols tab's list: name, minutes and an "in this file" marker, with a filter."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication

from app.services.protocols.service import ProtocolSummary
from app.ui.i18n import QT_TRANSLATE_NOOP, current_language
from app.ui.i18n.counts import counts

NAME_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
ORIGIN_ROLE = Qt.ItemDataRole.UserRole + 3
COLUMNS = (QT_TRANSLATE_NOOP("list_model", "Protocol"), QT_TRANSLATE_NOOP("list_model", "Min"), "")
IN_FILE = QT_TRANSLATE_NOOP("list_model", "in this file")


class ProtocolListModel(QStandardItemModel):
    """One row per protocol summary; column 0 carries the name and the text the filter searches."""

    def __init__(self, parent=None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.setHorizontalHeaderLabels([QCoreApplication.translate("list_model", c) if c else "" for c in COLUMNS])

    def set_protocols(self, summaries: list[ProtocolSummary]) -> None:
        self.removeRows(0, self.rowCount())
        muted = QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        lang = current_language()
        for written in summaries:
            p = written.in_language(lang)
            name = QStandardItem(p.name_in(lang))   # shown in the console's language; the key stays as written
            name.setData(p.name, NAME_ROLE)
            name.setData(p.origin, ORIGIN_ROLE)
            name.setData(f"{p.name_in(lang)}\n{p.name}\n{p.purpose}\n{p.group_size}".casefold(), SEARCH_ROLE)
            name.setToolTip(p.purpose)
            minutes = QStandardItem(str(p.minutes))
            minutes.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            minutes.setData(counts().minutes(p.minutes), Qt.ItemDataRole.AccessibleTextRole)
            marker = QStandardItem(QCoreApplication.translate("list_model", IN_FILE) if p.origin == "file" else "")
            marker.setForeground(muted)
            marker.setToolTip(QCoreApplication.translate("ProtocolListModel", "Kept in this convening: you can edit it") if p.origin == "file" else QCoreApplication.translate("ProtocolListModel", "From the shipped library"))
            for item in (name, minutes, marker):
                item.setEditable(False)
            self.appendRow([name, minutes, marker])

    def row_of(self, name: str) -> int:
        for row in range(self.rowCount()):
            if self.item(row, 0).data(NAME_ROLE) == name:
                return row
        return -1


class ProtocolFilter(QSortFilterProxyModel):
    """Keeps rows whose name, purpose or group size contains every typed word."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_text(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+
            self.beginFilterChange()
            self._words = text.casefold().split()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = text.casefold().split()
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        haystack = self.sourceModel().index(row, 0, parent).data(SEARCH_ROLE) or ""
        return all(w in haystack for w in self._words)
