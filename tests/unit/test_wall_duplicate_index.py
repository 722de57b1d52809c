"""The wall's kept near-duplicate index gives the answers of the full computation, whatever happens
to the board between two looks (notes added one by one or by the hundred, edited, deleted, put back)."""

from __future__ import annotations

import random

import pytest

from app.domain.wall.duplicates import DuplicateIndex, near_duplicates

WORDS = ["forms", "taxes", "buses", "trust", "fear", "debt", "time", "families", "deadlines", "nobody", "explains", "steps", "wifi"]


def a_note(rng: random.Random) -> str:
    words = rng.sample(WORDS, rng.randint(1, 5))
    if rng.random() < 0.3:
        words[0] = words[0].upper()          # folded: the same note to the index
    return " ".join(words) + ("!" if rng.random() < 0.2 else "")


@pytest.mark.parametrize("seed", range(12))
def test_the_kept_index_answers_as_the_full_computation_on_random_boards(seed):
    rng = random.Random(seed)
    board: dict[int, str] = {}
    index = DuplicateIndex()
    next_id = 1
    last, copy = {}, {}
    for _ in range(60):
        roll = rng.random()
        if roll < 0.45 or not board:                 # a phone's note (or a few)
            for _ in range(rng.randint(1, 3)):
                board[next_id] = a_note(rng)
                next_id += 1
        elif roll < 0.55:                            # a CSV import: many at once
            for _ in range(rng.randint(33, 80)):
                board[next_id] = a_note(rng)
                next_id += 1
        elif roll < 0.7:                             # edited
            board[rng.choice(list(board))] = a_note(rng)
        elif roll < 0.85:                            # deleted
            for nid in rng.sample(list(board), min(len(board), rng.randint(1, 4))):
                del board[nid]
        else:                                        # undo of a delete: the same id, the same text, back
            board[next_id - 1] = board.get(next_id - 1) or a_note(rng)
        answer = index.update(board)
        assert answer == near_duplicates(board)
        assert last == copy                          # what it handed out before is left as it was
        last, copy = answer, {k: list(v) for k, v in answer.items()}
    assert any(near_duplicates(board).values())      # the boards do have near-duplicates to find


def test_a_new_note_flags_the_old_note_it_repeats_and_an_edit_clears_both():
    index = DuplicateIndex()
    board = {1: "Families fear the tax forms", 2: "Buses stop before evening workshops"}
    assert index.update(board) == {}
    board[3] = "families fear the tax forms!"
    assert index.update(board) == {1: [3], 3: [1]}
    board[1] = "Nobody explains the verification steps"
    assert index.update(board) == {}
    del board[3]
    board[1] = "Buses stop before evening workshops."
    assert index.update(board) == {1: [2], 2: [1]}
