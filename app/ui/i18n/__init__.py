"""The console's language: Qt translators for our words (`convene_es.qm`) and Qt's own (`qtbase_es.qm`).

The console speaks one language at a time, chosen in File > Settings… (`ui/language` in the QSettings:
"en", "es", or "" for the laptop's own language) and taken at start-up, before any window is built:
`install(console_language(settings))`. Every text in app/ui (the projector aside: it has its own
translators, since a room can read two languages at once) goes through
`QCoreApplication.translate(context, text)`, so a Qt translator installed on the application answers it.
`translations/convene_es.ts` is the source (kept by pyside6-lupdate, translated by us); this folder holds
what pyside6-lrelease makes of it (`make translations`). Dates, times and numbers go through QLocale, whose
default follows the language too (Spanish as written in the United States).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

HERE = Path(__file__).resolve().parent
SETTING = "ui/language"
# (code, the language's name in itself): what Settings offers; English is the source language.
LANGUAGES: tuple[tuple[str, str], ...] = (("en", "English"), ("es", "Español"))
CODES = tuple(code for code, _name in LANGUAGES)

_installed: list[QTranslator] = []
_locale_before: QLocale | None = None
_current = "en"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks `text` for lupdate under `context` where it cannot be translated yet (a module-level table);
    whoever shows it calls QCoreApplication.translate(context, text). Qt's own returns `object` to mypy."""
    return text


def current_language() -> str:
    """The language the console speaks now ("en" until `install` says otherwise)."""
    return _current


def system_language() -> str:
    """CONVENE_LANG when it names a language the console speaks (as the command line reads it), else the
    laptop's language if the console speaks it, else English."""
    asked = os.environ.get("CONVENE_LANG", "")
    if asked in CODES:
        return asked
    return "es" if QLocale.system().language() == QLocale.Language.Spanish else "en"


def chosen_language(settings: QSettings) -> str:
    """What Settings holds: "en", "es", or "" (follow the laptop)."""
    value = settings.value(SETTING, "")
    return value if isinstance(value, str) and value in CODES else ""


def console_language(settings: QSettings) -> str:
    """The language the console starts in: the one chosen in Settings, else the laptop's."""
    return chosen_language(settings) or system_language()


def locale_of(lang: str) -> QLocale:
    if lang == "es":
        return QLocale(QLocale.Language.Spanish, QLocale.Country.UnitedStates)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def ui_locale() -> QLocale:
    """The console's locale for dates and numbers: its language's, whatever the laptop's (tests included)."""
    return locale_of(_current)


def long_date(date) -> str:
    """A date as a facilitator says it: "Friday 22 January", "viernes 22 de enero" (a datetime.date)."""
    from PySide6.QtCore import QDate

    pattern = "dddd d 'de' MMMM" if _current == "es" else "dddd d MMMM"
    return ui_locale().toString(QDate(date.year, date.month, date.day), pattern)


def qt_translations_dir() -> Path:
    """Where Qt's own .qm files are: Qt's library info, else PySide6's folder (a frozen build keeps qtbase_es)."""
    path = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if (path / "qtbase_es.qm").exists():
        return path
    import PySide6

    return Path(PySide6.__file__).resolve().parent / "Qt" / "translations"


def _catalogues(lang: str) -> list[Path]:
    """English needs only its plurals ("1 minute", "2 minutes": convene_en.qm); Spanish needs every text
    and Qt's own words for its standard dialogs."""
    if lang == "es":
        return [HERE / "convene_es.qm", qt_translations_dir() / "qtbase_es.qm"]
    return [HERE / "convene_en.qm"]


def install(lang: str) -> list[QTranslator]:
    """Make `lang` the console's language: its translators on the application and QLocale's default.

    Replaces what an earlier call installed. Call it before the windows are built: texts are translated
    when a widget is made."""
    global _locale_before, _current
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install() needs the QApplication first.")
    _remove()
    lang = lang if lang in CODES else "en"
    _current = lang
    from app.i18n import set_language  # the services' messages (gettext) speak the console's language too

    set_language(lang)
    if lang != "en":
        _locale_before = QLocale()
        QLocale.setDefault(locale_of(lang))
    for path in _catalogues(lang):
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
    return list(_installed)


def ensure_installed() -> None:
    """The console's catalogues, if nothing installed them yet (a console built without `convene`'s start-up:
    the tests, the smoke run): English's plurals at least."""
    if not _installed and QCoreApplication.instance() is not None:
        install(_current)


def uninstall() -> None:
    """Back to English (its plurals only) and the locale from before."""
    install("en")


def _remove() -> None:
    global _locale_before, _current
    _current = "en"
    app = QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)
        translator.deleteLater()
    if _locale_before is not None:
        QLocale.setDefault(_locale_before)
        _locale_before = None
