"""The quick path a talk tap takes (plain SQL in `Store.transaction`, `History.record_rows`):
committed at once on the same connection and pragmas, undone like any other step, and reading
exactly the rows the ORM snapshot reads."""

from __future__ import annotations

import sqlite3

import pytest

from app.services.core.changes import TalkChanged
from app.services.core.history import PARTICIPANT, TEAM, snapshot, snapshot_rows
from app.services.talk.service import TURN
from app.store.database import Store


def committed(ws, sql):
    conn = sqlite3.connect(ws.path)   # another connection: sees only what was committed
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


@pytest.fixture
def talk(demo_services):
    return demo_services.talk, demo_services.history


def test_a_tap_writes_on_the_quick_path_not_through_an_orm_session(talk, demo_workspace, clock, monkeypatch):
    svc, history = talk
    _label, members = svc.scope_members("room")
    svc.start_conversation(members[:5])

    def no_session(self):
        raise AssertionError("a tap opened an ORM session")

    monkeypatch.setattr(Store, "session", no_session)
    svc.tap(members[0])
    clock.advance(12)
    svc.tap(members[1])
    monkeypatch.undo()
    last = committed(demo_workspace, "SELECT participant_id, ended_us FROM talk_segment ORDER BY id DESC LIMIT 2")
    assert last == [(members[1], None), (members[0], last[1][1])] and last[1][1] is not None
    assert history.undo() == f"floor to {svc.names()[members[1]]}"
    assert committed(demo_workspace, "SELECT participant_id, ended_us FROM talk_segment ORDER BY id DESC LIMIT 1") \
        == [(members[0], None)]


def test_plain_sql_snapshots_read_what_the_orm_snapshot_reads(talk, demo_workspace):
    store = demo_workspace.require()
    seg_ids, people, teams = ([r[0] for r in committed(demo_workspace, f"SELECT id FROM {t} ORDER BY id")]
                              for t in ("talk_segment", "participant", "team"))
    assert seg_ids and people and teams, "the demo has talk turns, people and teams"
    for hook, ids in ((TURN, seg_ids[:40]), (PARTICIPANT, people[:6])):
        with store.read() as s:
            orm = snapshot(s, hook, ids)
        with store.transaction() as conn:
            plain = snapshot_rows(conn, hook, ids)
        assert plain.rows == orm.rows and plain.links == orm.links
        assert plain.rows, hook
    with store.transaction() as conn, pytest.raises(TypeError, match="pair holds values"):
        snapshot_rows(conn, TEAM, teams[:3])   # a team's pairs hold booleans: refused, not misread


def test_a_failing_quick_change_leaves_the_file_and_the_history_as_they_were(talk, demo_workspace):
    svc, history = talk
    before = committed(demo_workspace, "SELECT * FROM talk_segment")
    undo_before = history.labels()

    def change(conn):
        conn.execute("UPDATE talk_segment SET ended_us = 0")
        raise RuntimeError("disk gone")

    with pytest.raises(RuntimeError):
        history.record_rows("break", TURN, [], change, (TalkChanged,))
    assert committed(demo_workspace, "SELECT * FROM talk_segment") == before
    assert history.labels() == undo_before
    svc.start_conversation(svc.scope_members("room")[1][:3])   # the connection is usable afterwards
    svc.tap(svc.scope_members("room")[1][0])
