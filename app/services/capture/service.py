"""Room capture: participants add notes to a board from their phones, over the venue's network.

`CaptureService.start()` opens the page's server (services/capture/server.py) on one address with a
fresh token; `stop()` closes it. The server never writes: each accepted note waits in an inbox and
`wake()` is called (from the server's thread). The thread that owns the store then calls `drain()`,
which commits every waiting note through the wall service (one step for the batch) — or, with
moderation on, into the file's pending queue — and only then tells each phone "received". The
console's wake crosses to the GUI thread by a queued Qt signal; `convene capture` drains on its own
main thread. One path for both.

While the board's dot voting is open, phones place their dots on the voting page: each ballot waits in
the same way (`submit_ballot`) and `drain()` casts it through `wall.votes.cast_phone_ballot` under the
phone's device (the SHA-256 of its cookie's token), committed at once, before the phone is answered. The
server reads the board's clusters, rules and ballots from a snapshot (`voting_view`) that this thread
refreshes whenever the wall changes: the server never reads the store.

Bus topic "capture" (no arguments) after anything a capture panel shows has changed.
"""

from __future__ import annotations

import queue
import secrets
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

from sqlalchemy import select

from app.domain.capture.rules import TOKEN_ALPHABET, TOKEN_LENGTH, Submitted
from app.i18n import _
from app.services.capture.errors import CaptureStopped
from app.services.capture.photo_page import PhonePhoto
from app.services.capture.room import DEFAULT_PORT, RoomError, RoomServer
from app.services.core.changes import CaptureChanged, ConveningChanged, WallChanged
from app.services.core.workspace import Workspace
from app.services.wall.service import WallService
from app.services.wall.votes import PhoneVoting
from app.store import models as m

if TYPE_CHECKING:
    from app.services.capture.server import CaptureServer

__all__ = ["DEFAULT_PORT", "CaptureError", "CaptureService", "OwnerLoop"]


class CaptureError(ValueError):
    """Capture cannot start or do as asked; the message says what to do."""


class PendingNote(NamedTuple):
    id: int
    board_id: int
    text: str
    author: str
    in_control: bool | None


def new_token(length: int = TOKEN_LENGTH) -> str:
    return "".join(secrets.choice(TOKEN_ALPHABET) for _ in range(length))


def join_url(address: str, token: str) -> str:
    return f"http://{address}/{token}"


class Checkin(Protocol):
    """Another capability's phone pages served beside the notes page while capture runs (improvement's PDSA
    cycles: app/services/improvement/phone.py). The server calls form/read/received/problem from its thread
    (they use no store); open, shut and store are called on the owner's thread."""

    def open(self, run_token: str) -> None: ...
    def shut(self) -> None: ...
    def store(self, item: Any) -> int: ...
    def read(self, code: str, fields: Any) -> Any: ...
    def form(self, lang: str, run_token: str, code: str, nonce: str, message_key: str = "",
             kept: Any = None) -> str | None: ...
    def received(self, lang: str, run_token: str, code: str, item: Any) -> str: ...
    def problem(self, lang: str, key: str) -> str: ...
    def link(self, lang: str, run_token: str) -> str: ...
    def code_form(self, lang: str, run_token: str, message_key: str = "", typed: str = "") -> str: ...
    def find(self, typed: str) -> str | None: ...


