"""Long domain work is written as generators of (done, total, what) steps, so a job can report progress
and stop between steps (app/services/core/jobs.py `as_progress`); `finish` runs one to its end for a plain call."""

from __future__ import annotations

from collections.abc import Generator
from typing import TypeVar

T = TypeVar("T")


def finish(steps: Generator[object, None, T]) -> T:
    """Run a step generator to its end and return its result."""
    while True:
        try:
            next(steps)
        except StopIteration as stop:
            return stop.value
