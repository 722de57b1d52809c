"""File > Co-facilitator… (Ctrl+Shift+F): the lead's panel for a co-facilitator's devices, and the strip of
cues on the console.

The panel is a window of the console's own (never modal, never on the projector): it starts (or joins) the
room's server on the chosen address, shows the facilitator address's QR code and the short address (only
here: the projector shows the participants' join code, never this one), the devices waiting with Accept,
the accepted ones with Revoke. Cues from devices appear at once in a strip at the top of the console (not
on the projector), each until Dismiss."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QRect, Qt, Signal
from PySide6.QtGui import QAction, QColor, QGuiApplication, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.services.core.changes import CaptureChanged, CofacChanged
from app.ui.capture.bridge import addresses
from app.ui.capture.step import ADDRESS_SETTING, capture_address
from app.ui.listen import listen

SHORTCUT = "Ctrl+Shift+F"


class CofacBridge(QObject):
    """Joins and actions from devices cross to the GUI thread here, as capture's notes do (CaptureBridge)."""

    arrived = Signal()

    def __init__(self, service, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.arrived.connect(self._drain, Qt.ConnectionType.QueuedConnection)

    def start(self, host: str) -> str:
        return self.service.start(host, wake=self.arrived.emit)

    def _drain(self) -> None:
        self.service.drain()


class QrView(QWidget):
    """The facilitator address as a QR code, painted as squares (app/ui/projector/qr.py)."""

    def __init__(self) -> None:
        super().__init__()
        self.text = ""
        self.setMinimumSize(200, 200)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def show_text(self, text: str) -> None:
        self.text = text
        self.setAccessibleName(self.tr("QR code of the co-facilitator address") if text else "")
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("white"))
        if self.text:
            from app.ui.projector.qr import draw_qr

            side = min(self.width(), self.height()) - 8
            draw_qr(p, QRect(4, 4, side, side), self.text)
        p.end()


