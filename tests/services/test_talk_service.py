"""Talk service over a real migrated file: taps committed at once, undo, edits, lenses, crash recovery."""

from __future__ import annotations

import sqlite3
import textwrap

import pytest

from app.domain.talk.goals import EVERYONE_SPEAKS, Goal
from app.domain.talk.suppress import OTHER
from app.services.agenda.service import ItemData
from app.services.core.workspace import Workspace
from app.services.people.records import ParticipantData
from app.services.root import Services
from app.services.talk.service import TalkError
from tests.writers import acknowledged_then_killed


@pytest.fixture
def svc(services):
    history = services.history
    agenda = services.agenda
    live = services.live
    talk = services.talk
    people = services.people
    ids = [people.add_participant(ParticipantData(name=n, role="teacher"))
           for n in ("Ana", "Ben", "Chen", "Dee", "Eli", "Fay", "Gus")]
    return talk, history, live, agenda, ids


def rows(ws, sql="SELECT participant_id, started_us, ended_us, item_id, step FROM talk_segment ORDER BY id"):
    conn = sqlite3.connect(ws.path)   # a second connection: sees only what was committed
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_a_tap_is_committed_at_once_and_tied_to_the_running_item_and_step(svc, services, workspace, clock):
    talk, _h, live, agenda, ids = svc
    day = workspace.days()[0].id
    item = agenda.add_item(day, ItemData(title="Consultancy", kind="protocol", minutes=45))
    services.protocols.attach(item, "Consultancy on a Dilemma")
    live.goto(item, 1)
    talk.start_conversation(ids)
    talk.tap(ids[0])
    (pid, started, ended, item_id, step), = rows(workspace)
    assert (pid, ended, item_id, step) == (ids[0], None, item, 1)
    clock.advance(30)
    talk.tap(ids[1])
    assert [r[0] for r in rows(workspace)] == [ids[0], ids[1]]
    assert rows(workspace)[0][2] - rows(workspace)[0][1] == 30_000_000


def test_switch_silence_many_voices_and_figures(svc, clock):
    talk, *_rest, ids = svc
    talk.start_conversation(ids[:3])
    talk.tap(ids[0])
    clock.advance(60)
    talk.tap(ids[1])
    clock.advance(20)
    talk.tap(ids[1])  # tap again: silence
    assert talk.open_turn() is None
    clock.advance(10)
    talk.many_voices()
    clock.advance(5)
    talk.tap(ids[0])
    clock.advance(40)
    talk.silence()
    f = talk.view().figures
    assert f.people[ids[0]].seconds == 100 and f.people[ids[0]].turns == 2
    assert f.people[ids[1]].seconds == 20 and f.many_seconds == 5
    assert f.not_spoken == (ids[2],) and f.speaker is None


def test_undo_gives_the_floor_back_and_redo_takes_it_again(svc, workspace, clock):
    talk, history, *_rest, ids = svc
    talk.start_conversation(ids)
    talk.tap(ids[0])
    clock.advance(30)
    talk.tap(ids[1])  # meant Chen
    assert history.undo() == "floor to Ben"
    assert talk.open_turn().speaker == ids[0]
    assert [(r[0], r[2]) for r in rows(workspace)] == [(ids[0], None)]
    history.redo()
    assert talk.open_turn().speaker == ids[1]
    assert len(rows(workspace)) == 2


def test_edit_refuses_overlap_and_keeps_the_file_as_it_was(svc, workspace, clock):
    talk, history, *_rest, ids = svc
    talk.start_conversation(ids)
    talk.tap(ids[0])
    clock.advance(60)
    talk.tap(ids[1])
    clock.advance(60)
    talk.silence()
    first, second = talk.turns()
    before = rows(workspace)
    with pytest.raises(TalkError, match="overlap Ben’s turn at"):
        talk.edit_turn(first.id, ids[0], first.start, first.end + 10)
    assert rows(workspace) == before
    talk.edit_turn(second.id, ids[2], second.start + 5, second.end)  # it was Chen, and from 5 s later
    assert rows(workspace)[1][:2] == (ids[2], before[1][1] + 5_000_000)
    assert talk.view().figures.people[ids[2]].seconds == 55
    history.undo()
    assert rows(workspace) == before


def test_lenses_multi_values_sensitive_and_undo(svc, workspace, clock):
    talk, history, *_rest, ids = svc
    race = talk.add_lens("Race/ethnicity")
    talk.set_values(ids[0], race, "Black; Latinx")
    talk.set_values(ids[1], race, "Black, Latinx")
    talk.set_values(ids[2], race, ["Prefer not to say"])
    assert talk.values(race)[ids[0]] == ("Black", "Latinx")
    talk.set_sensitive(race, True)
    assert talk.lens(race).sensitive
    talk.set_values(ids[0], race, "")
    history.undo()
    assert talk.values(race)[ids[0]] == ("Black", "Latinx")
    with pytest.raises(TalkError, match="already a lens"):
        talk.add_lens("race/ethnicity")


