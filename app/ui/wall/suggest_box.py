"""The Wall tab's suggested clusters: "Suggest" runs as a job (a progress bar and Stop, while the
wall, the live screen and the clicker keep going), then the proposal shows as a ticked list to
edit, accept or reject. It acts through its tab (`act`, `need_board`, `report`, `status`).

The box is two rows, each shown only when it has something to say: the job's progress, and the
list; the box itself is hidden when neither is shown (so it takes no room in the tab).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QProgressBar, QVBoxLayout, QWidget

from app.services.core.jobs import Callbacks
from app.ui.buttons import button


def _row(*parts) -> QWidget:
    """A hidden row of (widget or layout, stretch) pairs."""
    layout = QHBoxLayout()
    for part, stretch in parts:
        (layout.addLayout if isinstance(part, QVBoxLayout) else layout.addWidget)(part, stretch)
    row = QWidget()
    row.setLayout(layout)
    row.hide()
    return row


class SuggestBox(QWidget):
    def __init__(self, tab) -> None:
        super().__init__()
        self.tab = tab
        self.ctx = tab.ctx
        self.service = tab.service
        self.suggestions: list = []
        self.suggesting: object | None = None    # the running suggestion job's handle (a marker until it starts)

        self.suggestion_list = QListWidget()
        self.suggestion_list.setAccessibleName(QCoreApplication.translate("SuggestBox", "Suggested clusters"))
        self.suggestion_list.setMaximumHeight(120)
        self.accept_button = button(QCoreApplication.translate("SuggestBox", "Accept ticked"), QCoreApplication.translate("SuggestBox", "Accept the ticked suggested clusters"), self.accept_suggestions)
        self.reject_button = button(QCoreApplication.translate("SuggestBox", "Reject all"), QCoreApplication.translate("SuggestBox", "Reject the suggested clusters"), self.reject_suggestions)
        side = QVBoxLayout()
        side.addWidget(self.accept_button)
        side.addWidget(self.reject_button)
        self.suggest_box = _row((self.suggestion_list, 1), (side, 0))
        self.suggest_progress = QProgressBar()
        self.suggest_progress.setAccessibleName(QCoreApplication.translate("SuggestBox", "Suggesting clusters"))
        self.suggest_progress.setTextVisible(True)
        self.stop_suggest_button = button(QCoreApplication.translate("SuggestBox", "Stop"), QCoreApplication.translate("SuggestBox", "Stop suggesting clusters"), self.stop_suggesting)
        self.suggest_busy = _row((self.suggest_progress, 1), (self.stop_suggest_button, 0))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.suggest_busy)
        layout.addWidget(self.suggest_box)
        self._fit()

    def _fit(self) -> None:
        self.setVisible(not (self.suggest_busy.isHidden() and self.suggest_box.isHidden()))

    def _busy(self, on: bool) -> None:
        self.suggest_busy.setVisible(on)
        self._fit()

    def forget(self) -> None:
        """The tab is going: stop the job; whatever it sends back now is dropped."""
        if self.suggesting is not None and hasattr(self.suggesting, "cancel"):
            self.suggesting.cancel()
        self.suggesting = None

    def suggest(self) -> None:
        """Work out suggested clusters as a job, with a progress bar and Stop; the proposal shows when done."""
        tab = self.tab
        board_id = tab.need_board()
        if board_id is None or self.suggesting is not None:
            return
        job = tab.act(self.service.suggestions.suggest_job, board_id)
        if job is None:
            return
        self.reject_suggestions()
        tab.vectors.pending.clear()   # this job embeds the loose notes itself (and keeps their vectors)
        tab.status.setText(QCoreApplication.translate("SuggestBox", "Suggesting clusters for the loose notes…"))
        self.suggest_progress.setRange(0, 0)   # busy until the first progress
        self.suggest_progress.setFormat(QCoreApplication.translate("SuggestBox", "Suggesting clusters…"))
        self._busy(True)
        ws = tab.ws
        path = ws.path
        marker = object()
        self.suggesting = marker

        def done(outcome) -> None:
            if self.suggesting is None:
                return   # stopped, and the job finished before it saw the Stop
            self._suggest_ended()
            if ws.store is None or ws.path != path:
                return
            self.service.suggestions.keep_vectors(outcome.made)
            if tab.board.board_id != board_id:
                return
            self._show_suggestions(outcome.suggestions)

        callbacks = Callbacks(progress=self._suggest_progressed, done=done, failed=self._suggest_failed,
                              cancelled=self._suggest_ended)
        handle = self.ctx.ui.jobs.start(job, callbacks)
        if self.suggesting is marker:
            self.suggesting = handle

    def _suggest_progressed(self, p) -> None:
        if self.suggesting is None:
            return
        self.suggest_progress.setRange(0, max(1, p.total))
        self.suggest_progress.setValue(p.done)
        self.suggest_progress.setFormat(p.label or QCoreApplication.translate("SuggestBox", "Suggesting clusters…"))

    def _suggest_failed(self, exc: BaseException) -> None:
        if self.suggesting is None:
            return
        self._suggest_ended()
        self.tab.report(QCoreApplication.translate("SuggestBox", "Could not suggest clusters: {exc}. The wall is unchanged.").format(exc=exc))

    def _suggest_ended(self) -> None:
        if self.suggesting is None:
            return
        self.suggesting = None
        self._busy(False)

    def stop_suggesting(self) -> None:
        if self.suggesting is None:
            return
        if hasattr(self.suggesting, "cancel"):
            self.suggesting.cancel()
        self._suggest_ended()
        self.tab.status.setText(QCoreApplication.translate("SuggestBox", "Stopped suggesting clusters. The wall is unchanged."))

    def _show_suggestions(self, suggestions) -> None:
        self.suggestions = suggestions
        self.suggestion_list.clear()
        for g in self.suggestions:
            item = QListWidgetItem(g.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setToolTip(self.tr("%n note(s)", "", len(g.note_ids)))
            self.suggestion_list.addItem(item)
        self.suggest_box.setVisible(bool(self.suggestions))
        self._fit()
        if self.suggestions:
            self.tab.status.setText(QCoreApplication.translate("SuggestBox", "{count} suggested clusters: untick any you do not want, edit a name with a double-click, then Accept ticked.").format(count=len(self.suggestions)))
        else:
            self.tab.status.setText(QCoreApplication.translate("SuggestBox", "No suggestions: every note is in a cluster, or the loose notes have nothing in common."))

    def accept_suggestions(self) -> None:
        chosen = []
        for row, g in enumerate(self.suggestions):
            item = self.suggestion_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                chosen.append(g._replace(name=item.text()))
        if chosen:
            self.tab.act(self.service.suggestions.accept, self.tab.board.board_id, chosen)
        self.reject_suggestions()
        self.tab.view.zoom_to_fit()

    def reject_suggestions(self) -> None:
        self.suggestions = []
        self.suggestion_list.clear()
        self.suggest_box.hide()
        self._fit()
