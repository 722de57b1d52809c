"""The projector's own words in one language or two: `words(lang)` and `Said`.

The projector's words (headings, "Next", "minutes left"...) are written in English in the scenes, marked for
`pyside6-lupdate` by calling a method named `translate` with a context first (`self.translate("Timer",
"Next")`), and translated in `translations/projector_es.ts`, compiled to `app/ui/i18n/projector_es.qm`
(`make translations`). The projector's language can differ from the console's, and a bilingual room needs
two languages at once, so each language has a QTranslator of its own, asked directly: none is installed in
the application (the console's is).

A `Said` is the text in the first language (it is a `str`) carrying the second language's text, when the
projector is bilingual, in `.second`; `Scene.text` draws the second smaller, beside or below the first.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTranslator

I18N_DIR = Path(__file__).resolve().parent.parent / "i18n"
_TRANSLATORS: dict[str, QTranslator | None] = {}
_PLURAL_S = re.compile(r"\((\w+)\)")

Translate = Callable[..., "Said"]   # a scene's translate(context, text, disambiguation=None, n=-1)


def translator(lang: str) -> QTranslator | None:
    """The projector's QTranslator for `lang` (None for English, the language the words are written in)."""
    if lang == "en":
        return None
    if lang not in _TRANSLATORS:
        t = QTranslator()
        _TRANSLATORS[lang] = t if t.load(str(I18N_DIR / f"projector_{lang}.qm")) else None
    return _TRANSLATORS[lang]


def words(lang: str) -> Callable[..., str]:
    """translate(context, text, disambiguation=None, n=-1) in `lang`; untranslated text comes back as written.

    `n` >= 0 picks the plural form and puts the number where the text says %n (in English, "(s)" is "s"
    unless n is 1)."""
    t = translator(lang)

    def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        out = t.translate(context, text, disambiguation, n) if t is not None else ""
        if not out:
            out = text if n < 0 else _PLURAL_S.sub("" if n == 1 else r"\1", text)
        return out.replace("%n", str(n)) if n >= 0 else out

    return translate


class Said(str):
    """Text in the projector's first language; `.second` is the same in the second language (bilingual
    projector), else None. `format` fills both (a template the same in both languages, such as "{a} · {b}",
    still gives the second language of the parts filled in)."""

    second: str | None
    langs: tuple[str, str]

    def __new__(cls, first: str, second: str | None = None, langs: tuple[str, str] = ("en", "en")) -> Said:
        obj = super().__new__(cls, first)
        obj.second = second if second and second != first else None
        obj.langs = langs
        return obj

    def format(self, *args, **kwargs) -> Said:
        first = str.format(self, *(_first(a) for a in args), **{k: _first(v) for k, v in kwargs.items()})
        values = (*args, *kwargs.values())
        if self.second is None and not any(isinstance(v, Said) and v.second is not None for v in values):
            return Said(first, None, self.langs)
        # a template written the same in both ("{more} · {until}") still carries its parts' second language
        template = self.second if self.second is not None else str.__str__(self)
        second = template.format(*(_second(a) for a in args), **{k: _second(v) for k, v in kwargs.items()})
        return Said(first, second, self.langs)


def _first(value):
    return str.__str__(value) if isinstance(value, Said) else value


def _second(value):
    if isinstance(value, Said):
        return value.second if value.second is not None else str.__str__(value)
    return value


def said(first: str, second: str | None = None) -> Said:
    return Said(first, second)


def english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> Said:
    """The words as written (English), as a Said: the default where a scene's helper is called without one."""
    return Said(words("en")(context, text, disambiguation, n))


def date_text(day, fmt: Said) -> Said:
    """`day` (a date) written with the Qt date format `fmt` ("dddd d MMMM yyyy", itself one of the projector's
    words, so each language orders it its own way), in each of fmt's languages (names of days and months from
    QLocale)."""
    from PySide6.QtCore import QDate, QLocale

    def one(pattern: str, lang: str) -> str:
        return QLocale(lang).toString(QDate(day.year, day.month, day.day), pattern)

    langs = getattr(fmt, "langs", ("en", "en"))
    return Said(one(str.__str__(fmt), langs[0]), one(fmt.second, langs[1]) if fmt.second else None)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks `text` for lupdate where it is defined (a constant); translated where it is drawn."""
    return text


def count(n: int, one: Said, many: Said) -> Said:
    """`one` when n is 1, else `many` with n where it says {n}: English and Spanish both have these two forms
    (lupdate's Python reader finds no plural forms in calls with a variable count, so each form is a message)."""
    chosen = one if n == 1 else many
    second = chosen.second.replace("{n}", str(n)) if chosen.second else None
    return Said(str.__str__(chosen).replace("{n}", str(n)), second, chosen.langs)


def compact(text: str, sep: str = " · ") -> str:
    """Both languages on one line at one size ("Page 2 of 3 · Página 2 de 3"), for a place with room for one
    line only; the text alone when it has no second language."""
    first = str.__str__(text)
    second = getattr(text, "second", None)
    return f"{first}{sep}{second}" if second else first


def labelled(template: Said, value: str) -> str:
    """A label of ours before a text the facilitator typed, the label in each language and the text once:
    "For whom / Para quién: seniors in the clubs" (the template's one placeholder ends it in both languages,
    as in "For whom: {text}"); the template filled in its first language otherwise."""
    first = str.__str__(template)
    second = getattr(template, "second", None)
    filled = first.replace(first[first.find("{"):first.find("}") + 1], value) if "{" in first else first
    if not second:
        return filled
    pre1, pre2 = _label_of(first), _label_of(second)
    if pre1 is None or pre2 is None:
        return filled
    return f"{pre1} / {pre2}: {value}"


def _label_of(template: str) -> str | None:
    """ "For whom" of "For whom: {text}"; None unless the template is a label, a colon and its placeholder."""
    head, brace, tail = template.partition("{")
    if not brace or not tail.endswith("}") or "{" in tail or not head.rstrip().endswith(":"):
        return None
    return head.rstrip().removesuffix(":").strip() or None


def once(template: Said, key: str, value: str, **others) -> Said:
    """`template` filled, with `value` (a text the facilitator typed, placeholder `key`) shown once: where both
    languages' templates end with it, our words that differ go side by side before what they share
    ("Next / Sigue  ·  10:30  Team data dive", "Day / Día 1: Who we are"); otherwise both languages in full,
    as `format` gives them."""
    filled = template.format(**{key: "\0"}, **others)
    first = str.__str__(filled)
    second = filled.second
    if second is None:
        return Said(first.replace("\0", value), None, template.langs)
    pre1, _, post1 = first.partition("\0")
    pre2, _, post2 = second.partition("\0")
    if post1 == post2 and "\0" in first and "\0" in second:
        shared = 0
        while shared < min(len(pre1), len(pre2)) and pre1[-1 - shared] == pre2[-1 - shared]:
            shared += 1
        while shared and pre1[len(pre1) - shared].isalnum():   # what they share starts between two words
            shared -= 1
        head1, head2 = pre1[:len(pre1) - shared].rstrip(), pre2[:len(pre2) - shared].rstrip()
        if head1 and head2:
            tail = pre1[len(pre1) - shared:]
            return Said(f"{head1} / {head2}{tail}{value}{post1}", None, template.langs)
    return Said(first.replace("\0", value), second.replace("\0", value), template.langs)
