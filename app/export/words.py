"""The handout's own words in the handout's language: English, Spanish, or both (`bilingual`: Spanish first,
English after it in grey, the same rule for every heading, label and sentence).

Sections ask `words(h)` (one per handout) for their fixed texts:

- `w._(msgid, **values)`: paragraph markup (escaped), for `st.pm`. `values` are markup too (user text through
  `st.text`), or a function of one language's `One` (a date in words) called once per language.
- `w.p_(msgid, **values)`: the same as plain text (the page footer, a picture's labels).
- `w.n_(singular, plural, n, **values)` / `w.pn_(...)`: the plural form `n` asks for, in each language.
- `w.each(fn)`: `fn(one)` for each language, joined the same way (a text built from several pieces).

The messages live in the one gettext catalogue (app/i18n), so a message is written once and translated once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from app.i18n import BILINGUAL, EN, ES, HANDOUT_LANGS, N_, Message, check_lang, translation
from app.i18n import dates as _dates

if TYPE_CHECKING:
    from app.export.handout import Handout

SECOND = "#5b6270"          # the second language's colour: readable, and plainly the second
LONG = 60                   # a text longer than this puts its second language on a line of its own


class One:
    """One language's words."""

    def __init__(self, lang: str) -> None:
        self.lang = check_lang(lang)
        self._t = translation(lang)

    def _(self, msgid: str, **values) -> str:
        return self._format(self._t.gettext(msgid), values)

    def n_(self, singular: str, plural: str, n: int, **values) -> str:
        return self._format(self._t.ngettext(singular, plural, n), {"n": n, **values})

    def _format(self, template: str, values: dict) -> str:
        if not values:
            return template
        return template.format(**{k: (v(self) if callable(v) else v) for k, v in values.items()})

    def date(self, d: dt.date) -> str:
        return _dates.long_date(d, self.lang)

    def long_date(self, d: dt.date) -> str:
        """Without the weekday: "15 October 2026" / "15 de octubre de 2026"."""
        return _dates.long_date(d, self.lang, with_weekday=False)

    def month_year(self, d: dt.date) -> str:
        return _dates.month_year(d, self.lang)

    def span(self, days: tuple[dt.date, ...]) -> str:
        return _dates.date_span(days, self.lang)


class Words:
    def __init__(self, lang: str = EN) -> None:
        self.lang = check_lang(lang, HANDOUT_LANGS)
        self.ones = tuple(One(x) for x in ((ES, EN) if lang == BILINGUAL else (lang,)))

    @property
    def first(self) -> One:
        return self.ones[0]

    @property
    def bilingual(self) -> bool:
        return len(self.ones) > 1

    def each(self, fn: Callable[[One], str], plain: bool = False) -> str:
        """`fn(one)` in each language (markup, unless `plain`), joined as the handout joins its languages."""
        texts = [fn(one) for one in self.ones]
        if len(texts) == 1 or texts[0] == texts[1]:
            return texts[0]
        if plain:   # plain text: a sentence's second language on its own line (st.p keeps line breaks)
            return f"{texts[0]}\n{texts[1]}" if max(len(t) for t in texts) > LONG else f"{texts[0]} / {texts[1]}"
        if max(len(t) for t in texts) > LONG:
            return f'{texts[0]}<br/><font color="{SECOND}">{texts[1]}</font>'
        return f'{texts[0]} <font color="{SECOND}">/ {texts[1]}</font>'

    def _(self, msgid: str, **values) -> str:
        """Markup: the message escaped; `values` (markup, or functions of One) put in after."""
        return self.each(lambda one: one._format(escape(one._t.gettext(msgid)), values))

    def n_(self, singular: str, plural: str, n: int, **values) -> str:
        return self.each(lambda one: one._format(escape(one._t.ngettext(singular, plural, n)), {"n": n, **values}))

    def p_(self, msgid: str, **values) -> str:
        """Plain text."""
        return self.each(lambda one: one._(msgid, **values), plain=True)

    def pn_(self, singular: str, plural: str, n: int, **values) -> str:
        return self.each(lambda one: one.n_(singular, plural, n, **values), plain=True)

    def word(self, english: str) -> str:
        """A word or sentence made in English elsewhere (the domain's words, marked there with N_), as
        markup in the handout's language(s); text the catalogue does not hold stays as it is."""
        return self.each(lambda one: escape(english.in_(one.lang) if isinstance(english, Message)
                                            else one._t.gettext(english)).replace("\n", "<br/>"))


@lru_cache(maxsize=8)
def words_for(lang: str) -> Words:
    return Words(lang)


def words(h: Handout) -> Words:
    return words_for(h.lang)


def version(h: Handout) -> str:
    """"Shared version" or "Facilitator version", as markup in the handout's language(s)."""
    w = words(h)
    return w._("Facilitator version") if h.private else w._("Shared version")


# Words the domain makes in English (it imports nothing of ours, so it cannot mark them): marked here so the
# catalogue holds them, and shown through `Words.word` where the handout prints them.
DOMAIN_WORDS = (
    N_("Aim"), N_("Primary driver"), N_("Secondary driver"), N_("Change idea"),            # KIND_WORDS
    N_("not reviewed yet"), N_("done"), N_("partly"), N_("not yet"),                         # STATUS_WORDS
    N_("not decided yet"), N_("adopt"), N_("adapt"), N_("abandon"),                          # DECISION_WORDS
    N_("Balance is 1 minus the Gini coefficient of talk time per person present: 1 means everyone spoke "
       "equally long, and it falls towards 0 as fewer people do more of the talking."),    # BALANCE_HELP
    N_("Other groups"), N_("Prefer not to say"),                                             # talk's groups
    N_("Some people hold more than one value, each counted alone or in combination, so shares can add up to "
       "more than 100%."),                                                                  # MULTI_NOTE
    N_("Whole room"),                                                      # a conversation's scope, as stored
    N_("No values yet."),                                                                    # a run chart's words
    N_("No signal of change yet: the points vary as chance alone would let them."),
)
