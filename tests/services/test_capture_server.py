"""Room capture over real HTTP on 127.0.0.1: a room of phones, hostile input, stop, moderation, languages."""

from __future__ import annotations

import asyncio
import logging
import socket
import threading
from collections import Counter

import aiohttp
import pytest
from sqlalchemy import text as sqltext

from app.domain.capture.rules import MAX_BODY_BYTES, MAX_NOTE_CHARS
from app.services.capture.service import CaptureError
from app.services.core.workspace import Workspace
from app.services.root import Services
from tests.services.capture_clients import NONCE, phone, send_note, with_phones


@pytest.fixture
def wall(services):
    return services.wall


@pytest.fixture
def capture(services):
    svc = services.capture
    yield svc
    svc.stop()


@pytest.fixture
def board(wall):
    return wall.add_board("What gets in the way of FAFSA completion?", prompt="What gets in the way?")


def texts(wall, board_id):
    return [n.text for n in wall.view(board_id).notes]


def port_of(url: str) -> int:
    return int(url.split("/")[2].rsplit(":", 1)[1])


async def raw_request(url: str, request: bytes) -> bytes:
    """Bytes on a socket, exactly as written (no client normalising the path)."""
    host, port = url.split("/")[2].rsplit(":", 1)
    reader, writer = await asyncio.open_connection(host, int(port))
    writer.write(request)
    await writer.drain()
    data = await reader.read()
    writer.close()
    return data


# -- a room ------------------------------------------------------------------------------

@pytest.mark.slow
def test_150_phones_send_3_notes_each_and_every_note_is_stored_once(capture, wall, board):
    busy = []

    async def room(url):
        async def note(s, i, k):
            # A phone told "busy" (503: the note never reached the file, or the write failed) sends it again, as
            # the page asks; on a loaded machine that happens now and then, and must never store a note twice.
            for _attempt in range(5):
                status, page = await send_note(s, url, f"Phone {i} note {k}", name=f"Table {i % 12}")
                if status != 503:
                    return status, page
                busy.append((i, k))
            return status, page

        async def one(i):
            async with phone(i) as s:
                return [await note(s, i, k) for k in range(3)]
        return await asyncio.gather(*(one(i) for i in range(150)))

    answers = with_phones(capture, board, room)
    flat = [a for phone_answers in answers for a in phone_answers]
    assert [status for status, _ in flat] == [200] * 450, busy
    assert len(busy) <= 45, f"{len(busy)} of 450 notes were refused as busy at first"
    assert all("Received. Your note is on the wall." in page for _, page in flat)
    stored = Counter(texts(wall, board))
    assert stored == Counter(f"Phone {i} note {k}" for i in range(150) for k in range(3))
    assert capture.received == 450


def test_the_page_is_a_form_with_labels_and_the_note_lands_with_its_name(capture, wall, board):
    async def go(url):
        async with phone() as s:
            async with s.get(url) as r:
                page, headers = await r.text(), r.headers
            return page, headers, await send_note(s, url, "Counselors are stretched thin", name="Roosevelt High")

    page, headers, (status, answer) = with_phones(capture, board, go)
    assert '<label for="note">Your note</label>' in page and 'id="note" name="note"' in page
    assert '<label for="name">' in page and "What gets in the way?" in page
    assert "<script" not in page and "In our control" not in page
    assert headers["Content-Security-Policy"].startswith("default-src 'none'")
    assert headers["X-Content-Type-Options"] == "nosniff" and headers["Cache-Control"] == "no-store"
    assert status == 200 and "Counselors are stretched thin" in answer
    note = wall.view(board).notes[0]
    assert (note.text, note.author, note.in_control) == ("Counselors are stretched thin", "Roosevelt High", None)


def test_on_a_fishbone_the_page_asks_in_our_control_and_the_mark_is_kept(capture, wall, board):
    wall.set_layout(board, "fishbone")

    async def go(url):
        async with phone() as s:
            async with s.get(url) as r:
                page = await r.text()
            a = await send_note(s, url, "We schedule FAFSA nights during work hours", ours="yes")
            b = await send_note(s, url, "Families fear sharing tax data", ours="no")
            c = await send_note(s, url, "Not sure about this one", ours="")
            return page, [a, b, c]

    page, answers = with_phones(capture, board, go)
    assert "Is this in our control?" in page and 'type="radio" name="ours" value="yes"' in page
    assert [s for s, _ in answers] == [200, 200, 200]
    marks = {n.text: n.in_control for n in wall.view(board).notes}
    assert marks == {"We schedule FAFSA nights during work hours": True, "Families fear sharing tax data": False,
                     "Not sure about this one": None}


