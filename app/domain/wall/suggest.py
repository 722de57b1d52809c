"""Suggested clusters for loose notes, offline: vectors from one small `Embedder`, then
average-link agglomerative clustering; names from each group's most telling words.

Two things a board shares are taken out before grouping, because they name the board, not a theme
(measured on labelled walls, tests/services/test_wall_suggest_quality.py): the direction of the words on
many of its notes ("FAFSA" on a FAFSA board: `board_words`, projected out of a sentence encoder's vectors
by `without`), and the mean of all its notes (centring). Without a number of clusters, the cut with the
best silhouette is chosen among 2 to about √n clusters (a 60-note wall: at most 8), the number of
themes facilitators make of a wall; allowed more, the silhouette splits a wall of weak themes into pairs.

The default embedder is TF-IDF over words and character 3-5-grams (so "tutoring" and
"tutorías" share something), centred on the mean before the cosine. It is pure numpy;
a sentence encoder can replace it behind the same one-method interface. numpy loads
when a suggestion is first asked for, never at start-up. Same input, same clusters."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, NamedTuple, Protocol

from app.domain.wall.text import folded

if TYPE_CHECKING:
    import numpy as np

STOPWORDS = frozenset("""
a an and are as at be been but by can do does for from had has have how i if in into is it its
more most no not of on or our over so than that the their them they this to too up us was we
were what when which who why will with without you your very much many just all some any get
el la los las un una unos unas y o de del al en que por para con sin se su sus es son no mas
muy lo le les nos nuestro nuestra nuestros nuestras como pero hay ya ser estar esta este estos
""".split())  # noqa: SIM905 - a word list reads better as text than as a hundred quoted strings


class Suggestion(NamedTuple):
    note_ids: tuple[int, ...]
    name: str


class Embedder(Protocol):
    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """One row per text; rows compared by cosine."""


class TfidfEmbedder:
    """TF-IDF over words (stop words out) and character 3-5-grams inside words."""

    def __init__(self, char_weight: float = 1.0) -> None:
        self.char_weight = char_weight

    @staticmethod
    def features(text: str) -> list[str]:
        words = [w for w in folded(text).split() if w not in STOPWORDS]
        grams = []
        for w in words:
            padded = f"<{w}>"
            for n in (3, 4, 5):
                grams += ["#" + padded[i:i + n] for i in range(max(1, len(padded) - n + 1))]
        return ["w:" + w for w in words] + grams

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        import numpy as np

        docs = [self.features(t) for t in texts]
        vocab: dict[str, int] = {}
        df: dict[str, int] = {}
        for d in docs:
            for f in set(d):
                df[f] = df.get(f, 0) + 1
        for f in sorted(df):
            if df[f] >= 2:  # a feature only one note has groups nothing
                vocab[f] = len(vocab)
        n = len(docs)
        m = np.zeros((n, max(1, len(vocab))), dtype=np.float64)
        for i, d in enumerate(docs):
            for f in d:
                j = vocab.get(f)
                if j is not None:
                    weight = 1.0 if f.startswith("w:") else self.char_weight
                    m[i, j] += weight
        idf = np.zeros(m.shape[1])
        for f, j in vocab.items():
            idf[j] = math.log((1 + n) / (1 + df[f])) + 1
        np.log1p(m, out=m)   # in place: at 10,000 notes this matrix is a few hundred MB
        m *= idf
        return m


def _normalise(v: np.ndarray, centre: bool, dtype) -> np.ndarray:
    """Unit rows (centred on their mean first), as a new array of `dtype`."""
    import numpy as np

    v = np.array(v, dtype=dtype)   # a copy: what follows is in place
    if centre and len(v) > 1:
        v -= v.mean(axis=0)
    norms = np.linalg.norm(v, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    v /= norms
    return v


def _merges(d: np.ndarray) -> list[tuple[int, int]]:
    """Average-link merges, lowest first: (kept index, merged index). `d`, the n x n distances, is used
    up as the working matrix. The nearest-neighbour chain (Murtagh): the same merges as merging the
    closest pair each time, in O(n²) steps instead of O(n³)."""
    import numpy as np

    n = len(d)
    np.fill_diagonal(d, np.inf)
    size = [1.0] * n
    height = [0.0] * n
    gone = np.zeros(n, dtype=d.dtype)   # inf for a cluster merged into another (its column is left stale)
    on_chain = np.zeros(n, dtype=bool)
    done: list[tuple[float, int, int]] = []
    chain: list[int] = []
    first = 0
    for _ in range(n - 1):
        if not chain:
            while gone[first]:
                first += 1
            chain.append(first)
            on_chain[first] = True
        while True:
            a = chain[-1]
            row = d[a] + gone
            b = int(np.argmin(row))
            if len(chain) > 1 and (row[chain[-2]] <= row[b] or on_chain[b]):
                b = chain[-2]   # reciprocal nearest neighbours (a tie goes to the chain)
                break
            chain.append(b)
            on_chain[b] = True
        chain.pop()
        chain.pop()
        on_chain[a] = on_chain[b] = False
        a, b = min(a, b), max(a, b)
        h = max(float(d[a, b]), height[a], height[b])   # never below a merge inside it
        sa, sb = size[a], size[b]
        merged = (d[a] * sa + d[b] * sb) / (sa + sb)
        merged[a] = np.inf
        d[a] = merged
        d[:, a] = merged
        gone[b] = np.inf
        size[a], height[a] = sa + sb, h
        done.append((h, a, b))
    done_order = sorted(range(len(done)), key=lambda i: done[i][0])   # stable: a merge after those inside it
    return [(done[i][1], done[i][2]) for i in done_order]


def _labels(n: int, merges: list[tuple[int, int]], k: int) -> list[int]:
    parent = list(range(n))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in merges[: max(0, n - k)]:
        parent[root(b)] = root(a)
    roots: dict[int, int] = {}
    return [roots.setdefault(root(i), len(roots)) for i in range(n)]


def _silhouette(p: np.ndarray, counts: np.ndarray, own: np.ndarray) -> float:
    """Mean silhouette of a grouping of unit rows, from `p` = each row . each group's sum of rows
    (n x k), as the sum of a row's cosine distances to a group is its size minus that dot product."""
    import numpy as np

    n, k = p.shape
    if k < 2 or k >= n:
        return -1.0
    rows = np.arange(n)
    sums = counts[None, :] - p
    a = sums[rows, own] / np.maximum(counts[own] - 1, 1)
    other = sums / counts
    other[rows, own] = np.inf
    b = other.min(axis=1)
    s = np.where(counts[own] > 1, (b - a) / np.maximum(np.maximum(a, b), 1e-12), 0.0)
    return float(s.mean())


