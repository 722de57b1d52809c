"""A deliberate action without a dialog: the first press asks, the same press again soon does it.

A live run has no room for a modal dialog, yet some actions must not happen by one stray click or key
("End the day", a sensitive lens on the projector). `SecondPress.press(key)` says whether this press
confirms one made for the same `key` less than `seconds` ago by the injected clock; otherwise it asks
(and `lapsed` is emitted once the question has run out, so the console can stop showing it).
"""

from __future__ import annotations

from collections.abc import Hashable

from PySide6.QtCore import QObject, QTimer, Signal

from app.domain.clock import Clock


class SecondPress(QObject):
    lapsed = Signal()

    def __init__(self, clock: Clock, seconds: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.seconds = seconds
        self._asked: tuple[Hashable, float] | None = None   # (what was asked about, when)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.check)

    def press(self, key: Hashable = None) -> bool:
        """True: this press confirms the one asked for `key` (the question ends); False: it asks now."""
        if self.asking(key):
            self.reset()
            return True
        self._asked = (key, self.clock.monotonic())
        self._timer.start(int(self.seconds * 1000) + 50)
        return False

    def asking(self, key: Hashable = None) -> bool:
        """Whether a question about `key` is still open."""
        return self._asked is not None and self._asked[0] == key and self.left() > 0

    def left(self) -> float:
        return 0.0 if self._asked is None else self.seconds - (self.clock.monotonic() - self._asked[1])

    def reset(self) -> None:
        """No question open (answered, dropped, or nothing to ask about any more)."""
        self._asked = None
        self._timer.stop()

    def check(self) -> None:
        """What the timer does when it fires (a test calls it after moving the clock): the clock, not the
        timer, says whether the question has run out."""
        if self._asked is None:
            return
        left = self.left()
        if left > 0:
            self._timer.start(int(left * 1000) + 50)
            return
        self.reset()
        self.lapsed.emit()
