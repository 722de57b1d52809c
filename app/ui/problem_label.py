"""A red line under a form that says what is wrong and marks the field its message names.

Service errors start with the field ("Minutes: between 0 and 1440.", "Email: “ana@” is
not an email address."); this label shows the message, marks that field and focuses it,
and nothing the user typed is lost.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

PROBLEM_COLOUR = "#B8360A"
_MARK = f"border: 2px solid {PROBLEM_COLOUR};"


def field_of(message: str) -> str:
    """"Minutes: between 0 and 1440." -> "Minutes"; "" when the message names no field."""
    return message.split(":", 1)[0].strip() if ":" in message else ""


class ProblemLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setStyleSheet(f"color: {PROBLEM_COLOUR}; font-weight: bold;")
        self.setAccessibleName(QCoreApplication.translate("ProblemLabel", "Problem"))
        self.setVisible(False)
        self._marked: QWidget | None = None

    def show_problem(self, message: str, fields: Mapping[str, QWidget] | None = None) -> str:
        """Show `message`, mark and focus the field it names; return that field's name ("" if none)."""
        self.clear_problem()
        self.setText(message)
        self.setVisible(True)
        name = field_of(message)
        widget = (fields or {}).get(name)
        if widget is None:
            return ""
        target = widget.lineEdit() if isinstance(widget, QComboBox) and widget.isEditable() else widget
        if target is not None:
            target.setStyleSheet(_MARK)
            target.setAccessibleDescription(message)
            self._marked = target
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return name

    def clear_problem(self) -> None:
        self.setText("")
        self.setVisible(False)
        if self._marked is not None:
            self._marked.setStyleSheet("")
            self._marked.setAccessibleDescription("")
            self._marked = None

    # The people editors' names for the same two things.
    def show_error(self, message: str, fields: Mapping[str, QWidget]) -> str | None:
        return self.show_problem(message, fields) or None

    clear_error = clear_problem
