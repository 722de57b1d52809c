"""services/core/history.py: one undo history whose snapshots follow the schema's foreign keys."""

from __future__ import annotations

from app.services.agenda.service import ItemData
from app.services.core.changes import HistoryChanged
from app.services.people.records import ParticipantData
from app.store import models as m
from tests.services.test_people_service import dump


def test_undoing_an_item_delete_brings_back_its_run_notes_talk_and_board(demo_services):
    ws = demo_services.workspace
    history = demo_services.history
    agenda = demo_services.agenda
    day = ws.days()[0].id
    item = agenda.items(day)[1].id
    with ws.require().session() as s:
        ana = m.Participant(name="Ana Ruiz")
        s.add(ana)
        s.flush()
        s.add(m.TimerEvent(at_us=1, kind="start", item_id=item, step=0))
        s.add(m.StepNote(item_id=item, step=0, text="Belonging came up in every circle", updated_us=5))
        s.add(m.TalkSegment(participant_id=ana.id, item_id=item, step=0, started_us=1, ended_us=9))
        s.add(m.Board(title="What we heard", item_id=item))
    before = dump(ws)
    agenda.delete_item(item)
    after = dump(ws)
    assert after["step_note"] == [] and all(e[3] is None for e in after["timer_event"])
    history.undo()
    assert dump(ws) == before
    history.redo()
    assert dump(ws) == after


def test_one_history_for_every_capability_in_the_order_things_were_done(services, workspace):
    history = services.history
    agenda = services.agenda
    people = services.people
    agenda.add_item(workspace.days()[0].id, ItemData("Coffee & tea", "break", 15))
    people.add_participant(ParticipantData("Ana Ruiz"))
    assert history.labels() == (["add “Coffee & tea”", "add “Ana Ruiz”"], [])
    assert agenda.undo_label() == "add “Ana Ruiz”", "the agenda's undo is the workspace's"
    history.undo()
    assert history.labels() == (["add “Coffee & tea”"], ["add “Ana Ruiz”"])
    assert people.participants() == []


def test_the_history_is_forgotten_when_the_file_is_closed(services, workspace):
    history = services.history
    services.people.add_participant(ParticipantData("Ana Ruiz"))
    heard = []
    subs = workspace.bus.owner("test")
    subs.on(HistoryChanged, lambda _change: heard.append(True))
    workspace.close()
    subs.close()
    assert not history.can_undo() and heard

