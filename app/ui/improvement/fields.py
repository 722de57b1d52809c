"""Small widgets the improvement pages share."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit


def line(accessible: str, placeholder: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(accessible)
    edit.setPlaceholderText(placeholder)
    return edit
