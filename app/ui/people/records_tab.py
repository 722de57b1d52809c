"""What the People and Teams tabs share: a filter, a sortable table, Add/Edit/Delete/Import, a count.

The tab redraws when the workspace bus says "people", "teams" or "convening"
changed; every change goes through a service, which commits at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelection, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.core.changes import Change, ConveningChanged, PeopleChanged, TeamsChanged
from app.ui.context import UiContext
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.listen import listen
from app.ui.people import confirm
from app.ui.people.columns import fit_by_weight
from app.ui.people.records_model import ID_ROLE, Column, RecordsFilter, RecordsModel

TOPICS = (PeopleChanged, TeamsChanged, ConveningChanged)


class RecordsView(QTableView):
    """A read-only table: Enter asks to edit the current row, Delete asks to delete the selection."""

    edit_requested = Signal()
    delete_requested = Signal()

    def __init__(self, weights: Sequence[int] = ()) -> None:
        super().__init__()
        self.weights = tuple(weights)

    def fit_columns(self) -> None:
        """Share the width out by the column weights, so no column is squeezed to nothing."""
        if not self.weights:
            return
        fit_by_weight(self.horizontalHeader(), self.viewport().width(), self.weights)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit_columns()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        if plain and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.edit_requested.emit()
            return
        if plain and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_requested.emit()
            return
        super().keyPressEvent(event)


class RecordsTab(QWidget):
    """Subclasses fill in the nouns, columns and the service calls (the hooks at the bottom)."""

    noun_one = QT_TRANSLATE_NOOP("nouns", "record")
    noun_many = QT_TRANSLATE_NOOP("nouns", "records")
    import_kind = ""
    filter_hint = QT_TRANSLATE_NOOP("RecordsTab", "Filter…")
    empty_text = ""

    def __init__(self, ctx: UiContext, columns: Sequence[Column], filter_columns: Sequence[int],
                 weights: Sequence[int]) -> None:
        super().__init__()
        self.ctx = ctx
        self.people = ctx.services.people
        self.editor: QDialog | None = None
        self._reselect: set[int] = set()
        self._reload_pending = False

        self.model = RecordsModel(columns, self)
        self.proxy = RecordsFilter(filter_columns, self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setDynamicSortFilter(True)

        self.filter = QLineEdit()
        self.filter.setPlaceholderText(QCoreApplication.translate("RecordsTab", self.filter_hint))
        self.filter.setAccessibleName(QCoreApplication.translate("RecordsTab", "Filter {noun_many}").format(noun_many=QCoreApplication.translate("nouns", self.noun_many)))
        self.filter.setClearButtonEnabled(True)
        self.filter.setMaximumWidth(420)
        self.filter.textChanged.connect(self._filter_changed)
        self.count = QLabel("")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.count.setAccessibleName(QCoreApplication.translate("RecordsTab", "Number of {noun_many}").format(noun_many=QCoreApplication.translate("nouns", self.noun_many)))
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addStretch(0)
        top.addWidget(self.count)

        self.view = RecordsView(weights)
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(QCoreApplication.translate("RecordsTab", "{value} table").format(value=QCoreApplication.translate("nouns", self.noun_many).capitalize()))
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(40)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 12)
        self.view.doubleClicked.connect(lambda index: self.edit(self._record_at(index)))
        self.view.edit_requested.connect(lambda: self.edit())
        self.view.delete_requested.connect(self.delete_selected)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)

        self.empty = QLabel(QCoreApplication.translate(type(self).__name__, self.empty_text) if self.empty_text else "")
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("font-size: 13pt; padding: 40px;")
        self.empty.setAccessibleName(QCoreApplication.translate("RecordsTab", "No {noun_many} yet").format(noun_many=QCoreApplication.translate("nouns", self.noun_many)))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)

        self.add_button = self._button(QCoreApplication.translate("RecordsTab", "Add…"), QCoreApplication.translate("RecordsTab", "Add a {noun_one}").format(noun_one=QCoreApplication.translate("nouns", self.noun_one)), self.add)
        self.edit_button = self._button(QCoreApplication.translate("RecordsTab", "Edit…"), QCoreApplication.translate("RecordsTab", "Edit the selected {noun_one}").format(noun_one=QCoreApplication.translate("nouns", self.noun_one)), lambda: self.edit())
        self.delete_button = self._button(QCoreApplication.translate("RecordsTab", "Delete"), QCoreApplication.translate("RecordsTab", "Delete the selected {noun_many}").format(noun_many=QCoreApplication.translate("nouns", self.noun_many)), self.delete_selected)
        self.import_button = self._button(QCoreApplication.translate("RecordsTab", "Import CSV…"), QCoreApplication.translate("RecordsTab", "Import {noun_many} from a CSV file").format(noun_many=QCoreApplication.translate("nouns", self.noun_many)), self.import_csv)
        self.add_button.setToolTip(QCoreApplication.translate("RecordsTab", "Add one {noun_one}").format(noun_one=QCoreApplication.translate("nouns", self.noun_one)))
        self.edit_button.setToolTip(QCoreApplication.translate("RecordsTab", "Or double-click a row, or press Enter"))
        self.delete_button.setToolTip(QCoreApplication.translate("RecordsTab", "Or press Delete"))
        self.bottom_row = bottom = QHBoxLayout()   # subclasses add their own buttons to it
        for b in (self.add_button, self.edit_button, self.delete_button):
            bottom.addWidget(b)
        bottom.addStretch(1)
        bottom.addWidget(self.import_button)

        outer = QVBoxLayout(self)
        outer.addLayout(top)
        outer.addWidget(self.stack, 1)
        outer.addLayout(bottom)

        self.subs = listen(self, ctx.workspace.bus)
        self.subs.on_any(TOPICS, self._on_bus)
        self.reload()

    def _button(self, text: str, accessible: str, slot) -> QPushButton:
        b = QPushButton(text)
        b.setAccessibleName(accessible)
        b.clicked.connect(lambda _=False: slot())
        return b

    # -- loading --------------------------------------------------------------------
    def _on_bus(self, _change: Change | None = None) -> None:
        # Several topics often arrive together (a change to a person moves a team count): redraw once.
        if not self._reload_pending:
            self._reload_pending = True
            QTimer.singleShot(0, self, self.reload)

    def reload(self) -> None:
        """Read the records from the service now and redraw, keeping the selection."""
        self._reload_pending = False
        keep = self._reselect or {r.id for r in self.selected_records()}
        self._reselect = set()
        records = self.fetch() if self.ctx.workspace.store is not None else []
        self.model.set_records(records)
        self._select_ids(keep)
        self._refresh_state()

    def _select_ids(self, ids: set[int]) -> None:
        if not ids:
            return
        selection = QItemSelection()
        first: QModelIndex | None = None
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.proxy.data(index, ID_ROLE) in ids:
                selection.select(index, self.proxy.index(row, self.proxy.columnCount() - 1))
                first = first or index
        if first is None:
            return
        sm = self.view.selectionModel()
        sm.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        sm.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
        self.view.scrollTo(first)

    def _filter_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._refresh_state()

    def _refresh_state(self) -> None:
        total = self.model.rowCount()
        has_file = self.ctx.workspace.store is not None
        self.stack.setCurrentWidget(self.view if total else self.empty)
        self.filter.setEnabled(total > 0)
        shown = self.proxy.rowCount()
        text = self.count_text(total)
        if self.filter.text().strip() and total:
            text = (QCoreApplication.translate("RecordsTab", "Showing {shown} of {text}").format(shown=shown, text=text) if shown
                    else QCoreApplication.translate("RecordsTab", "No {noun_one} matches “{value}” · {text}").format(noun_one=QCoreApplication.translate("nouns", self.noun_one), value=self.filter.text().strip(), text=text))
        self.count.setText(text)
        self.add_button.setEnabled(has_file)
        self.import_button.setEnabled(has_file)
        self._update_buttons()

    def _update_buttons(self, *_: Any) -> None:
        chosen = len(self.selected_records())
        self.edit_button.setEnabled(chosen >= 1)
        self.delete_button.setEnabled(chosen >= 1)

    # -- reading the view -------------------------------------------------------------
    def _record_at(self, index: QModelIndex) -> Any:
        if not index.isValid():
            return None
        return self.model.record(self.proxy.mapToSource(index).row())

    def selected_records(self) -> list[Any]:
        """The selected records, in the order the table shows them."""
        rows = sorted(i.row() for i in self.view.selectionModel().selectedRows())
        return [self.model.record(self.proxy.mapToSource(self.proxy.index(r, 0)).row()) for r in rows]

    def shown_column(self, column: int = 0) -> list[str]:
        """The texts of one column, top to bottom as the table shows them now."""
        return [str(self.proxy.index(r, column).data()) for r in range(self.proxy.rowCount())]

    def select_names(self, *names: str) -> None:
        """Select the rows whose first column reads one of `names`."""
        ids = {r.id for r in self.model.records() if self.model.columns[0].value(r) in names}
        self.view.clearSelection()
        self._select_ids(ids)

    def set_filter(self, text: str) -> None:
        self.filter.setText(text)

    # -- actions ------------------------------------------------------------------------
    def add(self) -> QDialog | None:
        if self.ctx.workspace.store is None:
            return None
        return self._open_editor(None)

    def edit(self, record: Any = None) -> QDialog | None:
        """Edit `record`, or the current row of the table; returns the open editor."""
        if record is None:
            record = self._record_at(self.view.currentIndex())
            if record is None or record not in self.selected_records():
                chosen = self.selected_records()
                record = chosen[0] if chosen else None
        if record is None:
            return None
        return self._open_editor(record)

    def _open_editor(self, record: Any) -> QDialog:
        if self.editor is not None:
            self.editor.close()
        dlg = self.make_editor(record)
        dlg.finished.connect(lambda result, d=dlg: self._editor_done(d, result))
        self.editor = dlg
        dlg.open()
        return dlg

    def _editor_done(self, dlg: QDialog, result: int) -> None:
        saved_id = getattr(dlg, "saved_id", None)
        if result == QDialog.DialogCode.Accepted and saved_id is not None:
            self.view.clearSelection()
            self._reselect = {saved_id}
            self.reload()
            self.view.setFocus()
        if self.editor is dlg:
            self.editor = None
        dlg.deleteLater()

    def delete_selected(self) -> bool:
        """Ask, naming who, then delete the selected rows. True when something was deleted."""
        records = self.selected_records()
        if not records:
            return False
        title, text, action = self.delete_question(records)
        if not confirm.ask(self, title, text, action):
            return False
        try:
            self.delete_records(records)
        except Exception as exc:  # noqa: BLE001 - tell the facilitator; what was deleted stays deleted
            self.count.setText(QCoreApplication.translate("RecordsTab", "Could not delete: {exc}").format(exc=exc))
            return False
        finally:
            self.reload()
        return True

    def import_csv(self) -> QDialog | None:
        from app.ui.people.import_dialog import start_import

        if self.ctx.workspace.store is None:
            return None
        return start_import(self.ctx, self.import_kind, self)

    # -- hooks for subclasses ------------------------------------------------------------
    def fetch(self) -> list[Any]:
        raise NotImplementedError

    def make_editor(self, record: Any) -> QDialog:
        raise NotImplementedError

    def delete_question(self, records: list[Any]) -> tuple[str, str, str]:
        raise NotImplementedError

    def delete_record(self, record: Any) -> None:
        raise NotImplementedError

    def delete_records(self, records: list[Any]) -> None:
        """Delete all of them as one step (one Undo brings them all back)."""
        for r in records:
            self.delete_record(r)

    def count_text(self, total: int) -> str:
        raise NotImplementedError


def plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def name_list(names: Sequence[str], limit: int = 8) -> str:
    """"Ana", "Ana and Ben", "Ana, Ben and Chi", or the first few "and 5 more"."""
    names = list(names)
    if len(names) > limit:
        shown = names[:limit]
        return ", ".join(shown) + QCoreApplication.translate("records_tab", " and {value} more").format(value=len(names) - limit)
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]
