"""Real HTTP clients for the capture tests and benchmark, on loopback only.

Each phone is its own device: its connections come from its own loopback address (127.0.0.N),
so the per-device rate limit sees 150 phones as 150 devices. The test's thread owns the store and
drains (services/capture/service.py OwnerLoop) while the phones run in another thread."""

from __future__ import annotations

import asyncio
import re
import threading
from collections.abc import Awaitable, Callable

import aiohttp

from app.services.capture.service import CaptureService, OwnerLoop

NONCE = re.compile(r'name="n" value="([^"]*)"')


def with_phones(service: CaptureService, board_id: int, phones: Callable[[str], Awaitable], **start) -> object:
    """Start capture for `board_id`, run `phones(url)` in a thread while this thread drains; stop; return its result."""
    loop = OwnerLoop()
    url = service.start(board_id, wake=loop.wake, **start)
    out: dict = {}

    def client() -> None:
        try:
            out["value"] = asyncio.run(phones(url))
        except BaseException as exc:  # noqa: BLE001 - raised again on the test's thread
            out["error"] = exc
        finally:
            loop.finish()

    t = threading.Thread(target=client, name="phones")
    t.start()
    try:
        loop.run(service.drain)
    finally:
        t.join()
        service.stop()
    if "error" in out:
        raise out["error"]
    return out["value"]


def phone(n: int = 1, **kw) -> aiohttp.ClientSession:
    """A phone on loopback address 127.0.0.(n+1)."""
    connector = aiohttp.TCPConnector(local_addr=(f"127.0.0.{n + 1}", 0), force_close=False)
    return aiohttp.ClientSession(connector=connector, **kw)


async def send_note(session: aiohttp.ClientSession, url: str, text: str, name: str = "", **extra) -> tuple[int, str]:
    """What a phone does: open the page, fill in the form, send it. Returns the answer's status and page."""
    async with session.get(url) as r:
        page = await r.text()
        assert r.status == 200, page
    nonce = NONCE.search(page).group(1)
    origin = url.split("/", 3)
    form = {"note": text, "name": name, "n": nonce, **extra}
    async with session.post(url, data=form, headers={"Origin": f"{origin[0]}//{origin[2]}"}) as r:
        return r.status, await r.text()
