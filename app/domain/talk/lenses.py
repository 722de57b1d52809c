"""Lens values and the groups they make.

Values are self-identified and optional. A person may hold several values of
one lens; a group then counts everyone who holds its value "alone or in
combination" (as census tables do), so group shares can add up to more than
100% and `LensShares.multi` says so. Someone with no value was not asked;
"Prefer not to say" is its own value. Neither is folded into another group.
(Splitting a typed or imported cell into values is the roster's: app/domain/people/lenses.py.)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from app.i18n import _

NOT_ASKED = "Not asked"
PREFER_NOT = "Prefer not to say"
OVER, UNDER, EVEN = "over", "under", "even"
MULTI_NOTE = ("Some people hold more than one value, each counted alone or in combination, "
              "so shares can add up to more than 100%.")

@dataclass(frozen=True)
class Group:
    label: str
    members: frozenset[int]


def lens_groups(present: Sequence[int], values: Mapping[int, Iterable[str]],
                order: Sequence[str] = ()) -> list[Group]:
    """The groups of one lens among the people `present`: one per value held (alone or in
    combination), plus "Not asked" for those with no value. Values in `order` come first."""
    members: dict[str, set[int]] = {}
    for p in dict.fromkeys(present):
        held = [v for v in (values.get(p) or ()) if v]
        if not held:
            members.setdefault(NOT_ASKED, set()).add(p)
        for v in held:
            members.setdefault(v, set()).add(p)
    rank = {v: i for i, v in enumerate(order)}

    def key(label: str):
        tail = 2 if label == NOT_ASKED else 1 if label == PREFER_NOT else 0
        return (tail, rank.get(label, len(rank)), label.lower())

    return [Group(label, frozenset(members[label])) for label in sorted(members, key=key)]


def is_multi(present: Sequence[int], values: Mapping[int, Iterable[str]]) -> bool:
    return any(len([v for v in (values.get(p) or ()) if v]) > 1 for p in present)


@dataclass(frozen=True)
class GroupShare:
    label: str
    people: int
    people_share: float  # of people present, 0..1
    seconds: float
    talk_share: float  # of talk by people, 0..1
    ratio: float | None  # talk share / people share; None before anyone talks
    direction: str  # OVER, UNDER or EVEN
    is_other: bool = False

    def marker(self) -> str:
        """The over/under indicator in words and a sign, never colour alone (in the keyboard's language; a Message,
        so the projector says it in its own)."""
        if self.ratio is None:
            return _("no talk yet")
        ratio = f"{self.ratio:.1f}×"
        if self.direction == OVER:
            return _("▲ over, {ratio}").format(ratio=ratio)
        if self.direction == UNDER:
            return _("▼ under, {ratio}").format(ratio=ratio)
        return _("● about even, {ratio}").format(ratio=ratio)


@dataclass(frozen=True)
class LensShares:
    groups: tuple[GroupShare, ...]
    people: int
    person_seconds: float
    multi: bool


def direction(ratio: float | None, tolerance: float = 1.25) -> str:
    if ratio is None:
        return EVEN
    if ratio > tolerance:
        return OVER
    if ratio < 1.0 / tolerance:
        return UNDER
    return EVEN


def group_shares(groups: Sequence[Group], seconds_by_person: Mapping[int, float], people: int,
                 multi: bool = False, tolerance: float = 1.25, other_label: str | None = None) -> LensShares:
    """Share of talk against share of people for each group. `people` is how many are present."""
    total = sum(seconds_by_person.values())
    out = []
    for g in groups:
        secs = sum(seconds_by_person.get(p, 0.0) for p in g.members)
        pshare = len(g.members) / people if people else 0.0
        tshare = secs / total if total > 0 else 0.0
        ratio = (tshare / pshare) if total > 0 and pshare > 0 else None
        out.append(GroupShare(g.label, len(g.members), pshare, secs, tshare, ratio, direction(ratio, tolerance),
                              is_other=other_label is not None and g.label == other_label))
    return LensShares(tuple(out), people, total, multi)
