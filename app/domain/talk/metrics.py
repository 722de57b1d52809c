"""The live figures of one conversation: per person, and the balance index.

Shares are of tracked talk by people: the seconds each person held the floor
over the sum for everyone (so they add up to 100%). "Many voices" time is
tracked and shown on its own, never given to anyone.

Balance index: 1 minus the Gini coefficient of talk time per person present
(people who have not spoken count with zero). 1 means everyone spoke equally
long; it falls towards 0 as fewer people do more of the talking (one person of
n doing all of it gives 1/n).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from app.domain.talk.turns import Turn

BALANCE_HELP = ("Balance is 1 minus the Gini coefficient of talk time per person present: "
                "1 means everyone spoke equally long, and it falls towards 0 as fewer people do more of the talking.")


@dataclass(frozen=True)
class PersonFigures:
    person: int
    seconds: float
    share: float  # of talk by people, 0..1
    turns: int
    mean: float  # seconds per turn (0 if no turn)
    longest: float
    since_last: float | None  # seconds since their last turn ended (0 while speaking); None: not yet spoken
    speaking: bool


@dataclass(frozen=True)
class Figures:
    people: Mapping[int, PersonFigures]
    person_seconds: float  # talk by people
    many_seconds: float  # "many voices"
    not_spoken: tuple[int, ...]  # present people with no turn, in the order given
    balance: float | None  # None until someone has spoken
    speaker: int | None  # who has the floor now (None: nobody, or many voices)
    many_now: bool

    def seconds_by_person(self) -> dict[int, float]:
        return {p: f.seconds for p, f in self.people.items()}


def balance_index(seconds: Iterable[float]) -> float | None:
    """1 - Gini of `seconds` (one value per person present); None if nobody has talked."""
    xs = sorted(max(0.0, x) for x in seconds)
    n = len(xs)
    total = sum(xs)
    if n == 0 or total <= 0:
        return None
    weighted = sum((i + 1) * x for i, x in enumerate(xs))
    gini = (2.0 * weighted) / (n * total) - (n + 1.0) / n
    return max(0.0, min(1.0, 1.0 - gini))


def figures(turns: Sequence[Turn], present: Sequence[int], now: float) -> Figures:
    """Every per-person figure at `now`. People who spoke but are no longer listed as
    present still count (their talk happened); the balance index is over `present`."""
    total: dict[int, float] = {}
    count: dict[int, int] = {}
    longest: dict[int, float] = {}
    last_end: dict[int, float] = {}
    many = 0.0
    speaker = None
    many_now = False
    for t in turns:
        end = t.end if t.end is not None else (now if now > t.start else t.start)
        length = end - t.start
        who = t.speaker
        if who is None:
            many += length
            if t.end is None:
                many_now = True
            continue
        total[who] = total.get(who, 0.0) + length
        count[who] = count.get(who, 0) + 1
        if length > longest.get(who, -1.0):
            longest[who] = length
        if t.end is None:
            speaker = who
            last_end[who] = now
        elif end > last_end.get(who, float("-inf")):
            last_end[who] = end
    person_seconds = sum(total.values())
    people: dict[int, PersonFigures] = {}
    for p in list(present) + [p for p in total if p not in set(present)]:
        if p in people:
            continue
        secs = total.get(p, 0.0)
        n = count.get(p, 0)
        people[p] = PersonFigures(
            person=p,
            seconds=secs,
            share=(secs / person_seconds) if person_seconds > 0 else 0.0,
            turns=n,
            mean=secs / n if n else 0.0,
            longest=longest.get(p, 0.0) if n else 0.0,
            since_last=(0.0 if p == speaker else max(0.0, now - last_end[p])) if p in last_end else None,
            speaking=p == speaker,
        )
    not_spoken = tuple(p for p in dict.fromkeys(present) if count.get(p, 0) == 0)
    balance = balance_index(total.get(p, 0.0) for p in dict.fromkeys(present))
    return Figures(people, person_seconds, many, not_spoken, balance, speaker, many_now)
