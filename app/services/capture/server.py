"""The capture page's HTTP server: aiohttp on its own asyncio loop in a worker thread.

It listens only on the one address it is given, only between start() and stop(), and answers only
requests whose path is the run's token. It never touches the store: an accepted note goes to
`gate.submit()`, which hands it to the thread that owns the store and returns a Future; the phone is
told "received" only once that Future says the note is committed. No access log is kept.
"""

from __future__ import annotations

import asyncio
import errno
import hmac
import threading
from concurrent.futures import Future
from typing import Protocol
from urllib.parse import parse_qsl

from aiohttp import web

from app.domain.capture.rules import MAX_BODY_BYTES, FormProblem, RateLimit, Submitted, read_form
from app.domain.capture.texts import choose_language
from app.services.capture.errors import CaptureStopped, ServerError
from app.services.capture.page import form_page, problem_page, received_page

SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
                               "base-uri 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",   # the token is in the address: never sent to another site
    "Cache-Control": "no-store",
}
ANSWER_WITHIN_S = 15.0   # a note not committed by then is withdrawn and the phone asked to send it again


class Gate(Protocol):
    token: str

    def page(self) -> tuple[str, str, bool]: ...          # board title, prompt, fishbone
    def nonce(self) -> str: ...
    def submit(self, note: Submitted) -> Future: ...      # result: "stored" or "pending"
    def monotonic(self) -> float: ...


