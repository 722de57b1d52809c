"""Long work behind one small interface: a job is a generator.

A job yields `Progress(done, total, label)` as it goes (each yield is also a place
where it may be stopped), reads `token.cancelled` where it can, and returns its
result. `SyncRunner` runs a job inline and calls the callbacks directly (the
command line and the tests); `app/ui/jobs.py` `QtRunner` runs the same generator
on a thread pool and delivers the callbacks on the GUI thread.

Jobs only read (or write files of their own); changes to the convening go
through a service on the main thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import Protocol, TypeVar


@dataclass(frozen=True)
class Progress:
    done: int
    total: int
    label: str = ""


class Cancelled(Exception):
    """The job stopped because it was asked to."""


class CancelToken:
    """Set from any thread; the job looks at it between pieces of work."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled()


T = TypeVar("T")

Job = Callable[[CancelToken], Generator[Progress, None, object]]


@dataclass
class Callbacks:
    progress: Callable[[Progress], None] | None = None
    done: Callable[[object], None] | None = None
    failed: Callable[[BaseException], None] | None = None
    cancelled: Callable[[], None] | None = None


def as_progress(steps: Generator[tuple[int, int, str], None, T]) -> Generator[Progress, None, T]:
    """Re-yield a domain generator's (done, total, label) steps as Progress; returns what it returns.

    In a job: `result = yield from as_progress(plan_steps(...))`."""
    while True:
        try:
            done, total, label = next(steps)
        except StopIteration as stop:
            return stop.value
        yield Progress(done, total, label)


def drive(job: Callable[[CancelToken], Generator[Progress, None, T]], token: CancelToken,
          on_progress: Callable[[Progress], None]) -> T:
    """Run `job` to its end on this thread, reporting each Progress; raises Cancelled if stopped."""
    gen = job(token)
    try:
        while True:
            token.check()
            on_progress(next(gen))
    except StopIteration as stop:
        return stop.value
    finally:
        gen.close()


class Handle(Protocol):
    """What starting a job hands back: a way to stop it (a CancelToken, or the UI's JobHandle)."""

    def cancel(self) -> None: ...


class Runner(Protocol):
    """Runs jobs: SyncRunner here (the command line, tests), app/ui/jobs.py QtRunner in the app."""

    def start(self, job: Job, callbacks: Callbacks | None = None) -> Handle: ...


class SyncRunner:
    """Runs a job inline; the callbacks are called before `start` returns."""

    def start(self, job: Job, callbacks: Callbacks | None = None) -> CancelToken:
        cb = callbacks or Callbacks()
        token = CancelToken()
        try:
            result = drive(job, token, cb.progress or (lambda _p: None))
        except Cancelled:
            if cb.cancelled:
                cb.cancelled()
            return token
        except Exception as exc:  # noqa: BLE001 - handed to the caller's failure callback
            if cb.failed is None:
                raise
            cb.failed(exc)
            return token
        if cb.done:
            cb.done(result)
        return token
