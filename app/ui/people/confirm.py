"""The one place the People and Teams tabs ask "are you sure?" (tests replace `ask`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def ask(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """Show a yes/no question whose yes-button reads `action`; True when the user chose it.

    Cancel is the default button, so a stray Enter never deletes anything.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    yes.setAccessibleName(action)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setAccessibleName(QCoreApplication.translate("confirm", "Cancel"))
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is yes
