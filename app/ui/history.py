"""The console's QUndoStack: a view of the services' History, never a second history.

Each step the services record becomes one command whose text is the step's
label ("delete “Ana Ruiz”"), so the stack's own Undo and Redo actions read
"Undo delete “Ana Ruiz”". Triggering them calls History.undo()/redo(), which
commit and tell the bus. When the history changes any other way (an edit, the
Agenda tab's buttons, another file opened) the stack is rebuilt to mirror it;
commands do nothing while that happens.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.services.core.changes import HistoryChanged
from app.services.core.history import History, HistoryError
from app.ui.buttons import mnemonic_safe
from app.ui.listen import listen


class _StepCommand(QUndoCommand):
    def __init__(self, stack: HistoryStack, label: str) -> None:
        super().__init__(mnemonic_safe(label))
        self._stack = stack
        self.label = label

    def undo(self) -> None:
        self._stack._step(self._stack.history.undo)

    def redo(self) -> None:
        self._stack._step(self._stack.history.redo)


class HistoryStack(QUndoStack):
    def __init__(self, history: History, report: Callable[[str], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.history = history
        self.report = report
        self._mirroring = False
        self._stepping = False
        self.subs = listen(self, history.ws.bus)
        self.subs.on(HistoryChanged, self._on_history)
        self.mirror()

    def _step(self, step: Callable[[], str]) -> None:
        if self._mirroring:
            return
        self._stepping = True
        try:
            step()
        except HistoryError as exc:
            self.report(str(exc))
            QTimer.singleShot(0, self, self.mirror)  # the stack moved; the history did not
        finally:
            self._stepping = False

    def _on_history(self, _change: HistoryChanged | None = None) -> None:
        if not self._stepping:  # an Undo/Redo of this stack: it moves its own index
            self.mirror()

    def mirror(self) -> None:
        """Rebuild the commands from the history, the index where the history stands."""
        done, undone = self.history.labels()
        self._mirroring = True
        try:
            self.clear()
            for label in done + undone:
                self.push(_StepCommand(self, label))
            self.setIndex(len(done))
        finally:
            self._mirroring = False