def _best_k(v: np.ndarray, merges: list[tuple[int, int]], top: int) -> int:
    """The k (2 to `top`) whose cut has the best silhouette; the smallest k of a tie. Each row's dot
    products with the `top` groups' sums are made once; a coarser cut adds up their columns."""
    import numpy as np

    n = len(v)
    fine = np.array(_labels(n, merges, top))
    v = np.asarray(v, dtype=np.float64)
    member = np.zeros((top, n))
    member[fine, np.arange(n)] = 1.0
    p_fine = v @ (member @ v).T
    counts_fine = np.bincount(fine, minlength=top).astype(np.float64)
    parent = list(range(top))   # the fine groups, joined by the merges past the finest cut

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    scores: dict[int, float] = {}
    later = merges[max(0, n - top):]
    for kk in range(top, 1, -1):
        roots: dict[int, int] = {}
        coarse = np.array([roots.setdefault(root(j), len(roots)) for j in range(top)])
        join = np.zeros((top, kk))
        join[np.arange(top), coarse] = 1.0
        scores[kk] = _silhouette(p_fine @ join, counts_fine @ join, coarse[fine])
        if top - kk < len(later):
            a, b = later[top - kk]
            parent[root(int(fine[b]))] = root(int(fine[a]))
    best, best_k = -2.0, 1
    for kk in range(2, top + 1):
        if scores[kk] > best + 1e-9:
            best, best_k = scores[kk], kk
    return best_k


