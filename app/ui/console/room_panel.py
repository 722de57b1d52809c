"""The console's view of the room: a live thumbnail, the projector controls and what the keys do now.

Two notices sit right under the room's picture, where the facilitator looks before pressing a key:
which text field holds B and '.' (while someone types in it, B types rather than blanks), and the
question a sensitive lens asks before it goes on the projector, with its Show button.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.console.scene_titles import button_title, scene_title
from app.ui.keys import in_key_order, scene_keys
from app.ui.projector.controller import ProjectorController

NOTICE_STYLE = "background: #FFE08A; color: #000000; padding: 4px; font-weight: bold;"


class RoomPanel(QWidget):
    def __init__(self, projector: ProjectorController, show: Callable[[str], object] | None = None) -> None:
        super().__init__()
        self.projector = projector
        show_scene = show or projector.request
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        head = QLabel(QCoreApplication.translate("RoomPanel", "The room sees"))
        head.setStyleSheet("font-weight: bold;")
        lay.addWidget(head)
        self.thumbnail = projector.make_thumbnail(self)
        lay.addWidget(self.thumbnail)
        self.status = QLabel("")
        self.status.setWordWrap(True)  # a long status wraps rather than widening the console
        self.status.setAccessibleName(QCoreApplication.translate("RoomPanel", "Projector status"))
        lay.addWidget(self.status)

        self.typing = QLabel("")
        self.typing.setWordWrap(True)
        self.typing.setStyleSheet(NOTICE_STYLE)
        self.typing.setAccessibleName(QCoreApplication.translate("RoomPanel", "Where the keys type"))
        self.typing.hide()
        lay.addWidget(self.typing)

        self.ask = QFrame()
        self.ask.setStyleSheet(NOTICE_STYLE)
        ask_row = QHBoxLayout(self.ask)
        ask_row.setContentsMargins(0, 0, 0, 0)
        self.ask_text = QLabel("")
        self.ask_text.setWordWrap(True)
        self.ask_text.setAccessibleName(QCoreApplication.translate("RoomPanel", "Confirm before the projector shows it"))
        self.ask_show = QPushButton(QCoreApplication.translate("RoomPanel", "Show"))
        self.ask_show.setAccessibleName(QCoreApplication.translate("RoomPanel", "Show it on the projector"))
        self.ask_show.setToolTip(QCoreApplication.translate("RoomPanel", "Put it on the projector now (Ctrl+9 again does the same)"))
        self.ask_show.clicked.connect(lambda _=False: projector.confirm())
        ask_row.addWidget(self.ask_text, 1)
        ask_row.addWidget(self.ask_show)
        self.ask.hide()
        lay.addWidget(self.ask)

        row = QHBoxLayout()
        self.window_button = QPushButton(QCoreApplication.translate("RoomPanel", "Projector  (F5)"))
        self.window_button.setCheckable(True)
        self.window_button.setAccessibleName(QCoreApplication.translate("RoomPanel", "Projector on or off"))
        self.window_button.clicked.connect(projector.toggle_window)
        self.blank_button = QPushButton(QCoreApplication.translate("RoomPanel", "Blank  (B)"))
        self.blank_button.setCheckable(True)
        self.blank_button.setAccessibleName(QCoreApplication.translate("RoomPanel", "Blank the projector"))
        self.blank_button.clicked.connect(projector.toggle_blank)
        row.addWidget(self.window_button)
        row.addWidget(self.blank_button)
        lay.addLayout(row)

        grid = QGridLayout()
        self.scene_group = QButtonGroup(self)
        self.scene_group.setExclusive(True)
        self.scene_buttons: dict[str, QPushButton] = {}
        shown = [projector.scenes[sid] for sid in in_key_order(projector.scenes) if sid != "blank"]
        for n, scene in enumerate(shown):
            b = QPushButton(button_title(scene.title))
            b.setCheckable(True)
            b.setAccessibleName(QCoreApplication.translate("RoomPanel", "Show {title} on the projector").format(title=scene_title(scene.title)))
            keys = " or ".join(scene_keys(scene.scene_id))
            b.setToolTip(QCoreApplication.translate("RoomPanel", "Show {title} on the projector").format(title=scene_title(scene.title)) + (f" ({keys})" if keys else ""))
            b.clicked.connect(lambda _=False, sid=scene.scene_id: self._show(show_scene, sid))
            self.scene_group.addButton(b)
            self.scene_buttons[scene.scene_id] = b
            grid.addWidget(b, n // 2, n % 2)  # two across: the panel stays narrow with many scenes
        lay.addLayout(grid)
        lay.addStretch(1)
        projector.changed.connect(self.sync)
        projector.window_toggled.connect(self._window_toggled)   # a method: it ends with this panel
        projector.prompt_changed.connect(self.show_prompt)
        self.sync()
        self.show_prompt(projector.prompt)   # a panel built over a running controller (the console rebuilt) shows its question

    def _window_toggled(self, _open: bool) -> None:
        self.sync()

    def _show(self, show_scene: Callable[[str], object], scene_id: str) -> None:
        show_scene(scene_id)
        self.sync()   # a scene that waits for a confirmation leaves the checked button where it was

    def show_typing(self, field: str) -> None:
        """Say plainly that a text field holds B and '.' now ("" when none does)."""
        self.typing.setText(QCoreApplication.translate("RoomPanel", "Typing in {field} — B and . type; Esc to leave").format(field=field) if field else "")
        self.typing.setVisible(bool(field))

    def show_prompt(self, text: str) -> None:
        self.ask_text.setText(text)
        self.ask.setVisible(bool(text))

    def sync(self) -> None:
        p = self.projector
        self.window_button.setChecked(p.is_open())
        self.blank_button.setChecked(p.blanked)
        b = self.scene_buttons.get(p.scene_id)
        if b is not None and not b.isChecked():
            b.setChecked(True)
        shown = QCoreApplication.translate("RoomPanel", "BLANK") if p.blanked else scene_title(p.scene.title)
        self.status.setText((QCoreApplication.translate("RoomPanel", "{scene} — on the projector") if p.is_open() else
                             QCoreApplication.translate("RoomPanel", "{scene} — projector closed (F5 opens it)")).format(
            scene=shown))
