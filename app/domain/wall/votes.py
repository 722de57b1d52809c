"""Dot votes: each person has 1-12 dots and may put at most `per_cluster` on one cluster."""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

MIN_DOTS, MAX_DOTS = 1, 12


class VoteError(ValueError):
    """A vote breaks the board's rules; the message says which."""


class VoteRules(NamedTuple):
    per_person: int = 3
    per_cluster: int = 0   # 0: no cap beyond per_person


def check_rules(rules: VoteRules) -> VoteRules:
    if not MIN_DOTS <= rules.per_person <= MAX_DOTS:
        raise VoteError(f"Dots per person: choose {MIN_DOTS} to {MAX_DOTS} (not {rules.per_person}).")
    if rules.per_cluster < 0 or rules.per_cluster > rules.per_person:
        raise VoteError(f"Dots per cluster: choose 0 (no cap) to {rules.per_person} (not {rules.per_cluster}).")
    return rules


def check_ballot(rules: VoteRules, dots: Mapping[int, int], voter: str = "") -> None:
    """One person's dots, {cluster id: dots}: within their total and the cap per cluster."""
    who = f"{voter} has" if voter else "Each person has"
    if any(d < 0 for d in dots.values()):
        raise VoteError("Dots cannot be negative.")
    total = sum(dots.values())
    if total > rules.per_person:
        raise VoteError(f"{who} {rules.per_person} dots; this puts down {total}.")
    if rules.per_cluster:
        over = [c for c, d in dots.items() if d > rules.per_cluster]
        if over:
            raise VoteError(f"At most {rules.per_cluster} dots on one cluster; this puts {dots[over[0]]} on one.")


def check_tally(rules: VoteRules, dots: int, voters: int | None) -> None:
    """A counted tally for one cluster (paper dots): at most voters x the cap per cluster."""
    if dots < 0:
        raise VoteError("A tally cannot be negative.")
    if voters:
        cap = voters * (rules.per_cluster or rules.per_person)
        if dots > cap:
            raise VoteError(f"{dots} dots is more than {voters} people can put on one cluster ({cap}).")


class Result(NamedTuple):
    cluster_id: int
    name: str
    dots: int


def results(names: Mapping[int, str], tallies: Mapping[int, int]) -> list[Result]:
    """Clusters by dots, most first; ties by name, so the order never flickers."""
    rows = [Result(c, names[c], int(tallies.get(c, 0))) for c in names]
    return sorted(rows, key=lambda r: (-r.dots, r.name.casefold(), r.cluster_id))
