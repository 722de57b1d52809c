"""File > New from this convening…: title, first day and days of the next convening, then where to save it.

The new file is built in the background (app/ui/jobs.py) from a consistent copy of the open file, with a
progress bar and Cancel; the console stays live meanwhile (the dialog is not modal). When it is built,
the console opens it. Nothing is written at the new name unless the whole build worked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.core.jobs import Callbacks, Handle
from app.services.network.service import NetworkError, NetworkService, NextReport, NextRequest
from app.ui.i18n import QT_TRANSLATE_NOOP

FILE_FILTER = QT_TRANSLATE_NOOP("next_dialog", "Convene files (*.convene);;All files (*)")
MAX_DAYS = 14


class NextDialog(QDialog):
    def __init__(self, ctx, parent: QWidget | None = None, open_path=None,
                 file_name: Callable[[str], str] = lambda title: (title.strip() or QCoreApplication.translate("NextDialog", "Convening")) + ".convene") -> None:
        super().__init__(parent)
        self.file_name = file_name  # a safe file name for a title (the console's suggested_file_name)
        self.ctx = ctx
        self.open_path = open_path  # the console's open_path: the new file is opened once built
        self.service = NetworkService(ctx.clock)
        self.setWindowTitle(QCoreApplication.translate("NextDialog", "New convening from this one"))
        self.setAccessibleName(QCoreApplication.translate("NextDialog", "New convening from this one"))
        self.running: Handle | Literal[True] | None = None
        self.outcome = ""
        self.report: NextReport | None = None
        ws = ctx.workspace
        self.old = ws.require().path
        details = ws.details()
        first = details.days[0].date if details.days else dt.date.today()
        start = first + dt.timedelta(days=91)

        intro = QLabel(QCoreApplication.translate("NextDialog", "A new convening file with the roster, teams, lenses, protocols, pairing rules and agenda of “{title}”, its commitments carried and its pairs and tables remembered so they are not repeated. This file is not changed.").format(title=details.title))
        intro.setWordWrap(True)
        self.title = QLineEdit()
        self.title.setAccessibleName(QCoreApplication.translate("NextDialog", "Title of the new convening"))
        self.title.setPlaceholderText(QCoreApplication.translate("NextDialog", "e.g. Spring Convening"))
        self.start = QDateEdit(QDate(start.year, start.month, start.day))
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("yyyy-MM-dd")
        self.start.setAccessibleName(QCoreApplication.translate("NextDialog", "First day"))
        self.days = QSpinBox()
        self.days.setRange(1, MAX_DAYS)
        self.days.setValue(max(1, min(MAX_DAYS, len(details.days))))
        self.days.setAccessibleName(QCoreApplication.translate("NextDialog", "Number of days"))
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("NextDialog", "&Title"), self.title)
        form.addRow(QCoreApplication.translate("NextDialog", "&First day"), self.start)
        form.addRow(QCoreApplication.translate("NextDialog", "&Days"), self.days)
        for field in (self.title, self.start, self.days):
            label = form.labelForField(field)
            if isinstance(label, QLabel):
                label.setBuddy(field)

        self.progress = QProgressBar()
        self.progress.setAccessibleName(QCoreApplication.translate("NextDialog", "Progress"))
        self.progress.setVisible(False)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(QCoreApplication.translate("NextDialog", "What happened"))
        self.build_button = QPushButton(QCoreApplication.translate("NextDialog", "&Build…"))
        self.build_button.setDefault(True)
        self.build_button.clicked.connect(self.choose_file)
        self.cancel_button = QPushButton(QCoreApplication.translate("NextDialog", "Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.build_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)

    def request(self, new: Path) -> NextRequest:
        d = self.start.date()
        return NextRequest(self.old, new, self.title.text(), dt.date(d.year(), d.month(), d.day()), self.days.value())

    def choose_file(self) -> None:
        if not self.title.text().strip():
            self._say(QCoreApplication.translate("NextDialog", "Title: give the new convening a title."))
            self.title.setFocus()
            return
        start = str(self.old.parent / self.file_name(self.title.text()))
        path, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("NextDialog", "Save the new convening as"), start, QCoreApplication.translate("next_dialog", FILE_FILTER))
        if path:
            self.start_build(Path(path))

    def start_build(self, new: Path) -> None:
        if new.suffix != ".convene":
            new = new.with_name(new.name + ".convene")
        try:
            job = self.service.next_job(self.request(new), self.ctx.workspace)
        except NetworkError as exc:
            self._say(str(exc))
            return
        self.outcome = ""
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.build_button.setEnabled(False)
        self._say(QCoreApplication.translate("NextDialog", "Building {name}…").format(name=new.name))
        self.running = True
        handle = self.ctx.ui.jobs.start(job, Callbacks(progress=self._progress, done=self._done,
                                                       failed=self._failed, cancelled=self._cancelled))
        if self.running:  # a synchronous runner has finished already
            self.running = handle

    def _progress(self, p) -> None:
        self.progress.setRange(0, p.total)
        self.progress.setValue(p.done)
        if p.label:
            self._say(f"{p.label}…")

    def _ended(self, outcome: str, text: str) -> None:
        self.running = None
        self.outcome = outcome
        self.build_button.setEnabled(True)
        self.progress.setVisible(outcome == "done")
        self._say(text)

    def _done(self, report: object) -> None:
        assert isinstance(report, NextReport)  # what next_job returns
        self.report = report
        self._ended("done", QCoreApplication.translate("NextDialog", "Built {name}.").format(name=report.new.name))
        opened = self.open_path(report.new) if self.open_path is not None else False
        if opened:
            parent = self.parent()
            bar = getattr(parent, "statusBar", None)
            if bar is not None:
                bar().showMessage(QCoreApplication.translate("NextDialog", "Now working on {name}").format(name=report.new.name), 10000)
            info = getattr(parent, "info", None)
            if info is not None:   # what was brought across, said once (the console's quiet setting applies)
                info(QCoreApplication.translate("NextDialog", "New convening built"), QCoreApplication.translate("NextDialog", "{name} is open.\n\n").format(name=report.new.name) + "\n".join(report.lines))
            self.accept()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, NetworkError):
            text = str(exc)
        else:
            from app.services.core.error_log import sentence

            text = sentence(exc, "building the next convening")
        self._ended("failed", text)

    def _cancelled(self) -> None:
        self._ended("cancelled", QCoreApplication.translate("NextDialog", "Stopped; no file was written."))

    def _say(self, text: str) -> None:
        self.status.setText(text)

    def reject(self) -> None:
        """Cancel (or Esc) stops a running build first; pressed again once stopped, it closes."""
        if self.running is not None:
            if self.running is not True:
                self.running.cancel()
                self._say(QCoreApplication.translate("NextDialog", "Stopping…"))
            return
        super().reject()


def install_next_menu(console: Any, file_name: Callable[[str], str]) -> QAction:
    """Add File > New from this convening… after File > New convening…; enabled while a convening is open.
    `file_name`: the console's safe file name for a title."""
    act = QAction(QCoreApplication.translate("next_dialog", "New &from this convening…"), console)
    act.setObjectName("new_from_this")
    act.setStatusTip(QCoreApplication.translate("next_dialog", "The next convening: this one's roster, agenda, pairing rules and commitments, in a new file"))
    act.triggered.connect(lambda: open_next_dialog(console, file_name))
    file_menu = console.import_menu.parentWidget()
    actions = file_menu.actions()
    file_menu.insertAction(actions[1] if len(actions) > 1 else None, act)
    console.file_actions.append(act)
    return act


def open_next_dialog(console: Any, file_name: Callable[[str], str] | None = None) -> NextDialog | None:
    if console.ws.store is None:
        return None
    dlg = getattr(console, "next_dialog", None)
    if dlg is not None and dlg.running is not None:
        dlg.raise_()   # still building: bring it to the front
        return dlg
    if dlg is not None:
        dlg.deleteLater()
    dlg = NextDialog(console.ctx, console, open_path=console.open_path,
                     **({"file_name": file_name} if file_name is not None else {}))
    console.next_dialog = dlg
    dlg.show()
    return dlg
