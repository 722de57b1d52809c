"""After a crash the same devices carry on: the file keeps the facilitator token, the address and the accepted
devices' token hashes while co-facilitation runs (convene_meta), a clean stop or close removes it, and a start
finding it takes the devices back (revoked ones not), answering a replay from the file, applying nothing twice.
Real HTTP on 127.0.0.1. A crash is simulated by copying the running file (what a SIGKILL leaves) and opening
the copy; tests/services/test_cofacilitate_cli.py does it with a real SIGKILL."""

from __future__ import annotations

import json
import sqlite3

import pytest
from sqlalchemy import text as sqltext

from app.services.cofacilitate.devices import token_hash
from app.services.cofacilitate.service import TAKEBACK_KEY
from app.services.core.workspace import Workspace
from app.services.root import Services
from tests.services.cofac_clients import Device, Owner


@pytest.fixture
def room(demo_services):
    talk = demo_services.talk
    talk.choose(talk.conversations()[0].id)
    yield demo_services
    demo_services.cofacilitate.stop()


def record_in(path) -> dict | None:
    with sqlite3.connect(path) as db:
        row = db.execute("SELECT value FROM convene_meta WHERE key = ?", (TAKEBACK_KEY,)).fetchone()
    return json.loads(row[0]) if row else None


def turns(services) -> int:
    with services.workspace.require().read() as s:
        return s.execute(sqltext("SELECT count(*) FROM talk_segment")).scalar()


def test_the_record_is_kept_while_running_cleared_on_stop_and_a_crash_takes_the_same_devices_back(
        room, tmp_path, clock, data_dir):
    cofac = room.cofacilitate
    owner = Owner(cofac.drain)
    url = cofac.start(port=0, wake=owner.wake)   # any free port (8765 may be another test's)
    path = room.workspace.require().path
    assert record_in(path)["token"] == cofac.token and record_in(path)["devices"] == []
    people = room.talk.conversation().members

    async def first_run():
        kept, gone = Device(url, n=1), Device(url, n=2)
        try:
            for d, name in ((kept, "Ana’s tablet"), (gone, "Spare phone")):
                await d.join(name)
            waiting = await owner.do(lambda: cofac.devices())
            for w in waiting:
                await owner.do(lambda i=w.id: cofac.accept(i))
            for person in people[:3]:
                status, body = await kept.act("tap", person=person)
                assert (status, body["ok"]) == (200, True)
            await owner.do(lambda: cofac.revoke(waiting[1].id))
            return kept.token, gone.token, waiting[0].id
        finally:
            await kept.close()
            await gone.close()

    kept_token, gone_token, kept_id = owner.run(first_run)
    record = record_in(path)
    assert record["devices"] == [{"id": kept_id, "hash": token_hash(kept_token), "name": "Ana’s tablet"}]
    with sqlite3.connect(path) as db:   # a device's token itself is never in the file
        dumped = "\n".join(db.iterdump())
    assert kept_token not in dumped and gone_token not in dumped

    crashed = tmp_path / "crashed.convene"
    room.workspace.require().copy_to(crashed)     # the file as a SIGKILL would leave it: the record in it
    cofac.stop()
    assert record_in(path) is None                 # a deliberate stop leaves nothing to take back

    ws = Workspace(clock, data_dir)
    with Services(ws) as again:
        ws.open(crashed)
        later = again.cofacilitate
        assert later.crash_record() is not None and not later.running    # nothing starts by itself
        owner2 = Owner(later.drain)
        url2 = later.start(wake=owner2.wake)
        assert url2 == url                          # the same token and, the port being free, the same address
        assert later.taken_back == 1
        assert [(d.name, d.state) for d in later.devices()] == [("Ana’s tablet", "accepted")]   # revoked: not back
        before = turns(again)

        async def after_restart():
            kept, gone = Device(url2, kept_token, n=3), Device(url2, gone_token, n=4)
            try:
                replay = await kept.act("tap", seq=3, person=people[2])   # acknowledged before: answered again
                after_replay = await owner2.do(lambda: turns(again))
                fresh = await kept.act("tap", seq=4, person=people[3])
                refused = await gone.act("tap", seq=9, person=people[0])
                return replay, after_replay, fresh, refused
            finally:
                await kept.close()
                await gone.close()

        replay, after_replay, fresh, refused = owner2.run(after_restart)
        assert replay[0] == 200 and replay[1]["ok"] and replay[1]["replay"] is True
        assert after_replay == before                # the replay applied nothing
        assert fresh[0] == 200 and fresh[1]["ok"] and turns(again) > before
        assert refused[0] == 403                     # the revoked device stays out
        with again.workspace.require().read() as s:
            seqs = [r[0] for r in s.execute(sqltext("SELECT seq FROM cofac_action WHERE device_id = :d ORDER BY id"),
                                            {"d": kept_id})]
        assert seqs == [1, 2, 3, 4]

        later.stop()                                 # a deliberate stop, then a start: new tokens
        assert later.crash_record() is None
        url3 = later.start()
        assert url3 != url2 and later.taken_back == 0 and later.devices() == []
        ws.close()                                   # closing the file on purpose removes the record too
    assert record_in(crashed) is None


