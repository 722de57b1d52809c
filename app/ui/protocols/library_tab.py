"""The console's Protocols tab: browse, read, duplicate, edit, import, export and delete."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.domain.protocols import ProtocolFormatError, protocol_slug
from app.services.core.changes import ConveningChanged, ProtocolsChanged
from app.services.protocols import library as shipped
from app.services.protocols.service import DuplicateNameError
from app.ui.buttons import button
from app.ui.context import UiContext
from app.ui.i18n import QT_TRANSLATE_NOOP, current_language
from app.ui.listen import listen
from app.ui.protocols.editor_dialog import ProtocolEditorDialog
from app.ui.protocols.list_model import NAME_ROLE, ORIGIN_ROLE, ProtocolFilter, ProtocolListModel
from app.ui.protocols.protocol_html import protocol_html

TOML_FILTER = QT_TRANSLATE_NOOP("library_tab", "Protocol files (*.toml);;All files (*)")


class ProtocolsTab(QWidget):
    """Left: every protocol with a filter. Right: the chosen one, read nicely, and what you can do."""

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.ws = ctx.workspace
        self.service = ctx.services.protocols
        self.editor: ProtocolEditorDialog | None = None
        self.last_error = ""
        self.setAccessibleName(QCoreApplication.translate("ProtocolsTab", "Protocols"))

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(QCoreApplication.translate("ProtocolsTab", "Filter: name, purpose or group size"))
        self.filter_edit.setAccessibleName(QCoreApplication.translate("ProtocolsTab", "Filter protocols"))
        self.filter_edit.setClearButtonEnabled(True)
        self.model = ProtocolListModel(self)
        self.proxy = ProtocolFilter(self)
        self.proxy.setSourceModel(self.model)
        self.filter_edit.textChanged.connect(self._filter_changed)

        self.list = QTableView()
        self.list.setModel(self.proxy)
        self.list.setAccessibleName(QCoreApplication.translate("ProtocolsTab", "Protocol list"))
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setShowGrid(False)
        self.list.setStyleSheet("QTableView::item { padding: 4px 2px; }")
        self.list.setWordWrap(True)
        self.list.verticalHeader().hide()
        self.list.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        head = self.list.horizontalHeader()
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.list.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.list.doubleClicked.connect(lambda *_: self.edit_selected() if self._selected_in_file() else None)
        self.count_label = QLabel("")
        self.count_label.setAccessibleName(QCoreApplication.translate("ProtocolsTab", "How many protocols are shown"))

        self.import_button = self._button(QCoreApplication.translate("ProtocolsTab", "Import…"), QCoreApplication.translate("ProtocolsTab", "Import a protocol file"), self.import_dialog)
        left = QWidget()
        left.setMinimumWidth(280)
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        left_lay.addWidget(self.filter_edit)
        left_lay.addWidget(self.list, 1)
        foot = QHBoxLayout()
        foot.addWidget(self.count_label, 1)
        foot.addWidget(self.import_button)
        left_lay.addLayout(foot)

        self.view = QTextBrowser()
        self.view.setAccessibleName(QCoreApplication.translate("ProtocolsTab", "The chosen protocol"))
        self.view.setOpenLinks(False)
        self.duplicate_button = self._button(QCoreApplication.translate("ProtocolsTab", "Duplicate and edit…"), QCoreApplication.translate("ProtocolsTab", "Duplicate and edit"), self.duplicate_and_edit)
        self.edit_button = self._button(QCoreApplication.translate("ProtocolsTab", "Edit…"), QCoreApplication.translate("ProtocolsTab", "Edit this protocol"), self.edit_selected)
        self.export_button = self._button(QCoreApplication.translate("ProtocolsTab", "Export…"), QCoreApplication.translate("ProtocolsTab", "Export to a protocol file"), self.export_dialog)
        self.delete_button = self._button(QCoreApplication.translate("ProtocolsTab", "Delete"), QCoreApplication.translate("ProtocolsTab", "Delete from this convening"), lambda: self.delete_selected())
        actions = QHBoxLayout()
        for b in (self.duplicate_button, self.edit_button, self.export_button):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.delete_button)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(QCoreApplication.translate("ProtocolsTab", "Protocols message"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        right = QWidget()
        right_lay = QVBoxLayout(right)
        right_lay.setContentsMargins(0, 0, 0, 0)
        right_lay.addLayout(actions)
        right_lay.addWidget(self.message)
        right_lay.addWidget(self.view, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        lay = QVBoxLayout(self)
        lay.addWidget(self.splitter)

        self._stale = False
        self.subs = listen(self, self.ws.bus)
        self.subs.on_any((ProtocolsChanged, ConveningChanged), lambda _c: self._changed())
        self.refresh()

    def _changed(self) -> None:
        """Redraw now if shown, else when next shown."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802
        if self._stale:
            self.refresh()
        super().showEvent(event)

    _button = staticmethod(button)

    # -- list -------------------------------------------------------------------------
    def refresh(self) -> None:
        self._stale = False
        keep = self.selected_name()
        self.model.set_protocols(self.service.all() if self.ws.store is not None else [])
        self._update_count()
        if not (keep and self.select(keep)):
            self._select_row(0)
        self._show_selected()

    def select(self, name: str) -> bool:
        row = self.model.row_of(name)
        if row < 0:
            return False
        proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not proxy_index.isValid():
            self.filter_edit.clear()
            proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
        self._select_row(proxy_index.row())
        return True

    def selected_name(self) -> str | None:
        index = self.list.currentIndex()
        return index.siblingAtColumn(0).data(NAME_ROLE) if index.isValid() else None

    def visible_names(self) -> list[str]:
        return [self.proxy.index(r, 0).data(NAME_ROLE) for r in range(self.proxy.rowCount())]

    def set_filter(self, text: str) -> None:
        self.filter_edit.setText(text)

    def _filter_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_count()
        if not self.list.currentIndex().isValid():
            self._select_row(0)
        self._show_selected()

    def _select_row(self, row: int) -> None:
        if 0 <= row < self.proxy.rowCount():
            index = self.proxy.index(row, 0)
            self.list.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            self.list.scrollTo(index)

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(QCoreApplication.translate("ProtocolsTab", "{total} protocols").format(total=total) if shown == total else QCoreApplication.translate("ProtocolsTab", "{shown} of {total} protocols").format(shown=shown, total=total))

    def _selected_in_file(self) -> bool:
        index = self.list.currentIndex()
        return index.isValid() and index.siblingAtColumn(0).data(ORIGIN_ROLE) == "file"

    def _show_selected(self) -> None:
        name = self.selected_name()
        in_file = self._selected_in_file()
        self.duplicate_button.setEnabled(name is not None)
        self.export_button.setEnabled(name is not None)
        self.edit_button.setEnabled(in_file)
        self.delete_button.setEnabled(in_file)
        tip = "" if in_file else QCoreApplication.translate("ProtocolsTab", "Library protocols are read-only: duplicate one to make your own.")
        self.edit_button.setToolTip(tip)
        self.delete_button.setToolTip(tip)
        if name is None:
            self.view.setHtml(QCoreApplication.translate("ProtocolsTab", "<p>No protocol matches the filter.</p>") if self.model.rowCount() else "")
            return
        try:
            p = self.service.get(name)
        except KeyError:
            self.view.setHtml("")
            return
        pal = self.palette()
        muted = pal.color(QPalette.ColorRole.PlaceholderText).name()
        accent = pal.color(QPalette.ColorRole.Highlight).name()
        # Read in the console's language where the protocol has it (the editor edits each language).
        self.view.setHtml(protocol_html(p.in_language(current_language()), in_file, muted=muted, accent=accent))

    # -- editing ----------------------------------------------------------------------
    def duplicate_and_edit(self) -> ProtocolEditorDialog | None:
        """Open the editor on a copy of the chosen protocol; Save stores the copy."""
        name = self.selected_name()
        if name is None:
            return None
        copy = dataclasses.replace(self.service.get(name), name=self.service.suggest_name(name))
        return self._open_editor(copy, None)

    def edit_selected(self) -> ProtocolEditorDialog | None:
        name = self.selected_name()
        if name is None or not self._selected_in_file():
            return None
        return self._open_editor(self.service.get(name), name)

    def _open_editor(self, protocol, replacing: str | None) -> ProtocolEditorDialog:
        dlg = ProtocolEditorDialog(self.service, protocol, replacing, self)
        if replacing is None:
            dlg.setWindowTitle(QCoreApplication.translate("ProtocolsTab", "New protocol from “{value}”").format(value=self.selected_name()))
        screen = self.screen().availableGeometry()
        dlg.fit_to(screen.width(), screen.height())
        dlg.accepted.connect(lambda: self._after_save(dlg))
        dlg.finished.connect(lambda _code: self._editor_closed(dlg))
        self.editor = dlg
        dlg.open()
        return dlg

    def _after_save(self, dlg: ProtocolEditorDialog) -> None:
        if dlg.saved_name:
            self.select(dlg.saved_name)
            self.say(QCoreApplication.translate("ProtocolsTab", "Saved “{saved_name}” in this convening.").format(saved_name=dlg.saved_name))

    def _editor_closed(self, dlg: ProtocolEditorDialog) -> None:
        if self.editor is dlg:
            self.editor = None
        dlg.deleteLater()

    # -- files ------------------------------------------------------------------------
    def import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, QCoreApplication.translate("ProtocolsTab", "Import a protocol"), self._last_dir(), TOML_FILTER)
        if path:
            self.import_path(path)

    def import_path(self, path: str | Path, new_name: str | None = None) -> str | None:
        """Import a protocol file; on a fault show where and why (and offer a rename for a name clash)."""
        path = Path(path)
        self._remember_dir(path)
        try:
            name = self.service.import_file(path, new_name=new_name)
        except DuplicateNameError as exc:
            other = self.service.suggest_name(exc.name, "imported")
            self.error(
                QCoreApplication.translate("ProtocolsTab", "Cannot import this protocol"),
                f"{exc}",
                offer=(QCoreApplication.translate("ProtocolsTab", "Import it as “{other}”").format(other=other), lambda: self.import_path(path, new_name=other)),
            )
            return None
        except ProtocolFormatError as exc:
            self.error(QCoreApplication.translate("ProtocolsTab", "Cannot import this protocol"), f"{exc}")
            return None
        except OSError as exc:
            self.error(QCoreApplication.translate("ProtocolsTab", "Cannot import this protocol"), QCoreApplication.translate("ProtocolsTab", "{name}: cannot be read ({value}).").format(name=path.name, value=exc.strerror or exc))
            return None
        self.select(name)
        self.say(QCoreApplication.translate("ProtocolsTab", "Imported “{name}” from {name2}.").format(name=name, name2=path.name))
        return name

    def export_dialog(self) -> None:
        name = self.selected_name()
        if name is None:
            return
        suggested = str(Path(self._last_dir()) / f"{protocol_slug(name)}.toml")
        path, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("ProtocolsTab", "Export “{name}”").format(name=name), suggested, TOML_FILTER)
        if path:
            self.export_to(path)

    def export_to(self, path: str | Path) -> bool:
        name = self.selected_name()
        if name is None:
            return False
        path = Path(path)
        if not path.suffix:
            path = path.with_suffix(".toml")
        self._remember_dir(path)
        try:
            self.service.export(name, path)
        except (OSError, ProtocolFormatError) as exc:
            detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            self.error(QCoreApplication.translate("ProtocolsTab", "Cannot export this protocol"), QCoreApplication.translate("ProtocolsTab", "{name}: could not be written ({detail}).").format(name=path.name, detail=detail))
            return False
        self.say(QCoreApplication.translate("ProtocolsTab", "Exported “{name}” to {name2}. Share it with a colleague; they can import it.").format(name=name, name2=path.name))
        return True

    def delete_selected(self, confirmed: bool = False) -> bool:
        name = self.selected_name()
        if name is None or not self._selected_in_file():
            return False
        if not confirmed:
            question = (
                QCoreApplication.translate("ProtocolsTab", "Delete “{name}” from this convening?").format(name=name)
                + (QCoreApplication.translate("ProtocolsTab", " The shipped library version will show again.") if self._in_library(name) else "")
            )
            answer = QMessageBox.question(self, QCoreApplication.translate("ProtocolsTab", "Delete protocol"), question)
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            self.service.delete(name)
        except (ValueError, KeyError) as exc:
            self.error(QCoreApplication.translate("ProtocolsTab", "Cannot delete this protocol"), str(exc).strip("'\""))
            return False
        self.say(QCoreApplication.translate("ProtocolsTab", "Deleted “{name}” from this convening.").format(name=name))
        return True

    @staticmethod
    def _in_library(name: str) -> bool:
        return any(p.name == name for p in shipped.library())

    # -- messages ---------------------------------------------------------------------
    def say(self, text: str) -> None:
        self.message.setStyleSheet("")
        self.message.setText(text)
        self.message.show()

    def error(self, title: str, text: str, offer: tuple[str, object] | None = None) -> None:
        """Show a fault in the tab (and, unless dialogs are quiet, in a non-blocking message)."""
        self.last_error = text
        self.message.setStyleSheet("color: #B8360A; font-weight: bold;")
        self.message.setText(text)
        self.message.show()
        if self.ctx.settings.value("ui/quiet_dialogs", False, type=bool):
            return
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Close, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if offer is not None:
            label, action = offer
            button = box.addButton(label, QMessageBox.ButtonRole.AcceptRole)
            button.clicked.connect(action)
        box.open()

    def _last_dir(self) -> str:
        return str(self.ctx.settings.value("protocols/last_dir", "") or Path.home())

    def _remember_dir(self, path: Path) -> None:
        self.ctx.settings.setValue("protocols/last_dir", str(path.parent))
