"""A plan being computed in the background: a progress bar, what it is doing, and Stop.

Planning runs as a job (services/core/jobs.py) on the "jobs" runner: QtRunner in the app,
so the window (and the live run) keep answering while it works; SyncRunner in tests.
The result is handed to `on_done` on the GUI thread, which commits it through the
service. While a job runs, the buttons given in `busy` are disabled.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from app.services.core.jobs import Callbacks
from app.ui.buttons import button


class JobBar(QWidget):
    def __init__(self, ctx, what: str, busy=()) -> None:
        super().__init__()
        self.ctx = ctx
        self.what = what  # "Planning rounds"
        self.busy = list(busy)
        self.handle = None  # the running job's handle (QtRunner) while it runs
        self.running = False
        self.stopped = False
        self.outcome = ""  # "done", "failed", "cancelled" after a job
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(QCoreApplication.translate("JobBar", "{what}: progress").format(what=what))
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(200)
        layout.addWidget(self.bar)
        self.label = QLabel("")
        self.label.setAccessibleName(QCoreApplication.translate("JobBar", "{what}: status").format(what=what))
        layout.addWidget(self.label, 1)
        self.stop_button = button(QCoreApplication.translate("JobBar", "Stop"), QCoreApplication.translate("JobBar", "Stop {value}; nothing is changed").format(value=what.lower()), self.stop)
        layout.addWidget(self.stop_button)
        self.setVisible(False)

    def start(self, job, on_done, on_problem) -> None:
        """Run `job`; `on_done(result)` on success, `on_problem(text)` for a failure or a stop."""
        self._on_done, self._on_problem = on_done, on_problem
        self.running, self.outcome, self.stopped = True, "", False
        for b in self.busy:
            b.setEnabled(False)
        self.bar.setRange(0, 0)
        self.label.setText(f"{self.what}…")
        self.stop_button.setEnabled(True)
        self.setVisible(True)
        handle = self.ctx.ui.jobs.start(
            job, Callbacks(progress=self._progress, done=self._done, failed=self._failed, cancelled=self._cancelled))
        if self.running:  # a synchronous runner has finished already
            self.handle = handle

    def stop(self) -> None:
        if self.handle is not None and hasattr(self.handle, "cancel"):
            self.stopped = True  # a result that arrives after Stop is dropped too
            self.handle.cancel()
            self.label.setText(QCoreApplication.translate("JobBar", "Stopping…"))
            self.stop_button.setEnabled(False)

    def _progress(self, p) -> None:
        self.bar.setRange(0, max(1, p.total))
        self.bar.setValue(p.done)
        if p.label:
            self.label.setText(f"{self.what}: {p.label[:1].lower()}{p.label[1:]}…")

    def _end(self, outcome: str) -> None:
        self.running, self.handle, self.outcome = False, None, outcome
        for b in self.busy:
            b.setEnabled(True)
        self.setVisible(False)

    def _done(self, result) -> None:
        if self.stopped:
            self._cancelled()
            return
        self._end("done")
        self._on_done(result)

    def _failed(self, exc: BaseException) -> None:
        self._end("failed")
        if isinstance(exc, ValueError):
            self._on_problem(str(exc))
        else:
            from app.services.core.error_log import sentence

            self._on_problem(sentence(exc, self.what.lower()))

    def _cancelled(self) -> None:
        self._end("cancelled")
        self._on_problem(QCoreApplication.translate("JobBar", "{what} stopped; nothing was changed.").format(what=self.what))
