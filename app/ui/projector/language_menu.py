"""The projector's language, chosen from the console's View menu: English, Spanish, or both at once.

Each choice is named in its own languages (so the menu needs no translation of its own); the choice is the
convening's (`Workspace.set_projector_lang`, kept in the file), so it travels with the file and a co-facilitator's
laptop shows the room the same. The console gives the submenu its title.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from app.i18n.languages import PROJECTOR_MODES

# How each mode is named in the menu: in the languages it shows, the large one first (each with its Alt letter).
MODE_NAMES = {
    "en": "&English",
    "es": "E&spañol",
    "en+es": "E&nglish + Español (bilingual)",
    "es+en": "Es&pañol + English (bilingüe)",
}


def fill_language_menu(menu: QMenu, workspace) -> QActionGroup:
    """Add one checkable action per projector mode to `menu`; the checked one follows the open convening's
    language each time the menu opens, and choosing one sets it (the projector redraws on the change)."""
    group = QActionGroup(menu)
    actions: dict[str, QAction] = {}
    for mode in PROJECTOR_MODES:
        act = QAction(MODE_NAMES[mode], menu)
        act.setCheckable(True)
        act.setData(mode)
        act.triggered.connect(lambda _=False, m=mode: workspace.set_projector_lang(m))
        group.addAction(act)
        menu.addAction(act)
        actions[mode] = act

    def refresh() -> None:
        has = workspace.store is not None
        current = workspace.projector_lang() if has else "en"
        for mode, act in actions.items():
            act.setEnabled(has)
            act.setChecked(mode == current)

    menu.aboutToShow.connect(refresh)
    refresh()
    return group
