"""The wall's phases through its service on a real migrated file: notes collected blind and revealed in
one undo step; dot voting open (tallies hidden), closed (shown); a phone's ballot by its device."""

from __future__ import annotations

import pytest

from app.services.wall.service import WallError


@pytest.fixture
def board(services):
    wall = services.wall
    b = wall.add_board("Barriers", "What gets in the way?")
    ids = wall.add_notes(b, ["Late buses", "Fear of debt", "No laptops at home", "Forms in English only"])
    a = wall.make_cluster(b, ids[:2], "Getting there")
    c = wall.make_cluster(b, ids[2:], "Access")
    return b, a, c


def test_notes_collected_blind_are_revealed_in_one_undo_step(services, board):
    wall, history = services.wall, services.history
    b, *_ = board
    assert not wall.board(b).collecting
    wall.set_collecting(b, True)
    assert wall.board(b).collecting and wall.view(b).board.collecting
    wall.add_note(b, "Counselors have 400 students each")   # notes still come in while blind
    wall.reveal(b)
    assert not wall.board(b).collecting
    assert history.undo_label() == "reveal the notes"
    history.undo()
    assert wall.board(b).collecting, "undoing the reveal hides the notes again"
    assert len(wall.view(b).notes) == 5, "and keeps the notes that came in"
    history.redo()
    assert not wall.board(b).collecting
    with pytest.raises(WallError, match="already shown"):
        wall.reveal(b)


def test_tallies_are_hidden_while_voting_is_open(services, board):
    wall = services.wall
    b, a, _c = board
    assert not wall.board(b).tallies_hidden
    wall.votes.open_voting(b)
    assert wall.board(b).voting == "open" and wall.board(b).tallies_hidden
    wall.votes.close_voting(b)
    assert wall.board(b).voting == "closed" and not wall.board(b).tallies_hidden
    services.history.undo()
    assert wall.board(b).voting == "open"
    with pytest.raises(WallError, match="open already"):
        wall.votes.open_voting(b)


def test_a_phone_changes_its_dots_until_voting_closes_then_is_told_in_a_sentence(services, board):
    wall, history = services.wall, services.history
    b, a, c = board
    wall.votes.set_vote_rules(b, 3, 2)
    with pytest.raises(WallError, match="not opened yet"):
        wall.votes.cast_phone_ballot(b, "d1" * 32, {a: 1})
    wall.votes.open_voting(b)
    wall.votes.cast_phone_ballot(b, "d1" * 32, {a: 2, c: 1})
    wall.votes.cast_phone_ballot(b, "d2" * 32, {c: 2})
    wall.votes.cast_phone_ballot(b, "d1" * 32, {a: 1})        # the same phone changes its mind: one ballot
    assert wall.votes.phone_ballot(b, "d1" * 32) == {a: 1}
    assert wall.votes.phone_ballots(b) == 2
    assert {cl.id: cl.dots for cl in wall.view(b).clusters} == {a: 1, c: 2}
    with pytest.raises(WallError, match="At most 2 dots on one cluster"):
        wall.votes.cast_phone_ballot(b, "d3" * 32, {a: 3})
    with pytest.raises(WallError, match="3 dots"):
        wall.votes.cast_phone_ballot(b, "d3" * 32, {a: 2, c: 2})
    assert wall.votes.ballots(b) == {}, "phones are not people's ballots by name"
    assert history.undo_label() == "phones' dots", "phones' ballots in a row are one step"
    wall.votes.close_voting(b)
    with pytest.raises(WallError, match="Voting has closed, so these dots were not counted."):
        wall.votes.cast_phone_ballot(b, "d1" * 32, {c: 1})
    assert wall.votes.phone_ballot(b, "d1" * 32) == {a: 1}, "nothing changed"


def test_phones_ballots_that_arrive_together_are_each_checked_and_kept_together(services, board):
    wall, history = services.wall, services.history
    b, a, c = board
    wall.votes.set_vote_rules(b, 3, 2)
    wall.votes.open_voting(b)
    out = wall.votes.cast_phone_ballots(b, [("d1" * 32, {a: 2, c: 1}), ("d2" * 32, {a: 3}),
                                            ("d3" * 32, {c: 2}), ("d4" * 32, {a: 1, 999: 1})])
    assert [r is None for r in out] == [True, False, True, False]
    assert "At most 2 dots on one cluster" in str(out[1]) and out[1].reason == "rules"
    assert "no longer on the board" in str(out[3])
    assert wall.votes.phone_ballots(b) == 2, "the refused ones changed nothing"
    assert {cl.id: cl.dots for cl in wall.view(b).clusters} == {a: 2, c: 3}
    history.undo()
    assert wall.votes.phone_ballots(b) == 0, "one undo step"
    wall.votes.close_voting(b)
    closed = wall.votes.cast_phone_ballots(b, [("d1" * 32, {a: 1}), ("d5" * 32, {c: 1})])
    assert [r.reason for r in closed] == ["closed", "closed"]
