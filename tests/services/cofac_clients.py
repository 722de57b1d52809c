"""Real HTTP clients for the co-facilitation tests and benchmark, on loopback only: a co-facilitator's device
posts JSON actions with its token in a header (and the page's own Origin), as the device page's script does.
The test's thread owns the store and drains (OwnerLoop) while the devices run in another thread."""

from __future__ import annotations

import asyncio
import queue
import threading
from collections.abc import Awaitable, Callable
from concurrent.futures import Future

import aiohttp

from app.domain.cofacilitate.rules import DEVICE_HEADER
from app.services.capture.service import OwnerLoop


def origin_of(url: str) -> str:
    parts = url.split("/")
    return f"{parts[0]}//{parts[2]}"


class Device:
    """One co-facilitator's device: its own loopback address, its token, its sequence numbers."""

    def __init__(self, url: str, token: str = "", n: int = 200) -> None:
        self.url, self.token, self.seq = url, token, 0
        connector = aiohttp.TCPConnector(local_addr=(f"127.0.1.{n % 250 + 1}", 0))
        self.session = aiohttp.ClientSession(connector=connector)

    async def close(self) -> None:
        await self.session.close()

    def headers(self, **extra: str) -> dict[str, str]:
        return {DEVICE_HEADER: self.token, "Origin": origin_of(self.url), **extra}

    async def join(self, name: str) -> tuple[int, dict]:
        async with self.session.post(self.url + "join", json={"name": name}, headers={"Origin": origin_of(self.url)}) as r:
            body = await r.json()
            if r.status == 200:
                self.token = body["device"]
            return r.status, body

    async def act(self, kind: str, seq: int | None = None, lang: str = "", **fields) -> tuple[int, dict]:
        """`lang`: the page's language, sent as the page's script sends it (none: the browser's, by its header)."""
        if seq is None:
            self.seq += 1
            seq = self.seq
        async with self.session.post(self.url + "act" + (f"?lang={lang}" if lang else ""),
                                     json={"seq": seq, "kind": kind, **fields}, headers=self.headers()) as r:
            return r.status, await r.json()

    async def state(self, version: int = -1) -> tuple[int, dict]:
        async with self.session.get(self.url + f"state?v={version}", headers={DEVICE_HEADER: self.token}) as r:
            return r.status, await r.json()


class Owner:
    """The thread that owns the store, as the console's GUI thread is: it drains when woken, and runs what the
    clients ask the lead to do (accept a device, tap on the console) between drains."""

    def __init__(self, *drains: Callable[[], int]) -> None:
        self.loop = OwnerLoop()
        self.drains = drains
        self.jobs: queue.SimpleQueue = queue.SimpleQueue()

    @property
    def wake(self) -> Callable[[], None]:
        return self.loop.wake

    def call(self, fn: Callable[[], object]) -> Future:
        """Do `fn` on the owner thread (from a client thread); the Future has its result."""
        future: Future = Future()
        self.jobs.put((fn, future))
        self.loop.wake()
        return future

    async def do(self, fn: Callable[[], object]) -> object:
        return await asyncio.wrap_future(self.call(fn))

    def drain(self) -> int:
        while True:
            try:
                fn, future = self.jobs.get_nowait()
            except queue.Empty:
                break
            try:
                future.set_result(fn())
            except BaseException as exc:  # noqa: BLE001 - handed to the client that asked
                future.set_exception(exc)
        return sum(d() for d in self.drains)

    def run(self, clients: Callable[[], Awaitable]) -> object:
        return run_with_owner(self.drain, self.loop, clients)


def run_with_owner(drain: Callable[[], int], loop: OwnerLoop, clients: Callable[[], Awaitable]) -> object:
    """Run `clients()` on a thread of its own while this thread drains each time it is woken; its result."""
    out: dict = {}

    def client() -> None:
        try:
            out["value"] = asyncio.run(clients())
        except BaseException as exc:  # noqa: BLE001 - raised again on the test's thread
            out["error"] = exc
        finally:
            loop.finish()

    t = threading.Thread(target=client, name="devices")
    t.start()
    try:
        loop.run(drain)
    finally:
        t.join()
    if "error" in out:
        raise out["error"]
    return out.get("value")
