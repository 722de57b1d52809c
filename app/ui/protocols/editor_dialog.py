"""Edit every field of a protocol; nothing is stored until Save, and Cancel discards.

On Save the protocol goes through the same checks as a protocol file; a
refusal is shown under the form, naming the field, and the field is shown and
focused.

The texts are edited in one language at a time (the chooser at the top, Alt+L): as written (English), or in
another language (Español), where a text not yet translated is empty and shows the text as written greyed. The
credit and the roles are the same in every language (read-only there); minutes and who speaks are shared.
Save stores every language at once (`ProtocolService.save`, one commit).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.protocols import Protocol, ProtocolFormatError
from app.domain.protocols.model import PROTOCOL_LIST_FIELDS, PROTOCOL_TEXT_FIELDS, texts_dict, texts_from
from app.i18n.languages import LANGUAGE_NAMES, LANGUAGES, SOURCE_LANGUAGE
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.protocols.steps_editor import StepsEditor

TOTAL_MAX_MINUTES = 24 * 60
OTHER_LANGUAGES = tuple(lang for lang in LANGUAGES if lang != SOURCE_LANGUAGE)
TRANSLATED = PROTOCOL_TEXT_FIELDS + PROTOCOL_LIST_FIELDS   # the protocol's texts another language may have
_LANG = "|".join(OTHER_LANGUAGES)
# "name", "norms[3]", "steps[2].prompt", and in another language "es.name", "steps[2].es.prompt"
_FIELD = re.compile(rf"(?:(?P<lang0>{_LANG})\.)?(?P<key>\w+)(?:\[(?P<index>\d+)\])?"
                    rf"(?:\.(?P<lang>{_LANG})(?=\.))?(?:\.(?P<sub>\w+))?")
LABELS = {
    "name": QT_TRANSLATE_NOOP("editor_dialog", "Name"),
    "purpose": QT_TRANSLATE_NOOP("editor_dialog", "Purpose"),
    "when_to_use": QT_TRANSLATE_NOOP("editor_dialog", "When to use it"),
    "credit": QT_TRANSLATE_NOOP("editor_dialog", "Credit"),
    "minutes": QT_TRANSLATE_NOOP("editor_dialog", "Total minutes"),
    "group_size": QT_TRANSLATE_NOOP("editor_dialog", "Group size"),
    "roles": QT_TRANSLATE_NOOP("editor_dialog", "Roles"),
    "materials": QT_TRANSLATE_NOOP("editor_dialog", "Materials"),
    "norms": QT_TRANSLATE_NOOP("editor_dialog", "Norms"),
    "equity_moves": QT_TRANSLATE_NOOP("editor_dialog", "Equity moves"),
    "steps": QT_TRANSLATE_NOOP("editor_dialog", "Steps"),
}
STEP_LABELS = {"title": QT_TRANSLATE_NOOP("editor_dialog", "Title"), "minutes": QT_TRANSLATE_NOOP("editor_dialog", "Minutes"), "speakers": QT_TRANSLATE_NOOP("editor_dialog", "Who speaks"), "script": QT_TRANSLATE_NOOP("editor_dialog", "Script"), "prompt": QT_TRANSLATE_NOOP("editor_dialog", "Prompt")}
ERROR_STYLE = "border: 2px solid #B8360A;"


def field_language(field: str | None) -> str:
    """The language a field's name points into: 'steps[2].es.prompt' -> 'es'; 'name' -> the source language."""
    m = _FIELD.fullmatch(field or "")
    return (m.group("lang0") or m.group("lang") or SOURCE_LANGUAGE) if m else SOURCE_LANGUAGE


def field_label(field: str | None) -> str:
    """'steps[2].prompt' -> 'Step 2, Prompt'; 'norms[3]' -> 'Norms, item 3'; 'es.name' -> 'Name (Español)'."""
    if not field:
        return QCoreApplication.translate("editor_dialog", "This protocol")
    m = _FIELD.fullmatch(field)
    if not m:
        return field
    lang = m.group("lang0") or m.group("lang")
    if lang:
        plain = field.replace(f"{lang}.", "", 1) if m.group("lang0") else field.replace(f".{lang}.", ".", 1)
        return QCoreApplication.translate("editor_dialog", "{label} ({language})").format(
            label=field_label(plain), language=LANGUAGE_NAMES.get(lang, lang))
    key, index, sub = m.group("key"), m.group("index"), m.group("sub")
    if key == "steps" and index:
        return QCoreApplication.translate("editor_dialog", "Step {index}, {value}").format(index=index, value=QCoreApplication.translate("editor_dialog", STEP_LABELS[sub]) if sub in STEP_LABELS else sub) if sub else QCoreApplication.translate("editor_dialog", "Step {index}").format(index=index)
    label = QCoreApplication.translate("editor_dialog", LABELS[key]) if key in LABELS else key
    return QCoreApplication.translate("editor_dialog", "{label}, item {index}").format(label=label, index=index) if index else label


