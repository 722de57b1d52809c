"""Each captured note embedded in the background (a job on the console's runner), its vector then
kept in the file, so the first suggestion of the day is quick and nothing waits for the model.

Notes are gathered for a moment after each capture (a typist's burst is one job), and only one
job runs at a time; notes captured meanwhile go in the next. The job computes only; the vectors
are written on the GUI thread, and dropped if another file was opened since.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from app.services.core.changes import WallChanged
from app.services.core.jobs import Callbacks

GATHER_MS = 1500


class CaptureVectors:
    def __init__(self, ctx, service, parent: QObject) -> None:
        self.ctx = ctx
        self.service = service
        self.pending: set[int] = set()
        self.running: object | None = None        # the job's handle while one runs (a marker until it starts)
        self.kept = 0              # vectors kept so far (the tab's tooltip; tests)
        self.timer = QTimer(parent)
        self.timer.setSingleShot(True)
        self.timer.setInterval(GATHER_MS)
        self.timer.timeout.connect(self.flush)
        self.subs = ctx.workspace.bus.owner("wall vectors")   # ends in stop(), when the tab goes
        self.subs.on(WallChanged, self._on_wall)
        parent.destroyed.connect(lambda *_: self.stop())

    def _on_wall(self, change: WallChanged) -> None:
        if change.note_ids:
            self.pending.update(change.note_ids)
            self.timer.start()

    def flush(self) -> None:
        """Start embedding what was captured (now, not after the pause)."""
        self.timer.stop()
        ws = self.ctx.workspace
        if self.running is not None or not self.pending or ws.store is None:
            return
        ids, self.pending = sorted(self.pending), set()
        job = self.service.suggestions.embed_job(ids)
        if job is None:
            return
        path = ws.path
        marker = object()
        self.running = marker

        def done(made) -> None:
            self.running = None
            if ws.store is not None and ws.path == path:
                self.kept += self.service.suggestions.keep_vectors(made)
                self.flush()

        def ended(*_args) -> None:
            self.running = None

        handle = self.ctx.ui.jobs.start(job, Callbacks(done=done, failed=ended, cancelled=ended))
        if self.running is marker:   # a runner on a thread: still going
            self.running = handle

    def stop(self) -> None:
        self.subs.close()
        self.pending.clear()
        if self.running is not None and hasattr(self.running, "cancel"):
            self.running.cancel()