class _Run:
    """One capture run: its token, board, inbox and the server's Gate methods (called from its thread)."""

    def __init__(self, service: CaptureService, board_id: int, title: str, prompt: str, fishbone: bool,
                 wake: Callable[[], None]) -> None:
        self.service, self.board_id, self.wake = service, board_id, wake
        self.token = new_token()
        self.title, self.prompt, self.fishbone = title, prompt, fishbone
        self.lock = threading.Lock()
        self.inbox: list[tuple[Submitted, Future]] = []
        self.ballots: list[tuple[str, dict[int, int], Future]] = []   # (device, dots, answer) waiting
        self.voting = PhoneVoting("", 3, 0, (), {})   # the board's voting as the pages show it (a snapshot)
        self.closed = False
        self.seen: dict[str, str] = {}    # form nonce and text -> outcome: a form sent twice is kept once
        self.checkin = service.checkin
        self.checkins: list[tuple[Any, Future]] = []   # what came from a check-in page, waiting for drain()
        self.photos: list[tuple[PhonePhoto, Future]] = []   # photos (already re-encoded), waiting for drain()
        self.collecting = False      # the board's notes come in blind (a photo waits for the reveal too)

    # -- Gate (server thread) -----------------------------------------------------------
    def page(self) -> tuple[str, str, bool]:
        return self.title, self.prompt, self.fishbone

    def nonce(self) -> str:
        return new_token(16)

    def monotonic(self) -> float:
        return self.service.ws.clock.monotonic()

    def submit(self, note: Submitted) -> Future:
        return self._put(self.inbox, note)

    def voting_view(self) -> PhoneVoting:
        return self.voting

    def submit_ballot(self, device: str, dots: dict[int, int]) -> Future:
        """A phone's dots to cast; the Future's result is "stored", or its exception says why not."""
        return self._put(self.ballots, device, dots)

    def submit_checkin(self, item: Any) -> Future:
        return self._put(self.checkins, item, always_wake=True)

    def submit_photo(self, photo: PhonePhoto) -> Future:
        """A phone's photo (re-encoded on the server's side) to store on the board; the Future's result is
        "stored", or its exception says why not."""
        return self._put(self.photos, photo, always_wake=True)

    def _put(self, queue: list[Any], *item: Any, always_wake: bool = False) -> Future:
        """Queue what a phone sent for the owner thread's drain(), with the Future its answer waits on. Notes
        and ballots wake the owner when the first of a batch arrives; check-ins and photos always do (a drain
        already under way may have taken its batch before this one)."""
        future: Future = Future()
        with self.lock:
            if self.closed:
                future.set_exception(CaptureStopped("capture has stopped"))
                return future
            first = not self.inbox and not self.ballots
            queue.append((*item, future))
        if first or always_wake:
            self.wake()
        return future

    def take_photos(self) -> list[tuple[PhonePhoto, Future]]:
        with self.lock:
            batch, self.photos = self.photos, []
        return batch

    def take(self) -> list[tuple[Submitted, Future]]:
        with self.lock:
            batch, self.inbox = self.inbox, []
        return batch

    def take_checkins(self) -> list[tuple[Any, Future]]:
        with self.lock:
            batch, self.checkins = self.checkins, []
        return batch

    def take_ballots(self) -> list[tuple[str, dict[int, int], Future]]:
        with self.lock:
            batch, self.ballots = self.ballots, []
        return batch


