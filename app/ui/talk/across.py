"""The Talk tab's "Across the convening" page: talk per agenda item, protocol step, day or
conversation (with its goals and whether each was met; no names), and the balance index over time in the
conversation being tracked."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.talk.texts import mmss

BY = ((QT_TRANSLATE_NOOP("AcrossPane", "By agenda item"), "item"), (QT_TRANSLATE_NOOP("AcrossPane", "By protocol step"), "step"),
      (QT_TRANSLATE_NOOP("AcrossPane", "By day"), "day"),
      (QT_TRANSLATE_NOOP("AcrossPane", "By conversation, with goals"), "conversation"))
COLUMNS = (QT_TRANSLATE_NOOP("AcrossPane", "What"), QT_TRANSLATE_NOOP("AcrossPane", "Talk (min)"),
           QT_TRANSLATE_NOOP("AcrossPane", "Many voices (min)"), QT_TRANSLATE_NOOP("AcrossPane", "People who spoke"),
           QT_TRANSLATE_NOOP("AcrossPane", "Turns"), QT_TRANSLATE_NOOP("AcrossPane", "Balance"),
           QT_TRANSLATE_NOOP("AcrossPane", "Goals"))
CURVE_POINTS = 6


class AcrossPane(QWidget):
    def __init__(self, talk) -> None:
        super().__init__()
        self.talk = talk
        self.by = QComboBox()
        self.by.setAccessibleName(QCoreApplication.translate("AcrossPane", "Summarise talk by"))
        for label, key in BY:
            self.by.addItem(QCoreApplication.translate("AcrossPane", label), key)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("AcrossPane", c) for c in COLUMNS])
        self.table.setAccessibleName(QCoreApplication.translate("AcrossPane", "Talk summaries across the convening"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.curve_label = QLabel("")
        self.curve_label.setAccessibleName(QCoreApplication.translate("AcrossPane", "Balance over time in this conversation"))
        self.curve_label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(QCoreApplication.translate("AcrossPane", "Summaries:")))
        row.addWidget(self.by)
        row.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.curve_label)
        lay.addLayout(row)
        lay.addWidget(self.table, 1)
        self.by.activated.connect(lambda _i: self.refresh())

    def rows(self) -> list[tuple[str, ...]]:
        """The table as shown, one tuple of cell texts per row (hidden columns left out)."""
        cols = [c for c in range(self.table.columnCount()) if not self.table.isColumnHidden(c)]
        return [tuple(self._text(r, c) for c in cols) for r in range(self.table.rowCount())]

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        assert item is not None  # refresh() fills every cell
        return item.text()

    def refresh(self) -> None:
        self._show_curve()
        by = self.by.currentData()
        self.table.setColumnHidden(len(COLUMNS) - 1, by != "conversation")
        out = []
        for r in self.talk.summaries.summary_rows(by):
            out.append((r["what"], f"{r['talk_minutes']:.1f}", f"{r['many_voices_minutes']:.1f}", str(r["speakers"]),
                        str(r["turns"]), "—" if r["balance"] == "" else f"{r['balance']:.2f}", r.get("goals", "")))
        self.table.setRowCount(len(out))
        for r, cells in enumerate(out):
            for c, v in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(v))
        if not out:
            self.table.setRowCount(0)

    def _show_curve(self) -> None:
        conv = self.talk.conversation()
        points = [(t, b) for t, b in self.talk.balance_curve(CURVE_POINTS) if b is not None]
        if conv is None:
            self.curve_label.setText(QCoreApplication.translate("AcrossPane", "Balance over time: start tracking a conversation to see it."))
        elif not points:
            self.curve_label.setText(QCoreApplication.translate("AcrossPane", "Balance over time in “{title}”: nobody has spoken yet.").format(title=conv.title))
        else:
            at = QCoreApplication.translate("AcrossPane", "{balance} at {time}")
            steps = " → ".join(at.format(balance=f"{b:.2f}", time=mmss(t)) for t, b in points)
            self.curve_label.setText(QCoreApplication.translate("AcrossPane", "Balance over time in “{title}” (1 is everyone equally): {steps}.").format(title=conv.title, steps=steps))
