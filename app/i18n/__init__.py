"""Words made outside Qt (services' messages, the command line, the handout), in English or Spanish.

One gettext catalogue, `locale/es/LC_MESSAGES/convene.po`, compiled to the `.mo` beside it (committed;
`make translations` compiles it again, `tests/unit/test_i18n_catalogue.py` checks the two agree and that every
message marked in the code is in the catalogue). English is the source language: its "translation" is the
message itself.

The markers, which the catalogue's scan (`app/i18n/catalogue.py` `marked_messages`) finds:

- `_("...")`: translated now, in the language of the person at the keyboard (`set_language`, set by the
  console and the command line; from the system's locale until then): errors and printed lines.
- `ngettext("one ...", "{n} ...", n)`: the same, with the plural form `n` asks for.
- Both give a `Message`, a `str` that `.in_(lang)` says again in another language (`said_in(exc, lang)` for an
  error): a refusal told to a co-facilitator's device in the device's language.
- `N_("...")`: marked only, translated later (a table of words kept in English until shown).
- `translation(lang).gettext("...")` and the handout's `Words` (`app/export/words.py`): an explicit
  language, for a reader other than the console's user (a handout in Spanish while the console is in English).

No Qt and nothing else of ours is imported here (the list of languages is `app/i18n/languages.py`), so every
layer may use it, the domain included.
"""

from __future__ import annotations

import gettext
import os
from collections.abc import Mapping
from functools import cache
from pathlib import Path

from app.i18n.languages import HANDOUT_LANGS as HANDOUT_LANGS  # the one list of each
from app.i18n.languages import LANGUAGES, LanguageError

EN = "en"
ES = "es"
LANGS = LANGUAGES
BILINGUAL = "bilingual"             # a handout in both: Spanish first, English beside it
DOMAIN = "convene"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"

_current = [""]   # "" until set: the system's language on first use


def check_lang(lang: str, allowed: tuple[str, ...] = LANGS) -> str:
    """`lang` if it is one we know; LanguageError (a ValueError) with one sentence otherwise."""
    if lang not in allowed:
        raise LanguageError(_("Language “{lang}”: choose {choices}.").format(lang=lang, choices=", ".join(allowed)))
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


class Message(str):
    """A message said in the keyboard's language that can be said again in another: the text (a `str`, so it
    goes wherever a string goes) remembers its msgid, its plural and count, and the values put into it by
    `.format(...)`. `in_(lang)` says it in `lang` (each value that is itself a Message in `lang` too), for a
    reader other than the console's: a co-facilitator's Spanish page told why its action was refused while the
    console reads English. Anything made from it by other means (`+`, an f-string, `str()`) is plain text."""

    __slots__ = ("_msgid", "_plural", "_n", "_args", "_kwargs")
    _msgid: str
    _plural: str
    _n: int
    _args: tuple[object, ...]
    _kwargs: dict[str, object]

    @classmethod
    def _make(cls, text: str, msgid: str, plural: str = "", n: int = 1,
              args: tuple[object, ...] = (), kwargs: dict[str, object] | None = None) -> Message:
        said = cls(text)
        said._msgid, said._plural, said._n, said._args, said._kwargs = msgid, plural, n, args, dict(kwargs or {})
        return said

    def format(self, *args: object, **kwargs: object) -> Message:
        return Message._make(str.format(self, *args, **kwargs), self._msgid, self._plural, self._n, args, kwargs)

    def in_(self, lang: str) -> str:
        """This message in `lang` ("en": as written), its values too."""
        t = translation(lang)
        text = t.ngettext(self._msgid, self._plural, self._n) if self._plural else t.gettext(self._msgid)
        if not self._args and not self._kwargs:
            return text
        return text.format(*(in_language(a, lang) for a in self._args),
                           **{k: in_language(v, lang) for k, v in self._kwargs.items()})


def in_language(text: object, lang: str) -> object:
    """`text` said in `lang` when it is a Message (else as it is: a name, a number, text typed or stored)."""
    return text.in_(lang) if isinstance(text, Message) else text


def said_in(exc: BaseException, lang: str) -> str:
    """An error's one sentence in `lang`, when it was made of a Message; else as it was raised."""
    first = exc.args[0] if len(exc.args) == 1 else None
    return first.in_(lang) if isinstance(first, Message) else str(exc)


def _(message: str) -> str:
    """`message` in the language of the person at the keyboard (a Message: `.in_(lang)` says it in another)."""
    return Message._make(translation(language()).gettext(message), message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return Message._make(translation(language()).ngettext(singular, plural, n), singular, plural, n)


def N_(message: str) -> str:  # noqa: N802 - gettext's name for it
    """Marks `message` for the catalogue; it is translated where it is shown."""
    return message