class CofacPanel(QWidget):
    def __init__(self, console, bridge: CofacBridge) -> None:
        super().__init__(console, Qt.WindowType.Window)
        self.console, self.ctx, self.bridge = console, console.ctx, bridge
        self.service = self.ctx.services.cofacilitate
        self.problem = ""
        self.setWindowTitle(self.tr("Co-facilitator"))
        self.setAccessibleName(self.tr("Co-facilitator devices"))

        self.interface = QComboBox()
        self.interface.setAccessibleName(self.tr("Network address for the co-facilitator's device"))
        for label, address in addresses():
            self.interface.addItem(label, address)
        self.interface.setCurrentIndex(max(0, self.interface.findData(capture_address(self.ctx.settings))))
        self.start_button = QPushButton(self.tr("Start co-facilitation"))
        self.start_button.clicked.connect(self.toggle)
        top = QHBoxLayout()
        top.addWidget(self.start_button)
        top.addWidget(self.interface, 1)

        self.qr = QrView()
        self.address = QLabel("")
        self.address.setTextFormat(Qt.TextFormat.PlainText)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address.setWordWrap(True)
        self.address.setAccessibleName(self.tr("Co-facilitator address"))
        self.help = QLabel(self.tr("Scan this on the co-facilitator's phone, tablet or laptop (same network). "
                                   "It is shown here only, never on the projector."))
        self.help.setWordWrap(True)
        code = QHBoxLayout()
        code.addWidget(self.qr)
        words = QVBoxLayout()
        words.addWidget(self.address)
        words.addWidget(self.help)
        words.addStretch(1)
        code.addLayout(words, 1)

        self.devices_title = QLabel(self.tr("Devices"))
        self.devices_title.setStyleSheet("font-weight: bold")
        self.devices_box = QVBoxLayout()
        self.state = QLabel("")
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.state.setAccessibleName(self.tr("Co-facilitation status"))

        # The breakout page (participants': when to be back, the minutes left, the lead's word)
        self.breakout_title = QLabel(self.tr("Breakout page for participants' phones"))
        self.breakout_title.setStyleSheet("font-weight: bold")
        self.breakout_button = QPushButton(self.tr("Start the breakout page"))
        self.breakout_button.clicked.connect(self.toggle_breakout)
        self.project_button = QPushButton(self.tr("Show its code on the projector"))
        self.project_button.setAccessibleName(self.tr("Show the breakout page's code on the projector"))
        self.project_button.clicked.connect(self.show_breakout)
        self.breakout_address = QLabel("")
        self.breakout_address.setTextFormat(Qt.TextFormat.PlainText)
        self.breakout_address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.breakout_address.setAccessibleName(self.tr("Breakout page address"))
        b_row = QHBoxLayout()
        b_row.addWidget(self.breakout_button)
        b_row.addWidget(self.project_button)
        b_row.addWidget(self.breakout_address, 1)
        self.say_five = QPushButton(self.tr("Say: 5 minutes left"))
        self.say_five.clicked.connect(lambda: self.broadcast("five_minutes"))
        self.say_back = QPushButton(self.tr("Say: come back now"))
        self.say_back.clicked.connect(lambda: self.broadcast("come_back"))
        self.say_typed = QLineEdit()
        self.say_typed.setPlaceholderText(self.tr("Or type a message for the breakout phones"))
        self.say_typed.setAccessibleName(self.tr("Message for the breakout phones"))
        self.say_typed.setMaxLength(140)
        self.say_typed.returnPressed.connect(lambda: self.broadcast(self.say_typed.text()))
        self.say_send = QPushButton(self.tr("Send"))
        self.say_send.setAccessibleName(self.tr("Send the message to the breakout phones"))
        self.say_send.clicked.connect(lambda: self.broadcast(self.say_typed.text()))
        self.say_clear = QPushButton(self.tr("Clear"))
        self.say_clear.setAccessibleName(self.tr("Take the message off the breakout phones"))
        self.say_clear.clicked.connect(lambda: self.broadcast(""))
        self.said = QLabel("")
        self.said.setTextFormat(Qt.TextFormat.PlainText)
        self.said.setWordWrap(True)
        self.said.setAccessibleName(self.tr("What the breakout phones show"))
        s_row = QHBoxLayout()
        for w in (self.say_five, self.say_back, self.say_typed, self.say_send, self.say_clear):
            s_row.addWidget(w, 1 if w is self.say_typed else 0)
        self.say_box = QWidget()
        say_lay = QVBoxLayout(self.say_box)
        say_lay.setContentsMargins(0, 0, 0, 0)
        say_lay.addLayout(s_row)
        say_lay.addWidget(self.said)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(code)
        layout.addWidget(self.devices_title)
        layout.addLayout(self.devices_box)
        layout.addWidget(self.state)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(line)
        layout.addWidget(self.breakout_title)
        layout.addLayout(b_row)
        layout.addWidget(self.say_box)
        layout.addStretch(1)
        self.resize(720, 560)
        self.subs = listen(self, self.ctx.workspace.bus)
        self.subs.on(CofacChanged, lambda _c: self.refresh())
        self.subs.on(CaptureChanged, lambda _c: self.refresh())
        self.refresh()

    # -- actions ------------------------------------------------------------------------
    def toggle(self) -> None:
        if self.service.running:
            self.service.stop()
            return
        self.problem = ""
        if self.ctx.workspace.store is None:
            self.problem = self.tr("Open a convening first.")
        else:
            try:
                self.bridge.start(self.interface.currentData())
                self.ctx.settings.setValue(ADDRESS_SETTING, self.interface.currentData())
            except ValueError as exc:
                self.problem = str(exc)
        self.refresh()

    def toggle_breakout(self) -> None:
        if self.service.breakout_url:
            self.service.stop_breakout()
            projector = self.ctx.projector
            if projector is not None and projector.scene_id == "breakout":   # no dead code left on the screen
                projector.set_scene("timer")
            return
        if self.ctx.workspace.store is None:
            self.problem = self.tr("Open a convening first.")
            self.refresh()
            return
        self._try(lambda: self.service.start_breakout(self.interface.currentData()))

    def show_breakout(self) -> None:
        if self.ctx.projector is not None and self.service.breakout_url:
            self.ctx.projector.set_scene("breakout")

    def broadcast(self, text: str) -> None:
        """Send the breakout phones a message: a key they say in their own language ("five_minutes",
        "come_back"), typed text as typed, or "" to clear it."""
        self._try(lambda: self.service.broadcast(text))
        if not self.problem and text == self.say_typed.text():
            self.say_typed.clear()

    def accept(self, device_id: int) -> None:
        self._try(lambda: self.service.accept(device_id))

    def revoke(self, device_id: int) -> None:
        self._try(lambda: self.service.revoke(device_id))

    def _try(self, fn) -> None:
        try:
            fn()
            self.problem = ""
        except ValueError as exc:
            self.problem = str(exc)
        self.refresh()

    # -- what it shows ------------------------------------------------------------------
    def refresh(self) -> None:
        running = self.service.running
        self.start_button.setText(self.tr("Stop co-facilitation") if running else self.tr("Start co-facilitation"))
        self.start_button.setAccessibleName(self.tr("Stop co-facilitation") if running
                                            else self.tr("Start co-facilitation on the chosen address"))
        self.interface.setEnabled(not running and not self.service.breakout_url)
        self.qr.show_text(self.service.url if running else "")
        self.qr.setVisible(running)
        self.help.setVisible(running)
        self.address.setText(self.service.url.removeprefix("http://") if running else
                             self.tr("Co-facilitation is off: no device can join."))
        _empty(self.devices_box)
        shown = [d for d in self.service.devices() if d.state != "revoked"] if running else []
        for d in shown:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            label = QLabel(d.name + (self.tr(" · waiting") if d.state == "waiting" else self.tr(" · in")))
            label.setTextFormat(Qt.TextFormat.PlainText)
            line.addWidget(label, 1)
            if d.state == "waiting":
                ok = QPushButton(self.tr("Accept"))
                ok.setAccessibleName(self.tr("Accept %s") % d.name)
                ok.clicked.connect(lambda _=False, i=d.id: self.accept(i))
                line.addWidget(ok)
            out = QPushButton(self.tr("Revoke") if d.state != "waiting" else self.tr("Turn away"))
            out.setAccessibleName((self.tr("Revoke %s") if d.state != "waiting" else self.tr("Turn away %s")) % d.name)
            out.clicked.connect(lambda _=False, i=d.id: self.revoke(i))
            line.addWidget(out)
            self.devices_box.addWidget(row)
            row.show()
        if running and not shown:
            empty = QLabel(self.tr("No device yet. When one asks to join, its name appears here."))
            empty.setWordWrap(True)
            self.devices_box.addWidget(empty)
            empty.show()
        self.devices_title.setVisible(running)
        self.state.setText(self.problem or self._take_back_words(running))
        breakout = bool(self.service.breakout_url)
        self.breakout_button.setText(self.tr("Stop the breakout page") if breakout else
                                     self.tr("Start the breakout page"))
        self.project_button.setEnabled(breakout)
        self.breakout_address.setText(self.service.breakout_url.removeprefix("http://") if breakout else "")
        self.say_box.setVisible(breakout)
        said = self.service.broadcast_text
        ready = {"five_minutes": self.tr("5 minutes left: start wrapping up."),
                 "come_back": self.tr("Please come back to the main room now.")}
        self.said.setText(self.tr("The phones show: %s") % ready.get(said, said) if said else
                          self.tr("The phones show no message."))


    def _take_back_words(self, running: bool) -> str:
        """After a crash: the devices of the run it ended, taken back by Start (nothing starts by itself)."""
        if running:
            n = self.service.taken_back
            return self.tr("Taking back %n device(s) from before the crash.", "", n) if n else ""
        record = self.service.crash_record()
        if record is None:
            return ""
        n = len(record["devices"])
        return self.tr("Co-facilitation ended in a crash: Start takes back its %n device(s).", "", n) if n else ""


