"""Edit one turn: who spoke, from when to when (never overlapping another turn)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QTimeEdit, QVBoxLayout


class TurnEditor(QDialog):
    def __init__(self, parent, talk, turn) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("TurnEditor", "Edit turn"))
        self.talk = talk
        self.turn = turn
        self.speaker = QComboBox()
        self.speaker.setAccessibleName(QCoreApplication.translate("TurnEditor", "Speaker"))
        conv = talk.conversation()
        names = talk.names()
        self.speaker.addItem(QCoreApplication.translate("TurnEditor", "Many voices"), None)
        for p in (conv.members if conv else ()):
            if p in names:
                self.speaker.addItem(names[p], p)
        self.speaker.setCurrentIndex(max(0, self.speaker.findData(turn.speaker)))
        self.start = QTimeEdit()
        self.start.setDisplayFormat("HH:mm:ss")
        self.start.setAccessibleName(QCoreApplication.translate("TurnEditor", "Start"))
        self.end = QTimeEdit()
        self.end.setDisplayFormat("HH:mm:ss")
        self.end.setAccessibleName(QCoreApplication.translate("TurnEditor", "End"))
        self._day = self._local(turn.start)
        self.start.setTime(self._qtime(turn.start))
        if turn.end is None:
            self.end.setEnabled(False)
            self.end.setToolTip(QCoreApplication.translate("TurnEditor", "Still speaking: the turn ends at the next tap."))
            self.end.setTime(self._qtime(talk.ws.clock.now()))
        else:
            self.end.setTime(self._qtime(turn.end))
        self.problem = QLabel("")
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("TurnEditor", "Speaker"), self.speaker)
        form.addRow(QCoreApplication.translate("TurnEditor", "Start"), self.start)
        form.addRow(QCoreApplication.translate("TurnEditor", "End"), self.end)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _local(self, epoch: float) -> dt.datetime:
        if self.talk.live is not None:
            return self.talk.live.local(epoch)
        return dt.datetime.fromtimestamp(epoch, dt.UTC)

    def _qtime(self, epoch: float) -> QTime:
        t = self._local(epoch)
        return QTime(t.hour, t.minute, t.second)

    def _epoch(self, q: QTime, reference: float) -> float:
        """The time shown, on the day of `reference`, keeping any fraction of a second it had."""
        ref = self._local(reference)
        when = ref.replace(hour=q.hour(), minute=q.minute(), second=q.second())
        if (q.hour(), q.minute(), q.second()) == (ref.hour, ref.minute, ref.second):
            return reference
        return when.timestamp()

    def save(self) -> None:
        from app.services.talk.service import TalkError

        start = self._epoch(self.start.time(), self.turn.start)
        end = None if self.turn.end is None else self._epoch(self.end.time(), self.turn.end)
        try:
            self.talk.edit_turn(self.turn.id, self.speaker.currentData(), start, end)
        except TalkError as exc:
            self.problem.setText(str(exc))
            return
        self.accept()
