"""The projector's scenes as the console names them (menus, the room panel, the keys help), in the console's
language. A scene's own `title` is its English name (app/ui/projector/scenes/); the room's screen has its
own translations (app/ui/projector), since the room can read another language than the laptop's."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui.i18n import QT_TRANSLATE_NOOP

TITLES = (
    QT_TRANSLATE_NOOP("scenes", "Agenda"), QT_TRANSLATE_NOOP("scenes", "Blank"),
    QT_TRANSLATE_NOOP("scenes", "Bright spot"), QT_TRANSLATE_NOOP("scenes", "Clock"),
    QT_TRANSLATE_NOOP("scenes", "Commitments"), QT_TRANSLATE_NOOP("scenes", "Driver diagram"),
    QT_TRANSLATE_NOOP("scenes", "Join (capture)"), QT_TRANSLATE_NOOP("scenes", "Pairs"),
    QT_TRANSLATE_NOOP("scenes", "Protocol"), QT_TRANSLATE_NOOP("scenes", "Run chart"),
    QT_TRANSLATE_NOOP("scenes", "Tables"), QT_TRANSLATE_NOOP("scenes", "Talk balance"),
    QT_TRANSLATE_NOOP("scenes", "Speaking queue"), QT_TRANSLATE_NOOP("scenes", "Timer"),
    QT_TRANSLATE_NOOP("scenes", "Wall"), QT_TRANSLATE_NOOP("scenes", "Top clusters"),
    QT_TRANSLATE_NOOP("scenes", "Welcome"), QT_TRANSLATE_NOOP("scenes", "this team's commitments"),
    QT_TRANSLATE_NOOP("scenes", "Breakout"),
)


# The room panel's buttons are narrow: a short name for each scene (the menus and tooltips say it in full).
BUTTON_TITLES = (
    QT_TRANSLATE_NOOP("scene_buttons", "Agenda"), QT_TRANSLATE_NOOP("scene_buttons", "Blank"),
    QT_TRANSLATE_NOOP("scene_buttons", "Bright spot"), QT_TRANSLATE_NOOP("scene_buttons", "Clock"),
    QT_TRANSLATE_NOOP("scene_buttons", "Commitments"), QT_TRANSLATE_NOOP("scene_buttons", "Driver diagram"),
    QT_TRANSLATE_NOOP("scene_buttons", "Join (capture)"), QT_TRANSLATE_NOOP("scene_buttons", "Pairs"),
    QT_TRANSLATE_NOOP("scene_buttons", "Protocol"), QT_TRANSLATE_NOOP("scene_buttons", "Run chart"),
    QT_TRANSLATE_NOOP("scene_buttons", "Tables"), QT_TRANSLATE_NOOP("scene_buttons", "Talk balance"),
    QT_TRANSLATE_NOOP("scene_buttons", "Speaking queue"), QT_TRANSLATE_NOOP("scene_buttons", "Timer"),
    QT_TRANSLATE_NOOP("scene_buttons", "Wall"), QT_TRANSLATE_NOOP("scene_buttons", "Top clusters"),
    QT_TRANSLATE_NOOP("scene_buttons", "Welcome"), QT_TRANSLATE_NOOP("scene_buttons", "Breakout"),
)


def button_title(title: str) -> str:
    """A scene's short name for a room panel button, in the console's language."""
    return QCoreApplication.translate("scene_buttons", title)


def scene_title(title: str) -> str:
    """A scene's title in the console's language (a title not in TITLES as it is)."""
    return QCoreApplication.translate("scenes", title)
