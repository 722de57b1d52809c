"""Talk across the convening: one summary per agenda item, protocol step or day,
and the balance index over time within one conversation."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass

from app.domain.talk.metrics import balance_index, figures
from app.domain.talk.turns import Turn


@dataclass(frozen=True)
class Summary:
    key: Hashable
    person_seconds: float
    many_seconds: float
    speakers: int  # how many people spoke
    turns: int
    balance: float | None


def summarize(turns: Sequence[Turn], key: Callable[[Turn], Hashable], present: Mapping[Hashable, Sequence[int]],
              now: float) -> list[Summary]:
    """One Summary per key value, in order of first turn. `present[key]` lists who was there
    (for the balance index); missing keys use the speakers only."""
    buckets: dict[Hashable, list[Turn]] = {}
    for t in sorted(turns, key=lambda t: (t.start, t.id)):
        buckets.setdefault(key(t), []).append(t)
    out = []
    for k, ts in buckets.items():
        spoke = [t.speaker for t in ts if t.speaker is not None]
        people = list(present.get(k, ())) or list(dict.fromkeys(spoke))
        f = figures(ts, people, now)
        out.append(Summary(k, f.person_seconds, f.many_seconds, len(set(spoke)),
                           sum(1 for t in ts if t.speaker is not None), f.balance))
    return out


def balance_over_time(turns: Sequence[Turn], present: Sequence[int], now: float,
                      points: int = 12) -> list[tuple[float, float | None]]:
    """(seconds since the first turn, balance of all talk up to then) at `points` even moments."""
    if not turns or points < 1:
        return []
    start = min(t.start for t in turns)
    end = max(t.end_or(now) for t in turns)
    out = []
    for i in range(1, points + 1):
        at = start + (end - start) * i / points
        secs = {p: 0.0 for p in present}
        for t in turns:
            if t.speaker is not None and t.start < at:
                secs[t.speaker] = secs.get(t.speaker, 0.0) + min(t.end_or(now), at) - t.start
        out.append((at - start, balance_index(secs[p] for p in present) if present else None))
    return out
