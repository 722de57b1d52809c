"""A red line under a form that says what is wrong and points at the field it names."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

ERROR_COLOUR = "#B8360A"
_MARK = f"border: 2px solid {ERROR_COLOUR};"


class InlineError(QLabel):
    """Shows a service message such as "Email: “ana@” is not an email address."."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
        self.setAccessibleName("Problem")
        self.setVisible(False)
        self._marked: QWidget | None = None

    def show_error(self, message: str, fields: Mapping[str, QWidget]) -> str | None:
        """Show `message`; mark and focus the field it starts with ("Name: …"). Returns that field."""
        self.clear_error()
        self.setText(message)
        self.setVisible(True)
        label = message.split(":", 1)[0].strip() if ":" in message else ""
        widget = fields.get(label)
        if widget is None:
            return None
        target = widget.lineEdit() if isinstance(widget, QComboBox) and widget.isEditable() else widget
        if target is not None:
            target.setStyleSheet(_MARK)
            target.setAccessibleDescription(message)
            self._marked = target
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return label

    def clear_error(self) -> None:
        self.setText("")
        self.setVisible(False)
        if self._marked is not None:
            self._marked.setStyleSheet("")
            self._marked.setAccessibleDescription("")
            self._marked = None