def test_spanish_from_the_phone_language_and_the_visible_switch(capture, board):
    async def go(url):
        async with phone(headers={"Accept-Language": "es-MX,es;q=0.9,en;q=0.5"}) as s:
            async with s.get(url) as r:
                es = await r.text()
            async with s.get(url + "?lang=en") as r:
                en = await r.text()
            status, answer = await send_note(s, url + "?lang=es", "Falta tiempo con las familias")
            return es, en, answer

    es, en, answer = with_phones(capture, board, go)
    assert '<html lang="es">' in es and "Tu nota" in es and "Enviar la nota" in es and "In English" in es
    assert '<html lang="en">' in en and "Your note" in en
    assert "Recibida. Tu nota está en el muro." in answer


def test_a_form_sent_twice_is_kept_once(capture, wall, board):
    async def go(url):
        async with phone() as s:
            async with s.get(url) as r:
                nonce = NONCE.search(await r.text()).group(1)
            form = {"note": "Deadlines are confusing", "n": nonce}
            out = []
            for _ in range(3):   # a double tap, then the back button and send again
                async with s.post(url, data=form) as r:
                    out.append(r.status)
            async with s.post(url, data={**form, "note": "Another idea"}) as r:   # back, then a new note typed
                out.append(r.status)
            return out

    assert with_phones(capture, board, go) == [200, 200, 200, 200]
    assert texts(wall, board) == ["Deadlines are confusing", "Another idea"]


# -- security ----------------------------------------------------------------------------

def test_the_page_refuses_without_the_token_or_with_a_wrong_one(capture, wall, board):
    async def go(url):
        base = url.rsplit("/", 1)[0]
        out = []
        async with phone() as s:
            for path in ("/", "/abcdefgh", "/" + capture.token.upper(), "/" + capture.token + "x"):
                async with s.get(base + path) as r:
                    out.append((r.status, "full address from the projector" in await r.text()))
                async with s.post(base + path, data={"note": "sneaky"}) as r:
                    out.append((r.status, "full address from the projector" in await r.text()))
        return out

    assert with_phones(capture, board, go) == [(404, True)] * 8
    assert texts(wall, board) == []


def test_the_token_changes_each_time_capture_starts(capture, board):
    tokens = set()
    for _ in range(3):
        tokens.add(capture.start(board).rsplit("/", 1)[1])
        capture.stop()
    assert len(tokens) == 3


def test_oversized_body_and_overlong_note_are_refused_with_413(capture, wall, board):
    async def go(url):
        async with phone() as s:
            async with s.post(url, data={"note": "x" * (MAX_BODY_BYTES + 10)}) as r:
                big = r.status

            async def chunks():   # no Content-Length: the limit holds while reading, too
                yield b"note="
                for _ in range(40):
                    yield b"y" * 1024

            async with s.post(url, data=chunks(), headers={"Content-Type": "application/x-www-form-urlencoded"}) as r:
                chunked = r.status
            status, page = await send_note(s, url, "y" * (MAX_NOTE_CHARS + 1))
            return big, chunked, status, page

    big, chunked, status, page = with_phones(capture, board, go)
    assert big == 413 and chunked == 413
    assert status == 413 and "too long" in page and "y" * (MAX_NOTE_CHARS + 1) in page   # the text is kept to edit
    assert texts(wall, board) == []


def test_path_traversal_and_listing_get_nothing(capture, board):
    async def go(url):
        token = url.rsplit("/", 1)[1]
        out = []
        for path in ("/../../etc/passwd", f"/{token}/../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd",
                     f"/{token}/", "/static/", f"/{token}/%2e%2e%2fapp%2fcli.py", "/app/", "/.."):
            data = await raw_request(url, f"GET {path} HTTP/1.1\r\nHost: {url.split('/')[2]}\r\n"
                                          "Connection: close\r\n\r\n".encode())
            out.append((path, data.split(b"\r\n", 1)[0], data))
        return out

    for path, status_line, data in with_phones(capture, board, go):
        assert status_line.split()[1] in (b"400", b"404"), (path, status_line)
        assert b"root:" not in data and b"def " not in data and b"Index of" not in data, path


