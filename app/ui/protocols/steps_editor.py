"""The editor's steps: a table to add, remove and reorder, and a form for the chosen step.

The form shows the step's texts (title, script, prompt) in one language at a time (`set_language`): as written,
or in another language, where a text not yet translated is empty and shows the text as written greyed (its
placeholder). Minutes and who speaks are the same in every language."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.protocols import PROMPT_MAX_CHARS, ProtocolStep
from app.domain.protocols.model import STEP_TEXT_FIELDS, texts_dict, texts_from
from app.i18n.languages import SOURCE_LANGUAGE
from app.ui.buttons import button

STEP_MAX_MINUTES = 600


@dataclass
class StepDraft:
    """A step while it is being edited (mutable; becomes a ProtocolStep on Save)."""

    title: str = ""
    minutes: int = 5
    speakers: list[str] = field(default_factory=list)
    script: str = ""
    prompt: str = ""
    texts: dict[str, dict[str, str]] = field(default_factory=dict)   # other languages: {"es": {"prompt": ...}}
    loaded: ProtocolStep | None = None   # the step as the editor opened it (None: added in the editor)

    @classmethod
    def of(cls, s: ProtocolStep) -> StepDraft:
        texts = {lang: {f: str(v) for f, v in fields.items()} for lang, fields in texts_dict(s.texts).items()}
        return cls(s.title, s.minutes, list(s.speakers), s.script, s.prompt, texts, s)

    def drop_stale(self) -> None:
        """A text changed as written while its translation was left as loaded no longer says the same: the
        translation goes (the text reads as written until translated again), as `carry_translations` rules."""
        if self.loaded is None:
            return
        before = {lang: dict(fields) for lang, fields in self.loaded.texts}
        for lang, fields in self.texts.items():
            for name in STEP_TEXT_FIELDS:
                if getattr(self, name) != getattr(self.loaded, name) and \
                        fields.get(name, "") == before.get(lang, {}).get(name, "") != "":
                    fields[name] = ""

    def text(self, lang: str, name: str) -> str:
        """The step's `name` (title, script, prompt) in `lang`: "" where it is not yet translated."""
        return getattr(self, name) if lang == SOURCE_LANGUAGE else self.texts.get(lang, {}).get(name, "")

    def set_text(self, lang: str, name: str, value: str) -> None:
        if lang == SOURCE_LANGUAGE:
            setattr(self, name, value)
        else:
            self.texts.setdefault(lang, {})[name] = value

    def step(self, roles: list[str]) -> ProtocolStep:
        ordered = [r for r in roles if r in self.speakers] + [s for s in self.speakers if s not in roles]
        self.drop_stale()
        texts = texts_from({lang: {f: t for f, t in fields.items() if f in STEP_TEXT_FIELDS and t.strip()}
                            for lang, fields in self.texts.items()})
        return ProtocolStep(self.title, self.minutes, tuple(ordered), self.script, self.prompt, texts)


def _who(draft: StepDraft) -> str:
    return ", ".join(draft.speakers) if draft.speakers else QCoreApplication.translate("StepsEditor", "everyone")


