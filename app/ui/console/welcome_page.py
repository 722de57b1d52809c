"""What the console shows when no convening is open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_chosen = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 40, 48, 40)
        title = QLabel(QCoreApplication.translate("WelcomePage", "Convene"))
        title.setStyleSheet("font-size: 32pt; font-weight: bold;")
        lead = QLabel(
            QCoreApplication.translate("WelcomePage", "Run the agenda, the protocols and the projector for your convening. Everything you do is saved as you go, in one file per convening.")
        )
        lead.setWordWrap(True)
        lead.setStyleSheet("font-size: 13pt;")
        outer.addWidget(title)
        outer.addWidget(lead)
        row = QHBoxLayout()
        for text, signal, tip in (
            (QCoreApplication.translate("WelcomePage", "New convening…"), self.new_requested, "Ctrl+N"),
            (QCoreApplication.translate("WelcomePage", "Open…"), self.open_requested, "Ctrl+O"),
            (QCoreApplication.translate("WelcomePage", "Open the demo convening"), self.demo_requested,
             QCoreApplication.translate("WelcomePage", "A two-day launch for 12 schools, to try things out")),
        ):
            b = QPushButton(text)
            b.setMinimumHeight(44)
            b.setToolTip(tip)
            b.setAccessibleName(text.rstrip("…"))
            b.clicked.connect(signal.emit)
            row.addWidget(b)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addSpacing(16)
        self.recent_label = QLabel(QCoreApplication.translate("WelcomePage", "Recent convenings"))
        self.recent_label.setStyleSheet("font-size: 13pt; font-weight: bold;")
        outer.addWidget(self.recent_label)
        self.recent = QListWidget()
        self.recent.setAccessibleName(QCoreApplication.translate("WelcomePage", "Recent convenings"))
        self.recent.itemActivated.connect(lambda it: self.recent_chosen.emit(it.data(Qt.ItemDataRole.UserRole)))
        outer.addWidget(self.recent, 1)
        self.empty = QLabel(QCoreApplication.translate("WelcomePage", "No recent convenings yet. Start a new one, or open the demo to look around."))
        self.empty.setWordWrap(True)
        outer.addWidget(self.empty)

    def set_recent(self, paths: list[str]) -> None:
        self.recent.clear()
        for p in paths:
            item = QListWidgetItem(f"{Path(p).stem}    —    {Path(p).parent}")
            item.setData(Qt.ItemDataRole.UserRole, p)
            item.setToolTip(p)
            self.recent.addItem(item)
        self.recent.setVisible(bool(paths))
        self.empty.setVisible(not paths)
