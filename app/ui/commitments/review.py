"""Last time you said you would…: a team's carried-over commitments, marked done, partly or not yet."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout

from app.domain.commitments.model import DONE, NOT_YET, PARTLY
from app.ui.buttons import button
from app.ui.i18n import QT_TRANSLATE_NOOP

STATUS_BUTTONS = ((DONE, QT_TRANSLATE_NOOP("review", "&Done")), (PARTLY, QT_TRANSLATE_NOOP("review", "Partl&y")), (NOT_YET, QT_TRANSLATE_NOOP("review", "N&ot yet")))


class LastTimePanel(QGroupBox):
    """Shows only when the team has commitments from an earlier convening (after `convene carry`)."""

    status_chosen = Signal(int, str, str)   # commitment id, status, what was learned
    bright_spot_chosen = Signal(int)        # commitment id

    def __init__(self) -> None:
        super().__init__(QCoreApplication.translate("LastTimePanel", "Last time you said you would…"))
        self.list = QListWidget()
        self.list.setAccessibleName(QCoreApplication.translate("LastTimePanel", "Last time you said you would"))
        self.list.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(self._picked)
        self.learned = QLineEdit()
        self.learned.setAccessibleName(QCoreApplication.translate("LastTimePanel", "What was learned"))
        self.learned.setPlaceholderText(QCoreApplication.translate("LastTimePanel", "What did you learn? One line (then Alt+D, Alt+Y or Alt+O)"))
        self.buttons = {}
        row = QHBoxLayout()
        learned_label = QLabel(QCoreApplication.translate("LastTimePanel", "What was &learned"))
        learned_label.setBuddy(self.learned)
        row.addWidget(learned_label)
        row.addWidget(self.learned, 1)
        for status, text in STATUS_BUTTONS:
            b = button(QCoreApplication.translate("review", text), QCoreApplication.translate("LastTimePanel", "Mark it {status}").format(status=status), lambda _=False, s=status: self._choose(s))
            self.buttons[status] = b
            row.addWidget(b)
        self.spot_button = button(QCoreApplication.translate("LastTimePanel", "Bright &spot"), QCoreApplication.translate("LastTimePanel", "Mark it as a bright spot of the team"), self._spot)
        row.addWidget(self.spot_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.list)
        lay.addLayout(row)

    def set_commitments(self, commitments) -> None:
        keep = self.current_id()
        self.list.clear()
        for c in commitments:
            mark = {DONE: "✓ done", PARTLY: "◐ partly", NOT_YET: "✗ not yet"}.get(c.status, "not reviewed yet")
            item = QListWidgetItem(f"{c.summary()}    [{mark}]" + (f"  {c.learned}" if c.learned else ""))
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, c.learned)
            item.setToolTip(QCoreApplication.translate("LastTimePanel", "Made at {source}").format(source=c.source))
            self.list.addItem(item)
            if c.id == keep:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.setVisible(bool(commitments))

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _picked(self, item, _previous) -> None:
        self.learned.setText(item.data(Qt.ItemDataRole.UserRole + 1) if item is not None else "")

    def _choose(self, status: str) -> None:
        cid = self.current_id()
        if cid is not None:
            self.status_chosen.emit(cid, status, self.learned.text())

    def _spot(self) -> None:
        cid = self.current_id()
        if cid is not None:
            self.bright_spot_chosen.emit(cid)
