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

# Words for the built-in attributes, said in the keyboard's language where a reason is made: (label, a pair's
# "different ...", a pair's "both ...", a trio's "all different ...", a trio's "all three ...").
_WORDS = {
    "district": (N_("District"), N_("different districts"), N_("both in {v}"), N_("all different districts"),
                 N_("all three in {v}")),
    "region": (N_("Region"), N_("different regions"), N_("both in {v}"), N_("all different regions"),
               N_("all three in {v}")),
    "level": (N_("Level"), N_("different levels"), N_("both {v} schools"), N_("all different levels"),
              N_("all three {v} schools")),
    "focus": (N_("Focus"), N_("different focus areas"), N_("both working on {v}"), N_("all different focus areas"),
              N_("all three working on {v}")),
    "size": (N_("Size"), N_("different sizes"), N_("both {v}"), N_("all different sizes"), N_("all three {v}")),
}


def attribute_label(name: str) -> str:
    return _(_WORDS[name][0]) if name in _WORDS else name[:1].upper() + name[1:]


def size_band(members: int) -> str:
    """The 'size' attribute of a team, from how many people came: bands, not counts."""
    if members <= 0:
        return ""
    if members <= 3:
        return _("small teams (1-3)")
    if members <= 6:
        return _("mid-size teams (4-6)")
    return _("large teams (7+)")


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


def criterion_points(c: Criterion, a: TeamProfile, b: TeamProfile, trio: bool = False) -> tuple[int, str]:
    """Points one criterion gives the pair, and the phrase that says why ("" if none), in the keyboard's
    language; `trio`: the phrase for three teams that all share it ("all three in North")."""
    if not c.active:
        return 0, ""
    va, vb = a.value(c.attribute), b.value(c.attribute)
    if not va or not vb:
        return 0, ""
    same = _key(va) == _key(vb)
    words = _WORDS.get(c.attribute)
    if c.mode == "same" and same:
        if words:
            return c.weight, _(words[4] if trio else words[2]).format(v=va)
        said = _("all same {attribute}: {v}") if trio else _("same {attribute}: {v}")
        return c.weight, said.format(attribute=c.attribute, v=va)
    if c.mode == "different" and not same:
        if words:
            return c.weight, _(words[3] if trio else words[1])
        said = _("all different {attribute}") if trio else _("different {attribute}")
        return c.weight, said.format(attribute=c.attribute)
    return 0, ""


def pair_score(a: TeamProfile, b: TeamProfile, criteria: tuple[Criterion, ...] | list[Criterion]) -> tuple[int, list[str]]:
    """The score of pairing a with b, and the phrases that earned it, heaviest first."""
    total = 0
    earned: list[tuple[int, int, str]] = []
    for n, c in enumerate(criteria):
        points, phrase = criterion_points(c, a, b)
        if points:
            total += points
            earned.append((-points, n, phrase))
    earned.sort()
    return total, [p for _, _, p in earned]


def max_pair_score(criteria) -> int:
    return sum(c.weight for c in criteria if c.active)
