"""The import dialog's lens columns: which extra column holds which lens, with its values split."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QGroupBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout

from app.domain.people.lenses import lens_name_from
from app.ui.i18n import QT_TRANSLATE_NOOP

NOT_A_LENS = QT_TRANSLATE_NOOP("lens_columns", "(not a lens)")


class LensColumnsBox(QGroupBox):
    """Column | lens | what its first cells hold, split. `changed` fires when the user picks."""

    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(QCoreApplication.translate("LensColumnsBox", "Lens columns (self-identified, optional)"), parent)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("LensColumnsBox", "Column"), QCoreApplication.translate("LensColumnsBox", "Lens")])
        self.table.setAccessibleName(QCoreApplication.translate("LensColumnsBox", "Which extra column holds a lens"))
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.hint = QLabel(QCoreApplication.translate("LensColumnsBox", "Extra columns can hold lenses such as gender or home language; the preview shows their values, split (“Black; Latinx” is two). Blank means not asked."))
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        lay = QVBoxLayout(self)
        lay.addWidget(self.hint)
        lay.addWidget(self.table)
        self.combos: dict[int, QComboBox] = {}
        self.touched = False

    def show_plan(self, plan, known_lenses) -> None:
        """Rows for every column no field takes; combos set to what `plan` maps them to."""
        self.table.setRowCount(0)
        self.combos = {}
        if plan is None:
            self.setVisible(False)
            return
        used = set(plan.mapping.values())
        chosen = {c.index: c.lens for c in plan.lens_columns}
        free = [i for i, h in enumerate(plan.headers) if i not in used]
        self.setVisible(bool(free))
        self.table.setRowCount(len(free))
        for r, i in enumerate(free):
            heading = plan.headers[i] or QCoreApplication.translate("LensColumnsBox", "column {value}").format(value=i + 1)
            head = QTableWidgetItem(heading)
            self.table.setItem(r, 0, head)
            combo = QComboBox()
            combo.setAccessibleName(QCoreApplication.translate("LensColumnsBox", "Lens for column {heading}").format(heading=heading))
            combo.addItem(QCoreApplication.translate("lens_columns", NOT_A_LENS), None)
            new_name = lens_name_from(heading)
            if new_name.casefold() not in {n.casefold() for n in known_lenses}:
                combo.addItem(QCoreApplication.translate("LensColumnsBox", "New lens: {new_name}").format(new_name=new_name), new_name)
            for name in known_lenses:
                combo.addItem(name, name)
            at = combo.findData(chosen[i]) if i in chosen else 0
            if at < 0:
                combo.addItem(QCoreApplication.translate("LensColumnsBox", "New lens: {value}").format(value=chosen[i]), chosen[i])
                at = combo.count() - 1
            combo.setCurrentIndex(at)
            combo.activated.connect(self._picked)
            self.table.setCellWidget(r, 1, combo)
            self.combos[i] = combo
            head.setToolTip(heading)

    def _picked(self, _index: int = 0) -> None:
        self.touched = True
        self.changed.emit()

    def choice(self) -> dict[int, str]:
        return {i: c.currentData() for i, c in self.combos.items() if c.currentData() is not None}

    def choose(self, column: int, lens: str | None) -> None:
        """As if the user picked `lens` (None: not a lens) for `column` (tests)."""
        combo = self.combos[column]
        at = 0 if lens is None else combo.findData(lens)
        if at < 0:
            combo.addItem(QCoreApplication.translate("LensColumnsBox", "New lens: {lens}").format(lens=lens), lens)
            at = combo.count() - 1
        combo.setCurrentIndex(at)
        self._picked()