def test_markup_is_kept_as_typed_and_escaped_on_the_page(capture, wall, board):
    evil = '<script>alert("x")</script> & <b onmouseover=alert(1)>bold</b>'

    async def go(url):
        async with phone() as s:
            return await send_note(s, url, evil, name='"><img src=x onerror=alert(1)>')

    status, page = with_phones(capture, board, go)
    assert status == 200
    assert "<script>" not in page and "<b onmouseover" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b onmouseover=alert(1)&gt;" in page
    note = wall.view(board).notes[0]
    assert note.text == evil and note.author == '"><img src=x onerror=alert(1)>'


def test_invalid_utf8_is_refused_and_nothing_stored(capture, wall, board):
    async def go(url):
        out = []
        async with phone() as s:
            for body in (b"note=%ff%fe%fd", b"note=caf\xe9", b"note=%c3%28"):
                async with s.post(url, data=body, headers={"Content-Type": "application/x-www-form-urlencoded"}) as r:
                    out.append(r.status)
            async with s.post(url, data=aiohttp.FormData({"note": "multipart"}, quote_fields=True)) as r:
                out.append(r.status)
        return out

    assert with_phones(capture, board, go) == [400, 400, 400, 200]   # the last one: an ordinary form
    assert texts(wall, board) == ["multipart"]


def test_a_flood_from_one_phone_is_held_to_its_limit_and_the_phone_may_send_again_later(capture, wall, board,
                                                                                         clock):
    async def go(url):
        async with phone() as s:
            flood = [(await send_note(s, url, f"Flood {i}"))[0] for i in range(20)]
            clock.advance(5.0)   # 12 notes a minute: one more after five seconds, not two
            later = [(await send_note(s, url, f"Later {i}"))[0] for i in range(2)]
            return flood, later

    flood, later = with_phones(capture, board, go)
    assert flood == [200] * 8 + [429] * 12   # a burst of 8, then "too many"
    assert later == [200, 429]
    assert texts(wall, board)[-1] == "Later 0" and len(texts(wall, board)) == 9


def test_a_request_flood_of_any_kind_is_cut_off(capture, board):
    async def go(url):
        base = url.rsplit("/", 1)[0]
        async with phone() as s:
            statuses = []
            for i in range(80):   # a guesser trying tokens
                async with s.get(f"{base}/guess{i:03d}") as r:
                    statuses.append(r.status)
            async with s.get(url) as r:   # now even the right address is refused from this phone
                statuses.append(r.status)
        async with phone(2) as other, other.get(url) as r:   # another phone is not held up
            return statuses, r.status

    statuses, other = with_phones(capture, board, go)
    assert 429 in statuses and statuses[-1] == 429 and other == 200


def test_post_from_another_site_or_another_host_name_is_refused(capture, wall, board):
    async def go(url):
        host = url.split("/")[2]
        out = []
        async with phone() as s:
            for headers in ({"Origin": "http://evil.example"}, {"Sec-Fetch-Site": "cross-site"},
                            {"Referer": "http://evil.example/page"}):
                async with s.post(url, data={"note": "csrf"}, headers=headers) as r:
                    out.append(r.status)
            async with s.get(url, headers={"Host": "rebound.example:" + host.rsplit(":", 1)[1]}) as r:
                out.append(r.status)
        return out

    assert with_phones(capture, board, go) == [403, 403, 403, 421]
    assert texts(wall, board) == []


def test_listens_only_on_the_chosen_address_and_is_gone_after_stop(capture, board):
    url = capture.start(board, host="127.0.0.1")
    port = port_of(url)
    with socket.create_connection(("127.0.0.1", port), timeout=5):
        pass
    with pytest.raises(ConnectionRefusedError):   # another address of this machine: nothing there
        socket.create_connection(("127.0.0.2", port), timeout=5).close()
    capture.stop()
    assert not capture.running and capture.url == ""
    assert not [t for t in threading.enumerate() if t.name == "convene-capture"]   # its thread has ended
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port), timeout=5).close()
    again = capture.start(board, port=port)   # the port is free again: a new run can take it
    assert port_of(again) == port and again != url