MAX_NOTES = 10_000   # one suggestion at most: its distances take 4 bytes x notes² (400 MB at 10,000)
EXACT_UP_TO = 4096   # notes whose distances are kept in float64; above, float32 (half the memory)


BOARD_WORD_SHARE = 0.12   # a word on at least this share of a board's notes (and on 3 of them) names the board
BOARD_WORD_LEAST = 3


def board_words(texts: Sequence[str]) -> list[str]:
    """The words (folded, stop words out) on so many of these notes that they name the board, not a theme."""
    counts: dict[str, int] = {}
    for t in texts:
        for w in {folded(x) for x in re.findall(r"\w+", t)}:
            if w and w not in STOPWORDS:
                counts[w] = counts.get(w, 0) + 1
    least = max(BOARD_WORD_LEAST, BOARD_WORD_SHARE * len(texts))
    return sorted(w for w, c in counts.items() if c >= least)


def without(vectors: np.ndarray, directions: np.ndarray | None) -> np.ndarray:
    """`vectors` with the span of `directions` (one row each, e.g. the board words' vectors) projected out."""
    import numpy as np

    v = np.asarray(vectors, dtype=np.float64)
    if directions is None or len(directions) == 0 or len(v) == 0:
        return v
    q, _ = np.linalg.qr(np.asarray(directions, dtype=np.float64).T)   # an orthonormal basis of their span
    return v - (v @ q) @ q.T


def most_clusters(n: int) -> int:
    """The most clusters a suggestion without a given number may make of n notes: about √n, 2 to 40."""
    return max(2, min(n - 1, round(math.sqrt(n)), 40))


def cluster_vectors(vectors: np.ndarray, k: int | None = None, centre: bool = True) -> list[int]:
    """A group number per row. Without `k`, the k (2 to about √n, at most 40) with the best silhouette."""
    import numpy as np

    n = len(vectors)
    if n == 0:
        return []
    if n == 1:
        return [0]
    if n > MAX_NOTES:
        raise ValueError(f"cluster_vectors: {n} rows, over {MAX_NOTES}.")
    v = _normalise(vectors, centre, np.float64 if n <= EXACT_UP_TO else np.float32)
    dist = v @ v.T
    np.subtract(1.0, dist, out=dist)
    np.clip(dist, 0.0, 2.0, out=dist)
    merges = _merges(dist)
    del dist
    if k is not None:
        return _labels(n, merges, max(1, min(n, k)))
    return _labels(n, merges, _best_k(v, merges, most_clusters(n)))


_SHOWN_STRIP = ".,;:!?¡¿()\"'“”"


class _Words(NamedTuple):
    """A note's words as naming reads them: the set of its folded words, and (folded, shown) in order."""

    folded: frozenset[str]
    shown: tuple[tuple[str, str], ...]


def _naming(word: str) -> bool:
    return word not in STOPWORDS and len(word) > 2 and not word.isdigit()


def _words(text: str, fold: dict[str, str]) -> _Words:
    shown = []
    for raw in text.split():
        key = fold.get(raw)
        if key is None:
            key = fold[raw] = folded(raw)
        if key and _naming(key):
            shown.append((key, raw.strip(_SHOWN_STRIP).lower()))
    return _Words(frozenset(folded(text).split()), tuple(shown))


def _name(group: Sequence[_Words], elsewhere: Mapping[str, int], n_other: int, most: int) -> str:
    here: dict[str, int] = {}
    shown: dict[str, str] = {}
    for w in group:
        for key, raw in w.shown:
            shown.setdefault(key, raw)
        for word in w.folded:
            if _naming(word):
                here[word] = here.get(word, 0) + 1
    n_here, n_other = max(1, len(group)), max(1, n_other)
    scored = sorted(here, key=lambda w: (-(here[w] / n_here - elsewhere.get(w, 0) / n_other), -here[w], w))
    picked = [shown.get(w, w) for w in scored[:most] if here[w] >= min(2, len(group))]
    if not picked:  # no word is shared: the most telling word of the group still names it
        picked = [shown.get(w, w) for w in scored[:1]]
    return ", ".join(picked).capitalize() if picked else "Other"


