"""Co-facilitators' devices over real HTTP on 127.0.0.1: joining, accepting, actions through the same services
as the console, replays, revoking, hostile requests, the state a device polls, and the room's one server."""

from __future__ import annotations

import asyncio
import socket
import time

import aiohttp
import pytest
from sqlalchemy import text as sqltext

from app.domain.cofacilitate.rules import DEVICE_HEADER
from app.services.core.changes import CofacChanged
from tests.services.cofac_clients import Device, Owner, origin_of


@pytest.fixture
def room(demo_services):
    """The demo convening with its first conversation being tracked."""
    talk = demo_services.talk
    talk.choose(talk.conversations()[0].id)
    with demo_services.workspace.require().read() as s:
        demo_services.old_turn = s.execute(sqltext("SELECT coalesce(max(id), 0) FROM talk_segment")).scalar()
    yield demo_services
    demo_services.cofacilitate.stop()
    demo_services.capture.stop()


def segments(services) -> list[tuple]:
    """(speaker, still open) of the conversation's turns made in this test (the demo's own are older)."""
    with services.workspace.require().read() as s:
        return [tuple(r) for r in s.execute(sqltext("SELECT participant_id, ended_us IS NULL FROM talk_segment "
                                                    "WHERE conversation_id = :c AND id > :old ORDER BY id"),
                                            {"c": services.talk.conversation().id, "old": services.old_turn})]


def actions(services) -> list[tuple]:
    with services.workspace.require().read() as s:
        return [tuple(r) for r in s.execute(sqltext("SELECT d.name, a.seq, a.kind FROM cofac_action a "
                                                    "JOIN cofac_device d ON d.id = a.device_id ORDER BY a.id"))]