def _lines(edit: QPlainTextEdit) -> tuple[str, ...]:
    return _split(edit.toPlainText())


def _split(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def _text_box(accessible: str, placeholder: str = "", height: int | None = None) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setAccessibleName(accessible)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    if height:
        box.setMinimumHeight(height)
    return box


class ProtocolEditorDialog(QDialog):
    """Edits `protocol`; Save stores it through `service.save(p, replacing)`."""

    def __init__(self, service, protocol: Protocol, replacing: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.replacing = replacing
        self.saved_name: str | None = None
        self.setWindowTitle(QCoreApplication.translate("ProtocolEditorDialog", "Edit “{replacing}”").format(replacing=replacing) if replacing else QCoreApplication.translate("ProtocolEditorDialog", "New protocol"))
        self.setAccessibleName(QCoreApplication.translate("ProtocolEditorDialog", "Protocol editor"))
        self.lang = SOURCE_LANGUAGE
        self._values: dict[str, dict[str, str]] = {}   # language -> field -> its box's text (a list: a line each)

        self.lang_combo = QComboBox()
        for code in LANGUAGES:
            self.lang_combo.addItem(LANGUAGE_NAMES[code], code)   # each language named in its own words
        self.lang_combo.setAccessibleName(QCoreApplication.translate("ProtocolEditorDialog", "Language of the texts"))
        self.lang_combo.currentIndexChanged.connect(lambda _i: self.set_language(self.lang_combo.currentData()))
        lang_label = QLabel(QCoreApplication.translate("ProtocolEditorDialog", "&Language of the texts:"))
        lang_label.setBuddy(self.lang_combo)
        self.lang_hint = QLabel("")
        self.lang_hint.setWordWrap(True)
        self.lang_hint.setAccessibleName(QCoreApplication.translate("ProtocolEditorDialog", "About the language"))
        lang_row = QHBoxLayout()
        lang_row.addWidget(lang_label)
        lang_row.addWidget(self.lang_combo)
        lang_row.addWidget(self.lang_hint, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._about_page(), QCoreApplication.translate("ProtocolEditorDialog", "About"))
        self.tabs.addTab(self._lists_page(), QCoreApplication.translate("ProtocolEditorDialog", "Roles, materials, norms"))
        self.tabs.addTab(self._steps_page(), QCoreApplication.translate("ProtocolEditorDialog", "Steps"))

        self.error_label = QLabel("")
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(QCoreApplication.translate("ProtocolEditorDialog", "What needs fixing"))
        self.error_label.setStyleSheet("color: #B8360A; font-weight: bold;")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        lay = QVBoxLayout(self)
        lay.addLayout(lang_row)
        lay.addWidget(self.tabs, 1)
        lay.addWidget(self.error_label)
        lay.addWidget(self.buttons)

        self._marked: QWidget | None = None
        self._load(protocol)

    # -- pages ------------------------------------------------------------------------
    def _about_page(self) -> QWidget:
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(QCoreApplication.translate("ProtocolEditorDialog", "Name"))
        self.name_edit.setMaxLength(200)
        self.group_size_edit = QLineEdit()
        self.group_size_edit.setAccessibleName(QCoreApplication.translate("ProtocolEditorDialog", "Group size"))
        self.group_size_edit.setPlaceholderText(QCoreApplication.translate("ProtocolEditorDialog", "e.g. 4-8, including the presenter"))
        self.purpose_edit = _text_box(QCoreApplication.translate("ProtocolEditorDialog", "Purpose"), QCoreApplication.translate("ProtocolEditorDialog", "What this protocol helps a group do, and why."), 90)
        self.when_edit = _text_box(QCoreApplication.translate("ProtocolEditorDialog", "When to use it"), QCoreApplication.translate("ProtocolEditorDialog", "The moments it suits, and when not to use it."), 90)
        self.credit_edit = _text_box(QCoreApplication.translate("ProtocolEditorDialog", "Credit"), QCoreApplication.translate("ProtocolEditorDialog", "The tradition it comes from, in your own words."), 60)
        self.credit_edit.setMaximumHeight(90)
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(QCoreApplication.translate("ProtocolEditorDialog", "Name"), self.name_edit)
        form.addRow(QCoreApplication.translate("ProtocolEditorDialog", "Group size"), self.group_size_edit)
        form.addRow(QCoreApplication.translate("ProtocolEditorDialog", "Purpose"), self.purpose_edit)
        form.addRow(QCoreApplication.translate("ProtocolEditorDialog", "When to use it"), self.when_edit)
        form.addRow(QCoreApplication.translate("ProtocolEditorDialog", "Credit"), self.credit_edit)
        return _scrolling(page)

    def _lists_page(self) -> QWidget:
        self.roles_edit = _text_box(QCoreApplication.translate("ProtocolEditorDialog", "Roles"), QCoreApplication.translate("ProtocolEditorDialog", "facilitator\npresenter\nparticipants"), 70)
        self.roles_edit.textChanged.connect(self._roles_changed)
        self.materials_edit = _text_box(QCoreApplication.translate("ProtocolEditorDialog", "Materials"), QCoreApplication.translate("ProtocolEditorDialog", "One thing per line"), 70)
        self.norms_edit = _text_box(QCoreApplication.translate("ProtocolEditorDialog", "Norms"), QCoreApplication.translate("ProtocolEditorDialog", "One norm per line"), 90)
        self.equity_edit = _text_box(QCoreApplication.translate("ProtocolEditorDialog", "Equity moves"), QCoreApplication.translate("ProtocolEditorDialog", "One move per line"), 90)
        page = QWidget()
        grid = QGridLayout(page)
        hint = QLabel(QCoreApplication.translate("ProtocolEditorDialog", "One per line: press Enter to start the next. Steps choose who speaks from these roles."))
        hint.setWordWrap(True)
        grid.addWidget(hint, 0, 0, 1, 2)
        places = (  # (label, box, row, column, columns spanned)
            (QCoreApplication.translate("ProtocolEditorDialog", "Roles"), self.roles_edit, 1, 0, 1),
            (QCoreApplication.translate("ProtocolEditorDialog", "Materials"), self.materials_edit, 1, 1, 1),
            (QCoreApplication.translate("ProtocolEditorDialog", "Norms"), self.norms_edit, 3, 0, 2),
            (QCoreApplication.translate("ProtocolEditorDialog", "Equity moves"), self.equity_edit, 5, 0, 2),
        )  # fmt: skip
        for label, box, row, col, span in places:
            caption = QLabel(label)
            caption.setBuddy(box)
            grid.addWidget(caption, row, col, 1, span)
            grid.addWidget(box, row + 1, col, 1, span)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 3)
        for row in (2, 4, 6):
            grid.setRowStretch(row, 1)
        return page

    def _steps_page(self) -> QWidget:
        self.steps_editor = StepsEditor()
        self.steps_editor.changed.connect(self._steps_changed)
        self.total_spin = QSpinBox()
        self.total_spin.setRange(1, TOTAL_MAX_MINUTES)
        self.total_spin.setSuffix(QCoreApplication.translate("ProtocolEditorDialog", " min"))
        self.total_spin.setAccessibleName(QCoreApplication.translate("ProtocolEditorDialog", "Total minutes"))
        self.total_spin.valueChanged.connect(self._update_total)
        self.sum_check = QCheckBox(QCoreApplication.translate("ProtocolEditorDialog", "Set total to the sum of the steps"))
        self.sum_check.setAccessibleName(QCoreApplication.translate("ProtocolEditorDialog", "Set total to the sum of the steps"))
        self.sum_check.toggled.connect(self._sum_toggled)
        self.total_label = QLabel("")
        self.total_label.setAccessibleName(QCoreApplication.translate("ProtocolEditorDialog", "Steps total"))
        self.total_label.setWordWrap(True)
        foot = QHBoxLayout()
        foot.addWidget(self.total_label, 1)
        foot.addWidget(QLabel(QCoreApplication.translate("ProtocolEditorDialog", "Total")))
        foot.addWidget(self.total_spin)
        foot.addWidget(self.sum_check)
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.addWidget(self.steps_editor, 1)
        lay.addLayout(foot)
        return page

    # -- languages ----------------------------------------------------------------------
    def _text_boxes(self) -> dict[str, QLineEdit | QPlainTextEdit]:
        """The boxes of the protocol's texts another language may have, by field."""
        return {"name": self.name_edit, "group_size": self.group_size_edit, "purpose": self.purpose_edit,
                "when_to_use": self.when_edit, "materials": self.materials_edit, "norms": self.norms_edit,
                "equity_moves": self.equity_edit}

    def set_language(self, lang: str) -> None:
        """Show and edit the texts in `lang`; what was typed in the other language is kept for Save."""
        if lang not in LANGUAGES:
            return
        self._keep_texts()
        self._drop_stale()
        self.lang = lang
        self.lang_combo.blockSignals(True)
        self.lang_combo.setCurrentIndex(self.lang_combo.findData(lang))
        self.lang_combo.blockSignals(False)
        self._show_texts()
        self.steps_editor.set_language(lang)

    def _keep_texts(self) -> None:
        if not hasattr(self, "_hints"):
            return
        self._values.setdefault(self.lang, {}).update(
            {f: box.text() if isinstance(box, QLineEdit) else box.toPlainText() for f, box in self._text_boxes().items()})

    def _drop_stale(self) -> None:
        """A text changed as written while its translation was left as loaded: the translation goes (it would no
        longer say the same; the text reads as written until translated again), as `carry_translations` rules."""
        written, loaded = self._values[SOURCE_LANGUAGE], self._loaded
        for lang, fields in self._values.items():
            if lang == SOURCE_LANGUAGE:
                continue
            for f in TRANSLATED:
                was = loaded.get(lang, {}).get(f, "")
                if written.get(f) != loaded[SOURCE_LANGUAGE].get(f) and fields.get(f, "") == was != "":
                    fields[f] = ""

    def _show_texts(self) -> None:
        written, here = self._values.get(SOURCE_LANGUAGE, {}), self._values.get(self.lang, {})
        other = self.lang != SOURCE_LANGUAGE
        for f, box in self._text_boxes().items():
            if isinstance(box, QLineEdit):
                box.setText(here.get(f, ""))
            else:
                box.setPlainText(here.get(f, ""))
            # not yet translated: the text as written, greyed (the box's placeholder), as the reference
            box.setPlaceholderText((written.get(f, "").strip() if other else "") or self._hints[f])
        shared = QCoreApplication.translate("ProtocolEditorDialog", "The same in every language: change it in English.")
        for box in (self.credit_edit, self.roles_edit):
            box.setReadOnly(other)
            box.setToolTip(shared if other else "")
            box.setStyleSheet("QPlainTextEdit { background: palette(window); }" if other else "")   # plainly not for typing
        language = LANGUAGE_NAMES.get(self.lang, self.lang)
        self.lang_hint.setText(
            QCoreApplication.translate("ProtocolEditorDialog", "A text not yet in {language} shows the English greyed: "
                                       "type over it. Credit, roles, minutes and who speaks are shared.").format(language=language)
            if other else
            QCoreApplication.translate("ProtocolEditorDialog", "Choose Español to write the texts in Spanish for the "
                                       "projector and the handout."))

    # -- values ------------------------------------------------------------------------
    def _load(self, p: Protocol) -> None:
        self._hints = {f: box.placeholderText() for f, box in self._text_boxes().items()}
        self._values = {SOURCE_LANGUAGE: {
            "name": p.name, "group_size": p.group_size, "purpose": p.purpose, "when_to_use": p.when_to_use,
            "materials": "\n".join(p.materials), "norms": "\n".join(p.norms), "equity_moves": "\n".join(p.equity_moves)}}
        for lang, fields in texts_dict(p.texts).items():
            self._values[lang] = {f: v if isinstance(v, str) else "\n".join(v) for f, v in fields.items()}
        self._loaded = {lang: dict(fields) for lang, fields in self._values.items()}
        self._show_texts()
        self.credit_edit.setPlainText(p.credit)
        self.roles_edit.setPlainText("\n".join(p.roles))
        self.steps_editor.set_roles(list(_lines(self.roles_edit)))
        self.steps_editor.set_steps(p.steps)
        self.total_spin.setValue(p.minutes)
        self.sum_check.setChecked(p.minutes == self.steps_editor.total())
        self._update_total()

    def protocol(self) -> Protocol:
        """The protocol as the form holds it now, in every language (not yet checked)."""
        self._keep_texts()
        self._drop_stale()
        written = self._values[SOURCE_LANGUAGE]
        others: dict[str, dict[str, str | list[str]]] = {}
        for lang, fields in self._values.items():
            if lang == SOURCE_LANGUAGE:
                continue
            kept: dict[str, str | list[str]] = {}
            for f, text in fields.items():
                if f in PROTOCOL_LIST_FIELDS and _split(text):
                    kept[f] = list(_split(text))
                elif f in PROTOCOL_TEXT_FIELDS and text.strip():   # empty: not translated (shown as written)
                    kept[f] = text
            others[lang] = kept
        return Protocol(
            name=written["name"],
            purpose=written["purpose"],
            when_to_use=written["when_to_use"],
            credit=self.credit_edit.toPlainText(),
            minutes=self.total_spin.value(),
            group_size=written["group_size"],
            roles=_lines(self.roles_edit),
            materials=_split(written["materials"]),
            norms=_split(written["norms"]),
            equity_moves=_split(written["equity_moves"]),
            steps=self.steps_editor.steps(),
            texts=texts_from(others),
        )

    # -- save -----------------------------------------------------------------------------
    def save(self) -> bool:
        """Check and store; on a refusal show what to fix and keep the dialog open."""
        self._clear_error()
        p = self.protocol()
        try:
            self.service.save(p, replacing=self.replacing, translated=True)   # every language, as the form holds it
        except ProtocolFormatError as exc:
            text = f"{field_label(exc.field)}: {exc.problem}"
            if exc.field == "minutes":
                text += QCoreApplication.translate("ProtocolEditorDialog", ". Change a step's minutes, or tick “Set total to the sum of the steps”.")
            self.show_error(text, exc.field)
            return False
        except ValueError as exc:
            self.show_error(str(exc), None)
            return False
        self.saved_name = p.name.strip()
        self.accept()
        return True

    def error_text(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def show_error(self, text: str, field: str | None) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        widget = self._show_field(field)
        if widget is not None:
            widget.setStyleSheet(ERROR_STYLE)
            self._marked = widget

    def _clear_error(self) -> None:
        self.error_label.hide()
        self.error_label.setText("")
        if self._marked is not None:
            self._marked.setStyleSheet("")
            self._marked = None

    def _show_field(self, field: str | None) -> QWidget | None:
        m = _FIELD.fullmatch(field or "")
        if not m:
            return None
        if field_language(field) != self.lang:   # a refusal in the other language: show that language
            self.set_language(field_language(field))
        key, index, sub = m.group("key"), m.group("index"), m.group("sub")
        if key == "steps":
            self.tabs.setCurrentIndex(2)
            if index:
                return self.steps_editor.focus_field(int(index) - 1, sub)
            return self.steps_editor.table
        if key == "minutes":
            self.tabs.setCurrentIndex(2)
            self.total_spin.setFocus()
            return self.total_spin
        widgets = {
            "name": (0, self.name_edit),
            "group_size": (0, self.group_size_edit),
            "purpose": (0, self.purpose_edit),
            "when_to_use": (0, self.when_edit),
            "credit": (0, self.credit_edit),
            "roles": (1, self.roles_edit),
            "materials": (1, self.materials_edit),
            "norms": (1, self.norms_edit),
            "equity_moves": (1, self.equity_edit),
        }
        if key not in widgets:
            return None
        page, widget = widgets[key]
        self.tabs.setCurrentIndex(page)
        widget.setFocus()
        return widget

    # -- live total ----------------------------------------------------------------------
    def set_total_to_sum(self) -> None:
        self.sum_check.setChecked(True)
        self.total_spin.setValue(self.steps_editor.total())

    def _sum_toggled(self, on: bool) -> None:
        self.total_spin.setEnabled(not on)
        if on:
            self.total_spin.setValue(self.steps_editor.total())
        self._update_total()

    def _steps_changed(self) -> None:
        if self.sum_check.isChecked():
            self.total_spin.setValue(max(1, self.steps_editor.total()))
        self._update_total()

    def _roles_changed(self) -> None:
        self.steps_editor.set_roles(list(_lines(self.roles_edit)))

    def _update_total(self) -> None:
        steps, total = self.steps_editor.total(), self.total_spin.value()
        text = QCoreApplication.translate("ProtocolEditorDialog", "Steps add up to {steps} of {total} minutes").format(steps=steps, total=total)
        if steps < total:
            text += QCoreApplication.translate("ProtocolEditorDialog", ": {value} min not yet given to a step").format(value=total - steps)
        elif steps > total:
            text += QCoreApplication.translate("ProtocolEditorDialog", ": {value} min too many").format(value=steps - total)
        self.total_label.setText(text)
        self.total_label.setStyleSheet("" if steps == total else "color: #B8360A; font-weight: bold;")

    def fit_to(self, width: int, height: int) -> None:
        """Size the dialog to sit comfortably on a screen of width x height."""
        self.resize(min(1100, int(width * 0.94)), min(820, int(height * 0.9)))


def _scrolling(page: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(page)
    return area
