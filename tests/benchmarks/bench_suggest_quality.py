"""What moves the suggested clusters' agreement with human themes (adjusted Rand index), on the walls
the method is chosen on (tests/fixtures/wall/notes_*.csv) and on the held-out walls (heldout/):
    .venv/bin/python tests/benchmarks/bench_suggest_quality.py
Each row changes one part of the method on the same sentence-encoder vectors: the grouping (average
link, the app's; Ward; spherical k-means), centring, taking out the board's words, and the largest
number of clusters the silhouette may choose (about √n, the app's; n/2, the method before). The number
of clusters is left to the method, as the Suggest button does.
Last line: RESULT heldout_ari=... dev_ari=... heldout_ari_before=... dev_ari_before=... (means over the walls;
the issue's goal: heldout_ari >= 0.2; "before" is n/2 and no board words, the method before this change).
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from app.domain.wall import suggest as sg  # noqa: E402
from app.services.wall.encoder import SentenceEncoder  # noqa: E402

WALLS = ROOT / "tests" / "fixtures" / "wall"


def load(path: Path):
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return [r["text"] for r in rows], [r["group"] for r in rows]


def unit(v, centre):
    v = np.array(v, dtype=np.float64)
    if centre:
        v -= v.mean(axis=0)
    return v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-12)


def silhouette(v, labels):
    labels = np.asarray(labels)
    member = np.zeros((labels.max() + 1, len(v)))
    member[labels, np.arange(len(v))] = 1.0
    return sg._silhouette(v @ (member @ v).T, member.sum(axis=1), labels)


def kmeans(v, k, seed=0, restarts=10):
    rng = np.random.default_rng(seed)
    n, best = len(v), None
    for _ in range(restarts):
        centres = [int(rng.integers(n))]
        far = 1 - v @ v[centres[0]]
        for _ in range(1, k):
            p = np.maximum(far, 0) ** 2
            centres.append(int(rng.choice(n, p=p / p.sum())) if p.sum() > 0 else int(rng.integers(n)))
            far = np.minimum(far, 1 - v @ v[centres[-1]])
        c = v[centres].copy()
        for _ in range(100):
            labels = np.argmax(v @ c.T, axis=1)
            new = np.stack([v[labels == j].sum(axis=0) if (labels == j).any() else c[j] for j in range(k)])
            new /= np.maximum(np.linalg.norm(new, axis=1, keepdims=True), 1e-12)
            if np.allclose(new, c):
                break
            c = new
        fit = float((v @ c.T)[np.arange(n), labels].sum())
        if best is None or fit > best[0]:
            best = (fit, labels)
    return list(best[1])


def ward_merges(v):
    n = len(v)
    d = ((v[:, None, :] - v[None, :, :]) ** 2).sum(-1)
    np.fill_diagonal(d, np.inf)
    size, merges = np.ones(n), []
    for _ in range(n - 1):
        a, b = sorted(divmod(int(np.argmin(d)), n))
        na, nb = size[a], size[b]
        row = ((na + size) * d[a] + (nb + size) * d[b] - size * d[a, b]) / (na + nb + size)
        row[np.isinf(d[a]) & np.isinf(d[b])] = np.inf
        row[a] = row[b] = np.inf
        d[a], d[:, a] = row, row
        d[b], d[:, b] = np.inf, np.inf
        size[a] = na + nb
        merges.append((a, b))
    return merges


def grouped(v, how, top):
    n = len(v)
    if how == "average":
        merges = sg._merges(np.clip(1.0 - v @ v.T, 0.0, 2.0))
        cut = lambda k: sg._labels(n, merges, k)  # noqa: E731
    elif how == "ward":
        merges = ward_merges(v)
        cut = lambda k: sg._labels(n, merges, k)  # noqa: E731
    else:
        cut = lambda k: kmeans(v, k)  # noqa: E731
    best = (-2.0, None)
    for k in range(2, top + 1):
        labels = cut(k)
        s = silhouette(v, labels)
        if s > best[0] + 1e-9:
            best = (s, labels)
    return best[1]


def ari(enc, path, how="average", centre=True, board=True, cap="sqrt"):
    texts, truth = load(path)
    n = len(texts)
    vectors = np.asarray(enc.embed(texts), dtype=np.float64)
    if board:
        words = sg.board_words(texts)
        vectors = sg.without(vectors, enc.embed(words) if words else None)
    top = sg.most_clusters(n) if cap == "sqrt" else max(2, min(n - 1, n // 2, 40))
    return sg.adjusted_rand(truth, grouped(unit(vectors, centre), how, top))


def main() -> None:
    enc = SentenceEncoder()
    dev = sorted(WALLS.glob("notes_*.csv"))
    held = sorted((WALLS / "heldout").glob("heldout_*.csv"))
    variants = [
        ("the app: average link, centred, board words out, k <= sqrt n", {}),
        ("k <= n/2 (as before)", {"cap": "n/2"}),
        ("board words left in", {"board": False}),
        ("before: k <= n/2 and board words left in", {"cap": "n/2", "board": False}),
        ("not centred", {"centre": False}),
        ("Ward linkage", {"how": "ward"}),
        ("spherical k-means", {"how": "kmeans"}),
    ]
    names = [p.stem.replace("notes_", "").replace("heldout_", "") for p in dev + held]
    print(f"{'variant':<62}" + "".join(f"{n[:10]:>11}" for n in names) + f"{'dev':>8}{'held':>8}")
    means = {}
    for label, kw in variants:
        dev_s = [ari(enc, p, **kw) for p in dev]
        held_s = [ari(enc, p, **kw) for p in held]
        means[label] = (float(np.mean(dev_s)), float(np.mean(held_s)))
        print(f"{label:<62}" + "".join(f"{a:11.3f}" for a in dev_s + held_s) + f"{means[label][0]:8.3f}{means[label][1]:8.3f}")
    now, before = means[variants[0][0]], means[variants[3][0]]
    print(f"RESULT heldout_ari={now[1]:.3f} dev_ari={now[0]:.3f} heldout_ari_before={before[1]:.3f} "
          f"dev_ari_before={before[0]:.3f}")


if __name__ == "__main__":
    main()
