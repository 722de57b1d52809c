"""Lenses (People > Lenses…): define lenses, mark one sensitive, and type each person's values.

Values are self-identified and optional: type what the person chose, several
separated by ";" or "," ("Black; Latinx"); leave it blank if they were not asked.
Every change is saved at once and can be undone (Edit > Undo).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.ui.i18n import QT_TRANSLATE_NOOP

SENSITIVE_HINT = (QT_TRANSLATE_NOOP("lenses_dialog", "A sensitive lens is never shown per person on the projector, and never leaves Convene with names attached."))


class LensesDialog(QDialog):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("LensesDialog", "Lenses"))
        self.talk = ctx.services.talk
        self.lens_list = QListWidget()
        self.lens_list.setAccessibleName(QCoreApplication.translate("LensesDialog", "Lenses"))
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(QCoreApplication.translate("LensesDialog", "New lens, e.g. Home language"))
        self.new_name.setAccessibleName(QCoreApplication.translate("LensesDialog", "Name of a new lens"))
        self.add_button = QPushButton(QCoreApplication.translate("LensesDialog", "Add lens"))
        self.delete_button = QPushButton(QCoreApplication.translate("LensesDialog", "Delete lens"))
        self.sensitive = QCheckBox(QCoreApplication.translate("LensesDialog", "Sensitive"))
        self.sensitive.setToolTip(QCoreApplication.translate("lenses_dialog", SENSITIVE_HINT))
        hint = QLabel(QCoreApplication.translate("lenses_dialog", SENSITIVE_HINT) + QCoreApplication.translate("LensesDialog", " Type each person's own values; several are separated by “;” (“Black; Latinx”). Blank means not asked; “Prefer not to say” is kept as its own value."))
        hint.setWordWrap(True)
        hint.setTextFormat(Qt.TextFormat.PlainText)
        self.people = QTableWidget(0, 2)
        self.people.setHorizontalHeaderLabels([QCoreApplication.translate("LensesDialog", "Person"), QCoreApplication.translate("LensesDialog", "Values")])
        self.people.setAccessibleName(QCoreApplication.translate("LensesDialog", "Each person's values of the lens"))
        self.people.verticalHeader().setVisible(False)
        self.people.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.people.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                    | QAbstractItemView.EditTrigger.EditKeyPressed
                                    | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.problem = QLabel("")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        left = QVBoxLayout()
        left.addWidget(self.lens_list, 1)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_name, 1)
        add_row.addWidget(self.add_button)
        left.addLayout(add_row)
        left.addWidget(self.sensitive)
        left.addWidget(self.delete_button)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addWidget(self.people, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(hint)
        outer.addLayout(body, 1)
        outer.addWidget(self.problem)
        outer.addWidget(buttons)
        self.resize(820, 560)

        self.add_button.clicked.connect(self.add_lens)
        self.new_name.returnPressed.connect(self.add_lens)
        self.delete_button.clicked.connect(self.delete_lens)
        self.sensitive.clicked.connect(self._set_sensitive)
        self.lens_list.currentRowChanged.connect(lambda _row: self._fill_people())
        self.people.itemChanged.connect(self._value_typed)
        self._filling = False
        self._fill_lenses()

    # -- lenses -------------------------------------------------------------------
    def lens_id(self) -> int | None:
        item = self.lens_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _fill_lenses(self, select: int | None = None) -> None:
        current = select if select is not None else self.lens_id()
        self.lens_list.blockSignals(True)
        self.lens_list.clear()
        for lens in self.talk.lenses():
            item = QListWidgetItem(lens.name + ("  (sensitive)" if lens.sensitive else ""))
            item.setData(Qt.ItemDataRole.UserRole, lens.id)
            self.lens_list.addItem(item)
            if lens.id == current:
                self.lens_list.setCurrentItem(item)
        if self.lens_list.currentItem() is None and self.lens_list.count():
            self.lens_list.setCurrentRow(0)
        self.lens_list.blockSignals(False)
        self._fill_people()

    def _do(self, fn, *args):
        from app.services.talk.service import TalkError

        try:
            result = fn(*args)
        except TalkError as exc:
            self.problem.setText(str(exc))
            return None
        self.problem.setText("")
        return result

    def add_lens(self) -> None:
        new_id = self._do(self.talk.add_lens, self.new_name.text())
        if new_id is not None:
            self.new_name.clear()
            self._fill_lenses(new_id)

    def delete_lens(self) -> None:
        if self.lens_id() is not None:
            self._do(self.talk.delete_lens, self.lens_id())
            self._fill_lenses()

    def _set_sensitive(self, checked: bool) -> None:
        if self.lens_id() is not None:
            self._do(self.talk.set_sensitive, self.lens_id(), checked)
            self._fill_lenses(self.lens_id())

    # -- values -------------------------------------------------------------------
    def _fill_people(self) -> None:
        lens_id = self.lens_id()
        lens = self.talk.lens(lens_id) if lens_id is not None else None
        self.sensitive.setEnabled(lens is not None)
        self.delete_button.setEnabled(lens is not None)
        self.sensitive.setChecked(bool(lens and lens.sensitive))
        self._filling = True
        names = sorted(self.talk.names().items(), key=lambda kv: kv[1].casefold())
        values = self.talk.values(lens_id) if lens_id is not None else {}
        self.people.setRowCount(len(names) if lens is not None else 0)
        if lens is not None:
            for r, (pid, name) in enumerate(names):
                who = QTableWidgetItem(name)
                who.setFlags(who.flags() & ~Qt.ItemFlag.ItemIsEditable)
                who.setData(Qt.ItemDataRole.UserRole, pid)
                self.people.setItem(r, 0, who)
                self.people.setItem(r, 1, QTableWidgetItem("; ".join(values.get(pid, ()))))
        self._filling = False

    def _value_typed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 1 or self.lens_id() is None:
            return
        pid = self._cell(item.row(), 0).data(Qt.ItemDataRole.UserRole)
        self._do(self.talk.set_values, pid, self.lens_id(), item.text())
        stored = "; ".join(self.talk.values(self.lens_id()).get(pid, ()))
        if item.text() != stored:  # show it as stored: split and tidied
            self._filling = True
            item.setText(stored)
            self._filling = False

    def set_value(self, person_id: int, text: str) -> None:
        """As if the user typed `text` in that person's cell (tests)."""
        for r in range(self.people.rowCount()):
            if self._cell(r, 0).data(Qt.ItemDataRole.UserRole) == person_id:
                self._cell(r, 1).setText(text)
                return
        raise KeyError(person_id)

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.people.item(row, column)
        assert item is not None  # the people table is filled in both columns of every row
        return item
