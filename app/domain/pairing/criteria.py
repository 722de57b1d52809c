"""What makes two teams a good pair: one criterion per team attribute, and the
reasons for a pair in words.

A criterion says, for one attribute (district, region, level, focus, size or a
custom one), whether a pair scores when the two teams have the same value
("same"), different values ("different"), or not at all ("ignore"), and by how
much (an integer weight, 0-10). A team with no value for an attribute scores
nothing on it either way: nobody is "different" from an unknown. Scores are
integers so that the matching is exact.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from app.i18n import N_, _

MODES = ("same", "different", "ignore")
MAX_WEIGHT = 10

# Words for the built-in attributes: (label, plural for "different ...", phrase for "both ...").
_WORDS = {
    "district": (N_("District"), "different districts", "both in {v}"),
    "region": (N_("Region"), "different regions", "both in {v}"),
    "level": (N_("Level"), "different levels", "both {v} schools"),
    "focus": (N_("Focus"), "different focus areas", "both working on {v}"),
    "size": (N_("Size"), "different sizes", "both {v}"),
}


@dataclass(frozen=True)
class ReasonWords:
    """The phrases a pair's reason is made of. English by default (the domain's own words); the pairing service
    passes another language's when the convening stores its words in that language. `attributes` holds, per
    built-in attribute, the phrase for "different ..." and the one for "both ..." (with {v}, the value)."""

    attributes: Mapping[str, tuple[str, str]] = field(
        default_factory=lambda: {k: (v[1], v[2]) for k, v in _WORDS.items()})
    same: str = "same {attribute}: {value}"
    different: str = "different {attribute}"
    both: str = "both"                       # a "both ..." phrase says "all three ..." of a trio
    all_three: str = "all three {rest}"
    all_: str = "all {phrase}"
    pair_of: str = "{a} and {b}: {phrases}"
    met_before: str = "met before in {rounds}"
    first_time: str = "first time together"
    earlier_round: str = "an earlier round"
    values: Mapping[str, str] = field(default_factory=dict)   # computed values (a size band) in these words

    def of_trio(self, phrase: str) -> str:
        """A phrase the three pairs of a trio share, said of all three."""
        if phrase.startswith(self.both + " "):
            return self.all_three.format(rest=phrase[len(self.both) + 1:])
        return self.all_.format(phrase=phrase)


ENGLISH = ReasonWords()


def attribute_label(name: str) -> str:
    """A built-in attribute's name in the language of the person at the keyboard; another as it is, capitalised."""
    return _(_WORDS[name][0]) if name in _WORDS else name[:1].upper() + name[1:]


def size_band(members: int) -> str:
    """The 'size' attribute of a team, from how many people came: bands, not counts."""
    if members <= 0:
        return ""
    if members <= 3:
        return "small teams (1-3)"
    if members <= 6:
        return "mid-size teams (4-6)"
    return "large teams (7+)"


@dataclass(frozen=True)
class Criterion:
    attribute: str
    mode: str = "same"
    weight: int = 1

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ValueError(_("Criterion {attribute}: mode must be one of {choices}.").format(
                attribute=self.attribute, choices=", ".join(MODES)))
        if not isinstance(self.weight, int) or not 0 <= self.weight <= MAX_WEIGHT:
            raise ValueError(_("Criterion {attribute}: weight must be a whole number from 0 to {limit}.").format(
                attribute=self.attribute, limit=MAX_WEIGHT))

    @property
    def active(self) -> bool:
        return self.mode != "ignore" and self.weight > 0


@dataclass(frozen=True)
class TeamProfile:
    id: int
    name: str
    attributes: Mapping[str, str] = field(default_factory=dict)

    def value(self, attribute: str) -> str:
        return " ".join(str(self.attributes.get(attribute, "") or "").split())


def _key(text: str) -> str:
    return text.casefold()


def criterion_points(c: Criterion, a: TeamProfile, b: TeamProfile,
                     words: ReasonWords = ENGLISH) -> tuple[int, str]:
    """Points one criterion gives the pair, and the phrase that says why ("" if none), in `words`."""
    if not c.active:
        return 0, ""
    va, vb = a.value(c.attribute), b.value(c.attribute)
    if not va or not vb:
        return 0, ""
    same = _key(va) == _key(vb)
    said = words.attributes.get(c.attribute)
    if c.mode == "same" and same:
        value = words.values.get(va, va)
        phrase = said[1].format(v=value) if said else words.same.format(attribute=c.attribute, value=value)
        return c.weight, phrase
    if c.mode == "different" and not same:
        return c.weight, (said[0] if said else words.different.format(attribute=c.attribute))
    return 0, ""


def pair_score(a: TeamProfile, b: TeamProfile, criteria: tuple[Criterion, ...] | list[Criterion],
               words: ReasonWords = ENGLISH) -> tuple[int, list[str]]:
    """The score of pairing a with b, and the phrases that earned it, heaviest first."""
    total = 0
    earned: list[tuple[int, int, str]] = []
    for n, c in enumerate(criteria):
        points, phrase = criterion_points(c, a, b, words)
        if points:
            total += points
            earned.append((-points, n, phrase))
    earned.sort()
    return total, [p for _, _, p in earned]


def max_pair_score(criteria) -> int:
    return sum(c.weight for c in criteria if c.active)