def test_all_interfaces_and_a_taken_port_are_refused_in_a_sentence(capture, board):
    with pytest.raises(CaptureError, match="one network address"):
        capture.start(board, host="0.0.0.0")
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    try:
        with pytest.raises(CaptureError, match=f"Port {taken.getsockname()[1]} on 127.0.0.1 is already in use"):
            capture.start(board, port=taken.getsockname()[1])
    finally:
        taken.close()
    with pytest.raises(CaptureError, match="not a network address of this computer"):
        capture.start(board, host="192.0.2.77")
    assert not capture.running


def test_closing_the_file_or_deleting_the_board_stops_capture(workspace, capture, wall, board):
    port = port_of(capture.start(board))
    wall.delete_board(board)
    assert not capture.running
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port), timeout=5).close()
    other = wall.add_board("Bright spots")
    port = port_of(capture.start(other))
    workspace.close()
    assert not capture.running
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port), timeout=5).close()


def test_nothing_is_logged_with_what_a_participant_typed(capture, board, caplog):
    caplog.set_level(logging.DEBUG)

    async def go(url):
        async with phone() as s:
            return await send_note(s, url, "Zelda's unique note text", name="Zelda Quintero")

    assert with_phones(capture, board, go)[0] == 200
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "Zelda" not in logged and "127.0.0.2" not in logged


# -- moderation --------------------------------------------------------------------------

def test_moderation_keeps_notes_in_the_file_until_accepted_or_rejected(tmp_path, data_dir, clock, capture, wall,
                                                                          workspace, board):
    capture.set_moderation(True)

    async def go(url):
        async with phone() as s:
            return [await send_note(s, url, t) for t in ("Keep me", "Reject me", "Keep me too")]

    answers = with_phones(capture, board, go)
    assert all(s == 200 and "The facilitator will add it to the wall." in p for s, p in answers)
    assert texts(wall, board) == []
    path = workspace.path
    workspace.close()   # as after a crash: what the phones were told was received is in the file
    ws2 = Workspace(clock, data_dir)
    ws2.open(path)
    try:
        with Services(ws2) as services2:
            wall2 = services2.wall
            cap2 = services2.capture
            waiting = cap2.pending(board)
            assert [p.text for p in waiting] == ["Keep me", "Reject me", "Keep me too"]
            cap2.reject([waiting[1].id])
            cap2.accept([waiting[0].id, waiting[2].id])
            assert cap2.pending(board) == []
            assert [n.text for n in wall2.view(board).notes] == ["Keep me", "Keep me too"]
    finally:
        ws2.close()


def test_accepting_from_the_queue_is_one_commit_so_a_failure_leaves_each_note_in_one_place(capture, wall,
                                                                                          workspace, board):
    capture.set_moderation(True)

    async def go(url):
        async with phone() as s:
            return [await send_note(s, url, t) for t in ("First", "Second")]

    with_phones(capture, board, go)
    waiting = capture.pending(board)
    with workspace.require().session() as s:   # the queue's rows cannot be removed: as if the disk failed there
        s.execute(sqltext("CREATE TRIGGER stuck BEFORE DELETE ON capture_pending "
                          "BEGIN SELECT RAISE(ABORT, 'disk trouble'); END"))
    with pytest.raises(Exception, match="disk trouble"):
        capture.accept([p.id for p in waiting])
    assert texts(wall, board) == [] and [p.text for p in capture.pending(board)] == ["First", "Second"]
    with workspace.require().session() as s:
        s.execute(sqltext("DROP TRIGGER stuck"))
    capture.accept([p.id for p in waiting])
    assert texts(wall, board) == ["First", "Second"] and capture.pending(board) == []


def test_stop_keeps_what_arrived_and_refuses_what_comes_after(capture, wall, board):
    from app.domain.capture.rules import Submitted
    from app.services.capture.errors import CaptureStopped

    capture.start(board)
    gate = capture._run
    waiting = gate.submit(Submitted("Arrived just before stop", "", None, "n1"))
    capture.stop()   # drains first: the phone is told "received" only because it is stored
    assert waiting.result(timeout=0) == "stored"
    assert texts(wall, board) == ["Arrived just before stop"]
    late = gate.submit(Submitted("Too late", "", None, "n2"))
    with pytest.raises(CaptureStopped):
        late.result(timeout=0)
    assert texts(wall, board) == ["Arrived just before stop"]
