"""The export dialog: scope, version and paper; a progress bar and Cancel; open the PDF or its folder."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.core.jobs import Callbacks, Handle
from app.services.export.service import ExportError, ExportOptions, default_paper
from app.ui.agenda.texts import short_date


class ExportDialog(QDialog):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = ctx.services.export
        self.setWindowTitle(QCoreApplication.translate("ExportDialog", "Export handout"))
        self.setAccessibleName(QCoreApplication.translate("ExportDialog", "Export handout"))
        self.path: Path | None = None
        # The job's handle (QtRunner) or token (SyncRunner) while it runs; True while it is being started.
        self.running: Handle | Literal[True] | None = None
        self.outcome = ""            # "done", "failed" or "cancelled" once it has ended
        self.opener = QDesktopServices.openUrl

        days = ctx.workspace.days()
        self.scope = QComboBox()
        self.scope.setAccessibleName(QCoreApplication.translate("ExportDialog", "What the handout covers"))
        self.scope.addItem(QCoreApplication.translate("ExportDialog", "The whole convening"), None)
        for n, d in enumerate(days, start=1):
            self.scope.addItem(QCoreApplication.translate("ExportDialog", "Day {n} · {value}").format(n=n, value=short_date(d.date) + f" {d.date.year}") + (f" · {d.title}" if d.title else ""), n)
        self.only_items = QCheckBox(QCoreApplication.translate("ExportDialog", "Only items"))
        self.first_item, self.last_item = QSpinBox(), QSpinBox()
        for box, name in ((self.first_item, QCoreApplication.translate("ExportDialog", "First item")), (self.last_item, QCoreApplication.translate("ExportDialog", "Last item"))):
            box.setRange(1, 999)
            box.setAccessibleName(name)
            box.setEnabled(False)
        self.only_items.toggled.connect(self.first_item.setEnabled)
        self.only_items.toggled.connect(self.last_item.setEnabled)
        items_row = QHBoxLayout()
        for w in (self.only_items, self.first_item, QLabel(QCoreApplication.translate("ExportDialog", "to")), self.last_item):
            items_row.addWidget(w)
        items_row.addStretch(1)

        self.shared = QRadioButton(QCoreApplication.translate("ExportDialog", "Shared: for everyone (no roster, no private notes)"))
        self.private = QRadioButton(QCoreApplication.translate("ExportDialog", "Facilitator: with private notes and the roster with emails"))
        self.shared.setChecked(True)
        self.paper = QComboBox()
        self.paper.setAccessibleName(QCoreApplication.translate("ExportDialog", "Paper size"))
        # The shown names are translated ("Carta"); the size the service takes is the item's data.
        self.paper.addItem(QCoreApplication.translate("ExportDialog", "A4"), "A4")
        self.paper.addItem(QCoreApplication.translate("ExportDialog", "Letter"), "Letter")
        self.paper.setCurrentIndex(max(0, self.paper.findData(default_paper())))
        self.lang = QComboBox()
        self.lang.setAccessibleName(QCoreApplication.translate("ExportDialog", "The handout's language"))
        for code, name in (("en", QCoreApplication.translate("ExportDialog", "English")),
                           ("es", QCoreApplication.translate("ExportDialog", "Spanish")),
                           ("bilingual", QCoreApplication.translate("ExportDialog", "Both: Spanish, then English"))):
            self.lang.addItem(name, code)
        # The convening's handout language (File > Settings…) unless changed here for this one export.
        self.lang.setCurrentIndex(max(0, self.lang.findData(ctx.workspace.languages().handout)))

        form = QFormLayout()
        form.addRow(QCoreApplication.translate("ExportDialog", "Covers"), self.scope)
        form.addRow("", _wrap(items_row))
        form.addRow(QCoreApplication.translate("ExportDialog", "Version"), self.shared)
        form.addRow("", self.private)
        form.addRow(QCoreApplication.translate("ExportDialog", "Paper"), self.paper)
        form.addRow(QCoreApplication.translate("ExportDialog", "Language"), self.lang)

        self.progress = QProgressBar()
        self.progress.setAccessibleName(QCoreApplication.translate("ExportDialog", "Export progress"))
        self.progress.setVisible(False)
        self.status = QLabel("")
        self.status.setWordWrap(True)

        self.export_button = QPushButton(QCoreApplication.translate("ExportDialog", "&Export…"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.choose_file)
        self.cancel_button = QPushButton(QCoreApplication.translate("ExportDialog", "Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.open_button = QPushButton(QCoreApplication.translate("ExportDialog", "&Open the PDF"))
        self.open_button.clicked.connect(self.open_pdf)
        self.folder_button = QPushButton(QCoreApplication.translate("ExportDialog", "Open its &folder"))
        self.folder_button.clicked.connect(self.open_folder)
        for b in (self.open_button, self.folder_button):
            b.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    # -- choices ---------------------------------------------------------------------
    def options(self) -> ExportOptions:
        items = (self.first_item.value(), self.last_item.value()) if self.only_items.isChecked() else None
        return ExportOptions(day=self.scope.currentData(), items=items, private=self.private.isChecked(),
                             paper=str(self.paper.currentData()), lang=str(self.lang.currentData()))

    def suggested_name(self) -> str:
        title = "".join(c for c in self.ctx.workspace.details().title if c not in '\\/:*?"<>|').strip()
        day = self.scope.currentData()
        suffix = (QCoreApplication.translate("ExportDialog", " day {day}").format(day=day) if day else "") + (" facilitator" if self.private.isChecked() else "")
        return (title or QCoreApplication.translate("ExportDialog", "Handout")) + f"{suffix}.pdf"

    def choose_file(self) -> None:
        start = str(Path(self.ctx.settings.value("export/last_dir", str(Path.home()))) / self.suggested_name())
        path, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("ExportDialog", "Export handout"), start, QCoreApplication.translate("ExportDialog", "PDF files (*.pdf)"))
        if path:
            self.start(Path(path))

    # -- the job -------------------------------------------------------------------------
    def start(self, path: Path) -> None:
        """Gather the handout now (quick reads), then build the PDF in the background."""
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            handout = self.service.handout(self.options())
        except ExportError as exc:
            self._say(str(exc))
            return
        self.path = path
        self.ctx.settings.setValue("export/last_dir", str(path.parent))
        self.outcome = ""
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.export_button.setEnabled(False)
        for b in (self.open_button, self.folder_button):
            b.setVisible(False)
        self._say(QCoreApplication.translate("ExportDialog", "Building {name}…").format(name=path.name))
        runner = self.ctx.ui.jobs
        self.running = True
        handle = runner.start(self.service.pdf_job(handout, path),
                              Callbacks(progress=self._progress, done=self._done, failed=self._failed,
                                        cancelled=self._cancelled))
        if self.running:  # a synchronous runner has finished already
            self.running = handle

    def _progress(self, p) -> None:
        self.progress.setRange(0, p.total)
        self.progress.setValue(p.done)
        if p.label and self.path is not None:   # the path is set before the job starts
            self.status.setText(QCoreApplication.translate("ExportDialog", "Building {name}: {value}…").format(name=self.path.name, value=p.label.lower()))

    def _ended(self, outcome: str, text: str) -> None:
        self.running = None
        self.outcome = outcome
        self.export_button.setEnabled(True)
        self.progress.setVisible(outcome == "done")
        self._say(text)

    def _done(self, path) -> None:
        self.progress.setValue(self.progress.maximum())
        self._ended("done", QCoreApplication.translate("ExportDialog", "Wrote {path}.").format(path=path))
        for b in (self.open_button, self.folder_button):
            b.setVisible(True)
        self.cancel_button.setText(QCoreApplication.translate("ExportDialog", "Close"))
        self.open_button.setFocus()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ExportError):
            text = str(exc)
        else:
            from app.services.core.error_log import sentence

            text = sentence(exc, f"exporting {self.path}")
        self._ended("failed", text)

    def _cancelled(self) -> None:
        self._ended("cancelled", QCoreApplication.translate("ExportDialog", "Stopped; no PDF was written."))

    def _say(self, text: str) -> None:
        self.status.setText(text)

    def cancel_job(self) -> None:
        if self.running is not None and self.running is not True:
            self.running.cancel()
            self._say(QCoreApplication.translate("ExportDialog", "Stopping…"))

    def reject(self) -> None:
        """Cancel (or Esc) stops a running build first; pressed again once stopped, it closes."""
        if self.running is not None:
            self.cancel_job()
            return
        super().reject()

    # -- afterwards ------------------------------------------------------------------------
    def open_pdf(self) -> None:
        if self.path is not None:
            self.opener(QUrl.fromLocalFile(str(self.path)))

    def open_folder(self) -> None:
        if self.path is not None:
            self.opener(QUrl.fromLocalFile(str(self.path.parent)))


def _wrap(layout) -> QWidget:
    w = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    w.setLayout(layout)
    return w


def install_export_menu(console: Any) -> QAction:
    """Add File > Export handout… after File > Import; enabled while a convening is open."""
    act = QAction(QCoreApplication.translate("dialog", "E&xport handout…"), console)
    act.setObjectName("export_handout")
    act.setStatusTip(QCoreApplication.translate("dialog", "A PDF of the agenda as it ran, the protocols' notes and (facilitator version) the roster"))
    act.triggered.connect(lambda: open_export_dialog(console))
    file_menu = console.import_menu.parentWidget()
    actions = file_menu.actions()
    after = actions.index(console.import_menu.menuAction()) + 1
    file_menu.insertAction(actions[after] if after < len(actions) else None, act)
    console.file_actions.append(act)
    return act


def open_export_dialog(console: Any) -> ExportDialog:
    dlg = getattr(console, "export_dialog", None)
    if dlg is None or dlg.running is None:
        dlg = ExportDialog(console.ctx, console)
        console.export_dialog = dlg
    dlg.open()
    return dlg
