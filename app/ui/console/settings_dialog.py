"""File > Settings…: the console's language (this laptop), and the open convening's projector and handout languages.

The console's language is the laptop's (QSettings `ui/language`). Texts are translated as the windows are built,
so a change builds the console again in its place at once (`ConsoleWindow.switch_language`: the same file,
services, projector and running timer), unless something only the old window holds is in use (phones connected,
another window open, a text being typed): then it applies at the next start, and the status bar says why.
The projector's and the handout's are the convening's own (stored in its file: `Workspace.set_languages`), so
a co-facilitator who opens the file on an English laptop still gets the Spanish room and handout.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.services.core.records import ConveningLanguages
from app.ui.i18n import LANGUAGES, SETTING, chosen_language, current_language, system_language


def _names() -> dict[str, str]:
    return dict(LANGUAGES)


def projector_choices() -> list[tuple[str, str]]:
    """(shown text, stored code) of the projector's languages: one, or both with the second smaller."""
    en, es = _names()["en"], _names()["es"]
    return [
        (en, "en"),
        (es, "es"),
        (QCoreApplication.translate("SettingsDialog", "{first}, with {second} smaller").format(first=en, second=es),
         "en+es"),
        (QCoreApplication.translate("SettingsDialog", "{first}, with {second} smaller").format(first=es, second=en),
         "es+en"),
    ]


def handout_choices() -> list[tuple[str, str]]:
    en, es = _names()["en"], _names()["es"]
    return [(en, "en"), (es, "es"),
            (QCoreApplication.translate("SettingsDialog", "Both ({first} and {second})").format(first=en, second=es),
             "bilingual")]


def _combo(accessible: str, choices: list[tuple[str, str]], current: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(accessible)
    for text, code in choices:
        combo.addItem(text, code)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class SettingsDialog(QDialog):
    """The languages. `languages` is the open convening's (None: no file open, that part is off)."""

    def __init__(self, settings: QSettings, languages: ConveningLanguages | None, parent: QWidget | None = None,
                 running: str | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(QCoreApplication.translate("SettingsDialog", "Settings"))
        self.running = running or current_language()
        layout = QVBoxLayout(self)

        laptop = QGroupBox(QCoreApplication.translate("SettingsDialog", "This laptop"))
        form = QFormLayout(laptop)
        names = _names()
        system = QCoreApplication.translate("SettingsDialog", "Same as this computer ({language})").format(
            language=names[system_language()])
        self.console_lang = _combo(QCoreApplication.translate("SettingsDialog", "Console language"),
                                   [(system, ""), *((name, code) for code, name in LANGUAGES)],
                                   chosen_language(settings))
        form.addRow(QCoreApplication.translate("SettingsDialog", "Console &language:"), self.console_lang)
        self.restart_note = QLabel(QCoreApplication.translate(
            "SettingsDialog", "The console changes language at once; while phones are connected or another window is "
            "open, the next time Convene starts."))
        self.restart_note.setWordWrap(True)
        form.addRow(self.restart_note)
        layout.addWidget(laptop)

        here = QGroupBox(QCoreApplication.translate("SettingsDialog", "This convening (kept in its file)"))
        form = QFormLayout(here)
        current = languages or ConveningLanguages()
        self.projector_lang = _combo(QCoreApplication.translate("SettingsDialog", "Projector language"),
                                     projector_choices(), current.projector)
        self.handout_lang = _combo(QCoreApplication.translate("SettingsDialog", "Handout language"),
                                   handout_choices(), current.handout)
        form.addRow(QCoreApplication.translate("SettingsDialog", "&Projector:"), self.projector_lang)
        form.addRow(QCoreApplication.translate("SettingsDialog", "&Handout:"), self.handout_lang)
        if languages is None:
            here.setEnabled(False)
            note = QLabel(QCoreApplication.translate(
                "SettingsDialog", "Open a convening to choose the languages of its projector and handout."))
            note.setWordWrap(True)
            form.addRow(note)
        layout.addWidget(here)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> tuple[str, ConveningLanguages]:
        """(console language: "" to follow the laptop, "en" or "es"; the convening's languages)."""
        return (str(self.console_lang.currentData()),
                ConveningLanguages(str(self.projector_lang.currentData()), str(self.handout_lang.currentData())))

    def save_console_language(self) -> bool:
        """Keep the console's language in the laptop's settings; True when Convene must restart to show it."""
        code, _langs = self.chosen()
        self.settings.setValue(SETTING, code)
        return (code or system_language()) != self.running