class StepsEditor(QWidget):
    """Edits a list of steps; emits `changed` whenever anything about them changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.drafts: list[StepDraft] = []
        self.roles: list[str] = []
        self.lang = SOURCE_LANGUAGE
        self._loading = False

        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("StepsEditor", "Step"), QCoreApplication.translate("StepsEditor", "Min"), QCoreApplication.translate("StepsEditor", "Who speaks")])
        self.table.setAccessibleName(QCoreApplication.translate("StepsEditor", "Steps"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(2, 120)
        self.table.currentCellChanged.connect(lambda row, *_: self._load(row))

        self.add_button = self._button(QCoreApplication.translate("StepsEditor", "Add step"), QCoreApplication.translate("StepsEditor", "Add a step after the chosen one"), self.add_step)
        self.remove_button = self._button(QCoreApplication.translate("StepsEditor", "Remove"), QCoreApplication.translate("StepsEditor", "Remove the chosen step"), self.remove_step)
        self.up_button = self._button(QCoreApplication.translate("StepsEditor", "Move up"), QCoreApplication.translate("StepsEditor", "Move the chosen step earlier"), lambda: self.move_step(-1))
        self.down_button = self._button(QCoreApplication.translate("StepsEditor", "Move down"), QCoreApplication.translate("StepsEditor", "Move the chosen step later"), lambda: self.move_step(1))
        buttons = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        left_lay.addWidget(self.table, 1)
        left_lay.addLayout(buttons)

        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(QCoreApplication.translate("StepsEditor", "Step title"))
        self.title_edit.setPlaceholderText(QCoreApplication.translate("StepsEditor", "e.g. Clarifying questions"))
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(1, STEP_MAX_MINUTES)
        self.minutes_spin.setSuffix(QCoreApplication.translate("StepsEditor", " min"))
        self.minutes_spin.setAccessibleName(QCoreApplication.translate("StepsEditor", "Step minutes"))
        self.speakers_list = QListWidget()
        self.speakers_list.setAccessibleName(QCoreApplication.translate("StepsEditor", "Who speaks in this step"))
        self.speakers_list.setFixedHeight(92)
        speakers_hint = QLabel(QCoreApplication.translate("StepsEditor", "Tick who may speak. Nobody ticked means everyone may."))
        speakers_hint.setWordWrap(True)
        self.script_edit = QPlainTextEdit()
        self.script_edit.setAccessibleName(QCoreApplication.translate("StepsEditor", "Facilitator script"))
        self.script_edit.setPlaceholderText(QCoreApplication.translate("StepsEditor", "What you say and watch for. A blank line starts a new paragraph."))
        self.prompt_edit = QPlainTextEdit()
        self.prompt_edit.setAccessibleName(QCoreApplication.translate("StepsEditor", "Prompt the room sees"))
        self.prompt_edit.setPlaceholderText(QCoreApplication.translate("StepsEditor", "One or two short sentences for the projector."))
        self.prompt_edit.setFixedHeight(72)
        self._hints = {"title": self.title_edit.placeholderText(), "script": self.script_edit.placeholderText(),
                       "prompt": self.prompt_edit.placeholderText()}   # as written; another language shows the text
        self.prompt_count = QLabel("")
        self.prompt_count.setAccessibleName(QCoreApplication.translate("StepsEditor", "Prompt length"))

        self.form = QWidget()
        grid = QGridLayout(self.form)
        grid.setContentsMargins(0, 0, 0, 0)
        rows = (
            (QCoreApplication.translate("StepsEditor", "Title"), self.title_edit),
            (QCoreApplication.translate("StepsEditor", "Minutes"), self.minutes_spin),
            (QCoreApplication.translate("StepsEditor", "Who speaks"), self.speakers_list), ("", speakers_hint),
            (QCoreApplication.translate("StepsEditor", "Script"), self.script_edit),
            (QCoreApplication.translate("StepsEditor", "Prompt"), self.prompt_edit), ("", self.prompt_count),
        )  # fmt: skip
        for row, (label, widget) in enumerate(rows):
            if label:
                caption = QLabel(label)
                caption.setBuddy(widget)
                tall = widget in (self.speakers_list, self.script_edit, self.prompt_edit)
                grid.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop if tall else Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(widget, row, 1)
        grid.setRowStretch(4, 1)  # the script takes the room there is
        grid.setColumnStretch(1, 1)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.form)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(split)

        self.title_edit.textChanged.connect(lambda t: self._edit_text("title", t))
        self.minutes_spin.valueChanged.connect(lambda v: self._edit(minutes=v))
        self.script_edit.textChanged.connect(lambda: self._edit_text("script", self.script_edit.toPlainText()))
        self.prompt_edit.textChanged.connect(lambda: self._edit_text("prompt", self.prompt_edit.toPlainText()))
        self.speakers_list.itemChanged.connect(lambda _item: self._edit(speakers=self._ticked()))
        self._update_buttons()

    _button = staticmethod(button)

    # -- whole list --------------------------------------------------------------
    def set_steps(self, steps: tuple[ProtocolStep, ...]) -> None:
        self.drafts = [StepDraft.of(s) for s in steps]
        self._fill_table()
        self.select(0 if self.drafts else -1)

    def steps(self) -> tuple[ProtocolStep, ...]:
        return tuple(d.step(self.roles) for d in self.drafts)

    def total(self) -> int:
        return sum(d.minutes for d in self.drafts)

    def set_language(self, lang: str) -> None:
        """Show and edit the steps' texts in `lang` (the texts as written when it is the source language)."""
        self.lang = lang
        for d in self.drafts:
            d.drop_stale()
        self._fill_table()
        self._load(self.current())

    def set_roles(self, roles: list[str]) -> None:
        self.roles = roles
        self._load(self.current())

    def current(self) -> int:
        return self.table.currentRow()

    def select(self, row: int) -> None:
        if 0 <= row < len(self.drafts):
            self.table.setCurrentCell(row, 0)
        self._load(row)

    # -- list actions ---------------------------------------------------------------
    def add_step(self) -> None:
        at = self.current() + 1 if self.current() >= 0 else len(self.drafts)
        self.drafts.insert(at, StepDraft(title=QCoreApplication.translate("StepsEditor", "Step {value}").format(value=len(self.drafts) + 1)))
        self._fill_table()
        self.select(at)
        self.title_edit.setFocus()
        self.title_edit.selectAll()
        self.changed.emit()

    def remove_step(self) -> None:
        row = self.current()
        if not 0 <= row < len(self.drafts):
            return
        del self.drafts[row]
        self._fill_table()
        self.select(min(row, len(self.drafts) - 1))
        self.changed.emit()

    def move_step(self, delta: int) -> None:
        row = self.current()
        to = row + delta
        if not (0 <= row < len(self.drafts) and 0 <= to < len(self.drafts)):
            return
        self.drafts[row], self.drafts[to] = self.drafts[to], self.drafts[row]
        self._fill_table()
        self.select(to)
        self.changed.emit()

    def focus_field(self, row: int, sub: str | None) -> QWidget:
        """Show step `row` and focus the widget for `sub` (title, minutes, ...); returns it."""
        self.select(row)
        widget = {
            "title": self.title_edit,
            "minutes": self.minutes_spin,
            "speakers": self.speakers_list,
            "script": self.script_edit,
            "prompt": self.prompt_edit,
        }.get(sub or "", self.table)
        widget.setFocus()
        return widget

    # -- inside ------------------------------------------------------------------------
    def _fill_table(self) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.drafts))
        for row, d in enumerate(self.drafts):
            self._fill_row(row, d)
        self.table.blockSignals(False)

    def _fill_row(self, row: int, d: StepDraft) -> None:
        title = d.text(self.lang, "title").strip()
        for col, text in enumerate((title or d.title or QCoreApplication.translate("StepsEditor", "(untitled)"), str(d.minutes), _who(d))):
            item = self.table.item(row, col)
            if item is None:
                item = QTableWidgetItem()
                self.table.setItem(row, col, item)
            item.setText(text)
            if col == 0:   # a title not yet in the chosen language: the title as written, greyed
                item.setForeground(self.palette().placeholderText() if not title else self.palette().text())
            if col == 1:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def _load(self, row: int) -> None:
        """Show draft `row` in the form (or an empty, disabled form)."""
        self._loading = True
        d = self.drafts[row] if 0 <= row < len(self.drafts) else None
        self.form.setEnabled(d is not None)
        self.title_edit.setText(d.text(self.lang, "title") if d else "")
        self.minutes_spin.setValue(d.minutes if d else 1)
        self.script_edit.setPlainText(d.text(self.lang, "script") if d else "")
        self.prompt_edit.setPlainText(d.text(self.lang, "prompt") if d else "")
        other = d is not None and self.lang != SOURCE_LANGUAGE
        for name, box in (("title", self.title_edit), ("script", self.script_edit), ("prompt", self.prompt_edit)):
            written = getattr(d, name).strip() if other and d is not None else ""
            box.setPlaceholderText(written or self._hints[name])   # the text as written, greyed, until translated
        self.speakers_list.clear()
        if d is not None:
            for role in self.roles + [s for s in d.speakers if s not in self.roles]:
                label = role if role in self.roles else QCoreApplication.translate("StepsEditor", "{role} (no longer a role: untick it)").format(role=role)
                item = QListWidgetItem(label)
                item.setData(Qt.ItemDataRole.UserRole, role)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if role in d.speakers else Qt.CheckState.Unchecked)
                self.speakers_list.addItem(item)
        self._loading = False
        self._update_prompt_count()
        self._update_buttons()

    def _ticked(self) -> list[str]:
        return [
            self.speakers_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.speakers_list.count())
            if self.speakers_list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _edit_text(self, name: str, value: str) -> None:
        row = self.current()
        if self._loading or not 0 <= row < len(self.drafts):
            return
        self.drafts[row].set_text(self.lang, name, value)
        self._edit()

    def _edit(self, **change) -> None:
        row = self.current()
        if self._loading or not 0 <= row < len(self.drafts):
            return
        d = self.drafts[row]
        for key, value in change.items():
            setattr(d, key, value)
        self._fill_row(row, d)
        self._update_prompt_count()
        self.changed.emit()

    def _update_prompt_count(self) -> None:
        n = len(self.prompt_edit.toPlainText().strip())
        over = n > PROMPT_MAX_CHARS
        self.prompt_count.setText(
            QCoreApplication.translate("StepsEditor", "{n} of {PROMPT_MAX_CHARS} characters").format(n=n, PROMPT_MAX_CHARS=PROMPT_MAX_CHARS)
            + (QCoreApplication.translate("StepsEditor", ": too long for the projector; move the detail into the script") if over else "")
        )
        self.prompt_count.setStyleSheet("color: #B8360A; font-weight: bold;" if over else "")

    def _update_buttons(self) -> None:
        row, n = self.current(), len(self.drafts)
        self.remove_button.setEnabled(0 <= row < n)
        self.up_button.setEnabled(0 < row < n)
        self.down_button.setEnabled(0 <= row < n - 1)
