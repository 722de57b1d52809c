"""Injected time.

Everything that needs "now" takes a Clock. Wall time is UTC epoch seconds (a
float) and is what gets stored; it survives a crash, a restart and a night of
sleep. Tests use FakeClock and never sleep.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Protocol


class Clock(Protocol):
    def now(self) -> float:
        """UTC wall-clock time as epoch seconds."""

    def monotonic(self) -> float:
        """Seconds from an arbitrary start; only differences mean anything."""


class SystemClock:
    def now(self) -> float:
        return time.time()

    def monotonic(self) -> float:
        return time.monotonic()


class FakeClock:
    """A clock that only moves when told to."""

    def __init__(self, start: float = 1_790_000_000.0) -> None:
        self._now = float(start)
        self._mono = 0.0

    def now(self) -> float:
        return self._now

    def monotonic(self) -> float:
        return self._mono

    def advance(self, seconds: float) -> None:
        self._now += seconds
        self._mono += seconds

    def set(self, epoch_seconds: float) -> None:
        """Jump the wall clock (as after a sleep or a clock change)."""
        self._now = float(epoch_seconds)


def to_utc_datetime(epoch_seconds: float) -> datetime:
    return datetime.fromtimestamp(epoch_seconds, tz=UTC)
