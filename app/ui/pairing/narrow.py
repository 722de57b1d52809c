"""Combo boxes that do not widen the window to their longest team name; the projector page buttons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox


def narrow(box: QComboBox, chars: int = 12) -> QComboBox:
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(chars)
    return box


def page_buttons(ctx, what: str) -> list:
    """◀ and ▶ that turn the projector's page of `what` ("pairs", "tables"): Shift+PageUp / Shift+PageDown."""
    from app.ui.buttons import button

    def turn(delta: int) -> None:
        if ctx.projector is not None:
            ctx.projector.turn_page(delta)

    out = []
    for text, delta, which, key in (("◀", -1, QCoreApplication.translate("narrow", "Previous"), "Shift+PageUp"), ("▶", 1, QCoreApplication.translate("narrow", "Next"), "Shift+PageDown")):
        b = button(text, QCoreApplication.translate("narrow", "{which} page of the {what} on the projector ({key})").format(which=which, what=what, key=key), lambda _=False, d=delta: turn(d))
        b.setToolTip(QCoreApplication.translate("narrow", "{which} page on the projector ({key})").format(which=which, key=key))
        b.setMaximumWidth(36)
        out.append(b)
    return out