def test_room_view_merges_small_groups_and_console_view_keeps_them(svc, services, clock):
    talk, _h, _live, _agenda, ids = svc
    people = services.people
    more = [people.add_participant(ParticipantData(name=f"P{n}")) for n in range(6)]
    everyone = ids + more  # 13 people
    role = talk.add_lens("Role")
    for p in everyone[:8]:
        talk.set_values(p, role, "teacher")
    for p in everyone[8:11]:
        talk.set_values(p, role, "principal")
    for p in everyone[11:]:
        talk.set_values(p, role, "counselor")
    talk.start_conversation(everyone, lens_id=role, goals=[Goal(EVERYONE_SPEAKS)])
    talk.tap(everyone[12])
    clock.advance(30)
    talk.tap(everyone[0])
    clock.advance(30)
    room = talk.room.room_view()
    shown = [(g.label, g.people) for g in room.shares.groups]
    assert shown == [("teacher", 8), (OTHER, 5)]
    assert {g.label for g in talk.view().shares.groups} == {"teacher", "principal", "counselor"}
    assert not talk.view().goals[0].met


def test_speaker_outside_the_steps_speakers_is_flagged(svc, services, workspace):
    talk, _h, live, agenda, ids = svc
    day = workspace.days()[0].id
    item = agenda.add_item(day, ItemData(title="Consultancy", kind="protocol", minutes=45))
    protocols = services.protocols
    protocols.attach(item, "Consultancy on a Dilemma")
    steps = protocols.item_protocol(item).steps
    silent = next(i for i, st in enumerate(steps) if st.speakers and "presenter" not in st.speakers)
    live.goto(item, silent)
    talk.start_conversation(ids)
    talk.set_role(ids[0], "presenter")
    talk.tap(ids[1])
    assert talk.view().flag is None
    talk.tap(ids[0])
    assert "presenter is meant to be silent" in talk.view().flag


# -- crash ---------------------------------------------------------------------------------

def test_an_open_turn_is_closed_at_the_last_moment_convene_saw_it(svc, workspace, clock, data_dir):
    talk, *_rest, ids = svc
    talk.start_conversation(ids)
    talk.tap(ids[0])
    clock.advance(20)
    assert talk.checkpoint()  # the Talk tab does this every second; it writes every 15 s
    clock.advance(10)
    assert not talk.checkpoint()
    started = rows(workspace)[0][1]
    path = workspace.path
    workspace.close()  # as if the laptop died here, 10 s after the last note

    ws2 = Workspace(clock, data_dir)
    services2 = Services(ws2)
    talk2 = services2.talk
    ws2.open(path)
    try:
        (_pid, s, e, _i, _st), = rows(ws2)
        assert e - s == 20_000_000 and s == started
        assert talk2.open_turn() is None  # nobody has the floor until the facilitator taps
    finally:
        services2.close()
        ws2.close()


def test_save_as_keeps_the_floor(svc, workspace, clock, tmp_path):
    talk, *_rest, ids = svc
    talk.start_conversation(ids)
    talk.tap(ids[0])
    clock.advance(5)
    workspace.save_as(tmp_path / "copy.convene")
    assert talk.open_turn() is not None and talk.open_turn().speaker == ids[0]


WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from app.domain.clock import FakeClock
    from app.services.core.workspace import Workspace
    from app.services.root import Services

    clock = FakeClock(1_790_000_000.0)
    ws = Workspace(clock, data_dir=Path(sys.argv[2]))
    talk = Services(ws).talk
    ws.open(Path(sys.argv[1]))
    people = [int(x) for x in sys.argv[3].split(",")]
    talk.start_conversation(people)
    n = 0
    while True:
        clock.advance(3)
        talk.tap(people[n % len(people)])
        talk.checkpoint()
        print(talk.open_turn().id, flush=True)   # acknowledged only after the commit returned
        n += 1
    """
)


@pytest.mark.process
def test_sigkill_mid_conversation_loses_no_committed_turn(svc, workspace, clock, data_dir):
    _talk, *_rest, ids = svc
    path = workspace.path
    workspace.close()
    acknowledged = acknowledged_then_killed(WRITER, [path, data_dir, ",".join(map(str, ids))], 120)
    ws = Workspace(clock, data_dir)
    services2 = Services(ws)
    talk = services2.talk
    ws.open(path)
    try:
        stored = {r[0]: r for r in rows(ws, "SELECT id, started_us, ended_us FROM talk_segment")}
        assert set(acknowledged) <= set(stored), "a committed turn was lost"
        assert all(r[2] is not None and r[2] >= r[1] for r in stored.values()), "an open turn was left open"
        assert talk.open_turn() is None
        ordered = sorted(stored.values(), key=lambda r: r[1])
        assert all(a[2] <= b[1] for a, b in zip(ordered, ordered[1:])), "turns overlap after recovery"
    finally:
        services2.close()
        ws.close()
