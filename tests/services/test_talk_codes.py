"""Codes on turns over a real migrated file: set (up to four, undoable), one key on the current or last
turn (again takes it off), counts by person and by suppressed group, who followed whom."""

from __future__ import annotations

import sqlite3

import pytest

from app.domain.talk.codes import DEFAULT_CODES
from app.services.people.records import ParticipantData
from app.services.talk.service import TalkError


@pytest.fixture
def room(services):
    people = services.people
    ids = [people.add_participant(ParticipantData(name=n, role="teacher")) for n in ("Ana", "Ben", "Chen")]
    services.talk.start_conversation(ids)
    return services.talk, services.history, ids


def coded_rows(ws):
    conn = sqlite3.connect(ws.path)
    try:
        return conn.execute("SELECT s.participant_id, c.label FROM talk_turn_code tc JOIN talk_segment s"
                            " ON s.id = tc.segment_id JOIN talk_code c ON c.id = tc.code_id ORDER BY tc.id").fetchall()
    finally:
        conn.close()


def test_codes_are_off_until_chosen_and_at_most_four(room):
    talk, history, (ana, *_r) = room
    talk.tap(ana)
    with pytest.raises(TalkError, match="Codes are off"):
        talk.codes.toggle(0)
    with pytest.raises(TalkError, match="Up to 4 codes"):
        talk.codes.set_codes(["a", "b", "c", "d", "e"])
    with pytest.raises(TalkError, match="twice"):
        talk.codes.set_codes(["asks a question", "Asks a  question"])
    talk.codes.use_defaults()
    assert [c.label for c in talk.codes.codes()] == list(DEFAULT_CODES)
    history.undo()
    assert talk.codes.codes() == []


def test_one_key_codes_the_turn_running_now_else_the_last_one(room, workspace, clock):
    talk, history, (ana, ben, _chen) = room
    talk.codes.use_defaults()
    with pytest.raises(TalkError, match="No turn to code yet"):
        talk.codes.toggle(1)
    talk.tap(ana)
    clock.advance(10)
    turn, code, on = talk.codes.toggle(1)
    assert (turn.speaker, code.label, on) == (ana, "asks a question", True)
    talk.tap(ben)
    clock.advance(10)
    talk.silence()   # nobody has the floor now: the last turn (Ben's) is coded
    talk.codes.toggle(0)
    talk.codes.toggle(2)
    assert coded_rows(workspace) == [(ana, "asks a question"), (ben, "builds on someone"), (ben, "brings evidence")]
    _t, _c, on = talk.codes.toggle(2)   # again: off
    assert not on and coded_rows(workspace)[-1] == (ben, "builds on someone")
    history.undo()
    assert coded_rows(workspace)[-1] == (ben, "brings evidence")
    with pytest.raises(TalkError, match="no code 5"):
        talk.codes.toggle(4)


def test_a_code_taken_out_of_the_list_goes_from_its_turns_and_renaming_keeps_it(room, workspace, clock):
    talk, _h, (ana, *_r) = room
    talk.codes.use_defaults()
    talk.tap(ana)
    talk.codes.toggle(0)
    talk.codes.toggle(1)
    talk.codes.set_codes(["asks a question", "names a student"])
    assert coded_rows(workspace) == [(ana, "asks a question")]
    assert [(c.position, c.label) for c in talk.codes.codes()] == [(0, "asks a question"), (1, "names a student")]


def test_counts_by_group_and_who_followed_whom():
    from app.domain.talk.codes import by_group, by_person, followed
    from app.domain.talk.lenses import Group
    from app.domain.talk.turns import Turn

    turns = [Turn(1, 1, 0, 5), Turn(2, 2, 5, 9), Turn(3, None, 9, 12), Turn(4, 3, 12, 20), Turn(5, 1, 21, 30)]
    coded = {1: (10,), 2: (10, 11), 4: (11,), 5: (10,)}
    assert by_person(turns, coded) == {1: {10: 2}, 2: {10: 1, 11: 1}, 3: {11: 1}}
    groups = [Group("teachers", frozenset({1, 2})), Group("students", frozenset({3}))]
    assert by_group(groups, turns, coded) == {"teachers": {10: 3, 11: 1}, "students": {11: 1}}
    # 1 -> 2 (teachers after teachers); many voices breaks 2 -> 3; 3 -> 1 (teachers after students)
    assert followed(turns, groups) == {("teachers", "teachers"): 1, ("students", "teachers"): 1}
