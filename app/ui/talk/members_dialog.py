"""Who is in the conversation being tracked: tick people in or out (someone arrives late, or leaves).

Their turns so far stay in the record either way; the tiles and the balance follow the ticks.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)


class MembersDialog(QDialog):
    # The find field hides QWidget.find() (a static lookup by window id, never used here); tests use the name.
    find: QLineEdit  # type: ignore[assignment]

    def __init__(self, parent, people, members, limit: int) -> None:
        """`people`: roster records (id, name, team_name); `members`: the ids in the conversation now."""
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("MembersDialog", "Who is in this conversation"))
        self.limit = limit
        self.find = QLineEdit()
        self.find.setPlaceholderText(QCoreApplication.translate("MembersDialog", "Type to find a name or team"))
        self.find.setAccessibleName(QCoreApplication.translate("MembersDialog", "Find a person or team"))
        self.find.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setAccessibleName(QCoreApplication.translate("MembersDialog", "People in the roster; ticked ones are in the conversation"))
        chosen = set(members)
        for p in people:
            item = QListWidgetItem(f"{p.name} — {p.team_name}" if p.team_name else p.name)
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if p.id in chosen else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.tick_shown = QPushButton(QCoreApplication.translate("MembersDialog", "Tick the ones shown"))
        self.untick_shown = QPushButton(QCoreApplication.translate("MembersDialog", "Untick the ones shown"))
        self.count = QLabel("")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.find.textChanged.connect(self._filter)
        self.list.itemChanged.connect(self._count)
        self.tick_shown.clicked.connect(lambda: self._set_shown(Qt.CheckState.Checked))
        self.untick_shown.clicked.connect(lambda: self._set_shown(Qt.CheckState.Unchecked))
        bulk = QHBoxLayout()
        bulk.addWidget(self.tick_shown)
        bulk.addWidget(self.untick_shown)
        bulk.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.find)
        layout.addWidget(self.list, 1)
        layout.addLayout(bulk)
        layout.addWidget(self.count)
        layout.addWidget(self.buttons)
        self.resize(460, 560)
        self._count()
        self.find.setFocus()

    def chosen(self) -> list[int]:
        """The ticked people, in roster order."""
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(not all(w in item.text().casefold() for w in words))

    def _set_shown(self, state: Qt.CheckState) -> None:
        for i in range(self.list.count()):
            if not self.list.item(i).isHidden():
                self.list.item(i).setCheckState(state)

    def _count(self, *_args) -> None:
        n = len(self.chosen())
        over = n > self.limit
        self.count.setText(QCoreApplication.translate("MembersDialog", "{n} ticked: a conversation can track up to {limit} people.").format(n=n, limit=self.limit) if over
                           else QCoreApplication.translate("MembersDialog", "{n} {value} in the conversation.").format(n=n, value='person' if n == 1 else 'people'))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(0 < n <= self.limit)
