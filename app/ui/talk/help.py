"""Help > Talk tracking: what the Talk tab does and its keys, in one place (the tab itself keeps only
tooltips, so the map and the queue have the room)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from app.ui.i18n import QT_TRANSLATE_NOOP

KEYS = (
    QT_TRANSLATE_NOOP("help", "Keys in the Talk tab:\nClick a name on the map, or type it and press Enter: that person has the floor (if their hand is up, it comes down)\nArrow keys, then Enter: the same, from the keyboard\n1 … 9: the pinned people\nEsc: silence (nobody has the floor)\nF11: raise or lower the hand of the person typed (or under the map's cursor); Shift+click or right click on the map does the same\nF12: call the next in the speaking queue (they get the floor and their hand comes down)\nAlt+1 … Alt+4: give a code to the turn running now, or else the last one (again takes it off)\nThe clicker's keys (PageDown, PageUp, B, F5, Space, F6 … F10, Ctrl+1 … 9) still drive the live run.")
)


def help_text() -> str:
    from app.services.talk.service import talk_help

    return talk_help() + "\n\n" + QCoreApplication.translate("help", KEYS)


def install_talk_help(console) -> QAction:
    """Help > Talk tracking…, shown without blocking the live screen (the console's `info`)."""
    act = QAction(QCoreApplication.translate("help", "&Talk tracking…"), console)
    act.setStatusTip(QCoreApplication.translate("help", "What the Talk tab does, and its keys"))
    act.triggered.connect(lambda: console.info(QCoreApplication.translate("help", "Talk tracking"), help_text()))
    console.help_menu.addAction(act)
    return act
