"""`convene notes cluster` and the wall's suggestions on big sets: a file over the limit is refused in
one sentence before the model loads; grouping holds one matrix of 4-byte distances (so 10,000 notes fit
in 1 GB); and the fast grouping is the textbook one (same clusters, same names) on seeded sets.
The timings are in tests/benchmarks/bench_notes_cluster.py."""

from __future__ import annotations

import csv
import tracemalloc
from pathlib import Path

import numpy as np
import pytest

from app.cli import run
from app.domain.wall import suggest as sg
from app.services.wall import encoder
from app.services.wall.notes_csv import cluster_csv
from app.services.wall.records import WallError

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "wall"


class NoModel:
    """An embedder that fails the test if anything is embedded."""

    key = "spy/none"
    loaded = False

    def load(self) -> None:
        raise AssertionError("the model loaded for a file that is refused")

    def embed(self, texts):
        raise AssertionError(f"{len(texts)} notes embedded for a file that is refused")


def write_notes(path, n: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["text"])
        w.writerows([f"Note number {i} about buses"] for i in range(n))


def test_a_csv_over_ten_thousand_notes_is_refused_in_one_sentence_before_the_model_loads(tmp_path, data_dir, capsys,
                                                                                        monkeypatch):
    src = tmp_path / "big.csv"
    write_notes(src, sg.MAX_NOTES + 1)
    monkeypatch.setattr(encoder, "embedder", lambda: NoModel())
    assert run(["notes", "cluster", str(src), "--out", str(tmp_path / "out.csv")]) == 1
    err = capsys.readouterr().err.strip()
    assert "10,001" in err and "10,000" in err and "split" in err, err
    assert err.count("\n") == 0 and err.count(". ") == 0, "one sentence"
    assert not (tmp_path / "out.csv").exists()


def test_a_board_over_the_limit_is_refused_before_anything_is_embedded():
    from app.services.wall.vectors import suggest_job

    texts = {i: f"note {i}" for i in range(sg.MAX_NOTES + 1)}
    with pytest.raises(WallError, match="another board"):
        suggest_job(NoModel(), texts, {})


def test_ten_thousand_notes_are_not_refused(tmp_path):
    src = tmp_path / "ok.csv"
    write_notes(src, sg.MAX_NOTES)

    class Refused(Exception):
        pass

    class Stop:
        key = "spy/stop"

        def embed(self, texts):
            raise Refused   # got as far as embedding: not refused

    with pytest.raises(Refused):
        cluster_csv(src, embedder=Stop())


def test_grouping_many_notes_holds_one_matrix_of_four_byte_distances():
    """At 5,000 notes the distances alone are 100 MB in float32; the old grouping held two float64
    copies (400 MB) and more, which is how 4,000 notes took 614 MB and 10,000 did not fit."""
    n = 5000
    rng = np.random.default_rng(5)
    centres = rng.normal(size=(12, 48))
    v = (centres[rng.integers(0, 12, n)] + rng.normal(size=(n, 48))).astype(np.float32)
    tracemalloc.start()
    try:
        labels = sg.cluster_vectors(v)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(labels) == n and 2 <= len(set(labels)) <= 40
    assert peak <= 4 * n * n * 1.25, f"{peak / 1e6:.0f} MB for {n} notes"


# The textbook grouping, as it was before it was made fast: merge the closest pair of groups (average
# link) over the whole distance matrix each time; choose k by the silhouette over the whole matrix.

def reference_merges(dist):
    n = len(dist)
    d = dist.astype(np.float64).copy()
    np.fill_diagonal(d, np.inf)
    size = np.ones(n)
    out = []
    for _ in range(n - 1):
        a, b = divmod(int(np.argmin(d)), n)
        a, b = min(a, b), max(a, b)
        out.append((a, b))
        merged = (d[a] * size[a] + d[b] * size[b]) / (size[a] + size[b])
        d[a, :] = merged
        d[:, a] = merged
        d[a, a] = np.inf
        d[b, :] = np.inf
        d[:, b] = np.inf
        size[a] += size[b]
    return out


def reference_silhouette(dist, labels):
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
    return float(np.where(counts[own] > 1, (b - a) / np.maximum(np.maximum(a, b), 1e-12), 0.0).mean())


def reference_cluster(vectors, k=None, centre=True):
    n = len(vectors)
    if n < 2:
        return [0] * n
    v = np.asarray(vectors, dtype=np.float64)
    if centre:
        v = v - v.mean(axis=0)
    norms = np.linalg.norm(v, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    v = v / norms
    dist = np.clip(1.0 - v @ v.T, 0.0, 2.0)
    merges = reference_merges(dist)
    if k is not None:
        return sg._labels(n, merges, max(1, min(n, k)))
    best, best_k = -2.0, 1
    for kk in range(2, max(2, min(n - 1, round(n ** 0.5), 40)) + 1):   # about √n at most, as the app
        s = reference_silhouette(dist, sg._labels(n, merges, kk))
        if s > best + 1e-9:
            best, best_k = s, kk
    return sg._labels(n, merges, best_k)


def seeded_sets(count):
    rng = np.random.default_rng(21)
    for trial in range(count):
        n, dim, groups = int(rng.integers(2, 120)), int(rng.integers(2, 32)), int(rng.integers(1, 8))
        v = rng.normal(size=(groups, dim))[rng.integers(0, groups, n)] * rng.uniform(0.5, 3) + rng.normal(size=(n, dim))
        if trial % 4 == 0:
            v[rng.integers(0, n, n // 3)] = v[0]   # the same note pasted several times
        yield v, int(rng.integers(1, n + 1))


@pytest.mark.parametrize("exact_up_to", [sg.EXACT_UP_TO, 0], ids=["float64", "float32"])
def test_the_fast_grouping_finds_the_textbook_clusters(monkeypatch, exact_up_to):
    monkeypatch.setattr(sg, "EXACT_UP_TO", exact_up_to)
    for v, k in seeded_sets(60):
        assert sg.cluster_vectors(v) == reference_cluster(v)
        assert sg.cluster_vectors(v, k) == reference_cluster(v, k)
        assert sg.cluster_vectors(v, None, centre=False) == reference_cluster(v, None, centre=False)


def test_each_suggestion_is_named_as_name_for_names_it():
    with (FIXTURES / "notes_mixed.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    texts = {i: r["text"] for i, r in enumerate(rows)}
    for k in (None, 3, 6):
        for s in sg.suggest(texts, k):
            members = set(s.note_ids)
            assert s.name == sg.name_for([texts[i] for i in s.note_ids],
                                         [t for i, t in texts.items() if i not in members])

