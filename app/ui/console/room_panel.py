"""The console's view of the room: a live thumbnail and the projector controls."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui.projector.controller import ProjectorController


class RoomPanel(QWidget):
    def __init__(self, projector: ProjectorController) -> None:
        super().__init__()
        self.projector = projector
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        head = QLabel("The room sees")
        head.setStyleSheet("font-weight: bold;")
        lay.addWidget(head)
        self.thumbnail = projector.make_thumbnail(self)
        lay.addWidget(self.thumbnail)
        self.status = QLabel("")
        self.status.setWordWrap(True)  # a long status wraps rather than widening the console
        self.status.setAccessibleName("Projector status")
        lay.addWidget(self.status)

        row = QHBoxLayout()
        self.window_button = QPushButton("Projector  (F5)")
        self.window_button.setCheckable(True)
        self.window_button.setAccessibleName("Projector on or off")
        self.window_button.clicked.connect(projector.toggle_window)
        self.blank_button = QPushButton("Blank  (B)")
        self.blank_button.setCheckable(True)
        self.blank_button.setAccessibleName("Blank the projector")
        self.blank_button.clicked.connect(projector.toggle_blank)
        row.addWidget(self.window_button)
        row.addWidget(self.blank_button)
        lay.addLayout(row)

        grid = QGridLayout()
        self.scene_group = QButtonGroup(self)
        self.scene_group.setExclusive(True)
        self.scene_buttons: dict[str, QPushButton] = {}
        shown = [s for s in projector.scenes.values() if s.scene_id != "blank"]
        for n, scene in enumerate(shown):
            b = QPushButton(scene.title)
            b.setCheckable(True)
            b.setAccessibleName(f"Show {scene.title} on the projector")
            b.clicked.connect(lambda _=False, sid=scene.scene_id: projector.set_scene(sid))
            self.scene_group.addButton(b)
            self.scene_buttons[scene.scene_id] = b
            grid.addWidget(b, n // 2, n % 2)  # two across: the panel stays narrow with many scenes
        lay.addLayout(grid)
        lay.addStretch(1)
        projector.changed.connect(self.sync)
        projector.window_toggled.connect(lambda _: self.sync())
        self.sync()

    def sync(self) -> None:
        p = self.projector
        self.window_button.setChecked(p.is_open())
        self.blank_button.setChecked(p.blanked)
        b = self.scene_buttons.get(p.scene_id)
        if b is not None and not b.isChecked():
            b.setChecked(True)
        where = "on the projector" if p.is_open() else "projector closed (F5 opens it)"
        shown = "BLANK" if p.blanked else p.scene.title
        self.status.setText(f"{shown} — {where}")
