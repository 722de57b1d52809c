"""Near-duplicate notes: flagged so the facilitator can stack them, never merged."""

from __future__ import annotations

import math
from typing import Mapping

from app.domain.wall.text import folded

THRESHOLD = 0.8


def _grams(text: str) -> set[str]:
    t = f" {folded(text)} "
    return {t[i:i + 3] for i in range(len(t) - 2)} if len(t) > 3 else {t}


def similarity(a: str, b: str) -> float:
    """Dice coefficient over character trigrams of the folded texts (1.0: the same words)."""
    ga, gb = _grams(a), _grams(b)
    if not ga or not gb:
        return 0.0
    return 2 * len(ga & gb) / (len(ga) + len(gb))


def near_duplicates(texts: Mapping[int, str], threshold: float = THRESHOLD) -> dict[int, list[int]]:
    """{note id: the other notes it nearly repeats}, only for notes that have some.

    Exact, and quick on 2,000 notes: two notes this similar must share one of the rarer
    grams in each one's prefix (prefix filtering), so only those pairs are compared."""
    grams = {n: _grams(t) for n, t in texts.items()}
    freq: dict[str, int] = {}
    for gs in grams.values():
        for g in gs:
            freq[g] = freq.get(g, 0) + 1
    ordered = {n: sorted(gs, key=lambda g: (freq[g], g)) for n, gs in grams.items()}
    ratio = threshold / (2 - threshold)
    index: dict[str, list[int]] = {}
    for n, gs in ordered.items():
        keep = len(gs) - math.ceil(ratio * len(gs)) + 1
        for g in gs[:max(1, keep)]:
            index.setdefault(g, []).append(n)
    out: dict[int, set[int]] = {}
    for postings in index.values():
        for i, a in enumerate(postings):
            for b in postings[i + 1:]:
                if b in out.get(a, ()):
                    continue
                ga, gb = grams[a], grams[b]
                if 2 * len(ga & gb) / (len(ga) + len(gb)) >= threshold:
                    out.setdefault(a, set()).add(b)
                    out.setdefault(b, set()).add(a)
    return {n: sorted(v) for n, v in sorted(out.items())}
