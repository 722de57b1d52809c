"""A pair's reason in the convening's language: the domain's phrases (`ReasonWords`, English there) said with
the gettext catalogue, so the reason a round stores reads in the language the convening stores its words in
(`Workspace.data_language()`). English keeps the domain's own words."""

from __future__ import annotations

from functools import cache

from app.domain.pairing.criteria import ENGLISH, ReasonWords
from app.i18n import EN, N_, translation

# The built-in attributes' phrases, as the domain has them (app/domain/pairing/criteria.py `_WORDS`), marked
# for the catalogue: (different ..., both ...).
ATTRIBUTES = {
    "district": (N_("different districts"), N_("both in {v}")),
    "region": (N_("different regions"), N_("both in {v}")),
    "level": (N_("different levels"), N_("both {v} schools")),
    "focus": (N_("different focus areas"), N_("both working on {v}")),
    "size": (N_("different sizes"), N_("both {v}")),
}
# A team's size band (`size_band`), a value the pairing computes rather than one people typed.
SIZES = (N_("small teams (1-3)"), N_("mid-size teams (4-6)"), N_("large teams (7+)"))


@cache
def reason_words(lang: str) -> ReasonWords:
    if lang == EN:
        return ENGLISH
    said = translation(lang)
    return ReasonWords(
        attributes={k: (said.gettext(d), said.gettext(b)) for k, (d, b) in ATTRIBUTES.items()},
        same=said.gettext("same {attribute}: {value}"), different=said.gettext("different {attribute}"),
        both=said.gettext("both"), all_three=said.gettext("all three {rest}"), all_=said.gettext("all {phrase}"),
        pair_of=said.gettext("{a} and {b}: {phrases}"), met_before=said.gettext("met before in {rounds}"),
        first_time=said.gettext("first time together"), earlier_round=said.gettext("an earlier round"),
        values={s: said.gettext(s) for s in SIZES})
