"""Suggested clusters for loose notes, offline: vectors from one small `Embedder`, then
average-link agglomerative clustering; names from each group's most telling words.

The default embedder is TF-IDF over words and character 3-5-grams (so "tutoring" and
"tutorías" share something), centred on the mean before the cosine. It is pure numpy;
a sentence encoder can replace it behind the same one-method interface. numpy loads
when a suggestion is first asked for, never at start-up. Same input, same clusters."""

from __future__ import annotations

import math
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
        m = np.log1p(m) * idf
        return m


def _normalise(v: np.ndarray, centre: bool) -> np.ndarray:
    import numpy as np

    if centre and len(v) > 1:
        v = v - v.mean(axis=0)
    norms = np.linalg.norm(v, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return v / norms


def _merges(dist: np.ndarray) -> list[tuple[int, int]]:
    """Average-link merges, closest first: (kept cluster index, merged cluster index)."""
    import numpy as np

    n = len(dist)
    d = dist.astype(np.float64).copy()
    np.fill_diagonal(d, np.inf)
    size = np.ones(n)
    alive = np.ones(n, dtype=bool)
    out = []
    for _ in range(n - 1):
        flat = int(np.argmin(d))
        a, b = divmod(flat, n)
        if a > b:
            a, b = b, a
        out.append((a, b))
        merged = (d[a] * size[a] + d[b] * size[b]) / (size[a] + size[b])
        d[a, :] = merged
        d[:, a] = merged
        d[a, a] = np.inf
        d[b, :] = np.inf
        d[:, b] = np.inf
        size[a] += size[b]
        alive[b] = False
    return out


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


def _silhouette(dist: np.ndarray, labels: list[int]) -> float:
    import numpy as np

    lab = np.array(labels)
    ks = sorted(set(labels))
    if len(ks) < 2 or len(ks) >= len(labels):
        return -1.0
    sums = np.stack([dist[:, lab == c].sum(axis=1) for c in ks], axis=1)
    counts = np.array([(lab == c).sum() for c in ks], dtype=float)
    own = np.array([ks.index(c) for c in labels])
    a = sums[np.arange(len(lab)), own] / np.maximum(counts[own] - 1, 1)
    other = sums / counts
    other[np.arange(len(lab)), own] = np.inf
    b = other.min(axis=1)
    s = np.where(counts[own] > 1, (b - a) / np.maximum(np.maximum(a, b), 1e-12), 0.0)
    return float(s.mean())


def cluster_vectors(vectors: np.ndarray, k: int | None = None, centre: bool = True) -> list[int]:
    """A group number per row. Without `k`, the k (2 to n/2) with the best silhouette."""
    import numpy as np

    n = len(vectors)
    if n == 0:
        return []
    if n == 1:
        return [0]
    v = _normalise(np.asarray(vectors, dtype=np.float64), centre)
    dist = np.clip(1.0 - v @ v.T, 0.0, 2.0)
    merges = _merges(dist)
    if k is not None:
        return _labels(n, merges, max(1, min(n, k)))
    best, best_k = -2.0, 1
    for kk in range(2, max(2, min(n - 1, n // 2, 40)) + 1):
        s = _silhouette(dist, _labels(n, merges, kk))
        if s > best + 1e-9:
            best, best_k = s, kk
    return _labels(n, merges, best_k)


def name_for(texts: Sequence[str], others: Sequence[str], most: int = 3) -> str:
    """The words that tell this group from the rest: frequent here, rare elsewhere."""
    here: dict[str, int] = {}
    shown: dict[str, str] = {}
    for t in texts:
        for raw in t.split():
            key = folded(raw)
            if key and key not in STOPWORDS and len(key) > 2 and not key.isdigit():
                shown.setdefault(key, raw.strip(".,;:!?¡¿()\"'“”").lower())
        for w in set(folded(t).split()):
            if w not in STOPWORDS and len(w) > 2 and not w.isdigit():
                here[w] = here.get(w, 0) + 1
    elsewhere: dict[str, int] = {}
    for t in others:
        for w in set(folded(t).split()):
            elsewhere[w] = elsewhere.get(w, 0) + 1
    n_here, n_other = max(1, len(texts)), max(1, len(others))
    scored = sorted(here, key=lambda w: (-(here[w] / n_here - elsewhere.get(w, 0) / n_other), -here[w], w))
    picked = [shown.get(w, w) for w in scored[:most] if here[w] >= min(2, len(texts))]
    if not picked:  # no word is shared: the most telling word of the group still names it
        picked = [shown.get(w, w) for w in scored[:1]]
    return ", ".join(picked).capitalize() if picked else "Other"


def suggest(texts: Mapping[int, str], k: int | None = None, embedder: Embedder | None = None,
            centre: bool = True) -> list[Suggestion]:
    """Groups of the given notes (pass only the loose ones: hand-made clusters are left alone)."""
    ids = sorted(texts)
    if not ids:
        return []
    vectors = (embedder or TfidfEmbedder()).embed([texts[i] for i in ids])
    return group(texts, vectors, k, centre)


def group(texts: Mapping[int, str], vectors: np.ndarray, k: int | None = None,
          centre: bool = True) -> list[Suggestion]:
    """`suggest` for vectors already made: one row per note, in the order of the sorted note ids."""
    ids = sorted(texts)
    if not ids:
        return []
    labels = cluster_vectors(vectors, k, centre)
    groups: dict[int, list[int]] = {}
    for nid, lab in zip(ids, labels):
        groups.setdefault(lab, []).append(nid)
    out = []
    for members in sorted(groups.values(), key=lambda g: (-len(g), g[0])):
        member_set = set(members)
        name = name_for([texts[i] for i in members], [texts[i] for i in ids if i not in member_set])
        out.append(Suggestion(tuple(members), name))
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
