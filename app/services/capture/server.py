"""The capture page's HTTP server: aiohttp on its own asyncio loop in a worker thread.

It listens only on the one address it is given, only between start() and stop(), and answers only
requests whose path is the run's token. It never touches the store: an accepted note goes to
`gate.submit()`, which hands it to the thread that owns the store and returns a Future; the phone is
told "received" only once that Future says the note is committed. No access log is kept.

`/<token>` is the note form; `/<token>/dots` the voting page while the board's dot voting is open. A
phone is told apart by a random token of its own in a cookie (DEVICE_COOKIE, given with its first page),
not by its address (a venue's Wi-Fi may put many phones behind one); its ballot goes to
`gate.submit_ballot()` under the token's SHA-256 and is answered once it is committed, or refused in a
sentence (voting closed, over the rules, no cookie).

Whatever arrives from the network, nothing reaches the terminal and nothing can hold the server up:
aiohttp logs to a logger of our own whose only handler writes at most one short line a minute per
kind of event to the data folder's error log (no traceback, nothing the sender sent), and so does the
loop's exception handler. A connection must send a request's headers within HEADER_TIMEOUT_S and its
body within BODY_TIMEOUT_S; one device may hold MAX_CONNECTIONS_PER_DEVICE connections, and a further
one is answered 503 at once, without reading it. stop() ends every task before the loop closes.
"""

from __future__ import annotations

import asyncio
import errno
import hashlib
import hmac
import logging
import re
import secrets
import threading
from concurrent.futures import Future
from typing import Any, Protocol
from urllib.parse import parse_qsl

from aiohttp import BodyPartReader, web
from aiohttp.http_exceptions import HttpProcessingError

from app.domain.capture.rules import (
    DEVICE_COOKIE,
    MAX_BALLOT_FIELDS,
    MAX_BODY_BYTES,
    FormProblem,
    RateLimit,
    Submitted,
    is_device_token,
    read_ballot,
    read_form,
)
from app.domain.capture.texts import choose_language
from app.i18n import _
from app.services.capture.errors import CaptureStopped, ServerError
from app.services.capture.page import form_page, problem_page, received_page, vote_page
from app.services.capture.photo_page import PhonePhoto, photo_form, photo_link, photo_problem, photo_received
from app.services.core.error_log import LineLog
from app.services.wall.votes import BallotRefused, PhoneVoting

SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
                               "base-uri 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",   # the token is in the address: never sent to another site
    "Cache-Control": "no-store",
}
ANSWER_WITHIN_S = 15.0   # a note not committed by then is withdrawn and the phone asked to send it again
# Looked up when used (the timeouts and caps when the server starts), so that tests can lower them:
HEADER_TIMEOUT_S = 15.0   # a request's headers, from connecting or from the last answer (also: idle keep-alive)
BODY_TIMEOUT_S = 20.0     # a request's body, once its headers are in (at most MAX_BODY_BYTES)
LINGER_S = 2.0            # after an early answer (413, 408), what is left of the body is read and dropped so long
MAX_CONNECTIONS_PER_DEVICE = 16   # a phone's browser opens at most six; more is a program
MAX_CONNECTIONS = 512     # every device together: each is a file descriptor
SHUTDOWN_S = 0.5          # stop(): how long a request being answered may take to finish (notes are answered
                          # before, by drain(); what still waits is a body that stopped coming)
PHOTO_MAX_BODY = 15 * 1024 * 1024 + 64 * 1024   # a photo form: the photo (at most 15 MB) and its few fields
PHOTO_BODY_TIMEOUT_S = 180.0   # a photo over a venue's busy Wi-Fi can take a while
DEVICE_COOKIE_S = 4 * 24 * 3600   # a phone keeps its device token through a convening's days
_WORDS = re.compile(r"[A-Za-z ,'!.-]*")
_TOO_MANY = b"Too many connections from this device. Try again.\r\n"
REFUSED = (b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\nRetry-After: 10\r\n"
           b"Connection: close\r\nContent-Length: %d\r\n\r\n" % len(_TOO_MANY)) + _TOO_MANY


