"""The wall's scene takes a phone's note without reading the whole board again, and ends up exactly
as a wall that read the board afresh, whatever the facilitator does in between."""

from __future__ import annotations

import random

import pytest

from app.services.root import Services
from app.ui.wall.board import WallBoard

pytestmark = pytest.mark.gui


@pytest.fixture
def wall(workspace, services, qapp):
    svc, history = services.wall, services.history
    board = WallBoard(workspace, svc)
    yield svc, history, board
    board.close()


def seen(board: WallBoard):
    """What the wall shows: every note item with its note and flag, the clusters, the data read."""
    return ({i: (it.note, it.duplicate, it.show_author) for i, it in board.notes.items()},
            {i: (it.cluster, it.frame) for i, it in board.clusters.items()}, board.view_data)


def fresh(workspace, svc, board_id):
    """What a wall that read the board afresh shows: a second board over a second Services, whose wall
    service has kept nothing yet (not over `svc`, the one under test)."""
    with Services(workspace) as others:
        other = WallBoard(workspace, others.wall)
        other.choose(board_id)
        try:
            return seen(other)
        finally:
            other.close()


def test_a_phone_note_joins_the_wall_without_reading_the_board_again(wall, workspace):
    svc, _, board = wall
    b = svc.add_board("Barriers")
    ids = svc.add_notes(b, [f"Barrier number {i} for seniors" for i in range(30)])
    board.choose(b)
    reads = []
    real = svc.view
    svc.view = lambda board_id: reads.append(board_id) or real(board_id)
    new = svc.add_note(b, "barrier NUMBER 7 for seniors!", author="Table 3")
    assert reads == []                                   # the board was not read again
    assert board.notes[new].duplicate and board.notes[ids[7]].duplicate
    assert board.scene.sceneRect().contains(board.content_rect())
    svc.view = real
    assert seen(board) == fresh(workspace, svc, b)


@pytest.mark.parametrize("seed", range(4))
def test_the_wall_matches_a_fresh_read_after_any_mix_of_actions(wall, workspace, seed):
    svc, history, board = wall
    rng = random.Random(seed)
    b = svc.add_board("Barriers")
    board.choose(b)
    words = ["forms", "taxes", "buses", "trust", "fear", "debt", "time", "families", "deadlines", "nobody", "explains"]
    for _ in range(40):
        notes = [n.id for n in svc.view(b).notes]
        roll = rng.random()
        if roll < 0.4 or len(notes) < 4:
            svc.add_notes(b, [" ".join(rng.sample(words, rng.randint(2, 4))) for _ in range(rng.randint(1, 3))])
        elif roll < 0.5:
            svc.edit_note(rng.choice(notes), " ".join(rng.sample(words, 3)))
        elif roll < 0.6:
            svc.delete_notes(rng.sample(notes, 2))
        elif roll < 0.7:
            svc.make_cluster(b, rng.sample(notes, 3), "Group")
        elif roll < 0.8:
            svc.move_notes({rng.choice(notes): (rng.uniform(-3000, 6000), rng.uniform(-2000, 5000))})
        elif roll < 0.9:
            history.undo()
        elif roll < 0.95:
            history.redo()
        else:
            svc.set_layout(b, rng.choice(["wall", "fishbone"]))
        assert seen(board) == fresh(workspace, svc, b)
        assert board.scene.sceneRect().contains(board.content_rect())
