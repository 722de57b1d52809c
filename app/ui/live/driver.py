"""Keeps the live run moving: repaints aligned to the second, auto-advance, chimes.

The driver never counts time. On each wake-up it asks the service for the view
at the clock's now, and schedules the next wake-up for the moment the shown
number changes.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from app.domain.agenda import Zone
from app.services.core.changes import AgendaChanged, ConveningChanged, LiveChanged
from app.ui.listen import listen
from app.ui.live.chime import ChimePlayer


class LiveDriver(QObject):
    changed = Signal()

    def __init__(self, ctx, player: ChimePlayer | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)   # the Live tab: the driver and its subscriptions end with it
        self.ctx = ctx
        self.player = player or ChimePlayer()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.wake)
        self._last: tuple | None = None
        self.subs = listen(self, ctx.workspace.bus)
        self.subs.on_any((LiveChanged, AgendaChanged), lambda _c: self.wake())
        self.subs.on(ConveningChanged, lambda _c: self._reset())

    @property
    def live(self):
        return self.ctx.services.live

    def chime_on(self) -> bool:
        return self.ctx.settings.value("live/chime", False, type=bool)

    def _reset(self) -> None:
        self._last = None
        self.wake()

    def wake(self) -> None:
        self._timer.stop()
        if self.ctx.workspace.store is None:
            self.changed.emit()
            return
        with contextlib.suppress(Exception):  # never let a tick take the live screen down
            self.live.tick()  # auto-advance, if due
        view = self.live.view()
        self._chime(view)
        self.changed.emit()
        if view.next_change_in is not None:
            self._timer.start(max(1, int(view.next_change_in * 1000) + 3))

    def _chime(self, view) -> None:
        cd = view.step_countdown or view.item
        key = (view.item_id, view.step, cd.zone if cd else None)
        last, self._last = self._last, key
        if cd is None or last is None or not view.running or not self.chime_on():
            return
        if last[:2] != key[:2]:
            return  # moved to another item or step: no chime for where it starts
        if last[2] == Zone.NORMAL and cd.zone == Zone.WARNING:
            self.player.play("warning")
        elif last[2] in (Zone.NORMAL, Zone.WARNING) and cd.zone in (Zone.ZERO, Zone.OVERTIME):
            self.player.play("zero")