def name_for(texts: Sequence[str], others: Sequence[str], most: int = 3) -> str:
    """The words that tell this group from the rest: frequent here, rare elsewhere."""
    fold: dict[str, str] = {}
    elsewhere: dict[str, int] = {}
    for t in others:
        for w in set(folded(t).split()):
            elsewhere[w] = elsewhere.get(w, 0) + 1
    return _name([_words(t, fold) for t in texts], elsewhere, len(others), most)


def suggest(texts: Mapping[int, str], k: int | None = None, embedder: Embedder | None = None,
            centre: bool = True) -> list[Suggestion]:
    """Groups of the given notes (pass only the loose ones: hand-made clusters are left alone).

    With a sentence encoder, the board's words are embedded too and projected out of the notes' vectors;
    TF-IDF needs no such step (its inverse document frequency already weighs such words down)."""
    ids = sorted(texts)
    if not ids:
        return []
    embedder = embedder or TfidfEmbedder()
    notes = [texts[i] for i in ids]
    vectors = embedder.embed(notes)
    if isinstance(embedder, TfidfEmbedder):
        return group(texts, vectors, k, centre)
    words = board_words(notes)
    return group(texts, vectors, k, centre, embedder.embed(words) if words else None)


def group(texts: Mapping[int, str], vectors: np.ndarray, k: int | None = None,
          centre: bool = True, board: np.ndarray | None = None) -> list[Suggestion]:
    """`suggest` for vectors already made: one row per note, in the order of the sorted note ids;
    `board`: the vectors of the board's words (`board_words`), projected out first."""
    ids = sorted(texts)
    if not ids:
        return []
    labels = cluster_vectors(without(vectors, board), k, centre)
    groups: dict[int, list[int]] = {}
    for nid, lab in zip(ids, labels):
        groups.setdefault(lab, []).append(nid)
    fold: dict[str, str] = {}
    words = {i: _words(texts[i], fold) for i in ids}   # each note read once, not once per group
    everywhere: dict[str, int] = {}
    for w in words.values():
        for word in w.folded:
            everywhere[word] = everywhere.get(word, 0) + 1
    out = []
    for members in sorted(groups.values(), key=lambda g: (-len(g), g[0])):
        group_words = [words[i] for i in members]
        here: dict[str, int] = {}
        for w in group_words:
            for word in w.folded:
                here[word] = here.get(word, 0) + 1
        elsewhere = {word: everywhere[word] - c for word, c in here.items()}
        out.append(Suggestion(tuple(members), _name(group_words, elsewhere, len(ids) - len(members), 3)))
    return out


def adjusted_rand(truth: Sequence, found: Sequence) -> float:
    """Adjusted Rand index of two labelings (1: the same grouping; about 0: chance)."""
    from collections import Counter

    n = len(truth)
    if n < 2:
        return 1.0

    def c2(x: int) -> float:
        return x * (x - 1) / 2

    pairs = Counter(zip(truth, found))
    index = sum(c2(v) for v in pairs.values())
    a = sum(c2(v) for v in Counter(truth).values())
    b = sum(c2(v) for v in Counter(found).values())
    expected = a * b / c2(n)
    top = (a + b) / 2
    return 1.0 if top == expected else (index - expected) / (top - expected)


def moves_needed(truth: Sequence, found: Sequence) -> int:
    """Notes a facilitator would still move: those outside the best-matching true group of their cluster."""
    from collections import Counter

    by_found: dict = {}
    for t, f in zip(truth, found):
        by_found.setdefault(f, Counter())[t] += 1
    # Each found group keeps its majority true label; taken labels cannot be claimed twice.
    claims = sorted(((cnt, f, t) for f, c in by_found.items() for t, cnt in c.items()), reverse=True)
    used_f, used_t, kept = set(), set(), 0
    for cnt, f, t in claims:
        if f not in used_f and t not in used_t:
            used_f.add(f)
            used_t.add(t)
            kept += cnt
    return len(truth) - kept
