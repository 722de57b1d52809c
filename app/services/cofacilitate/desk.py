"""The co-facilitators' side of the room's server (its `desk`): the device page, joining, the state a device
polls and the actions it posts. Everything here runs on the server's thread and never touches the store:
a join or an action waits in `inbox` for the owner thread's `CofacilitationService.drain()`, which applies
it through the same services as the console, commits it, and only then resolves its Future; the device is
answered from that. The state a device shows is a snapshot (`publish`) the owner thread refreshes.

Addresses, under the run's facilitator token (new each start, never the participants' one):
  GET  /<ftoken>/            the device page (join form, then the live page: our own script, app.js)
  GET  /<ftoken>/app.js      its script
  POST /<ftoken>/join        {"name": "..."} -> {"device": TOKEN, "state": "waiting"}
  GET  /<ftoken>/state?v=N   waits (up to POLL_S) until the snapshot's version is not N
  POST /<ftoken>/act         {"seq": n, "kind": "...", ...}: answered once applied, a replay from the first answer
Actions and state need the device's token in the X-Convene-Device header; POSTs the same-origin check.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import secrets
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from aiohttp import web

from app.domain.capture.rules import RateLimit
from app.domain.cofacilitate.rules import (
    DEVICE_HEADER,
    MAX_ACTION_BYTES,
    MAX_DEVICES,
    MAX_WAITING,
    Action,
    ActionProblem,
    read_action,
    read_name,
)
from app.i18n import in_language
from app.services.cofacilitate.devices import DeskStopped, Device, token_hash
from app.services.cofacilitate.page import device_page, device_script
from app.services.cofacilitate.records import ACCEPTED, REVOKED, WAITING

POLL_S = 20.0            # a state request waits at most this long for a change
ANSWER_WITHIN_S = 15.0   # an action not applied by then: the device is told to send it again (same seq)
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; connect-src 'self'; "
                               "style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; "
                               "frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}


class Desk:
    def __init__(self, token: str, wake: Callable[[], None], monotonic: Callable[[], float]) -> None:
        self.token, self.wake, self.monotonic = token, wake, monotonic
        self.lock = threading.Lock()
        self.devices: dict[str, Device] = {}          # token hash -> device
        self.inbox: list[tuple[Device, Action | None, Future]] = []   # (device, action or None for a join)
        self.inflight: dict[tuple[str, int], Future] = {}
        self.closed = False
        self.state: dict[str, Any] = {}
        self.version = 0
        self.built = 0.0         # monotonic time the snapshot was built (a countdown's seconds are as of then)
        self._loop: asyncio.AbstractEventLoop | None = None   # the server's loop, once a page has asked
        self._waiters: set[asyncio.Future] = set()             # state requests waiting for a change (that loop)
        self.actions = RateLimit(burst=300, per_minute=3000)   # per device: a flood, not a busy facilitator
        self.joins = RateLimit(burst=6, per_minute=6)          # per address
        self.unknown = RateLimit(burst=30, per_minute=60)      # requests with no valid device, per address

    # -- the owner thread ---------------------------------------------------------------
    def publish(self, state: dict[str, Any]) -> None:
        """A new snapshot for the pages (built on the owner thread); its version goes up by one."""
        self.state = {**state, "version": self.version + 1}
        self.built = self.monotonic()
        self.version += 1
        self._wake_pages()

    def _wake_pages(self) -> None:
        """Wake the state requests waiting on the server's loop (from the owner thread)."""
        loop = self._loop
        if loop is not None:
            with contextlib.suppress(RuntimeError):   # the loop has closed: nobody waits any more
                loop.call_soon_threadsafe(self._notify)

    def _notify(self) -> None:
        """On the server's loop: every request waiting now looks at the version again. One that checked the
        version before the change was counted is among these (checking and waiting happen with no pause
        between them on this loop), so none sleeps through a change."""
        for waiter in list(self._waiters):
            if not waiter.done():
                waiter.set_result(None)

    def take(self) -> list[tuple[Device, Action | None, Future]]:
        with self.lock:
            batch, self.inbox = self.inbox, []
        return batch

    def close(self) -> list[Future]:
        with self.lock:
            self.closed = True
            batch, self.inbox = self.inbox, []
        self._wake_pages()
        return [f for _d, _a, f in batch]

    # -- the server thread --------------------------------------------------------------
    def _put(self, device: Device, action: Action | None) -> Future:
        future: Future = Future()
        with self.lock:
            if self.closed:
                future.set_exception(DeskStopped())
                return future
            first = not self.inbox
            self.inbox.append((device, action, future))
        if first:
            self.wake()
        return future

    def _reply(self, body: dict, status: int = 200) -> web.Response:
        return web.json_response(body, status=status, headers=SECURITY_HEADERS)

    def _device(self, request: web.Request) -> Device | None:
        token = request.headers.get(DEVICE_HEADER, "")
        if not 20 <= len(token) <= 64:
            return None
        return self.devices.get(token_hash(token))

    async def handle(self, request: web.Request, rest: str, lang: str, same_origin: bool) -> web.StreamResponse:
        address = request.remote or "?"
        now = self.monotonic()
        if rest in ("", "app.js"):
            if request.method not in ("GET", "HEAD"):
                return self._reply({"error": "bad_action"}, 405)
            if rest == "app.js":
                return web.Response(text=device_script(), content_type="text/javascript", charset="utf-8",
                                    headers=SECURITY_HEADERS)
            return web.Response(text=device_page(lang, self.token), content_type="text/html", charset="utf-8",
                                headers=SECURITY_HEADERS)
        if rest == "join":
            return await self._join(request, address, now, same_origin)
        if rest not in ("state", "act"):
            return self._reply({"error": "no_page"}, 404)
        device = self._device(request)
        if device is None:
            if not self.unknown.allow(address, now):
                return self._reply({"error": "slow_down"}, 429)
            return self._reply({"error": "no_device", "you": REVOKED}, 403)
        if rest == "state":
            if request.method not in ("GET", "HEAD"):
                return self._reply({"error": "bad_action"}, 405)
            return await self._state(request, device)
        return await self._act(request, device, now, same_origin, lang)

    async def _body(self, request: web.Request, same_origin: bool) -> Any:
        """The posted JSON, or the answer refusing it (another site, not JSON, too big)."""
        if request.method != "POST":
            return self._reply({"error": "bad_action"}, 405)
        if not same_origin:
            return self._reply({"error": "other_site"}, 403)
        if request.content_type != "application/json":
            return self._reply({"error": "bad_action"}, 415)
        if request.content_length is not None and request.content_length > MAX_ACTION_BYTES:
            return self._reply({"error": "too_big"}, 413)
        try:
            raw = await asyncio.wait_for(request.content.read(MAX_ACTION_BYTES + 1), 10.0)
        except (TimeoutError, ConnectionError, web.HTTPException):
            return self._reply({"error": "bad_action"}, 400)
        if len(raw) > MAX_ACTION_BYTES:
            return self._reply({"error": "too_big"}, 413)
        try:
            return json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            return self._reply({"error": "bad_action"}, 400)

    async def _join(self, request: web.Request, address: str, now: float, same_origin: bool) -> web.StreamResponse:
        data = await self._body(request, same_origin)
        if isinstance(data, web.Response):
            return data
        if not self.joins.allow(address, now):
            return self._reply({"error": "slow_down"}, 429)
        try:
            name = read_name(data.get("name", "") if isinstance(data, dict) else "")
        except ActionProblem as problem:
            return self._reply({"error": problem.key}, problem.status)
        with self.lock:
            waiting = sum(1 for d in self.devices.values() if d.state == WAITING)
            accepted = sum(1 for d in self.devices.values() if d.state == ACCEPTED)
        if waiting >= MAX_WAITING or accepted >= MAX_DEVICES:
            return self._reply({"error": "full"}, 409)
        token = secrets.token_urlsafe(24)
        device = Device(token_hash(token), name)
        future = self._put(device, None)
        try:
            await asyncio.wait_for(asyncio.shield(asyncio.wrap_future(future)), ANSWER_WITHIN_S)
        except (TimeoutError, DeskStopped, Exception):   # noqa: BLE001 - the device asks again
            return self._reply({"error": "busy"}, 503)
        with self.lock:
            self.devices[device.token_hash] = device
        return self._reply({"device": token, "state": device.state, "name": name})

    async def _state(self, request: web.Request, device: Device) -> web.StreamResponse:
        try:
            seen = int(request.query.get("v", "-1"))
        except ValueError:
            seen = -1
        loop = asyncio.get_running_loop()
        self._loop = loop
        deadline = loop.time() + POLL_S
        while self.version == seen and not self.closed and device.state != REVOKED:
            left = deadline - loop.time()
            if left <= 0:
                break
            waiter = loop.create_future()
            self._waiters.add(waiter)
            try:
                await asyncio.wait_for(waiter, left)
            except TimeoutError:
                break
            finally:
                self._waiters.discard(waiter)
        if device.state == REVOKED:
            return self._reply({"error": "revoked", "you": REVOKED}, 403)
        if device.state == ACCEPTED:
            state = {**self.state, "age": round(max(0.0, self.monotonic() - self.built), 3)}
        else:
            state = {"version": self.version}
        return self._reply({"you": device.state, "name": device.name, "state": state})

    async def _act(self, request: web.Request, device: Device, now: float, same_origin: bool,
                   lang: str = "en") -> web.StreamResponse:
        data = await self._body(request, same_origin)
        if isinstance(data, web.Response):
            return data
        if device.state != ACCEPTED:
            return self._reply({"error": "no_device", "you": device.state}, 403)
        try:
            action = read_action(data)
        except ActionProblem as problem:
            seq = data.get("seq") if isinstance(data, dict) else None
            return self._reply({"seq": seq, "ok": False, "error": problem.key}, problem.status)
        kept = device.answers.get(action.seq)
        if kept is not None:   # a replay: the first answer, nothing applied again
            return self._reply({**_in(kept, lang), "replay": True})
        key = (device.token_hash, action.seq)
        with self.lock:
            future = self.inflight.get(key)
        if future is None:
            if not self.actions.allow(device.token_hash, now):
                return self._reply({"seq": action.seq, "ok": False, "error": "slow_down"}, 429)
            future = self._put(device, action)
            with self.lock:
                self.inflight[key] = future
        try:
            answer = await asyncio.wait_for(asyncio.shield(asyncio.wrap_future(future)), ANSWER_WITHIN_S)
        except TimeoutError:
            return self._reply({"seq": action.seq, "ok": False, "error": "busy"}, 503)
        except DeskStopped:
            return self._reply({"seq": action.seq, "ok": False, "error": "stopped"}, 503)
        except Exception:  # noqa: BLE001 - the store refused it: the device sends it again
            with self.lock:
                self.inflight.pop(key, None)
            return self._reply({"seq": action.seq, "ok": False, "error": "busy"}, 503)
        with self.lock:
            self.inflight.pop(key, None)
        return self._reply(_in(answer, lang))


def _in(answer: dict, lang: str) -> dict:
    """An action's answer with its message (a refusal made as a Message on the store's thread) said in the
    device's language; a message that is not one (a name, a cue as typed, one read back from the file) as it is."""
    message = answer.get("message")
    return {**answer, "message": str(in_language(message, lang))} if isinstance(message, str) else answer

__all__ = ["Desk", "DeskStopped", "Device", "token_hash"]
