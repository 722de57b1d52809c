"""The hard rules of a round and who has met whom before.

A Meeting is one earlier pair or trio, with its `rank`: larger is more recent
(rounds of this convening rank above pairs brought in from an earlier one).
Repeating a pair is the one rule that may be broken, and only when no plan
without a repeat exists; do-not-pair is never broken; locked groups are kept as
they are; absent teams are left out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations


def pair_key(a: int, b: int) -> tuple[int, int]:
    return (a, b) if a < b else (b, a)


@dataclass(frozen=True)
class Meeting:
    teams: tuple[int, ...]
    rank: int
    label: str = ""

    def pairs(self):
        return [pair_key(a, b) for a, b in combinations(sorted(self.teams), 2)]


@dataclass(frozen=True)
class Rules:
    history: tuple[Meeting, ...] = ()
    do_not_pair: frozenset[tuple[int, int]] = frozenset()
    locks: tuple[tuple[int, ...], ...] = ()
    absent: frozenset[int] = frozenset()

    @staticmethod
    def make(history=(), do_not_pair=(), locks=(), absent=()) -> Rules:
        return Rules(
            tuple(history),
            frozenset(pair_key(a, b) for a, b in do_not_pair),
            tuple(tuple(lock) for lock in locks),
            frozenset(absent),
        )

    def last_met(self) -> dict[tuple[int, int], Meeting]:
        """For each pair that met before, the most recent meeting."""
        out: dict[tuple[int, int], Meeting] = {}
        for meeting in self.history:
            for key in meeting.pairs():
                old = out.get(key)
                if old is None or meeting.rank > old.rank:
                    out[key] = meeting
        return out

    def next_rank(self) -> int:
        return max((m.rank for m in self.history), default=0) + 1

    def forbidden(self, a: int, b: int) -> bool:
        return pair_key(a, b) in self.do_not_pair


@dataclass(frozen=True)
class Problem:
    """What could not be done as asked, in one sentence a facilitator can act on."""

    text: str
    kind: str = "repeat"  # repeat, unpaired, lock
    teams: tuple[int, ...] = field(default=())