class CaptureService:
    def __init__(self, workspace: Workspace, wall: WallService, checkin: Checkin | None = None) -> None:
        self.ws, self.wall = workspace, wall
        self.checkin = checkin
        self._run: _Run | None = None
        self.room = RoomServer(workspace.clock.monotonic)   # shared with co-facilitation (services/root.py)
        self.moderate = False
        self.received = 0          # notes received in this run (stored or queued)
        self.url = ""
        self.address = ""
        self._subs = workspace.bus.owner("capture service")
        self._subs.on(ConveningChanged, self._on_convening)
        self._subs.on(WallChanged, self._on_wall)

    # -- state --------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._run is not None

    @property
    def _server(self) -> CaptureServer | None:
        return self.room.server if self._run is not None else None

    @property
    def board_id(self) -> int | None:
        return self._run.board_id if self._run else None

    @property
    def token(self) -> str:
        return self._run.token if self._run else ""

    def _tell(self) -> None:
        self.ws.bus.emit(CaptureChanged())

    # -- start and stop (owner thread) --------------------------------------------------
    def start(self, board_id: int, host: str = "127.0.0.1", port: int | None = None,
              wake: Callable[[], None] | None = None) -> str:
        """Open the page for `board_id` on `host` (one address, never all of them); returns the join URL.

        `port` None tries DEFAULT_PORT, then any free port; a given port that is taken is refused.
        `wake` is called from the server's thread when notes wait; it must make the owner call drain()."""
        if self.running:
            self.stop()
        if host in ("", "0.0.0.0", "::"):
            raise CaptureError(_("Choose one network address for capture, not all of them."))
        board = self.wall.board(board_id)
        run = _Run(self, board_id, board.title, board.prompt, board.layout == "fishbone", wake or (lambda: None))
        run.collecting = board.collecting
        try:   # the room's one server: opened here, or joined where co-facilitation opened it
            self.room.open(host, port)
        except RoomError as exc:
            raise CaptureError(str(exc)) from None
        self.room.attach_gate(run)
        server = self.room.server
        assert server is not None   # just opened
        run.voting = self.wall.votes.phone_voting(board_id)
        self._run = run
        if self.checkin is not None:
            self.checkin.open(run.token)
        self.received = 0
        self.address = server.address
        self.url = join_url(server.address, run.token)
        self._tell()
        return self.url

    def stop(self) -> None:
        """Keep what already arrived, refuse what comes after, close the port; returns once it is closed."""
        run, server = self._run, self._server
        if server is None or run is None:
            return
        with run.lock:
            run.closed = True
        try:
            self.drain()
        finally:
            self._run = None
            self.room.detach_gate()
            if self.checkin is not None:
                self.checkin.shut()
            self.url = self.address = ""
            self._tell()

    def close(self) -> None:
        """Stop listening (capture itself stops with the file: `_on_convening`)."""
        self._subs.close()

    def _on_convening(self, _change: ConveningChanged) -> None:
        # Closing the file (or opening another) ends capture for its board.
        run, server = self._run, self._server
        if server is not None and run is not None:   # running
            with run.lock:
                run.closed = True
            waiting = ([f for _n, f in run.take()] + [f for _d, _b, f in run.take_ballots()]
                       + [f for _i, f in run.take_checkins()] + [f for _p, f in run.take_photos()])
            for future in waiting:
                if future.set_running_or_notify_cancel():
                    future.set_exception(CaptureStopped("the convening was closed"))
            self._run = None
            self.room.detach_gate()
            if self.checkin is not None:
                self.checkin.shut()
            self.url = self.address = ""
            self._tell()

    def _on_wall(self, change: WallChanged) -> None:
        run = self._run
        if self.running and run is not None and change.board_id == run.board_id:
            try:
                board = self.wall.board(run.board_id)
            except ValueError:   # the board was deleted
                self.stop()
                return
            run.title, run.prompt = board.title, board.prompt
            run.fishbone = board.layout == "fishbone"
            run.collecting = board.collecting
            run.voting = self.wall.votes.phone_voting(run.board_id)   # clusters, rules, ballots: after undo too

    # -- notes (owner thread) -----------------------------------------------------------
    def drain(self) -> int:
        """Commit every note waiting in the inbox, then answer their phones. Returns how many were kept."""
        run = self._run
        if run is None:
            return 0
        self._drain_checkins(run)
        self._drain_photos(run)
        self._cast(run)
        batch = [(n, f) for n, f in run.take() if f.set_running_or_notify_cancel()]
        if not batch:
            return 0
        fresh: list[tuple[Submitted, Future]] = []
        repeats: list[tuple[str, Future]] = []
        keys: set[str] = set()
        for note, future in batch:
            key = _repeat_key(note)
            if key and (key in run.seen or key in keys):
                repeats.append((key, future))
            else:
                keys.add(key)
                fresh.append((note, future))
        outcome = "pending" if self.moderate else "stored"
        try:
            if fresh:
                notes = [n for n, _f in fresh]
                if self.moderate:
                    self._queue(run.board_id, notes)
                else:
                    self.wall.add_notes(run.board_id, [n.text for n in notes], authors=[n.author for n in notes],
                                        in_control=[n.in_control if run.fishbone else None for n in notes])
        except Exception as exc:  # noqa: BLE001 - every phone in the batch is told to send again
            for _n, future in fresh:
                future.set_exception(exc)
            for _k, future in repeats:
                future.set_exception(exc)
            return 0
        for note, future in fresh:
            if _repeat_key(note):
                run.seen[_repeat_key(note)] = outcome
            future.set_result(outcome)
        for key, future in repeats:
            future.set_result(run.seen.get(key, outcome))
        self.received += len(fresh)
        self._tell()
        return len(fresh)

    def _drain_checkins(self, run: _Run) -> None:
        """Record what came from the check-in pages (each its own undoable step), then answer their phones."""
        for item, future in run.take_checkins():
            if not future.set_running_or_notify_cancel():
                continue
            try:
                assert self.checkin is not None   # only a run with check-in pages takes them
                self.checkin.store(item)
            except Exception as exc:  # noqa: BLE001 - the phone is told to send it again, its text kept
                future.set_exception(exc)
            else:
                future.set_result("stored")

    def _drain_photos(self, run: _Run) -> None:
        """Store each photo a phone sent on the board (one undo step each), then answer its phone. With
        moderation on, it waits on the board (on no page) until the facilitator puts it up."""
        for photo, future in run.take_photos():
            if not future.set_running_or_notify_cancel():
                continue
            kept = run.seen.get(f"photo:{photo.nonce}") if photo.nonce else None
            if kept:   # the same form sent twice: kept once
                future.set_result(kept)
                continue
            outcome = "pending" if self.moderate else "stored"
            try:
                self.wall.photos.add_encoded(run.board_id, photo.encoded, photo.caption, source="phone",
                                             waiting=self.moderate)
            except Exception as exc:  # noqa: BLE001 - the phone is told to send it again
                future.set_exception(exc)
            else:
                if photo.nonce:
                    run.seen[f"photo:{photo.nonce}"] = outcome
                future.set_result(outcome)

    def _cast(self, run: _Run) -> int:
        """Cast every phone ballot waiting, committed together at once (a refused one changes nothing), then
        answer each phone: "stored", or the refusal (BallotRefused says why). Returns how many were stored."""
        batch = [(d, b, f) for d, b, f in run.take_ballots() if f.set_running_or_notify_cancel()]
        if not batch:
            return 0
        latest: dict[str, int] = {}   # a phone that sent twice in one batch: its last ballot counts
        for i, (device, _dots, _f) in enumerate(batch):
            latest[device] = i
        chosen = sorted(latest.values())
        try:
            refusals = self.wall.votes.cast_phone_ballots(run.board_id, [(batch[i][0], batch[i][1]) for i in chosen])
        except Exception as exc:  # noqa: BLE001 - every phone in the batch is told to place its dots again
            for _d, _b, future in batch:
                future.set_exception(exc)
            return 0
        outcome = dict(zip(chosen, refusals, strict=True))
        stored = 0
        for i, (device, _dots, future) in enumerate(batch):
            why = outcome.get(i, outcome[latest[device]])
            if why is None:
                stored += 1
                future.set_result("stored")
            else:
                future.set_exception(why)
        if stored:
            self._tell()
        return stored

    # -- moderation ---------------------------------------------------------------------
    def set_moderation(self, on: bool) -> None:
        """With moderation on, notes wait in the file until accepted; turning it off leaves the queue as it is."""
        self.moderate = bool(on)
        self._tell()

    def _queue(self, board_id: int, notes: Sequence[Submitted]) -> None:
        now = int(self.ws.clock.now() * 1_000_000)
        with self.ws.require().session() as s:
            s.add_all([m.CapturePending(board_id=board_id, text=n.text, author=n.author,
                                        in_control=n.in_control, created_us=now) for n in notes])

    def pending(self, board_id: int | None = None) -> list[PendingNote]:
        if self.ws.store is None:
            return []
        with self.ws.require().read() as s:
            q = select(m.CapturePending).order_by(m.CapturePending.id)
            if board_id is not None:
                q = q.where(m.CapturePending.board_id == board_id)
            return [PendingNote(p.id, p.board_id, p.text, p.author, p.in_control) for p in s.scalars(q)]

    def accept(self, pending_ids: Sequence[int]) -> list[int]:
        """Put these waiting notes on their board and take them off the queue: one wall step and one commit
        per board, so a crash or an error leaves each note in exactly one place, never both, never neither."""
        chosen = [p for p in self.pending() if p.id in set(pending_ids)]
        if not chosen:
            return []
        added: list[int] = []
        try:
            for board_id in sorted({p.board_id for p in chosen}):
                mine = [p for p in chosen if p.board_id == board_id]
                added += self.wall.add_notes(board_id, [p.text for p in mine], authors=[p.author for p in mine],
                                             in_control=[p.in_control for p in mine],
                                             also=lambda s, ids=[p.id for p in mine]: _drop_rows(s, ids))
        finally:
            self._tell()
        return added

    def reject(self, pending_ids: Sequence[int]) -> None:
        with self.ws.require().session() as s:
            _drop_rows(s, pending_ids)
        self._tell()


def _drop_rows(s, pending_ids: Sequence[int]) -> None:
    for p in s.scalars(select(m.CapturePending).where(m.CapturePending.id.in_(list(pending_ids)))):
        s.delete(p)


def _repeat_key(note: Submitted) -> str:
    """The same form (its one-time id) with the same text: a double tap or a retry, kept once. The same form
    with other text (the back button, then a new note typed) is a new note."""
    return f"{note.nonce}\x00{note.text}" if note.nonce else ""


class OwnerLoop:
    """The drain loop for a thread that owns the store and has no Qt event loop (`convene capture`, tests):
    `wake` is given to start(); run() drains each time it is woken, until finish().

    Both only put on a SimpleQueue, whose put() is safe from a signal handler (a threading.Event is not:
    its lock may be held by the very thread the signal interrupts)."""

    def __init__(self) -> None:
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._done = False

    def wake(self) -> None:
        self._queue.put(None)

    def finish(self) -> None:
        self._done = True
        self._queue.put(None)

    def run(self, drain: Callable[[], int]) -> None:
        while not self._done:
            self._queue.get()
            drain()
        drain()
