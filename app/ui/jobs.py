"""QtRunner: a job (app/services/core/jobs.py) on a QThreadPool, its callbacks on the GUI thread.

The generator runs on a worker thread; every Progress, the result, a failure or
a cancel is sent back through a signal of a QObject that lives on the GUI thread,
with a queued connection, so the callbacks never run on the worker.
Tests use SyncRunner instead (the `sync_jobs` fixture) or wait for `finished`.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal

from app.services.core.jobs import Callbacks, Cancelled, CancelToken, Job, drive


class JobHandle(QObject):
    """One running job, owned by the GUI thread. `finished` fires once, whatever the outcome."""

    progressed = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, token: CancelToken, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.token = token

    def cancel(self) -> None:
        self.token.cancel()


class _Worker(QRunnable):
    def __init__(self, job: Job, handle: JobHandle) -> None:
        super().__init__()
        self.job = job
        self.handle = handle

    def run(self) -> None:  # on a pool thread: only emit, never touch widgets
        h = self.handle
        try:
            result = drive(self.job, h.token, h.progressed.emit)
        except Cancelled:
            h.cancelled.emit()
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread's failure callback
            h.failed.emit(exc)
        else:
            h.succeeded.emit(result)
        h.finished.emit()


_jobs_running = 0          # across every runner (each open file's services have one)
_collector_was_on = True


def _pause_collector() -> None:
    global _jobs_running, _collector_was_on
    if _jobs_running == 0:
        _collector_was_on = gc.isenabled()
        gc.collect()
        gc.disable()
    _jobs_running += 1


def _resume_collector() -> None:
    global _jobs_running
    _jobs_running = max(0, _jobs_running - 1)
    if _jobs_running == 0 and _collector_was_on:
        gc.enable()


class QtRunner:
    def __init__(self, pool: QThreadPool | None = None) -> None:
        self.pool = pool or QThreadPool.globalInstance()
        self._running: set[JobHandle] = set()

    def start(self, job: Job, callbacks: Callbacks | None = None, parent: QObject | None = None) -> JobHandle:
        cb = callbacks or Callbacks()
        handle = JobHandle(CancelToken(), parent)
        queued = Qt.ConnectionType.QueuedConnection
        if cb.progress:
            handle.progressed.connect(cb.progress, queued)
        if cb.done:
            handle.succeeded.connect(cb.done, queued)
        if cb.failed:
            handle.failed.connect(cb.failed, queued)
        if cb.cancelled:
            handle.cancelled.connect(cb.cancelled, queued)
        # Python's cycle collector runs on whichever thread allocates, and a job allocates a lot: a
        # closed window still waiting to be collected (its widgets and timers) would be deleted from
        # the worker thread, and Qt then crashes on its timers. So garbage is collected here, on the
        # GUI thread, and the collector pauses while jobs run (it runs again, here, when they end).
        _pause_collector()
        self._running.add(handle)
        handle.finished.connect(lambda: self._ended(handle), queued)
        self.pool.start(_Worker(job, handle))
        return handle

    def busy(self) -> bool:
        """A job started here has not ended yet (its results would go to the widgets that started it)."""
        return bool(self._running)

    def _ended(self, handle: JobHandle) -> None:
        if handle in self._running:
            self._running.discard(handle)
            _resume_collector()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the pool is idle (used on quit, so no job writes after the window closes)."""
        return self.pool.waitForDone(msecs)