def test_a_damaged_record_is_ignored_and_a_start_gives_new_tokens(room):
    cofac = room.cofacilitate
    with room.workspace.require().session() as s:
        s.execute(sqltext("INSERT INTO convene_meta (key, value) VALUES (:k, 'not json')"), {"k": TAKEBACK_KEY})
    assert cofac.crash_record() is None
    url = cofac.start()
    assert cofac.taken_back == 0 and url.rstrip("/").rsplit("/", 1)[1] != "not json"
    assert record_in(room.workspace.require().path)["token"] == cofac.token


def test_capture_reopening_the_devices_port_first_keeps_them_reconnecting_until_start(room, tmp_path, clock, data_dir):
    """After a crash the lead starts capture before co-facilitation, on the address the devices knew: their
    token is answered "busy" (the page keeps reconnecting and keeps its unanswered actions), never 404 (which
    tells the page to give up); Start then takes them over with no gap; capture alone again closes it all."""
    cofac = room.cofacilitate
    owner = Owner(cofac.drain)
    url = cofac.start(port=0, wake=owner.wake)
    port = int(url.split("/")[2].rsplit(":", 1)[1])

    async def join():
        d = Device(url, n=5)
        try:
            await d.join("Ana’s tablet")
            waiting = await owner.do(lambda: cofac.devices())
            await owner.do(lambda: cofac.accept(waiting[0].id))
            return d.token
        finally:
            await d.close()

    token = owner.run(join)
    crashed = tmp_path / "crashed.convene"
    room.workspace.require().copy_to(crashed)
    cofac.stop()

    ws = Workspace(clock, data_dir)
    with Services(ws) as again:
        ws.open(crashed)
        board = again.wall.boards()[0].id
        owner2 = Owner(again.capture.drain, again.cofacilitate.drain)
        again.capture.start(board, port=port, wake=owner2.wake)
        person = room.talk.conversation().members[0]

        async def meanwhile():
            d = Device(url, token, n=6)
            try:
                waiting = await d.act("tap", seq=2, person=person)
                await owner2.do(lambda: again.cofacilitate.start(wake=owner2.wake))
                done = await d.act("tap", seq=2, person=person)
                return waiting, done
            finally:
                await d.close()

        waiting, done = owner2.run(meanwhile)
        assert waiting[0] == 503 and waiting[1]["error"] == "busy"
        assert done[0] == 200 and done[1]["ok"] and again.cofacilitate.url == url
        again.cofacilitate.stop()
        again.capture.stop()
        assert not again.capture.room.running          # nothing listens when neither runs
        ws.close()


def test_save_as_carries_no_record(room, tmp_path):
    cofac = room.cofacilitate
    old = room.workspace.require().path
    cofac.start(port=0)
    assert record_in(old) is not None
    copy = tmp_path / "copy.convene"
    room.workspace.save_as(copy)                 # on purpose: the copy is not a crashed run, nor is the old file
    assert record_in(copy) is None and record_in(old) is None and not cofac.running
    room.workspace.close()
    assert record_in(copy) is None
