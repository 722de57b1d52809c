"""The breakout page over real HTTP on loopback: when to be back and the minutes left (from the running item,
on the convening's clock), the lead's broadcast, in the phone's language; nothing to post, no script, and no
facilitator page under its address."""

from __future__ import annotations

import asyncio

import aiohttp
import pytest

from app.domain.cofacilitate.rules import DEVICE_HEADER
from app.services.cofacilitate.records import CofacError


@pytest.fixture
def room(demo_services):
    yield demo_services
    demo_services.cofacilitate.stop_breakout()
    demo_services.cofacilitate.stop()


async def fetch(url: str, **headers: str) -> tuple[int, str, dict]:
    async with aiohttp.ClientSession() as s, s.get(url, headers=headers) as r:
        return r.status, await r.text(), dict(r.headers)


def test_the_page_says_when_to_be_back_and_the_minutes_left_and_follows_the_clock(room, clock):
    cofac, live = room.cofacilitate, room.live
    live.start_pause()                                          # the day's first item starts now
    url = cofac.start_breakout()
    view = live.view()
    back = live.local(clock.now() + view.item.remaining)
    status, page, headers = asyncio.run(fetch(url))
    assert status == 200
    assert f"Back in the main room at {back:%H:%M}" in page
    assert f"{round(view.item.remaining / 60)} minutes left" in page
    assert live.item_record(view.item_id).title in page
    assert headers["Refresh"] == "30" and "<script" not in page and "<form" not in page
    assert headers["Content-Security-Policy"].startswith("default-src 'none'")
    clock.advance(5 * 60)                                        # five minutes on: the same time to be back
    _s, later, _h = asyncio.run(fetch(url))
    assert f"Back in the main room at {back:%H:%M}" in later
    assert f"{round(view.item.remaining / 60) - 5} minutes left" in later
    live.adjust(120)                                             # +2 minutes on the console: later by two
    _s, moved, _h = asyncio.run(fetch(url))
    assert f"Back in the main room at {live.local(clock.now() + live.view().item.remaining):%H:%M}" in moved
    assert f"{round(view.item.remaining / 60) - 3} minutes left" in moved


def test_the_broadcast_shows_escaped_in_the_phone_language_until_taken_off(room):
    cofac, live = room.cofacilitate, room.live
    live.start_pause()
    url = cofac.start_breakout()
    cofac.broadcast("5 minutes <b>now</b>")
    _s, es, _h = asyncio.run(fetch(url, **{"Accept-Language": "es-MX,es;q=0.9"}))
    assert '<html lang="es">' in es and "Vuelvan a la sala principal a las" in es and "Quedan" in es
    assert "Del equipo de facilitación" in es and "5 minutes &lt;b&gt;now&lt;/b&gt;" in es
    cofac.broadcast("")
    _s, en, _h = asyncio.run(fetch(url + "?lang=en"))
    assert "From the facilitator" not in en and "now&lt;" not in en
    with pytest.raises(CofacError, match="under 140"):
        cofac.broadcast("x" * 141)


def test_nothing_running_is_said_and_nothing_can_be_done_from_the_page(room):
    cofac = room.cofacilitate
    url = cofac.start_breakout()
    facilitator = cofac.start()
    token = cofac.add_device("Ana")
    _s, page, _h = asyncio.run(fetch(url))
    assert "No breakout is running now" in page

    async def hostile():
        out = []
        async with aiohttp.ClientSession() as s:
            for rest in ("act", "state", "join", "app.js"):
                async with s.post(url + rest, json={"seq": 1, "kind": "start_pause"},
                                  headers={DEVICE_HEADER: token, "Origin": url.rsplit("/", 2)[0]}) as r:
                    out.append(r.status)
            async with s.post(url, data={"x": "1"}) as r:
                out.append(r.status)
        return out

    assert asyncio.run(hostile()) == [404] * 5
    assert facilitator.split("/")[3] != url.split("/")[3]      # a token of its own
    assert room.live.view().item_id is None                     # nothing started


def test_stopping_the_breakout_page_closes_the_port_when_nothing_else_runs(room):
    import socket

    url = room.cofacilitate.start_breakout()
    host, port = url.split("/")[2].rsplit(":", 1)
    room.cofacilitate.stop_breakout()
    with socket.socket() as s:
        assert s.connect_ex((host, int(port))) != 0
