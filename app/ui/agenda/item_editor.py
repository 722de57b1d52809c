"""Add or edit one agenda item: every field, and a protocol whose steps are fitted to the minutes.

Save commits through the services at once. If a service refuses a value, the
dialog stays open with everything typed, and the field named in the message
is marked.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.agenda.service import KINDS, AgendaError, ItemData, ItemRecord
from app.ui.agenda.day_bar import from_qtime, to_qtime
from app.ui.agenda.texts import kind_label, plural
from app.ui.context import UiContext
from app.ui.i18n import QT_TRANSLATE_NOOP, current_language
from app.ui.problem_label import ProblemLabel

NO_PROTOCOL = QT_TRANSLATE_NOOP("item_editor", "No protocol")


class ItemEditor(QDialog):
    """`record` None adds a new item to `day_id` at `index` (None: at the end)."""

    saved = Signal(int)  # the item's id

    def __init__(self, ctx: UiContext, day_id: int, record: ItemRecord | None = None,
                 index: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.agenda = ctx.services.agenda
        self.protocols = ctx.services.protocols
        self.day_id = day_id
        self.record = record
        self.index = index
        self.item_id: int | None = record.id if record else None
        self._protocol_minutes: dict[str, int] = {}
        self.setWindowTitle(QCoreApplication.translate("ItemEditor", "Edit agenda item") if record else QCoreApplication.translate("ItemEditor", "Add an agenda item"))
        self.setAccessibleName(self.windowTitle())

        self.title = QLineEdit()
        self.title.setAccessibleName(QCoreApplication.translate("ItemEditor", "Title"))
        self.title.setPlaceholderText(QCoreApplication.translate("ItemEditor", "What the room will do, e.g. “Story circles”"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(QCoreApplication.translate("ItemEditor", "Kind"))
        for k in KINDS:
            self.kind.addItem(kind_label(k), k)
        self.protocol = QComboBox(self)   # parented: without a protocol service it is in no layout
        self.protocol.setAccessibleName(QCoreApplication.translate("ItemEditor", "Protocol"))
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 24 * 60)
        self.minutes.setSuffix(QCoreApplication.translate("ItemEditor", " min"))
        self.minutes.setAccessibleName(QCoreApplication.translate("ItemEditor", "Minutes"))
        self.fixed = QCheckBox(QCoreApplication.translate("ItemEditor", "Starts at a fixed time"))
        self.fixed.setAccessibleName(QCoreApplication.translate("ItemEditor", "Starts at a fixed time"))
        self.fixed_time = QTimeEdit()
        self.fixed_time.setDisplayFormat("HH:mm")
        self.fixed_time.setAccessibleName(QCoreApplication.translate("ItemEditor", "Fixed start"))
        self.warning = QDoubleSpinBox()
        self.warning.setRange(0, 120)
        self.warning.setDecimals(1)
        self.warning.setSingleStep(0.5)
        self.warning.setSuffix(QCoreApplication.translate("ItemEditor", " min before the end"))
        self.warning.setAccessibleName(QCoreApplication.translate("ItemEditor", "Warning"))
        self.facilitator = QLineEdit()
        self.facilitator.setAccessibleName(QCoreApplication.translate("ItemEditor", "Facilitator"))
        self.room = QLineEdit()
        self.room.setAccessibleName(QCoreApplication.translate("ItemEditor", "Room"))
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(QCoreApplication.translate("ItemEditor", "Notes"))
        self.notes.setPlaceholderText(QCoreApplication.translate("ItemEditor", "For the facilitators: materials, who does what, reminders"))
        self.notes.setMinimumHeight(70)
        self.auto_advance = QCheckBox(QCoreApplication.translate("ItemEditor", "Move on to the next item by itself when time is up"))
        self.auto_advance.setAccessibleName(QCoreApplication.translate("ItemEditor", "Auto-advance"))

        self.fit_label = QLabel("")
        self.fit_label.setWordWrap(True)
        self.fit_table = QTableWidget(0, 3)
        self.fit_table.setHorizontalHeaderLabels([QCoreApplication.translate("ItemEditor", "Step"), QCoreApplication.translate("ItemEditor", "As written"), QCoreApplication.translate("ItemEditor", "Fitted")])
        self.fit_table.setAccessibleName(QCoreApplication.translate("ItemEditor", "Protocol steps fitted to the minutes"))
        self.fit_table.verticalHeader().setVisible(False)
        self.fit_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fit_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.fit_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.fit_label.setVisible(False)
        self.fit_table.setVisible(False)

        self.problem = ProblemLabel()
        self.fields: dict[str, QWidget] = {
            "Title": self.title, "Kind": self.kind, "Minutes": self.minutes, "Fixed start": self.fixed_time,
            "Warning": self.warning, "Facilitator": self.facilitator, "Room": self.room, "Notes": self.notes,
            "Protocol": self.protocol,
        }

        form = QFormLayout()
        form.addRow(QCoreApplication.translate("ItemEditor", "Title"), self.title)
        form.addRow(QCoreApplication.translate("ItemEditor", "Kind"), self.kind)
        if self.protocols is not None:
            form.addRow(QCoreApplication.translate("ItemEditor", "Protocol"), self.protocol)
        else:
            self.protocol.setVisible(False)
        form.addRow(QCoreApplication.translate("ItemEditor", "Minutes"), self.minutes)
        fixed_row = QHBoxLayout()
        fixed_row.addWidget(self.fixed)
        fixed_row.addWidget(self.fixed_time)
        fixed_row.addStretch(1)
        form.addRow(QCoreApplication.translate("ItemEditor", "Start"), fixed_row)
        form.addRow(QCoreApplication.translate("ItemEditor", "Warning"), self.warning)
        form.addRow(QCoreApplication.translate("ItemEditor", "Facilitator"), self.facilitator)
        form.addRow(QCoreApplication.translate("ItemEditor", "Room"), self.room)
        form.addRow(QCoreApplication.translate("ItemEditor", "Notes"), self.notes)
        form.addRow("", self.auto_advance)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        outer = QVBoxLayout(self)
        outer.addLayout(form)
        outer.addWidget(self.fit_label)
        outer.addWidget(self.fit_table)
        outer.addWidget(self.problem)
        outer.addWidget(self.buttons)
        self.resize(560, 0)

        self._fill_protocols()
        self._load(record)
        self.fixed.toggled.connect(self.fixed_time.setEnabled)
        self.protocol.currentIndexChanged.connect(self._protocol_chosen)
        self.minutes.valueChanged.connect(lambda _v: self._show_fit())
        self.fixed_time.setEnabled(self.fixed.isChecked())
        self._show_fit()

    # -- filling ----------------------------------------------------------------------
    def _fill_protocols(self) -> None:
        self.protocol.addItem(QCoreApplication.translate("item_editor", NO_PROTOCOL), "")
        if self.protocols is None:
            return
        lang = current_language()
        for p in self.protocols.all():
            self._protocol_minutes[p.name] = p.minutes
            self.protocol.addItem(QCoreApplication.translate("ItemEditor", "{name} · {minutes} min").format(name=p.name_in(lang), minutes=p.minutes), p.name)

    def _load(self, rec: ItemRecord | None) -> None:
        if rec is None:
            rec = ItemRecord(title="", minutes=15)
        self.title.setText(rec.title)
        self.kind.setCurrentIndex(max(0, self.kind.findData(rec.kind)))
        self.minutes.setValue(rec.minutes)
        self.fixed.setChecked(rec.fixed_start is not None)
        self.fixed_time.setTime(to_qtime(rec.fixed_start) if rec.fixed_start is not None else QTime(12, 0))
        self.warning.setValue(rec.warning_minutes)
        self.facilitator.setText(rec.facilitator)
        self.room.setText(rec.room)
        self.notes.setPlainText(rec.notes)
        self.auto_advance.setChecked(rec.auto_advance)
        if rec.protocol_name:
            if self.protocol.findData(rec.protocol_name) < 0:
                self.protocol.addItem(rec.protocol_name, rec.protocol_name)
                self._protocol_minutes[rec.protocol_name] = rec.protocol_minutes
            self.protocol.setCurrentIndex(self.protocol.findData(rec.protocol_name))

    def protocol_name(self) -> str:
        return str(self.protocol.currentData() or "")

    def _protocol_chosen(self, _index: int) -> None:
        name = self.protocol_name()
        if name:
            self.minutes.setValue(self._protocol_minutes.get(name, self.minutes.value()))
            self.kind.setCurrentIndex(max(0, self.kind.findData("protocol")))
            if not self.title.text().strip():
                self.title.setText(name)
        self._show_fit()

    def _show_fit(self) -> None:
        """When a protocol runs in other minutes than written, show each step before and after fitting."""
        name = self.protocol_name()
        written = self._protocol_minutes.get(name, 0)
        minutes = self.minutes.value()
        if not name or self.protocols is None or minutes == written:
            self.fit_label.setVisible(False)
            self.fit_table.setVisible(False)
            return
        self.fit_label.setVisible(True)
        try:
            steps = self.protocols.preview_fit(name, minutes)
        except (ValueError, KeyError) as exc:
            self.fit_label.setText(QCoreApplication.translate("ItemEditor", "Minutes: {exc}").format(exc=exc))
            self.fit_label.setStyleSheet("color: #B8360A; font-weight: bold;")
            self.fit_table.setVisible(False)
            return
        word = QCoreApplication.translate("ItemEditor", "Shortened") if minutes < written else QCoreApplication.translate("ItemEditor", "Lengthened")
        self.fit_label.setStyleSheet("")
        self.fit_label.setText(
            QCoreApplication.translate("ItemEditor", "{word} from {value} to {minutes}: each step keeps its share of the time.").format(word=word, value=plural(written, 'minute'), minutes=minutes)
        )
        self.fit_table.setRowCount(len(steps))
        for row, (title, old, new) in enumerate(steps):
            for col, text in enumerate((title, str(old), str(new))):
                cell = QTableWidgetItem(text)
                if col:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.fit_table.setItem(row, col, cell)
        self.fit_table.resizeColumnToContents(1)
        self.fit_table.resizeColumnToContents(2)
        shown_rows = min(len(steps), 6)
        height = (self.fit_table.horizontalHeader().sizeHint().height() + 2 * self.fit_table.frameWidth()
                  + sum(self.fit_table.rowHeight(r) for r in range(shown_rows)))
        self.fit_table.setFixedHeight(height)
        if self.fit_table.isHidden():
            self.fit_table.setVisible(True)
            self.resize(max(self.width(), 560), max(self.height(), self.sizeHint().height()))

    # -- saving -----------------------------------------------------------------------
    def form_data(self) -> ItemData:
        """What the form holds, as the service takes it."""
        return ItemData(
            title=self.title.text(),
            kind=str(self.kind.currentData()),
            minutes=self.minutes.value(),
            fixed_start=from_qtime(self.fixed_time.time()) if self.fixed.isChecked() else None,
            warning_minutes=self.warning.value(),
            facilitator=self.facilitator.text(),
            room=self.room.text(),
            notes=self.notes.toPlainText(),
            auto_advance=self.auto_advance.isChecked(),
        )

    def save(self) -> bool:
        """Commit the form; on a refusal keep everything and name the field. True when saved."""
        self.problem.clear_problem()
        data = self.form_data()
        name = self.protocol_name()
        old_name = self.record.protocol_name if self.record else ""
        if name and self.protocols is not None:
            try:
                self.protocols.preview_fit(name, data.minutes)  # refuses a fit before anything is stored
            except (ValueError, KeyError) as exc:
                self.problem.show_problem(QCoreApplication.translate("ItemEditor", "Minutes: {exc}").format(exc=exc), self.fields)
                return False
        try:
            if self.item_id is None:
                self.item_id = self.agenda.add_item(self.day_id, data, self.index)
                self.record = None
            else:
                self.agenda.update_item(self.item_id, data)
            if self.protocols is not None and name != old_name:
                self.protocols.attach(self.item_id, name or None, data.minutes if name else None)
        except AgendaError as exc:
            self.problem.show_problem(str(exc), self.fields)
            return False
        except ValueError as exc:  # a protocol the service could not fit or find
            self.problem.show_problem(QCoreApplication.translate("ItemEditor", "Protocol: {exc}").format(exc=exc), self.fields)
            return False
        self.saved.emit(self.item_id)
        self.accept()
        return True