def listening(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


def test_a_device_joins_waits_is_accepted_and_its_tap_gives_the_floor_in_the_file(room):
    cofac, talk = room.cofacilitate, room.talk
    owner = Owner(cofac.drain)
    url = cofac.start(wake=owner.wake)
    first = talk.conversation().members[0]

    async def clients():
        d = Device(url)
        try:
            status, body = await d.join("Maria’s phone")
            assert (status, body["state"]) == (200, "waiting")
            status, body = await d.state()
            assert body["you"] == "waiting" and "floor" not in body["state"]
            status, body = await d.act("tap", person=first)
            assert (status, body["error"]) == (403, "no_device")      # not accepted yet: nothing happens
            waiting = await owner.do(lambda: [x for x in cofac.devices() if x.state == "waiting"])
            assert [x.name for x in waiting] == ["Maria’s phone"]
            await owner.do(lambda: cofac.accept(waiting[0].id))
            status, body = await d.act("tap", person=first)
            assert (status, body["ok"]) == (200, True)
            status, state = await d.state()
            return state
        finally:
            await d.close()

    state = owner.run(clients)
    assert segments(room) == [(first, 1)]                        # committed in the file
    assert talk.open_turn().speaker == first                     # the console's view
    assert state["you"] == "accepted" and state["state"]["floor"]["speaker"] == first
    assert actions(room) == [("Maria’s phone", 2, "tap")]        # who did it (its first try, 1, was refused)
    # one undo step, as from the console, saying whose it is
    assert room.history.undo_label() == f"floor to {talk.names()[first]} · from Maria’s phone"
    room.history.undo()
    assert segments(room) == []


def test_a_replayed_action_is_applied_once_and_answered_as_the_first_time(room):
    cofac, talk = room.cofacilitate, room.talk
    owner = Owner(cofac.drain)
    url = cofac.start(wake=owner.wake)
    token = cofac.add_device("Tablet")
    a, b = talk.conversation().members[:2]

    async def clients():
        d = Device(url, token)
        try:
            first = await d.act("tap", seq=1, person=a)
            again = await d.act("tap", seq=1, person=a)          # the same number: the network sent it twice
            other = await d.act("tap", seq=1, person=b)          # a different body under a used number: still the first
            second = await d.act("tap", seq=2, person=b)
            return first, again, other, second
        finally:
            await d.close()

    first, again, other, second = owner.run(clients)
    assert first[0] == again[0] == other[0] == 200
    assert again[1]["replay"] and again[1]["seq"] == 1 and again[1]["message"] == first[1]["message"]
    assert second[1]["ok"]
    assert [p for p, _open in segments(room)] == [a, b]          # a once, then b: nothing twice
    assert [seq for _n, seq, _k in actions(room)] == [1, 2]


def test_a_revoked_device_can_do_nothing_more_and_its_page_is_told(room):
    cofac, talk = room.cofacilitate, room.talk
    owner = Owner(cofac.drain)
    url = cofac.start(wake=owner.wake)
    token = cofac.add_device("Phone")
    person = talk.conversation().members[0]

    async def clients():
        d = Device(url, token)
        try:
            status, state = await d.state()
            assert status == 200
            waiting = asyncio.ensure_future(d.state(state["state"]["version"]))   # a page waiting for a change
            await asyncio.sleep(0.05)
            await owner.do(lambda: cofac.revoke(cofac.devices()[0].id))
            told = await asyncio.wait_for(waiting, 2)
            acted = await d.act("tap", person=person)
            return told, acted
        finally:
            await d.close()

    told, acted = owner.run(clients)
    assert told[0] == 403 and told[1]["you"] == "revoked"
    assert acted[0] == 403
    assert segments(room) == [] and actions(room) == []


def test_hostile_requests_change_nothing(room):
    cofac, capture, wall = room.cofacilitate, room.capture, room.wall
    board = wall.add_board("Ideas")
    owner = Owner(capture.drain, cofac.drain)
    join = capture.start(board, wake=owner.wake)
    url = cofac.start(wake=owner.wake)
    assert url.split("/")[2] == join.split("/")[2]               # one server: capture's address
    ptoken = join.rsplit("/", 1)[1]
    token = cofac.add_device("Phone")
    person = room.talk.conversation().members[0]
    origin = origin_of(url)

    async def clients():
        out = {}
        async with aiohttp.ClientSession() as s:
            base = join + "/"
            for rest in ("", "state", "act", "join", "app.js"):   # the participants' token opens no facilitator page
                async with s.post(base + rest, json={"seq": 1, "kind": "tap", "person": person},
                                  headers={DEVICE_HEADER: token, "Origin": origin}) as r:
                    out[f"participant {rest}"] = r.status
            async with s.get(base + "state", headers={DEVICE_HEADER: token}) as r:
                out["participant state"] = r.status
            async with s.post(url + "act", json={"seq": 1, "kind": "tap", "person": person},
                              headers={DEVICE_HEADER: token, "Origin": "http://evil.example"}) as r:
                out["cross-origin"] = r.status
            async with s.post(url + "act", json={"seq": 2, "kind": "tap", "person": person},
                              headers={DEVICE_HEADER: token, "Sec-Fetch-Site": "cross-site"}) as r:
                out["cross-site"] = r.status
            async with s.post(url + "act", json={"seq": 3, "kind": "tap", "person": person},
                              headers={DEVICE_HEADER: "x" * 32, "Origin": origin}) as r:
                out["unknown device"] = r.status
            async with s.post(url + "act", json={"seq": 4, "kind": "cue", "text": "x" * 141},
                              headers={DEVICE_HEADER: token, "Origin": origin}) as r:
                out["long cue"] = (r.status, (await r.json())["error"])
            async with s.post(url + "act", data=b"{" + b" " * 5000 + b"}",
                              headers={DEVICE_HEADER: token, "Origin": origin, "Content-Type": "application/json"}) as r:
                out["big body"] = r.status
            async with s.post(url + "act", data="seq=5&kind=tap",
                              headers={DEVICE_HEADER: token, "Origin": origin,
                                       "Content-Type": "application/x-www-form-urlencoded"}) as r:
                out["a form"] = r.status
            async with s.post(url + "act", json={"seq": 6, "kind": "drop_table"},
                              headers={DEVICE_HEADER: token, "Origin": origin}) as r:
                out["unknown kind"] = r.status
            async with s.get(f"http://{url.split('/')[2]}/{ptoken[:-1]}x/") as r:
                out["guessed"] = r.status
        return out

    out = owner.run(clients)
    assert all(out[k] == 404 for k in out if k.startswith("participant")), out
    assert out["cross-origin"] == out["cross-site"] == out["unknown device"] == 403
    assert out["long cue"] == (413, "cue_long")
    assert out["big body"] == 413 and out["a form"] == 415 and out["unknown kind"] == 400
    assert out["guessed"] == 404
    assert segments(room) == [] and actions(room) == [] and cofac.cues == []


def test_a_flood_from_one_device_is_slowed_without_slowing_another_or_the_phones(room, monkeypatch):
    cofac = room.cofacilitate
    owner = Owner(cofac.drain)
    url = cofac.start(wake=owner.wake)
    flood, calm = cofac.add_device("Flood"), cofac.add_device("Calm")
    desk = cofac._desk
    from app.domain.capture.rules import RateLimit
    desk.actions = RateLimit(burst=20, per_minute=60)            # a smaller bucket, the same rule

    async def clients():
        f, c = Device(url, flood, 1), Device(url, calm, 2)
        try:
            answers = [await f.act("plus_minute") for _ in range(30)]
            other = await c.act("plus_minute")
            return [s for s, _b in answers], other[0]
        finally:
            await f.close()
            await c.close()

    statuses, other = owner.run(clients)
    assert statuses[:20] == [200] * 20 and set(statuses[20:]) == {429}
    assert other == 200


def test_a_cue_reaches_the_console_at_once_until_dismissed(room):
    cofac = room.cofacilitate
    owner = Owner(cofac.drain)
    url = cofac.start(wake=owner.wake)
    token = cofac.add_device("Ana")
    heard: list[int] = []
    subs = room.workspace.bus.owner("test")
    subs.on(CofacChanged, lambda c: heard.append(c.cue_id) if c.cue_id else None)

    async def clients():
        d = Device(url, token)
        try:
            return [await d.act("cue", text="two_minutes"), await d.act("cue", text="  Mic   for table 4 <b>  ")]
        finally:
            await d.close()

    try:
        answers = owner.run(clients)
    finally:
        subs.close()
    assert [a[1]["message"] for a in answers] == ["2 minutes", "Mic for table 4 <b>"]
    assert [(c.device, c.text) for c in cofac.cues] == [("Ana", "2 minutes"), ("Ana", "Mic for table 4 <b>")]
    assert heard == [c.id for c in cofac.cues]
    cofac.dismiss(cofac.cues[0].id)
    assert [c.text for c in cofac.cues] == ["Mic for table 4 <b>"]


def test_the_timer_from_a_device_goes_through_live_as_the_console_does(room):
    cofac, live = room.cofacilitate, room.live
    owner = Owner(cofac.drain)
    url = cofac.start(wake=owner.wake)
    token = cofac.add_device("Ana")

    async def clients():
        d = Device(url, token)
        try:
            await d.act("start_pause")
            _s, started = await d.state()
            await d.act("plus_minute")
            _s, later = await d.state()
            return started, later
        finally:
            await d.close()

    started, later = owner.run(clients)
    assert live.view().running
    timer = started["state"]["timer"]
    assert timer["running"] and timer["title"]
    assert later["state"]["timer"]["remaining"] == pytest.approx(timer["remaining"] + 60, abs=1)


def test_a_console_tap_reaches_a_waiting_device_within_200_ms(room):
    cofac, talk = room.cofacilitate, room.talk
    owner = Owner(cofac.drain)
    url = cofac.start(wake=owner.wake)
    token = cofac.add_device("Ana")
    person = talk.conversation().members[1]

    async def clients():
        d = Device(url, token)
        try:
            _s, state = await d.state()
            waiting = asyncio.ensure_future(d.state(state["state"]["version"]))
            await asyncio.sleep(0.1)
            t0 = time.perf_counter()
            await owner.do(lambda: talk.tap(person))               # the lead taps on the console
            _s, changed = await asyncio.wait_for(waiting, 2)
            return time.perf_counter() - t0, changed
        finally:
            await d.close()

    took, changed = owner.run(clients)
    assert changed["state"]["floor"]["speaker"] == person
    assert took < 0.2


def test_the_room_server_listens_while_capture_or_cofacilitation_runs_and_not_after(room):
    cofac, capture = room.cofacilitate, room.capture
    board = room.wall.add_board("Ideas")
    url = cofac.start()
    port = int(url.split("/")[2].rsplit(":", 1)[1])
    join = capture.start(board)
    assert join.split("/")[2] == url.split("/")[2]
    cofac.stop()
    assert listening(port)                                        # capture still runs on it
    url2 = cofac.start()
    assert url2 != url                                            # a new facilitator token each start
    capture.stop()
    assert listening(port)
    cofac.stop()
    assert not listening(port)                                    # neither runs: nothing listens


@pytest.mark.slow
def test_4_devices_tap_1000_times_while_150_phones_send_3_notes_each(room):
    from collections import Counter

    from tests.services.capture_clients import phone, send_note

    cofac, capture, talk, wall = room.cofacilitate, room.capture, room.talk, room.wall
    people = sorted(talk.names())
    talk.start_conversation(people, title="Whole room")
    with room.workspace.require().read() as s:
        room.old_turn = s.execute(sqltext("SELECT coalesce(max(id), 0) FROM talk_segment")).scalar()
    board = wall.add_board("What gets in the way?")
    owner = Owner(capture.drain, cofac.drain)
    join = capture.start(board, wake=owner.wake)
    url = cofac.start(wake=owner.wake)
    tokens = [cofac.add_device(f"Device {i}") for i in range(4)]

    async def clients():
        async def device(i):
            d = Device(url, tokens[i], i)
            try:
                out = []
                for k in range(250):
                    status, body = await d.act("tap", person=people[(i * 7 + k) % len(people)])
                    out.append((status, body.get("ok"), body.get("seq")))
                return out
            finally:
                await d.close()

        async def one_phone(i):
            async with phone(i) as s:
                return [await send_note(s, join, f"Phone {i} note {k}") for k in range(3)]

        return await asyncio.gather(*(device(i) for i in range(4)), *(one_phone(i) for i in range(150)))

    answers = owner.run(clients)
    taps, notes = answers[:4], answers[4:]
    for i, mine in enumerate(taps):
        assert mine == [(200, True, k + 1) for k in range(250)], f"device {i}"
    assert [s for phone_answers in notes for s, _page in phone_answers] == [200] * 450
    stored = actions(room)
    assert len(stored) == 1000
    for i in range(4):   # every acknowledged tap once, in the order the device sent them
        assert [seq for name, seq, _k in stored if name == f"Device {i}"] == list(range(1, 251))
    assert Counter(n.text for n in wall.view(board).notes) == Counter(f"Phone {i} note {k}" for i in range(150)
                                                                    for k in range(3))
    with room.workspace.require().read() as s:   # the console's view of the turns is the file's
        in_file = [tuple(r) for r in s.execute(sqltext(
            "SELECT id, participant_id FROM talk_segment WHERE conversation_id = :c ORDER BY id"),
            {"c": talk.conversation().id})]
    assert [(t.id, t.speaker) for t in talk.turns()] == in_file
    assert len(in_file) >= 500


def test_the_participants_rate_limit_never_slows_a_facilitator_on_the_same_address(room):
    cofac, capture = room.cofacilitate, room.capture
    board = room.wall.add_board("Ideas")
    owner = Owner(capture.drain, cofac.drain)
    join = capture.start(board, wake=owner.wake)
    url = cofac.start(wake=owner.wake)
    token = cofac.add_device("Ana")

    async def clients():
        d = Device(url, token, 7)   # the same address as the phone below: a venue's Wi-Fi behind one NAT
        try:
            connector = aiohttp.TCPConnector(local_addr=("127.0.1.8", 0))
            async with aiohttp.ClientSession(connector=connector) as s:
                statuses = []
                for _ in range(80):
                    async with s.get(join) as r:
                        statuses.append(r.status)
            return statuses, await d.act("plus_minute"), await d.state()
        finally:
            await d.close()

    statuses, acted, state = owner.run(clients)
    assert 429 in statuses                                   # the phones' limit is reached on that address
    assert acted[0] == 200 and acted[1]["ok"] and state[0] == 200


def test_at_most_four_devices_and_a_fifth_is_told_the_room_is_full(room):
    from app.services.cofacilitate.records import CofacError

    cofac = room.cofacilitate
    owner = Owner(cofac.drain)
    url = cofac.start(wake=owner.wake)
    for i in range(4):
        cofac.add_device(f"Device {i}")

    async def clients():
        d = Device(url, n=9)
        try:
            return await d.join("Fifth")
        finally:
            await d.close()

    status, body = owner.run(clients)
    assert (status, body["error"]) == (409, "full")
    with pytest.raises(CofacError, match="4 devices are in already"):
        cofac.add_device("Sixth")
    assert [d.state for d in cofac.devices()] == ["accepted"] * 4   # nothing half-made for the refused ones


def test_closing_the_file_stops_co_facilitation_and_closes_the_port(room):
    cofac = room.cofacilitate
    url = cofac.start()
    port = int(url.split("/")[2].rsplit(":", 1)[1])
    assert listening(port)
    path = room.workspace.path
    room.workspace.close()
    assert not cofac.running and cofac.url == "" and not listening(port)
    room.workspace.open(path)
