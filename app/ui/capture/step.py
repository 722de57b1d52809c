"""Start capture from the live protocol step: when the running item (or its current step) has a board,
the Live tab offers one button that starts capture for that board and puts the Join screen up."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton

from app.services.core.changes import CaptureChanged
from app.ui.buttons import mnemonic_safe
from app.ui.capture.bridge import CaptureBridge, addresses
from app.ui.listen import listen

ADDRESS_SETTING = "capture/address"


def capture_address(settings) -> str:
    """The address capture last ran on (the Wall tab's chooser), if this computer still has it; else the first."""
    known = [a for _label, a in addresses()]
    saved = settings.value(ADDRESS_SETTING, "", type=str)
    return saved if saved in known else known[0]


class StepCaptureButton(QPushButton):
    def __init__(self, ctx) -> None:
        super().__init__("")
        self.ctx = ctx
        self.service = ctx.services.capture
        self.bridge = CaptureBridge(self.service)
        self.board_id: int | None = None
        self.problem = ""
        self.clicked.connect(self.toggle)
        self.subs = listen(self, ctx.workspace.bus)
        self.subs.on(CaptureChanged, lambda _c: self._label())
        self.setVisible(False)

    def show_for(self, item_id: int | None, step: int | None) -> None:
        """Offer capture for the board of this item and step (a board of the item with no step: any step)."""
        boards = self.service.wall.boards() if item_id is not None and self.ctx.workspace.store is not None else []
        exact = [b for b in boards if b.item_id == item_id and b.step == step]
        loose = [b for b in boards if b.item_id == item_id and b.step is None]
        chosen = (exact or loose or [None])[0]
        self.board_id = chosen.id if chosen else None
        self._label()

    def _label(self) -> None:
        if self.board_id is None:
            self.setVisible(False)
            return
        title = mnemonic_safe(self.service.wall.board(self.board_id).title)
        on = self.service.running and self.service.board_id == self.board_id
        self.setText(QCoreApplication.translate("StepCaptureButton", "Stop capture for “{title}”").format(title=title) if on else QCoreApplication.translate("StepCaptureButton", "Capture notes from phones for “{title}”").format(title=title))
        self.setAccessibleName(QCoreApplication.translate("StepCaptureButton", "Stop capture from phones") if on else QCoreApplication.translate("StepCaptureButton", "Start capture from phones for this step's board"))
        self.setToolTip(self.problem)
        self.setVisible(True)

    def toggle(self) -> None:
        if self.board_id is None:
            return
        if self.service.running and self.service.board_id == self.board_id:
            self.service.stop()
            return
        self.problem = ""
        try:
            self.bridge.start(self.board_id, capture_address(self.ctx.settings))
        except ValueError as exc:
            self.problem = str(exc)
            self._label()
            return
        if self.ctx.projector is not None:
            self.ctx.projector.set_scene("join")
