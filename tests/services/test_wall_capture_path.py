"""The phone-note path kept cheap without weakening anything: an add-notes step keeps just the new
notes (undo and redo still bring the board back exactly), and the wall's near-duplicate flags, now
kept between views, are still those of the whole board computed afresh after any change."""

from __future__ import annotations

import pytest

from app.domain.wall.duplicates import near_duplicates
from tests.conftest import sample_details


@pytest.fixture
def wall(services):
    return services.wall, services.history


def state(svc, board_id):
    v = svc.view(board_id)
    return ([(n.id, n.text, n.x, n.y, n.cluster_id, n.colour, n.author, n.in_control) for n in v.notes],
            [(c.id, c.name, c.x, c.y, c.dots) for c in v.clusters], v.board, v.duplicates)


def busy_board(svc):
    b = svc.add_board("Barriers")
    ids = svc.add_notes(b, [f"Barrier number {i} for seniors" for i in range(40)])
    c = svc.make_cluster(b, ids[:10], "Money")
    svc.votes.add_dots(c, 3)
    svc.make_cluster(b, ids[10:20], "Time")
    return b, ids


def test_a_phone_note_step_keeps_only_the_new_note_and_undo_redo_are_exact(wall):
    svc, history = wall
    b, _ = busy_board(svc)
    before = state(svc, b)
    new = svc.add_notes(b, ["Barrier number 3 for seniors!", "Buses stop at five"], authors=["Table 2", ""])
    after = state(svc, b)
    step = history._undo[-1]
    kept = [(name, [r["id"] for r in rows]) for snap in step.before + step.after for name, rows in snap.rows]
    assert kept == [("note", new)]                      # not the board, its 40 notes, clusters and votes
    assert history.undo() == "add 2 notes"
    assert state(svc, b) == before
    assert history.redo() == "add 2 notes"
    assert state(svc, b) == after
    # later steps over the new notes undo and redo through it too
    svc.make_cluster(b, new, "Late")
    clustered = state(svc, b)
    history.undo()
    history.undo()
    assert state(svc, b) == before
    history.redo()
    history.redo()
    assert state(svc, b) == clustered


def test_duplicate_flags_match_the_full_computation_after_every_kind_of_change(wall, workspace, tmp_path):
    svc, history = wall
    b, ids = busy_board(svc)

    def check():
        v = svc.view(b)
        assert v.duplicates == near_duplicates({n.id: n.text for n in v.notes})
        return v.duplicates

    assert check()                                       # "Barrier number 1 ..." and "... 11 ...": near
    svc.add_note(b, "barrier NUMBER 5 for seniors")
    assert ids[5] in check()
    svc.edit_note(ids[5], "Nobody explains the verification steps")
    check()
    svc.delete_notes(ids[30:35])
    check()
    history.undo()                                        # the deleted notes back, same ids and texts
    check()
    history.undo()
    check()
    svc.import_csv(_csv(tmp_path, [f"Barrier number {i} for seniors" for i in range(50, 120)]), b)
    check()
    # another file with a board of the same id and notes of the same ids, other texts
    workspace.new(tmp_path / "other.convene", sample_details("Other"))
    b2 = svc.add_board("Other")
    assert b2 == b
    svc.add_notes(b2, ["Fear of debt", "fear of debt.", "Late buses"])
    assert check() == near_duplicates(dict(enumerate(["Fear of debt", "fear of debt.", "Late buses"], start=1)))


def _csv(tmp_path, texts):
    path = tmp_path / "notes.csv"
    path.write_text("text\n" + "\n".join(texts) + "\n", encoding="utf-8")
    return path
