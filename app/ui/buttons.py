"""A push button with an accessible name and its action, in one call; user text made safe for labels."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton


def mnemonic_safe(text: str) -> str:
    """Text a user typed, for a button, action, tab or check box label: "&" shows as "&", not as
    a keyboard shortcut ("Coffee & tea" would read "Coffee _tea" and take Alt+T)."""
    return text.replace("&", "&&")


def button(text: str, accessible: str, slot) -> QPushButton:
    b = QPushButton(text)
    b.setAccessibleName(accessible)
    b.clicked.connect(slot)
    return b
