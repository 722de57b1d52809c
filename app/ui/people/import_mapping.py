"""The import dialog's column chooser: one row per field, a combo of the file's columns for each."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QTableWidget, QTableWidgetItem

from app.domain.people.fields import NAME_PARTS, PARTICIPANTS, fields_for
from app.ui.i18n import QT_TRANSLATE_NOOP

NOT_IMPORTED = QT_TRANSLATE_NOOP("import_mapping", "(not imported)")
LONG_HEADING = 20
"""Longer headings (Google Forms questions) are named after their column letter, which a narrow combo then
still shows; each entry's tooltip has the whole heading."""

FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("import_mapping", "Name"),
    "pronouns": QT_TRANSLATE_NOOP("import_mapping", "Pronouns"),
    "email": QT_TRANSLATE_NOOP("import_mapping", "Email"),
    "team": QT_TRANSLATE_NOOP("import_mapping", "Team"),
    "role": QT_TRANSLATE_NOOP("import_mapping", "Role"),
    "first_name": QT_TRANSLATE_NOOP("import_mapping", "First name"),
    "last_name": QT_TRANSLATE_NOOP("import_mapping", "Last name"),
    "district": QT_TRANSLATE_NOOP("import_mapping", "District"),
    "region": QT_TRANSLATE_NOOP("import_mapping", "Region"),
    "level": QT_TRANSLATE_NOOP("import_mapping", "Level"),
    "focus": QT_TRANSLATE_NOOP("import_mapping", "Focus / aim"),
}

ENCODINGS = {
    "utf-8": "UTF-8",
    "utf-8-sig": QT_TRANSLATE_NOOP("import_mapping", "UTF-8 with a byte-order mark (as Excel saves it)"),
    "utf-16": QT_TRANSLATE_NOOP("import_mapping", "UTF-16 (Excel “Unicode text”)"),
    "utf-16-le": "UTF-16",
    "utf-16-be": "UTF-16",
    "utf-32": "UTF-32",
    "cp1252": QT_TRANSLATE_NOOP("import_mapping", "Windows-1252 (older Excel)"),
    "latin-1": "Latin-1",
}

SEPARATORS = {",": QT_TRANSLATE_NOOP("import_mapping", "commas"), ";": QT_TRANSLATE_NOOP("import_mapping", "semicolons"),
              "\t": QT_TRANSLATE_NOOP("import_mapping", "tabs"), "|": QT_TRANSLATE_NOOP("import_mapping", "vertical bars ( | )")}


def encoding_label(codec: str) -> str:
    return QCoreApplication.translate("import_mapping", ENCODINGS[codec]) if codec in ENCODINGS else codec


def separator_label(delimiter: str) -> str:
    return QCoreApplication.translate("import_mapping", SEPARATORS[delimiter]) if delimiter in SEPARATORS else f"“{delimiter}”"


def column_letter(index: int) -> str:
    """0 -> "A", 26 -> "AA", as spreadsheets label columns."""
    label, index = "", index + 1
    while index:
        index, rem = divmod(index - 1, 26)
        label = chr(ord("A") + rem) + label
    return label


def column_labels(headers: Sequence[str], width: int) -> list[str]:
    """What each column is called in the combos: its heading and its spreadsheet letter."""
    out = []
    for i in range(max(width, len(headers))):
        heading = headers[i] if i < len(headers) else ""
        letter = column_letter(i)
        if len(heading) > LONG_HEADING:  # a form question: the letter first, where it stays in sight
            out.append(QCoreApplication.translate("import_mapping", "column {letter}: {heading}").format(letter=letter, heading=heading))
            continue
        out.append(QCoreApplication.translate("import_mapping", "{heading}  (column {letter})").format(heading=heading, letter=letter) if heading else QCoreApplication.translate("import_mapping", "column {letter} (no heading)").format(letter=letter))
    return out


def mapping_fields(kind: str) -> tuple[str, ...]:
    """The rows of the chooser: the kind's fields, and for participants first/last name too."""
    fields = fields_for(kind)
    return fields + NAME_PARTS if kind == PARTICIPANTS else fields


class MappingTable(QTableWidget):
    """Field | column in the file. `mapping_changed` fires when the user picks another column."""

    mapping_changed = Signal()

    def __init__(self, kind: str, parent=None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.fields = mapping_fields(kind)
        self.combos: dict[str, QComboBox] = {}
        self.setColumnCount(2)
        self.setHorizontalHeaderLabels([QCoreApplication.translate("MappingTable", "Field"), QCoreApplication.translate("MappingTable", "Column in the file")])
        self.setRowCount(len(self.fields))
        self.verticalHeader().setVisible(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(QCoreApplication.translate("MappingTable", "Which column holds each field"))
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, field in enumerate(self.fields):
            item = QTableWidgetItem(self.field_label(field))
            item.setToolTip(self.field_hint(field))
            self.setItem(row, 0, item)
            combo = QComboBox()
            combo.setAccessibleName(QCoreApplication.translate("MappingTable", "Column for {value}").format(value=QCoreApplication.translate("import_mapping", FIELD_LABELS[field]) if field in FIELD_LABELS else field))
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            combo.activated.connect(lambda _=0: self.mapping_changed.emit())
            self.combos[field] = combo
            self.setCellWidget(row, 1, combo)
        self.resizeRowsToContents()

    def field_label(self, field: str) -> str:
        label = QCoreApplication.translate("import_mapping", FIELD_LABELS[field]) if field in FIELD_LABELS else field
        if field == "name":
            return QCoreApplication.translate("MappingTable", "{label} (required)").format(label=label)
        return label

    def field_hint(self, field: str) -> str:
        if field == "name":
            return QCoreApplication.translate("MappingTable", "Every row needs a name. For people, a First name and a Last name column also work.")
        if field in NAME_PARTS:
            return QCoreApplication.translate("MappingTable", "Used only when no column is chosen for Name: first and last name are joined.")
        if field == "team" and self.kind == PARTICIPANTS:
            return QCoreApplication.translate("MappingTable", "A team not in this convening yet is created, or left empty: you choose below the preview.")
        return ""

    def set_columns(self, labels: Sequence[str], mapping: Mapping[str, int], full: Sequence[str] = ()) -> None:
        """Fill every combo with the file's columns and select what `mapping` says (no signal).

        ``full`` holds the whole headings, shown as each entry's tooltip.
        """
        for field, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(QCoreApplication.translate("import_mapping", NOT_IMPORTED), None)
            for i, label in enumerate(labels):
                combo.addItem(label, i)
                if i < len(full):
                    combo.setItemData(i + 1, full[i], Qt.ItemDataRole.ToolTipRole)
            at = combo.findData(mapping[field]) if field in mapping else 0
            combo.setCurrentIndex(max(at, 0))
            combo.blockSignals(False)

    def mapping(self) -> dict[str, int]:
        return {f: c.currentData() for f, c in self.combos.items() if c.currentData() is not None}

    def choose(self, field: str, column: int | None) -> None:
        """Point `field` at column index `column` (None: not imported), as if the user picked it."""
        combo = self.combos[field]
        at = 0 if column is None else combo.findData(column)
        if at < 0:
            raise ValueError(QCoreApplication.translate("MappingTable", "the file has no column {column}").format(column=column))
        combo.setCurrentIndex(at)
        self.mapping_changed.emit()
