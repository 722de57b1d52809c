"""Words made outside Qt (services' messages, the command line, the handout), in English or Spanish.

One gettext catalogue, `locale/es/LC_MESSAGES/convene.po`, compiled to the `.mo` beside it (committed;
`make translations` compiles it again, `tests/unit/test_i18n_catalogue.py` checks the two agree and that every
message marked in the code is in the catalogue). English is the source language: its "translation" is the
message itself.

The markers, which the catalogue's scan (`app/i18n/catalogue.py` `marked_messages`) finds:

- `_("...")`: translated now, in the language of the person at the keyboard (`set_language`, set by the
  console and the command line; from the system's locale until then): errors and printed lines.
- `ngettext("one ...", "{n} ...", n)`: the same, with the plural form `n` asks for.
- `N_("...")`: marked only, translated later (a table of words kept in English until shown).
- `translation(lang).gettext("...")` and the handout's `Words` (`app/export/words.py`): an explicit
  language, for a reader other than the console's user (a handout in Spanish while the console is in English).

No Qt and nothing else of ours is imported here, so every layer may use it.
"""

from __future__ import annotations

import gettext
import os
from collections.abc import Mapping
from functools import cache
from pathlib import Path

from app.domain.languages import HANDOUT_LANGS as HANDOUT_LANGS  # the one list of each (the domain imports nothing)
from app.domain.languages import LANGUAGES

EN = "en"
ES = "es"
LANGS = LANGUAGES
BILINGUAL = "bilingual"             # a handout in both: Spanish first, English beside it
DOMAIN = "convene"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"

_current = [""]   # "" until set: the system's language on first use


def check_lang(lang: str, allowed: tuple[str, ...] = LANGS) -> str:
    """`lang` if it is one we know; ValueError with one sentence otherwise."""
    if lang not in allowed:
        raise ValueError(_("Language “{lang}”: choose {choices}.").format(lang=lang, choices=", ".join(allowed)))
    return lang


@cache
def translation(lang: str) -> gettext.NullTranslations:
    """The catalogue of `lang` ("en": the messages as written)."""
    if lang == EN:
        return gettext.NullTranslations()
    if lang not in LANGS:
        raise ValueError(f"Language “{lang}”: choose {', '.join(LANGS)}.")
    return gettext.translation(DOMAIN, localedir=str(LOCALE_DIR), languages=[lang])


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The language the environment asks for: CONVENE_LANG, else LANGUAGE, LC_ALL, LC_MESSAGES, LANG (the first
    set); "es" when it is Spanish, "en" otherwise."""
    env = os.environ if environ is None else environ
    for key in ("CONVENE_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(key, "")
        if value:
            first = value.split(":")[0].split(".")[0].replace("-", "_").partition("_")[0].lower()
            return first if first in LANGS else EN
    return EN


def set_language(lang: str) -> None:
    """The language of the person at the keyboard (errors, the command line's lines)."""
    _current[0] = check_lang(lang)


def language() -> str:
    if not _current[0]:
        _current[0] = system_language()
    return _current[0]


def _(message: str) -> str:
    """`message` in the language of the person at the keyboard."""
    return translation(language()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return translation(language()).ngettext(singular, plural, n)


def N_(message: str) -> str:  # noqa: N802 - gettext's name for it
    """Marks `message` for the catalogue; it is translated where it is shown."""
    return message
