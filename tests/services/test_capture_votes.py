"""Dot votes from phones over real HTTP on loopback: each phone its own address and cookie; one device, one
ballot (by the cookie's token, not the address); the rules hold; a phone changes its dots until voting closes;
after that it is refused in a sentence; every accepted ballot is in the file before the phone hears so."""

from __future__ import annotations

import asyncio
import contextlib
import re
import sqlite3
from collections import Counter
from html import unescape

import aiohttp
import pytest
from yarl import URL

from tests.services.capture_clients import phone, send_note, with_phones

KEPT = re.compile(r"Your dots are in: (\d+) placed")


@pytest.fixture
def capture(services):
    svc = services.capture
    yield svc
    svc.stop()


@pytest.fixture
def board(services):
    """A board of six named clusters, 3 dots each, at most 2 on one cluster, voting open."""
    wall = services.wall
    b = wall.add_board("FAFSA", prompt="What gets in the way?")
    ids = wall.add_notes(b, [f"Note {i}" for i in range(12)])
    names = ["Our beliefs", "Our practices", "Our processes", "Reaching families", "Time", "Outside our walls"]
    for k, name in enumerate(names):
        wall.make_cluster(b, ids[2 * k:2 * k + 2], name)
    wall.votes.set_vote_rules(b, 3, 2)
    wall.votes.open_voting(b)
    return b


def clusters(services, board_id) -> list[int]:
    """Cluster ids in the room's order (1, 2, 3 ...)."""
    return [c.id for c in services.wall.votes.phone_voting(board_id).clusters]


class Phone:
    """One phone: its loopback address and its cookies, kept from one capture run to the next (each run has
    an event loop of its own, and a cookie jar belongs to one loop)."""

    def __init__(self, n: int) -> None:
        self.n, self.cookies = n, {}

    @contextlib.asynccontextmanager
    async def session(self, url: str, **kw):
        jar = aiohttp.CookieJar(unsafe=True)   # the page is on an address, not a name: keep its cookie anyway
        jar.update_cookies(self.cookies, URL(url))
        async with phone(self.n, cookie_jar=jar, **kw) as s:
            yield s
        self.cookies = {c.key: c.value for c in jar}


def dots_url(url: str) -> str:
    return url + "/dots"


def origin(url: str) -> dict[str, str]:
    parts = url.split("/", 3)
    return {"Origin": f"{parts[0]}//{parts[2]}"}


async def place(s: aiohttp.ClientSession, url: str, dots: dict[int, int], lang: str = "") -> tuple[int, str]:
    """What a phone does: open the voting page, tick its dots, send them. Returns the answer's status and page."""
    async with s.get(dots_url(url)) as r:
        page = await r.text()
        assert r.status == 200, page
    form = {f"c{cid}": str(d) for cid, d in dots.items()}
    async with s.post(dots_url(url) + (f"?lang={lang}" if lang else ""), data=form, headers=origin(url)) as r:
        return r.status, unescape(await r.text())


def stored_ballots(services) -> dict[str, dict[int, int]]:
    """The phones' ballots as the file holds them, read by a connection of our own (so: committed)."""
    con = sqlite3.connect(str(services.workspace.path))
    try:
        out: dict[str, dict[int, int]] = {}
        for device, cid, d in con.execute("SELECT device, cluster_id, dots FROM vote WHERE device != ''"):
            out.setdefault(device, {})[cid] = out.setdefault(device, {}).get(cid, 0) + d
        return out
    finally:
        con.close()


@pytest.mark.slow
def test_150_phones_place_3_dots_each_change_them_and_are_refused_after_close(services, capture, board):
    wall = services.wall
    c = clusters(services, board)
    phones = [Phone(i) for i in range(150)]

    def ballot(i: int) -> dict[int, int]:
        return {c[i % 6]: 2, c[(i + 1) % 6]: 1}

    async def room(url):
        async def one(i):
            async with phones[i].session(url) as s:
                return await place(s, url, ballot(i))
        answers = await asyncio.gather(*(one(i) for i in range(150)))
        async with phones[7].session(url) as s:    # phone 7 changes its mind
            changed = await place(s, url, {c[5]: 1, c[4]: 1})
        async with phones[8].session(url) as s:    # phone 8 tries 3 dots on one cluster (the form offers 2)
            capped = await place(s, url, {c[0]: 3})
        async with phones[9].session(url) as s:    # phone 9 puts down 4 dots
            over = await place(s, url, {c[0]: 2, c[1]: 2})
        return answers, changed, capped, over

    answers, changed, capped, over = with_phones(capture, board, room)
    assert [status for status, _ in answers] == [200] * 150
    assert all(KEPT.search(page).group(1) == "3" for _, page in answers)
    assert changed[0] == 200 and KEPT.search(changed[1]).group(1) == "2"
    assert capped[0] == 422 and "At most 2 dots on one cluster." in capped[1]
    assert over[0] == 422 and "That is 4 dots; you have 3." in over[1]

    stored = stored_ballots(services)
    assert len(stored) == 150, "every phone's ballot, once"
    assert all(sum(d.values()) <= 3 and max(d.values()) <= 2 for d in stored.values()), "the rules hold"
    expected = Counter()
    for i in range(150):
        expected.update({} if i == 7 else ballot(i))
    expected.update({c[5]: 1, c[4]: 1})
    assert wall.votes.phone_ballots(board) == 150
    wall.votes.close_voting(board)
    assert {x.id: x.dots for x in wall.view(board).clusters} == dict(expected)

    async def late(url):
        async with phones[7].session(url) as s:
            form = {f"c{c[0]}": "2"}
            async with s.post(dots_url(url), data=form, headers=origin(url)) as r:
                return r.status, await r.text()

    status, page = with_phones(capture, board, late)
    assert status == 409 and "Voting has closed, so these dots were not counted." in page
    assert stored_ballots(services) == stored, "nothing changed after close"


