"""The Wall tab's capture row: start or stop capture for the board, on one chosen address; moderation
with its queue (accept or reject); how many notes came in; put the Join screen on the projector."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.services.core.changes import CaptureChanged
from app.ui.buttons import button
from app.ui.capture.bridge import CaptureBridge, addresses
from app.ui.capture.step import ADDRESS_SETTING, capture_address
from app.ui.listen import listen


class CapturePanel(QWidget):
    def __init__(self, ctx, board) -> None:
        super().__init__()
        self.ctx, self.board = ctx, board
        self.service = ctx.services.capture
        self.bridge = CaptureBridge(self.service)
        self.problem = ""   # why the last start failed, shown until the next one
        self.setAccessibleName(QCoreApplication.translate("CapturePanel", "Capture from phones"))

        self.start_button = button(QCoreApplication.translate("CapturePanel", "Start capture"), QCoreApplication.translate("CapturePanel", "Start capture from phones for this board"), self.toggle)
        self.interface = QComboBox()
        self.interface.setAccessibleName(QCoreApplication.translate("CapturePanel", "Network address for capture"))
        self.interface.setMinimumContentsLength(16)
        self.interface.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        for label, address in addresses():
            self.interface.addItem(label, address)
        self.interface.setCurrentIndex(max(0, self.interface.findData(capture_address(ctx.settings))))
        self.moderate = QCheckBox(QCoreApplication.translate("CapturePanel", "Moderate"))
        self.moderate.setAccessibleName(QCoreApplication.translate("CapturePanel", "Hold notes from phones until accepted"))
        self.moderate.clicked.connect(self.service.set_moderation)
        self.state = QLabel("")
        self.state.setAccessibleName(QCoreApplication.translate("CapturePanel", "Capture status"))
        self.state.setTextFormat(Qt.TextFormat.PlainText)   # a board title is never read as markup
        self.state.setWordWrap(True)   # a long title or address wraps: the console still fits a 1024-pixel screen
        self.state.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.join_button = button(QCoreApplication.translate("CapturePanel", "Join screen"), QCoreApplication.translate("CapturePanel", "Show the join code on the projector"), self.show_join)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.start_button)
        row.addWidget(self.interface)
        row.addWidget(self.moderate)
        row.addWidget(self.join_button)
        row.addWidget(self.state, 1)

        self.pending = QListWidget()
        self.pending.setAccessibleName(QCoreApplication.translate("CapturePanel", "Notes waiting for moderation"))
        self.pending.setMaximumHeight(96)
        self.accept_button = button(QCoreApplication.translate("CapturePanel", "Accept ticked"), QCoreApplication.translate("CapturePanel", "Put the ticked waiting notes on the wall"), self.accept_ticked)
        self.reject_button = button(QCoreApplication.translate("CapturePanel", "Reject ticked"), QCoreApplication.translate("CapturePanel", "Drop the ticked waiting notes"), self.reject_ticked)
        self.accept_all_button = button(QCoreApplication.translate("CapturePanel", "Accept all"), QCoreApplication.translate("CapturePanel", "Put every waiting note on the wall"), self.accept_all)
        side = QVBoxLayout()
        for b in (self.accept_button, self.reject_button, self.accept_all_button):
            side.addWidget(b)
        queue = QHBoxLayout()
        queue.setContentsMargins(0, 0, 0, 0)
        queue.addWidget(self.pending, 1)
        queue.addLayout(side)
        self.queue_box = QWidget()
        self.queue_box.setLayout(queue)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.queue_box)
        self.subs = listen(self, self.ctx.workspace.bus)
        self.subs.on(CaptureChanged, lambda _c: self.refresh())
        self.refresh()

    # -- actions ------------------------------------------------------------------------
    def toggle(self) -> None:
        if self.service.running:
            self.service.stop()
            return
        board_id = self.board.board_id
        self.problem = "" if board_id is not None else QCoreApplication.translate("CapturePanel", "Add a board first, then start capture.")
        if board_id is not None:
            try:
                self.bridge.start(board_id, self.interface.currentData())
                self.ctx.settings.setValue(ADDRESS_SETTING, self.interface.currentData())
            except ValueError as exc:
                self.problem = str(exc)
        self.refresh()
        self.show_join()

    def show_join(self) -> None:
        if self.ctx.projector is not None and self.service.running:
            self.ctx.projector.set_scene("join")

    def _ticked(self) -> list[int]:
        return [self.pending.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.pending.count())
                if self.pending.item(i).checkState() == Qt.CheckState.Checked]

    def accept_ticked(self) -> None:
        self.service.accept(self._ticked())

    def reject_ticked(self) -> None:
        self.service.reject(self._ticked())

    def accept_all(self) -> None:
        self.service.accept([p.id for p in self.service.pending(self.board.board_id)])

    # -- what it shows ------------------------------------------------------------------
    def refresh(self, **_) -> None:
        running = self.service.running
        self.start_button.setText(QCoreApplication.translate("CapturePanel", "Stop capture") if running else QCoreApplication.translate("CapturePanel", "Start capture"))
        self.start_button.setAccessibleName(QCoreApplication.translate("CapturePanel", "Stop capture from phones") if running
                                            else QCoreApplication.translate("CapturePanel", "Start capture from phones for this board"))
        self.interface.setEnabled(not running)
        self.join_button.setEnabled(running)
        self.moderate.setChecked(self.service.moderate)
        if running:
            n = self.service.received
            title = self.service.wall.board(self.service.board_id).title
            self.state.setText(self.tr("On for “{title}” at {address} · %n note(s) received", "", n).format(
                title=title, address=self.service.url.removeprefix('http://')))
        else:
            self.state.setText(self.problem)
        waiting = self.service.pending(self.board.board_id) if self.ctx.workspace.store is not None else []
        ticked = set(self._ticked())
        self.pending.clear()
        for p in waiting:
            item = QListWidgetItem((f"{p.author}: " if p.author else "") + p.text.replace("\n", " ")[:160])
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if p.id in ticked else Qt.CheckState.Unchecked)
            self.pending.addItem(item)
        self.queue_box.setVisible(bool(waiting))
        if self.ctx.projector is not None:
            if not running and self.ctx.projector.scene_id == "join":   # no dead code left on the screen
                self.ctx.projector.set_scene("wall")
            self.ctx.projector.data_changed()
