"""The speaking queue over a real migrated file: raise, withdraw, call next (the floor and the hand in
one undo step), the two orders (never by lens), talk so far in the step, and "has not spoken yet"."""

from __future__ import annotations

import sqlite3

import pytest

from app.domain.talk.queue import BY_LEAST, BY_RAISED
from app.services.agenda.service import ItemData
from app.services.people.records import ParticipantData
from app.services.talk.service import TalkError


@pytest.fixture
def room(services):
    people = services.people
    ids = [people.add_participant(ParticipantData(name=n, role="teacher")) for n in ("Ana", "Ben", "Chen", "Dee")]
    services.talk.start_conversation(ids)
    return services.talk, services.history, ids


def hands(ws):
    conn = sqlite3.connect(ws.path)   # a second connection: only what was committed
    try:
        return conn.execute("SELECT participant_id, called_us IS NOT NULL, withdrawn_us IS NOT NULL"
                            " FROM talk_hand ORDER BY id").fetchall()
    finally:
        conn.close()


def test_hands_queue_in_the_order_they_went_up_and_are_committed_at_once(room, workspace, clock):
    talk, _h, (ana, ben, chen, _dee) = room
    talk.queue.raise_hand(chen)
    clock.advance(5)
    talk.queue.raise_hand(ana)
    clock.advance(5)
    talk.queue.raise_hand(ben)
    assert [e.person for e in talk.queue.waiting()] == [chen, ana, ben]
    assert hands(workspace) == [(chen, 0, 0), (ana, 0, 0), (ben, 0, 0)]
    with pytest.raises(TalkError, match="already up .1st in the queue"):
        talk.queue.raise_hand(chen)


def test_withdraw_takes_a_hand_down_and_undo_puts_it_back(room, workspace, clock):
    talk, history, (ana, ben, *_r) = room
    talk.queue.raise_hand(ana)
    talk.queue.raise_hand(ben)
    talk.queue.withdraw(ana)
    assert [e.person for e in talk.queue.waiting()] == [ben]
    assert hands(workspace)[0] == (ana, 0, 1)
    history.undo()
    assert [e.person for e in talk.queue.waiting()] == [ana, ben]
    history.undo()
    assert [e.person for e in talk.queue.waiting()] == [ana]
    with pytest.raises(TalkError, match="Ben’s hand is not up"):
        talk.queue.withdraw(ben)


def test_call_next_gives_the_floor_and_lowers_the_hand_in_one_undo_step(room, workspace, clock):
    talk, history, (ana, ben, chen, _dee) = room
    talk.tap(chen)
    clock.advance(20)
    talk.queue.raise_hand(ben)
    talk.queue.raise_hand(ana)
    assert talk.queue.call_next() == ben
    assert talk.open_turn().speaker == ben
    assert [e.person for e in talk.queue.waiting()] == [ana]
    assert hands(workspace)[0] == (ben, 1, 0)
    assert history.undo_label() == "call Ben from the queue"
    history.undo()
    assert talk.open_turn().speaker == chen, "one undo gives Chen the floor back"
    assert [e.person for e in talk.queue.waiting()] == [ben, ana], "and puts Ben's hand up again"
    history.redo()
    assert talk.open_turn().speaker == ben and [e.person for e in talk.queue.waiting()] == [ana]
    assert talk.queue.call_next() == ana
    assert talk.queue.call_next() is None, "nobody waits"


def test_least_talk_first_and_has_not_spoken_yet(room, services, workspace, clock):
    talk, _h, (ana, ben, chen, dee) = room
    day = workspace.days()[0].id
    item = services.agenda.add_item(day, ItemData(title="Consultancy", kind="protocol", minutes=45))
    services.protocols.attach(item, "Consultancy on a Dilemma")
    services.live.goto(item, 0)
    talk.tap(ana)
    clock.advance(90)
    services.live.goto(item, 1)
    talk.tap(ben)
    clock.advance(30)
    talk.tap(ana)
    clock.advance(10)
    talk.silence()
    for p in (ana, ben, dee):
        talk.queue.raise_hand(p)
        clock.advance(1)
    by_time = talk.queue.waiting()
    assert [e.person for e in by_time] == [ana, ben, dee]
    first = by_time[0]
    assert (round(first.seconds), round(first.step_seconds), first.turns) == (100, 10, 2)
    assert [e.not_spoken for e in by_time] == [False, False, True]
    talk.queue.set_order(BY_LEAST)
    assert [e.person for e in talk.queue.waiting()] == [dee, ben, ana]
    talk.queue.set_order(BY_RAISED)
    assert [e.person for e in talk.queue.waiting()] == [ana, ben, dee]
    with pytest.raises(TalkError):
        talk.queue.set_order("race/ethnicity")
    assert chen not in [e.person for e in talk.queue.waiting()]


def test_only_people_in_the_conversation_raise_a_hand(services, room):
    talk, _h, ids = room
    other = services.people.add_participant(ParticipantData(name="Zoe", role="teacher"))
    with pytest.raises(TalkError, match="Zoe is not in this conversation"):
        talk.queue.raise_hand(other)
    assert talk.queue.toggle(ids[0]) is True
    assert talk.queue.toggle(ids[0]) is False
    assert talk.queue.waiting() == []


def test_giving_the_floor_to_someone_whose_hand_is_up_takes_it_down_in_the_same_undo_step(room, workspace, clock):
    """A tap on the map (or Enter on a typed name) for someone waiting in the queue is calling them: their
    hand comes down, so they are not called a second time; tapping the speaker is still silence."""
    talk, history, (ana, ben, chen, _dee) = room
    talk.tap(chen)
    clock.advance(10)
    talk.queue.raise_hand(ana)
    talk.queue.raise_hand(ben)
    talk.tap(ben)   # the facilitator skips ahead to Ben
    assert talk.open_turn().speaker == ben
    assert [e.person for e in talk.queue.waiting()] == [ana]
    assert hands(workspace)[1] == (ben, 1, 0)
    history.undo()
    assert talk.open_turn().speaker == chen and [e.person for e in talk.queue.waiting()] == [ana, ben]
    history.redo()
    talk.queue.raise_hand(ben)   # Ben, still speaking, wants to come back later
    talk.tap(ben)
    assert talk.open_turn() is None, "tapping the speaker is silence"
    assert [e.person for e in talk.queue.waiting()] == [ana, ben], "and their new hand stays up"
