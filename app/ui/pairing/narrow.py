"""Combo boxes that do not widen the window to their longest team name."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox


def narrow(box: QComboBox, chars: int = 12) -> QComboBox:
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(chars)
    return box
