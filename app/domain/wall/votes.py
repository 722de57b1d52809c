"""Dot votes: each person has 1-12 dots and may put at most `per_cluster` on one cluster."""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from app.i18n import _

MIN_DOTS, MAX_DOTS = 1, 12


class VoteError(ValueError):
    """A vote breaks the board's rules; the message says which."""


class VoteRules(NamedTuple):
    per_person: int = 3
    per_cluster: int = 0   # 0: no cap beyond per_person


def check_rules(rules: VoteRules) -> VoteRules:
    if not MIN_DOTS <= rules.per_person <= MAX_DOTS:
        raise VoteError(_("Dots per person: choose {low} to {high} (not {n}).").format(low=MIN_DOTS, high=MAX_DOTS, n=rules.per_person))
    if rules.per_cluster < 0 or rules.per_cluster > rules.per_person:
        raise VoteError(_("Dots per cluster: choose 0 (no cap) to {high} (not {n}).").format(high=rules.per_person, n=rules.per_cluster))
    return rules


def check_ballot(rules: VoteRules, dots: Mapping[int, int], voter: str = "") -> None:
    """One person's dots, {cluster id: dots}: within their total and the cap per cluster."""
    if any(d < 0 for d in dots.values()):
        raise VoteError(_("Dots cannot be negative."))
    total = sum(dots.values())
    if total > rules.per_person:
        raise VoteError((_("{voter} has {dots} dots; this puts down {n}.") if voter
                         else _("Each person has {dots} dots; this puts down {n}.")).format(voter=voter, dots=rules.per_person, n=total))
    if rules.per_cluster:
        over = [c for c, d in dots.items() if d > rules.per_cluster]
        if over:
            raise VoteError(_("At most {cap} dots on one cluster; this puts {n} on one.").format(cap=rules.per_cluster, n=dots[over[0]]))


def check_tally(rules: VoteRules, dots: int, voters: int | None) -> None:
    """A counted tally for one cluster (paper dots): at most voters x the cap per cluster."""
    if dots < 0:
        raise VoteError(_("A tally cannot be negative."))
    if voters:
        cap = voters * (rules.per_cluster or rules.per_person)
        if dots > cap:
            raise VoteError(_("{n} dots is more than {voters} people can put on one cluster ({cap}).").format(n=dots, voters=voters, cap=cap))


class Result(NamedTuple):
    cluster_id: int
    name: str
    dots: int


def results(names: Mapping[int, str], tallies: Mapping[int, int]) -> list[Result]:
    """Clusters by dots, most first; ties by name, so the order never flickers."""
    rows = [Result(c, names[c], int(tallies.get(c, 0))) for c in names]
    return sorted(rows, key=lambda r: (-r.dots, r.name.casefold(), r.cluster_id))