class CaptureServer:
    def __init__(self, gate: Gate, host: str, port: int) -> None:
        self.gate, self.host, self.port = gate, host, port
        self.requests = RateLimit(burst=60, per_minute=120)   # any request, per device: a flood or a guesser
        self.notes = RateLimit(burst=8, per_minute=12)        # notes, per device
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._stop: asyncio.Event | None = None

    # -- life ---------------------------------------------------------------------------
    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}" if ":" not in self.host else f"[{self.host}]:{self.port}"

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="convene-capture", daemon=True)
        self._thread.start()
        self._ready.wait()
        if self._error is not None:
            self._thread.join()
            self._thread = None
            raise self._error

    def stop(self) -> None:
        """Close the port and end the thread (returns once both are done)."""
        if self._thread is None:
            return
        if self._loop is not None and self._stop is not None:
            self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join()
        self._thread = None

    def _run(self) -> None:
        loop = self._loop = asyncio.new_event_loop()
        try:
            runner = loop.run_until_complete(self._open())
        except BaseException as exc:  # noqa: BLE001 - handed to start(), which raises it
            self._error = exc
            loop.close()
            self._ready.set()
            return
        self._ready.set()
        stop = self._stop
        assert stop is not None  # made by _open()
        try:
            loop.run_until_complete(stop.wait())
        finally:
            loop.run_until_complete(runner.cleanup())
            loop.close()

    async def _open(self) -> web.AppRunner:
        self._stop = asyncio.Event()
        app = web.Application(client_max_size=MAX_BODY_BYTES)
        app.router.add_route("*", "/{tail:.*}", self._handle)   # one handler: no static files, no listing
        runner = web.AppRunner(app, access_log=None, handle_signals=False, shutdown_timeout=2.0)
        await runner.setup()
        site = web.TCPSite(runner, self.host, self.port, backlog=256)
        try:
            await site.start()
        except OSError as exc:
            await runner.cleanup()
            raise ServerError(exc.errno, _start_problem(exc, self.host, self.port)) from None
        except ValueError as exc:   # not an address at all
            await runner.cleanup()
            raise ServerError(errno.EINVAL, f"“{self.host}” is not a network address of this computer.") from exc
        if self.port == 0:
            self.port = runner.addresses[0][1]   # the port the system chose
        return runner

    # -- requests -----------------------------------------------------------------------
    def _reply(self, html: str, status: int = 200, **headers: str) -> web.Response:
        return web.Response(text=html, status=status, content_type="text/html", charset="utf-8",
                            headers={**SECURITY_HEADERS, **headers})

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        device = request.remote or "?"
        now = self.gate.monotonic()
        lang = choose_language(request.query.get("lang"), request.headers.get("Accept-Language"))
        if not self.requests.allow(device, now):
            return self._reply(problem_page(lang, "slow_down"), 429, **{"Retry-After": "60"})
        if request.host != self.address:   # another name for this machine (DNS rebinding): not ours
            return self._reply(problem_page(lang, "no_token"), 421)
        token = request.raw_path.split("?", 1)[0][1:]
        if not hmac.compare_digest(token.encode("utf-8", "replace"), self.gate.token.encode()):
            return self._reply(problem_page(lang, "no_token"), 404)
        if request.method in ("GET", "HEAD"):
            return self._form(lang)
        if request.method != "POST":
            return self._reply(problem_page(lang, "bad_form", self.gate.token), 405, Allow="GET, HEAD, POST")
        return await self._post(request, device, now, lang)

    def _form(self, lang: str, status: int = 200, key: str = "", text: str = "", name: str = "") -> web.Response:
        title, prompt, fishbone = self.gate.page()
        return self._reply(form_page(lang, self.gate.token, title, prompt, fishbone, self.gate.nonce(),
                                     key, text, name), status)

    def _same_origin(self, request: web.Request) -> bool:
        mine = f"http://{self.address}"
        site = request.headers.get("Sec-Fetch-Site")
        if site is not None and site not in ("same-origin", "none"):
            return False
        origin = request.headers.get("Origin")
        if origin is not None:
            return origin == mine
        referer = request.headers.get("Referer")
        if referer is not None:
            return referer.startswith(mine + "/")
        return True   # an old phone that sends neither: the token is still needed

    async def _post(self, request: web.Request, device: str, now: float, lang: str) -> web.StreamResponse:
        token = self.gate.token
        if not self._same_origin(request):
            return self._reply(problem_page(lang, "other_site", token), 403)
        if request.content_type != "application/x-www-form-urlencoded":
            return self._reply(problem_page(lang, "bad_form", token), 415)
        if request.content_length is not None and request.content_length > MAX_BODY_BYTES:
            return self._reply(problem_page(lang, "too_long", token), 413, Connection="close")
        try:
            raw = await request.read()
        except web.HTTPRequestEntityTooLarge:
            return self._reply(problem_page(lang, "too_long", token), 413, Connection="close")
        try:
            fields = dict(parse_qsl(raw.decode("ascii"), keep_blank_values=True, encoding="utf-8",
                                    errors="strict", max_num_fields=10))
        except (UnicodeDecodeError, ValueError):
            return self._reply(problem_page(lang, "bad_form", token), 400)
        _title, _prompt, fishbone = self.gate.page()
        try:
            note = read_form(fields, fishbone)
        except FormProblem as problem:
            return self._form(lang, problem.status, problem.key, fields.get("note", "")[:4000],
                              fields.get("name", "")[:200])
        if not self.notes.allow(device, now):
            return self._form(lang, 429, "slow_down", note.text, note.author)
        future = self.gate.submit(note)
        waiting = asyncio.wrap_future(future)
        try:
            outcome = await asyncio.wait_for(asyncio.shield(waiting), ANSWER_WITHIN_S)
        except TimeoutError:
            if future.cancel():   # never reached the store: safe to send again
                return self._form(lang, 503, "busy", note.text, note.author)
            outcome = await waiting
        except CaptureStopped:
            return self._reply(problem_page(lang, "stopped"), 503)
        except Exception:  # noqa: BLE001 - the store refused it; the phone keeps the text to send again
            return self._form(lang, 503, "busy", note.text, note.author)
        return self._reply(received_page(lang, token, note.text, outcome == "pending"))


def _start_problem(exc: OSError, host: str, port: int) -> str:
    if exc.errno == errno.EADDRINUSE:
        return f"Port {port} on {host} is already in use; choose another port."
    if exc.errno in (errno.EADDRNOTAVAIL, errno.EAFNOSUPPORT):
        return f"{host} is not a network address of this computer; choose one of its interfaces."
    if exc.errno == errno.EACCES:
        return f"Port {port} needs administrator rights; choose a port above 1024."
    return f"Capture could not listen on {host}:{port} ({exc.strerror or exc})."
