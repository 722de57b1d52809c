"""A push button with an accessible name and its action, in one call."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton


def button(text: str, accessible: str, slot) -> QPushButton:
    b = QPushButton(text)
    b.setAccessibleName(accessible)
    b.clicked.connect(slot)
    return b