class CueStrip(QFrame):
    """The cues from devices, at the top of the console, each until dismissed (never on the projector)."""

    def __init__(self, console) -> None:
        super().__init__()
        self.console = console
        self.service = console.ctx.services.cofacilitate
        self.setAccessibleName(self.tr("Cues from co-facilitators"))
        self.setStyleSheet("CueStrip { background: #fff3cd; } QLabel { color: #3d2a00; font-size: 16pt; "
                           "font-weight: bold; }")
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(8, 4, 8, 4)
        self.subs = listen(self, console.ctx.workspace.bus)
        self.subs.on(CofacChanged, lambda _c: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        _empty(self.rows)
        for cue in self.service.cues:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            at = self.console.ctx.services.live.local(cue.at).strftime("%H:%M")   # the convening's time zone
            label = QLabel(f"{cue.device}: {cue.text}  ({at})")
            label.setTextFormat(Qt.TextFormat.PlainText)   # typed on a device: never read as markup
            label.setWordWrap(True)
            label.setAccessibleName(self.tr("Cue from %s") % cue.device)
            line.addWidget(label, 1)
            dismiss = QPushButton(self.tr("Dismiss"))
            dismiss.setAccessibleName(self.tr("Dismiss the cue from %s") % cue.device)
            dismiss.clicked.connect(lambda _=False, i=cue.id: self.service.dismiss(i))
            line.addWidget(dismiss)
            self.rows.addWidget(row)
            row.show()
        bar = self.parentWidget()
        if bar is not None:
            bar.setVisible(bool(self.service.cues))


def _empty(layout) -> None:
    """Take every row out of `layout` (a refresh draws them again)."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()


def install_cofacilitator(console) -> QAction:
    """File > Co-facilitator… (Ctrl+Shift+F), its bridge to the GUI thread, and the cue strip."""
    console.cofac_bridge = CofacBridge(console.ctx.services.cofacilitate, console)
    console.cofac_panel = None
    bar = QToolBar(QCoreApplication.translate("Cofacilitator", "Cues"), console)
    bar.setObjectName("cues")
    bar.setMovable(False)
    bar.setFloatable(False)
    strip = CueStrip(console)
    bar.addWidget(strip)
    console.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    bar.setVisible(bool(strip.service.cues))
    console.cue_strip = strip

    def open_panel() -> None:
        if console.cofac_panel is None:
            console.cofac_panel = CofacPanel(console, console.cofac_bridge)
        console.cofac_panel.show()
        if QGuiApplication.platformName() != "offscreen":   # the offscreen platform has no stacking order
            console.cofac_panel.raise_()
        console.cofac_panel.activateWindow()

    act = QAction(QCoreApplication.translate("Cofacilitator", "Co-faci&litator…"), console)
    act.setShortcut(QKeySequence(SHORTCUT))
    act.setStatusTip(QCoreApplication.translate("Cofacilitator", "Let a co-facilitator's phone, tablet or laptop track talk, keep the queue, drive the "
                        "timer and send you cues"))
    act.triggered.connect(open_panel)
    console.cofac_action = act
    return act