def test_two_phones_behind_one_address_are_two_ballots_and_one_phone_is_one(services, capture, board):
    """Venue Wi-Fi may put many phones behind one address: the cookie's token tells them apart."""
    c = clusters(services, board)
    a, b = Phone(3), Phone(3)

    async def go(url):
        async with a.session(url) as s1, b.session(url) as s2:
            one = await place(s1, url, {c[0]: 2})
            two = await place(s2, url, {c[1]: 1})
            again = await place(s1, url, {c[2]: 1})      # the first phone again, same cookie
            async with s1.get(dots_url(url)) as r:
                page = await r.text()
        return one, two, again, page

    one, two, again, page = with_phones(capture, board, go)
    assert [one[0], two[0], again[0]] == [200, 200, 200]
    ballots = sorted(stored_ballots(services).values(), key=lambda d: sorted(d))
    assert ballots == sorted([{c[1]: 1}, {c[2]: 1}], key=lambda d: sorted(d))
    assert re.search(rf'name="c{c[2]}" value="1" checked', page), "the page shows the phone's dots now"
    assert not re.search(rf'name="c{c[0]}" value="[12]" checked', page)


def test_a_phone_that_keeps_no_cookie_is_refused_in_a_sentence(services, capture, board):
    c = clusters(services, board)

    async def go(url):
        async with phone(4, cookie_jar=aiohttp.DummyCookieJar()) as s:
            return await place(s, url, {c[0]: 1})

    status, page = with_phones(capture, board, go)
    assert status == 400 and "did not keep the page's cookie, so its dots could not be counted" in page
    assert stored_ballots(services) == {}


def test_the_voting_page_is_plain_html_in_english_and_spanish(services, capture, board):
    wall = services.wall

    async def go(url):
        async with Phone(5).session(url) as s:
            async with s.get(url) as r:    # the phone's first page gives it its token
                notes, headers = await r.text(), r.headers
            async with s.get(dots_url(url)) as r:
                en = await r.text()
                assert "Set-Cookie" not in r.headers, "a phone keeps the token it was given"
            async with s.get(dots_url(url) + "?lang=es") as r:
                es = await r.text()
            _status, received = await send_note(s, url, "Families never see the deadline")
            return notes, en, headers, es, received

    notes, en, headers, es, received = with_phones(capture, board, go)
    assert "Dot voting is open." in notes and "/dots?lang=en\">Place your dots</a>" in notes
    assert "Received." in received and "/dots?lang=en\">Place your dots</a>" in received, "a note sent, then dots"
    assert "<script" not in en and "<main>" in en and '<html lang="en">' in en
    assert "You have 3 dots, at most 2 on one cluster." in en
    c = clusters(services, board)
    for n, name in enumerate(["Our beliefs", "Our practices", "Our processes", "Reaching families", "Time",
                              "Outside our walls"], start=1):
        assert re.search(rf'<legend><span class="num"[^>]*>{n}</span><span>{name}</span></legend>', en)
    for cid in c:   # each choice is a labelled radio: 0, 1 or 2 dots (the cap)
        assert [m for m in re.findall(rf'<label><input type="radio" name="c{cid}" value="(\d)"', en)] == ["0", "1", "2"]
    assert "convene_device=" in headers.get("Set-Cookie", "")
    assert "HttpOnly" in headers["Set-Cookie"] and "SameSite=Strict" in headers["Set-Cookie"]
    assert '<html lang="es">' in es and "Pon tus puntos" in es and "como mucho 2 en un mismo grupo" in es

    wall.votes.close_voting(board)

    async def closed(url):
        async with Phone(5).session(url) as s:
            async with s.get(dots_url(url)) as r:
                page = await r.text()
            async with s.get(url) as r:
                return page, await r.text()

    page, notes = with_phones(capture, board, closed)
    assert "<form" not in page and "Voting has closed. Thank you" in page
    assert "Dot voting is open." not in notes


def test_undo_takes_the_phones_dots_off_and_the_page_shows_it(services, capture, board):
    wall, history = services.wall, services.history
    c = clusters(services, board)
    six = Phone(6)

    async def vote(url):
        async with six.session(url) as s:
            return await place(s, url, {c[3]: 2})

    assert with_phones(capture, board, vote)[0] == 200
    assert history.undo_label() == "phones' dots"
    history.undo()
    assert stored_ballots(services) == {}

    async def look(url):
        async with six.session(url) as s, s.get(dots_url(url)) as r:
            return await r.text()

    page = with_phones(capture, board, look)
    assert f'name="c{c[3]}" value="0" checked' in page
    assert wall.votes.phone_ballots(board) == 0
