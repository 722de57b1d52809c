"""Near-duplicate notes: flagged so the facilitator can stack them, never merged."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping

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


def near_duplicates(texts: Mapping[int, str], threshold: float = THRESHOLD,
                    only: Iterable[int] | None = None) -> dict[int, list[int]]:
    """{note id: the other notes it nearly repeats}, only for notes that have some
    (with `only`: just for those notes, against all of them).

    Exact; for each note, the grams it shares with every other note are counted at once
    from the notes each of its grams occurs in (numpy bincount), so 2,000 notes stay quick."""
    import numpy as np

    ids = list(texts)
    grams = [_grams(texts[i]) for i in ids]
    code: dict[str, int] = {}
    postings: list[list[int]] = []
    for k, gs in enumerate(grams):
        for g in gs:
            j = code.setdefault(g, len(code))
            if j == len(postings):
                postings.append([])
            postings[j].append(k)
    lists = [np.asarray(p, dtype=np.int32) for p in postings]
    sizes = np.asarray([len(gs) for gs in grams], dtype=np.float64)
    position = {nid: k for k, nid in enumerate(ids)}
    wanted = ids if only is None else [i for i in only if i in position]
    out: dict[int, list[int]] = {}
    for nid in wanted:
        k = position[nid]
        shared = np.bincount(np.concatenate([lists[code[g]] for g in grams[k]]), minlength=len(ids))
        dice = 2 * shared / (sizes[k] + sizes)
        dice[k] = 0.0
        hits = sorted(ids[j] for j in np.nonzero(dice >= threshold - 1e-12)[0])
        if hits:
            out[nid] = hits
    return dict(sorted(out.items()))


# Up to this many new or changed notes at once are compared one by one against the kept grams;
# more (a board seen for the first time, a CSV import) go through `near_duplicates` in one pass.
_ONE_BY_ONE = 32


class DuplicateIndex:
    """`near_duplicates` kept up to date between calls: the same answers, but only notes that are new
    or whose text changed since the last call are compared (against every note), so adding one note
    to a board of 500 costs one note's comparisons, not the board's.

    Its state is a function of the last mapping it was given (note id and text), never of how the
    notes got there: give `update` the board's notes as they are now, whatever happened meanwhile."""

    def __init__(self, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self._texts: dict[int, str] = {}
        self._grams: dict[int, frozenset[str]] = {}
        self._postings: dict[str, set[int]] = {}
        self._pairs: dict[int, set[int]] = {}
        self._out: dict[int, list[int]] = {}     # the sorted lists of _pairs, as last handed out

    def update(self, texts: Mapping[int, str]) -> dict[int, list[int]]:
        """{note id: the other notes it nearly repeats} for these notes, as `near_duplicates(texts)`.

        The lists handed out are never changed afterwards (a note's list is replaced when it changes)."""
        touched: set[int] = set()    # notes that lost a mate: their lists are sorted again
        for nid in [i for i, t in self._texts.items() if texts.get(i) != t]:
            touched |= self._remove(nid)
        fresh = [i for i in texts if i not in self._texts]
        for nid in fresh:
            self._texts[nid] = texts[nid]
            gs = frozenset(_grams(texts[nid]))
            self._grams[nid] = gs
            for g in gs:
                self._postings.setdefault(g, set()).add(nid)
        if len(fresh) > _ONE_BY_ONE:
            hits = near_duplicates(self._texts, self.threshold, only=fresh)
        else:
            hits = {nid: self._hits(nid) for nid in fresh}
        gained: dict[int, list[int]] = {}
        for nid, others in hits.items():
            for other in others:   # Dice is symmetric: a new note's hits are the others' new hits too
                if other not in self._pairs.setdefault(nid, set()):
                    self._pairs[nid].add(other)
                    gained.setdefault(nid, []).append(other)
                if nid not in self._pairs.setdefault(other, set()):
                    self._pairs[other].add(nid)
                    gained.setdefault(other, []).append(nid)
        for nid in touched | set(gained):
            mates = self._pairs.get(nid)
            if not mates:
                self._pairs.pop(nid, None)
                self._out.pop(nid, None)
            elif nid in touched or nid not in self._out:
                self._out[nid] = sorted(mates)
            else:              # only gained mates (a phone's note like 400 others): insert, not sort
                kept = self._out[nid].copy()
                for other in gained[nid]:
                    bisect.insort(kept, other)
                self._out[nid] = kept
        return dict(sorted(self._out.items()))

    def _hits(self, nid: int) -> list[int]:
        shared: dict[int, int] = {}
        for g in self._grams[nid]:
            for other in self._postings[g]:
                shared[other] = shared.get(other, 0) + 1
        size = len(self._grams[nid])
        floor = self.threshold - 1e-12
        return [o for o, c in shared.items()
                if o != nid and 2 * c / float(size + len(self._grams[o])) >= floor]

    def _remove(self, nid: int) -> set[int]:
        """Forget a note (gone, or its text changed); returns the notes that lost it as a mate."""
        del self._texts[nid]
        for g in self._grams.pop(nid):
            post = self._postings[g]
            post.discard(nid)
            if not post:
                del self._postings[g]
        self._out.pop(nid, None)
        mates = self._pairs.pop(nid, set())
        for other in mates:
            left = self._pairs.get(other)
            if left is not None:
                left.discard(nid)
        return mates - {nid}
