"""Help > About Convene: the version, where your files are kept, and every bundled component with its licence."""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.services.console.about import COMPONENTS, app_version, licence_path, version_of
from app.ui.icon import ICON_SIZES, app_icon  # noqa: F401 - importable from here too


class AboutDialog(QDialog):
    def __init__(self, parent=None, data_folder: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("AboutDialog", "About Convene"))
        self.resize(820, 620)
        layout = QVBoxLayout(self)
        self.heading = QLabel(QCoreApplication.translate("AboutDialog", "<h2>Convene {value}</h2>").format(value=app_version()))
        layout.addWidget(self.heading)
        where = QCoreApplication.translate("AboutDialog", " Your backups and settings are in {data_folder}.").format(data_folder=data_folder) if data_folder else ""
        intro = QLabel(QCoreApplication.translate("AboutDialog", "An offline facilitation console for school-improvement convenings. Convene is MIT-licensed and ships with these components; pick one to read its licence.")
                       + where)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(COMPONENTS), 3, self)
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("AboutDialog", "Component"), QCoreApplication.translate("AboutDialog", "Version"), QCoreApplication.translate("AboutDialog", "Licence")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        for row, c in enumerate(COMPONENTS):
            for col, text in enumerate((c.name, version_of(c), c.licence)):
                item = QTableWidgetItem(text)
                item.setToolTip(c.used_for)
                self.table.setItem(row, col, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        self.licence = QPlainTextEdit(self)
        self.licence.setReadOnly(True)
        layout.addWidget(self.licence, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.currentCellChanged.connect(lambda row, *_: self.show_licence(row))
        self.table.selectRow(0)

    def show_licence(self, row: int) -> None:
        if not 0 <= row < len(COMPONENTS):
            return
        c = COMPONENTS[row]
        parts = []
        for rel in c.texts:
            path = licence_path(rel)
            try:
                parts.append(f"— {path.name} —\n\n{path.read_text(encoding='utf-8', errors='replace')}")
            except OSError:
                parts.append(QCoreApplication.translate("AboutDialog", "— {name} — is missing from this copy of Convene ({path}).").format(name=path.name, path=path))
        note = QCoreApplication.translate("AboutDialog", "{name}: {licence}. Used for {used_for}.").format(name=c.name, licence=c.licence, used_for=c.used_for) + (f"\n{c.note}" if c.note else "")
        if c.optional and version_of(c) == "not installed":
            note += QCoreApplication.translate("AboutDialog", " Not installed in this copy; Convene works without it.")
        self.licence.setPlainText(note + "\n\n" + "\n\n".join(parts))


def open_about(console: Any) -> AboutDialog:
    data = ""
    with contextlib.suppress(Exception):  # the dialog is still worth showing without the folder
        data = str(console.ws.data_dir)
    dlg = AboutDialog(console, data)
    console.about_dialog = dlg
    dlg.open()
    return dlg


def install_about_menu(console: Any) -> QAction:
    """Add Help > About Convene…"""
    act = QAction(QCoreApplication.translate("about", "&About Convene…"), console)
    act.setObjectName("about_convene")
    act.triggered.connect(lambda: open_about(console))
    console.help_menu.addAction(act)
    return act