class Gate(Protocol):
    token: str

    checkin: Any                                          # another capability's phone pages, or None
    def page(self) -> tuple[str, str, bool]: ...          # board title, prompt, fishbone
    def nonce(self) -> str: ...
    def submit(self, note: Submitted) -> Future: ...      # result: "stored" or "pending"
    def submit_checkin(self, item: Any) -> Future: ...    # result: "stored"
    def voting_view(self) -> PhoneVoting: ...              # the board's dot voting now (a snapshot)
    def submit_ballot(self, device: str, dots: dict[int, int]) -> Future: ...   # result "stored"
    def submit_photo(self, photo: Any) -> Future: ...     # a PhonePhoto; result "stored" or "pending"
    collecting: bool                                      # the board's notes come in blind
    def monotonic(self) -> float: ...


class Desk(Protocol):
    """Pages by a token of their own on the same server (co-facilitators' devices: services/cofacilitate/desk.py;
    the breakout page: services/cofacilitate/breakout.py): requests whose first path part is `token` are handed
    to `handle`, before the participants' rate limit."""

    token: str

    async def handle(self, request: web.Request, rest: str, lang: str, same_origin: bool) -> web.StreamResponse: ...


class CaptureServer:
    def __init__(self, gate: Gate, host: str, port: int) -> None:
        self.gate, self.host, self.port = gate, host, port
        self.desks: tuple[Desk, ...] = ()   # pages by a token of their own: co-facilitators', breakout (room.py)
        self.requests = RateLimit(burst=60, per_minute=120)   # any request, per device: a flood or a guesser
        self.notes = RateLimit(burst=8, per_minute=12)        # notes, per device
        self.ballots = RateLimit(burst=8, per_minute=12)      # ballots, per phone (its device token)
        self.photos = RateLimit(burst=4, per_minute=6)        # photos, per device
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._stop: asyncio.Event | None = None
        self.lines = LineLog(gate.monotonic)   # the error log, one line a minute per kind of event at most
        self._open: dict[str, int] = {}       # device -> connections open now (the loop's thread only)
        self._refused: set[asyncio.Transport] = set()   # answered 503, waiting for the device to close

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
        loop.set_exception_handler(self._loop_problem)
        try:
            runner = loop.run_until_complete(self._listen())
        except BaseException as exc:  # noqa: BLE001 - handed to start(), which raises it
            self._error = exc
            self._close_loop(loop)
            self._ready.set()
            return
        self._ready.set()
        stop = self._stop
        assert stop is not None  # made by _listen()
        try:
            loop.run_until_complete(stop.wait())
        finally:
            try:
                loop.run_until_complete(runner.cleanup())
            finally:
                for transport in list(self._refused):
                    transport.abort()
                self._close_loop(loop)

    def _close_loop(self, loop: asyncio.AbstractEventLoop) -> None:
        """End every task still on the loop (cancelled, and awaited), then close it: none is left pending."""
        try:
            loop.run_until_complete(_end_tasks())
            loop.run_until_complete(loop.shutdown_asyncgens())
        finally:
            loop.close()

    def _loop_problem(self, _loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        exc = context.get("exception")
        what = f" ({type(exc).__name__})" if exc is not None else ""
        # asyncio's words only ("Task was destroyed but it is pending!"), not the objects it names after them
        words = _WORDS.match(str(context.get("message") or ""))   # matches always: it may match nothing
        message = (words.group(0).strip()[:80] if words else "") or "a problem"
        self.lines.note(f"loop:{message}{what}", f"Capture's page server: {message}{what}")

    async def _listen(self) -> web.AppRunner:
        self._stop = asyncio.Event()
        app = web.Application(client_max_size=MAX_BODY_BYTES)
        app.router.add_route("*", "/{tail:.*}", self._handle)   # one handler: no static files, no listing
        runner = web.AppRunner(app, access_log=None, handle_signals=False, shutdown_timeout=SHUTDOWN_S,
                               logger=_quiet_logger(self.lines), keepalive_timeout=HEADER_TIMEOUT_S,
                               lingering_time=LINGER_S)
        await runner.setup()
        site = _Site(runner, self, backlog=256)
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

    # -- connections (the loop's thread) ------------------------------------------------
    def _admit(self, device: str) -> bool:
        """Count a new connection from `device`; False (and not counted) beyond the caps."""
        held = self._open.get(device, 0)
        if held >= MAX_CONNECTIONS_PER_DEVICE or sum(self._open.values()) >= MAX_CONNECTIONS:
            self.lines.note("crowded", f"Capture refused connections from a device holding {held} already "
                                       f"(the limit is {MAX_CONNECTIONS_PER_DEVICE} a device).")
            return False
        self._open[device] = held + 1
        return True

    def _left(self, device: str) -> None:
        held = self._open.get(device, 0) - 1
        if held > 0:
            self._open[device] = held
        else:
            self._open.pop(device, None)

    # -- requests -----------------------------------------------------------------------
    def _reply(self, html: str, status: int = 200, **headers: str) -> web.Response:
        return web.Response(text=html, status=status, content_type="text/html", charset="utf-8",
                            headers={**SECURITY_HEADERS, **headers})

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        device = request.remote or "?"
        now = self.gate.monotonic()
        lang = choose_language(request.query.get("lang"), request.headers.get("Accept-Language"))
        token, slash, rest = request.raw_path.split("?", 1)[0][1:].partition("/")
        for desk in self.desks:
            if desk.token and hmac.compare_digest(token.encode("utf-8", "replace"), desk.token.encode()):
                # a co-facilitator's device (or the breakout page): its own limits (participants' never slow
                # it), the same address rule
                if request.host != self.address:
                    return self._reply(problem_page(lang, "no_token"), 421)
                return await desk.handle(request, rest, lang, self._same_origin(request))
        if not self.requests.allow(device, now):
            return self._reply(problem_page(lang, "slow_down"), 429, **{"Retry-After": "60"})
        if request.host != self.address:   # another name for this machine (DNS rebinding): not ours
            return self._reply(problem_page(lang, "no_token"), 421)
        if not self.gate.token or not hmac.compare_digest(token.encode("utf-8", "replace"), self.gate.token.encode()):
            return self._reply(problem_page(lang, "no_token"), 404)
        if rest == "photo":   # a photo of the table's chart paper (photo_page.py)
            return await self._photo(request, device, now, lang)
        if slash and rest != "dots":   # a team's check-in page (PDSA cycles): /TOKEN/pdsa/CODE
            return await self._checkin(request, device, now, lang, rest)
        if request.method not in ("GET", "HEAD", "POST"):
            return self._reply(problem_page(lang, "bad_form", self.gate.token), 405, Allow="GET, HEAD, POST")
        phone = request.cookies.get(DEVICE_COOKIE, "")
        if rest == "dots":
            response = await self._dots(request, phone, lang)
        elif request.method == "POST":
            response = await self._post(request, device, now, lang)
        else:
            response = self._form(lang)
        if not is_device_token(phone):   # the phone's own token, from its first page on (see _dots)
            response.set_cookie(DEVICE_COOKIE, secrets.token_urlsafe(24), path="/", max_age=DEVICE_COOKIE_S,
                                httponly=True, samesite="Strict")
        return response

    def _form(self, lang: str, status: int = 200, key: str = "", text: str = "", name: str = "") -> web.Response:
        title, prompt, fishbone = self.gate.page()
        checkin = self.gate.checkin
        footer = photo_link(lang, self.gate.token) + (checkin.link(lang, self.gate.token) if checkin is not None else "")
        voting = self.gate.voting_view().voting == "open"
        return self._reply(form_page(lang, self.gate.token, title, prompt, fishbone, self.gate.nonce(),
                                     key, text, name, footer, voting), status)

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

    async def _fields(self, request: web.Request, lang: str, max_fields: int) -> dict[str, str] | web.Response:
        """A posted form's fields, or the answer refusing it (another site, not a form, too big, cut off)."""
        token = self.gate.token
        if not self._same_origin(request):
            return self._reply(problem_page(lang, "other_site", token), 403)
        if request.content_type != "application/x-www-form-urlencoded":
            return self._reply(problem_page(lang, "bad_form", token), 415)
        if request.content_length is not None and request.content_length > MAX_BODY_BYTES:
            return self._reply(problem_page(lang, "too_long", token), 413, Connection="close")
        try:
            raw = await asyncio.wait_for(request.read(), BODY_TIMEOUT_S)
        except web.HTTPRequestEntityTooLarge:
            return self._reply(problem_page(lang, "too_long", token), 413, Connection="close")
        except TimeoutError:   # the body stopped coming: a dropped phone, or a slow-loris
            return self._reply(problem_page(lang, "busy", token), 408, Connection="close")
        except (web.RequestPayloadError, ConnectionError):   # cut off on the way: nothing to keep, no one to tell
            return self._reply(problem_page(lang, "bad_form", token), 400, Connection="close")
        try:
            return dict(parse_qsl(raw.decode("ascii"), keep_blank_values=True, encoding="utf-8",
                                  errors="strict", max_num_fields=max_fields))
        except (UnicodeDecodeError, ValueError):
            return self._reply(problem_page(lang, "bad_form", token), 400)

    async def _post(self, request: web.Request, device: str, now: float, lang: str) -> web.StreamResponse:
        token = self.gate.token
        fields = await self._fields(request, lang, 10)
        if isinstance(fields, web.Response):
            return fields
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
        return self._reply(received_page(lang, token, note.text, outcome == "pending",
                                         self.gate.voting_view().voting == "open"))

    # -- photos -------------------------------------------------------------------------
    async def _photo(self, request: web.Request, device: str, now: float, lang: str) -> web.StreamResponse:
        """The photo form (GET), or a photo sent from it (POST): read (at most PHOTO_MAX_BYTES), re-encoded
        off the loop (no EXIF kept), stored by drain(), and answered once committed or refused in a sentence."""
        token = self.gate.token
        _title, prompt, _fishbone = self.gate.page()

        def again(status: int, key: str, caption: str = "", name: str = "", **headers: str) -> web.Response:
            return self._reply(photo_form(lang, token, prompt, self.gate.nonce(), key, caption, name), status,
                               **headers)

        if request.method in ("GET", "HEAD"):
            return self._reply(photo_form(lang, token, prompt, self.gate.nonce()))
        if request.method != "POST":
            return self._reply(photo_problem(lang, "bad_form", token), 405, Allow="GET, HEAD, POST")
        if not self._same_origin(request):
            return self._reply(photo_problem(lang, "other_site", token), 403)
        if request.content_type != "multipart/form-data":
            return again(415, "bad_form")
        if request.content_length is not None and request.content_length > PHOTO_MAX_BODY:
            return again(413, "too_big", Connection="close")
        if not self.photos.allow(device, now):
            return again(429, "slow_down")
        try:
            got = await asyncio.wait_for(_read_photo_form(request), PHOTO_BODY_TIMEOUT_S)
        except _TooBig:
            return again(413, "too_big", Connection="close")
        except TimeoutError:
            return again(408, "bad_form", Connection="close")
        except (ValueError, AssertionError, web.RequestPayloadError, ConnectionError, UnicodeDecodeError):
            return again(400, "bad_form", Connection="close")
        fields, name, data = got
        caption = fields.get("caption", "")
        if not data:
            return again(400, "no_photo", caption)
        from app.services.wall.photos import clean_caption, encode
        from app.services.wall.records import WallError

        try:
            caption = clean_caption(caption)
        except WallError:
            return again(400, "caption_long", caption[:400])
        shown = " ".join(name.split())[:80] or "photo"
        try:   # Pillow, on a worker thread: the loop keeps answering other phones
            encoded = await asyncio.get_running_loop().run_in_executor(None, encode, data, shown)
        except WallError:
            return again(415, "not_image", caption, shown)
        future = self.gate.submit_photo(PhonePhoto(encoded, caption, fields.get("n", "")[:40]))
        waiting = asyncio.wrap_future(future)
        try:
            outcome = await asyncio.wait_for(asyncio.shield(waiting), ANSWER_WITHIN_S)
        except TimeoutError:
            if future.cancel():
                return again(503, "busy", caption)
            try:
                outcome = await waiting
            except Exception:  # noqa: BLE001 - said below
                return again(503, "busy", caption)
        except CaptureStopped:
            return self._reply(photo_problem(lang, "stopped"), 503)
        except Exception:  # noqa: BLE001 - the store refused it; the phone sends it again
            return again(503, "busy", caption)
        return self._reply(photo_received(lang, token, caption, self.gate.collecting, outcome == "pending"))

    # -- dot votes ----------------------------------------------------------------------
    async def _checkin(self, request: web.Request, device: str, now: float, lang: str,
                       sub: str) -> web.StreamResponse:
        """A team's check-in page: its form (GET), or a cycle sent from it (POST), kept once drain() says so."""
        checkin = self.gate.checkin
        kind, slash, code = sub.partition("/")
        token = self.gate.token
        if checkin is None or kind != "pdsa" or (slash and not code):
            return self._reply(problem_page(lang, "no_token"), 404)
        if not slash:   # /TOKEN/pdsa: ask for the team's code (?code=...), then on to the team's page
            if request.method not in ("GET", "HEAD"):
                return self._reply(checkin.problem(lang, "bad_form"), 405, Allow="GET, HEAD")
            typed = request.query.get("code")
            if typed is None:
                return self._reply(checkin.code_form(lang, token))
            found = checkin.find(typed)
            if found is None:
                return self._reply(checkin.code_form(lang, token, "unknown_code", typed[:40]), 404)
            raise web.HTTPSeeOther(f"/{token}/pdsa/{found}?lang={lang}", headers=SECURITY_HEADERS)
        if request.method in ("GET", "HEAD"):
            html = checkin.form(lang, token, code, self.gate.nonce())
            return self._reply(html) if html is not None else self._reply(checkin.problem(lang, "unknown_team"), 404)
        if request.method != "POST":
            return self._reply(checkin.problem(lang, "bad_form"), 405, Allow="GET, HEAD, POST")
        if not self._same_origin(request):
            return self._reply(problem_page(lang, "other_site", token), 403)
        if request.content_type != "application/x-www-form-urlencoded":
            return self._reply(checkin.problem(lang, "bad_form"), 415, Connection="close")
        if request.content_length is not None and request.content_length > MAX_BODY_BYTES:
            return self._reply(checkin.problem(lang, "too_big"), 413, Connection="close")
        try:
            raw = await asyncio.wait_for(request.read(), BODY_TIMEOUT_S)
            fields = dict(parse_qsl(raw.decode("ascii"), keep_blank_values=True, encoding="utf-8",
                                    errors="strict", max_num_fields=12))
        except web.HTTPRequestEntityTooLarge:
            return self._reply(checkin.problem(lang, "too_big"), 413, Connection="close")
        except (TimeoutError, web.RequestPayloadError, ConnectionError, UnicodeDecodeError, ValueError):
            return self._reply(checkin.problem(lang, "bad_form"), 400, Connection="close")
        try:
            item = checkin.read(code, fields)
        except ValueError as refused:   # FormRefused: the sentence named by its key, what was typed kept
            key, status, kept = getattr(refused, "key", "bad_form"), getattr(refused, "status", 400), \
                getattr(refused, "kept", {})
            html = checkin.form(lang, token, code, self.gate.nonce(), key, kept)
            return self._reply(html if html is not None else checkin.problem(lang, key), status)
        if not self.notes.allow(device, now):
            return self._reply(checkin.form(lang, token, code, self.gate.nonce(), "slow_down", fields) or "", 429)
        future = self.gate.submit_checkin(item)
        waiting = asyncio.wrap_future(future)
        try:
            await asyncio.wait_for(asyncio.shield(waiting), ANSWER_WITHIN_S)
        except TimeoutError:
            if future.cancel():   # never reached the store: safe to send again
                return self._reply(checkin.form(lang, token, code, self.gate.nonce(), "busy", fields) or "", 503)
            await waiting
        except CaptureStopped:
            return self._reply(checkin.problem(lang, "stopped"), 503)
        except Exception:  # noqa: BLE001 - the store refused it; the phone keeps the text to send again
            return self._reply(checkin.form(lang, token, code, self.gate.nonce(), "busy", fields) or "", 503)
        return self._reply(checkin.received(lang, token, code, item))

    def _ballot_page(self, lang: str, phone: str, status: int = 200, key: str = "", ok: bool = False,
                     chosen: dict[int, int] | None = None) -> web.Response:
        view = self.gate.voting_view()
        _title, prompt, _fishbone = self.gate.page()
        if chosen is None:
            chosen = view.ballots.get(_device(phone), {}) if is_device_token(phone) else {}
        html = vote_page(lang, self.gate.token, prompt, view.voting, view.per_person, view.per_cluster,
                         [(c.id, c.number, c.name) for c in view.clusters], chosen, key, ok, sum(chosen.values()))
        return self._reply(html, status)

    async def _dots(self, request: web.Request, phone: str, lang: str) -> web.StreamResponse:
        """The voting page (GET), or a phone's ballot (POST): cast once committed, or refused in a sentence."""
        if request.method != "POST":
            return self._ballot_page(lang, phone)
        fields = await self._fields(request, lang, MAX_BALLOT_FIELDS)
        if isinstance(fields, web.Response):
            return fields
        view = self.gate.voting_view()
        if view.voting != "open":
            return self._ballot_page(lang, phone, 409, "vote_closed" if view.voting == "closed" else "vote_not_open")
        typed = _typed(fields)
        if not is_device_token(phone):   # no cookie came back: every ballot would be a new phone's
            return self._ballot_page(lang, phone, 400, "vote_no_cookie", chosen=typed)
        try:
            dots = read_ballot(fields, {c.id for c in view.clusters}, view.per_person, view.per_cluster)
        except FormProblem as problem:
            return self._ballot_page(lang, phone, problem.status, problem.key, chosen=typed)
        device = _device(phone)
        if not self.ballots.allow(device, self.gate.monotonic()):
            return self._ballot_page(lang, phone, 429, "vote_slow_down", chosen=typed)
        future = self.gate.submit_ballot(device, dots)
        waiting = asyncio.wrap_future(future)
        try:
            await asyncio.wait_for(asyncio.shield(waiting), ANSWER_WITHIN_S)
        except TimeoutError:
            if future.cancel():   # never reached the store: safe to place again
                return self._ballot_page(lang, phone, 503, "vote_busy", chosen=typed)
            try:
                await waiting
            except BallotRefused as refused:
                return self._refusal(lang, phone, refused, fields, typed)
            except Exception:  # noqa: BLE001 - said below
                return self._ballot_page(lang, phone, 503, "vote_busy", chosen=typed)
        except CaptureStopped:
            return self._reply(problem_page(lang, "stopped"), 503)
        except BallotRefused as refused:
            return self._refusal(lang, phone, refused, fields, typed)
        except Exception:  # noqa: BLE001 - the store refused it; the phone keeps its choice to place again
            return self._ballot_page(lang, phone, 503, "vote_busy", chosen=typed)
        return self._ballot_page(lang, phone, 200, "vote_kept" if dots else "vote_kept_none", ok=True, chosen=dots)

    def _refusal(self, lang: str, phone: str, refused: BallotRefused, fields: dict[str, str],
                 typed: dict[int, int]) -> web.Response:
        """A ballot the wall refused after it left here: voting closed meanwhile, or the rules or clusters
        changed; said by the board as it is now."""
        if refused.reason in ("closed", "not_open"):
            return self._ballot_page(lang, phone, 409, "vote_closed" if refused.reason == "closed" else "vote_not_open")
        view = self.gate.voting_view()
        try:
            read_ballot(fields, {c.id for c in view.clusters}, view.per_person, view.per_cluster)
            key, status = "vote_gone", 409
        except FormProblem as problem:
            key, status = problem.key, problem.status
        return self._ballot_page(lang, phone, status, key, chosen=typed)


class _TooBig(Exception):
    """A photo larger than the limit: refused before the rest is read."""


async def _read_photo_form(request: web.Request) -> tuple[dict[str, str], str, bytes]:
    """The photo form's fields (small text ones), the photo's file name and its bytes (b"" when none was
    chosen); _TooBig past PHOTO_MAX_BYTES, ValueError for anything else than the form's parts."""
    from app.services.wall.photos import MAX_BYTES

    reader = await request.multipart()
    fields: dict[str, str] = {}
    name, data = "", b""
    for _part in range(8):
        part = await reader.next()
        if part is None:
            return fields, name, data
        if not isinstance(part, BodyPartReader):
            raise ValueError("a nested multipart")
        if part.name == "photo":
            name = part.filename or ""
            chunks, size = [], 0
            while True:
                chunk = await part.read_chunk(256 * 1024)
                if not chunk:
                    break
                size += len(chunk)
                if size > MAX_BYTES:
                    raise _TooBig()
                chunks.append(chunk)
            data = b"".join(chunks)
        elif part.name in ("caption", "n"):
            raw = await part.read(decode=True)
            if len(raw) > 4000:
                raise ValueError("a field too long")
            fields[part.name] = raw.decode("utf-8")
        else:
            await part.release()
    raise ValueError("too many parts")


def _device(phone: str) -> str:
    """What is stored for a phone: the SHA-256 of its token, never the token itself."""
    return hashlib.sha256(phone.encode("ascii")).hexdigest()


def _typed(fields: dict[str, str]) -> dict[int, int]:
    """The dots as the phone chose them (to show them again with a refusal); what cannot be read is left out."""
    out: dict[int, int] = {}
    for name, value in fields.items():
        if name.startswith("c") and name[1:].isdigit() and value.isdigit() and len(value) < 4:
            out[int(name[1:])] = int(value)
    return out


class _Site(web.BaseSite):
    """aiohttp's TCPSite, with every connection passing a _Door first."""

    def __init__(self, runner: web.AppRunner, server: CaptureServer, backlog: int) -> None:
        super().__init__(runner, backlog=backlog)
        self.capture = server

    @property
    def name(self) -> str:
        return f"http://{self.capture.address}"

    async def start(self) -> None:
        await super().start()
        handlers = self._runner.server
        assert handlers is not None   # the runner was set up
        self._server = await asyncio.get_running_loop().create_server(
            lambda: _Door(self.capture, handlers), self.capture.host, self.capture.port, backlog=self._backlog)


class _Door(asyncio.Protocol):
    """One connection: counted against its device's cap; within it, handed to aiohttp's request handler.
    Beyond it, answered 503 at once and closed when the device closes its end (or after LINGER_S): what
    it sends is never read, only dropped, and closing after it lets the 503 arrive rather than a reset."""

    def __init__(self, server: CaptureServer, handlers: Any) -> None:
        self.server, self.handlers = server, handlers
        self.device = ""
        self.inner: asyncio.Protocol | None = None
        self.refused: asyncio.Transport | None = None
        self.timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        peer = transport.get_extra_info("peername")
        self.device = str(peer[0]) if peer else "?"
        if not self.server._admit(self.device):
            self.refused = transport
            self.server._refused.add(transport)
            transport.write(REFUSED)
            if transport.can_write_eof():
                transport.write_eof()
            self.timer = asyncio.get_running_loop().call_later(LINGER_S, transport.abort)
            return
        self.inner = self.handlers()
        self.inner.connection_made(transport)

    def connection_lost(self, exc: Exception | None) -> None:
        if self.inner is not None:
            self.server._left(self.device)
            self.inner.connection_lost(exc)
        if self.refused is not None:
            self.server._refused.discard(self.refused)
        if self.timer is not None:
            self.timer.cancel()

    def data_received(self, data: bytes) -> None:
        if self.inner is not None:
            self.inner.data_received(data)

    def eof_received(self) -> bool | None:
        return self.inner.eof_received() if self.inner is not None else None   # refused: close now

    def pause_writing(self) -> None:
        if self.inner is not None:
            self.inner.pause_writing()

    def resume_writing(self) -> None:
        if self.inner is not None:
            self.inner.resume_writing()


class _ToErrorLog(logging.Handler):
    """aiohttp's server log: a malformed request is one short line a minute at most, anything else the
    exception's type and where it was raised; never the request, never a traceback, never the terminal."""

    def __init__(self, lines: LineLog) -> None:
        super().__init__(logging.DEBUG)
        self.lines = lines

    def emit(self, record: logging.LogRecord) -> None:
        try:
            exc = record.exc_info[1] if record.exc_info else None
            if isinstance(exc, HttpProcessingError):
                self.lines.note("malformed", "Capture answered 400 to a request that was not valid HTTP.")
            elif record.levelno >= logging.WARNING:
                where = ""
                tb = exc.__traceback__ if exc is not None else None
                while tb is not None and tb.tb_next is not None:
                    tb = tb.tb_next
                if tb is not None:
                    where = f" at {tb.tb_frame.f_code.co_filename.rsplit('/', 1)[-1]}:{tb.tb_lineno}"
                kind = type(exc).__name__ if exc is not None else record.levelname.lower()
                self.lines.note(f"server:{kind}{where}", f"Capture's page server: {kind}{where}.")
        except Exception:  # noqa: BLE001 - logging must never raise into the server
            pass


def _quiet_logger(lines: LineLog) -> logging.Logger:
    """A logger of our own for aiohttp's server: not in logging's tree (so no handler set up elsewhere,
    and not Python's last-resort stderr handler, ever sees it); its one handler writes to the error log."""
    logger = logging.Logger("convene.capture.server", logging.DEBUG)
    logger.addHandler(_ToErrorLog(lines))
    return logger


async def _end_tasks() -> None:
    """Cancel every other task on this loop and wait (briefly) for each to end."""
    tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
    for task in tasks:
        task.cancel()
    if tasks:
        await asyncio.wait(tasks, timeout=SHUTDOWN_S)


def _start_problem(exc: OSError, host: str, port: int) -> str:
    if exc.errno == errno.EADDRINUSE:
        return _("Port {port} on {host} is already in use; choose another port.").format(port=port, host=host)
    if exc.errno in (errno.EADDRNOTAVAIL, errno.EAFNOSUPPORT):
        return _("{host} is not a network address of this computer; choose one of its interfaces.").format(host=host)
    if exc.errno == errno.EACCES:
        return _("Port {port} needs administrator rights; choose a port above 1024.").format(port=port)
    return _("Capture could not listen on {host}:{port} ({problem}).").format(host=host, port=port, problem=exc.strerror or exc)
