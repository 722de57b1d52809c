"""The one server on the room's network: participants' pages (a capture run) and co-facilitators' devices
(the desk) and the breakout page share it. It listens while either runs and closes when neither does: nothing listens otherwise.

`RoomServer` is owned by the capture service (`services.capture.room`) and handed to co-facilitation by the
composition root. Whoever comes first opens it on the address it was asked for; the others join it there
(asking for another address while it runs is refused in a sentence). The server reads `gate` (the capture
run, or `NoCapture`) and `desks` (pages by a token of their own: the co-facilitators' desk, the breakout
page) on each request, so each can come and go.
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from app.i18n import _
from app.services.capture.errors import ServerError

if TYPE_CHECKING:
    from app.services.capture.server import CaptureServer

DEFAULT_PORT = 8765


class RoomError(ValueError):
    """The room's server cannot start (or join) as asked; the message says what to do."""


class NoCapture:
    """The gate while no capture run is on: no token, so every participant's address is unknown (404)."""

    token = ""
    checkin = None
    collecting = False

    def __init__(self, monotonic: Callable[[], float]) -> None:
        self.monotonic = monotonic


class RoomServer:
    def __init__(self, monotonic: Callable[[], float]) -> None:
        self._monotonic = monotonic
        self.server: CaptureServer | None = None
        self.gate: Any = None
        self.desks: tuple[Any, ...] = ()

    @property
    def running(self) -> bool:
        return self.server is not None

    @property
    def address(self) -> str:
        return self.server.address if self.server is not None else ""

    @property
    def host(self) -> str:
        return self.server.host if self.server is not None else ""

    def open(self, host: str, port: int | None) -> str:
        """Listen on `host` (one address, never all of them), or join the server already listening there;
        returns its address. `port` None tries DEFAULT_PORT, then any free one; a given port taken is refused."""
        if host in ("", "0.0.0.0", "::"):
            raise RoomError(_("Choose one network address for the room's server, not all of them."))
        if self.server is not None:
            if host != self.server.host or (port not in (None, 0) and port != self.server.port):
                raise RoomError(_("The room's server already listens on {address}; use that address, or stop capture "
                                  "and co-facilitation first to choose another.").format(address=self.server.address))
            return self.server.address
        from app.services.capture.server import CaptureServer  # aiohttp: loaded when the room first opens

        tries = [port] if port is not None else [DEFAULT_PORT, 0]
        for i, p in enumerate(tries):
            nobody: Any = NoCapture(self._monotonic)   # stands in for a capture run (Gate) until one attaches
            server = CaptureServer(nobody, host, p)
            server.desks = self.desks
            try:
                server.start()
                break
            except ServerError as exc:
                if i == len(tries) - 1 or exc.errno != errno.EADDRINUSE:
                    raise RoomError(str(exc)) from None
        self.server = server
        return server.address

    def attach_gate(self, gate: Any) -> None:
        self.gate = gate
        if self.server is not None:
            self.server.gate = gate

    def detach_gate(self) -> None:
        self.gate = None
        if self.server is not None:
            nobody: Any = NoCapture(self._monotonic)
            self.server.gate = nobody
        self._close_if_idle()

    def attach_desk(self, desk: Any) -> None:
        self.desks = (*[d for d in self.desks if d is not desk], desk)
        if self.server is not None:
            self.server.desks = self.desks

    def detach_desk(self, desk: Any) -> None:
        self.desks = tuple(d for d in self.desks if d is not desk)
        if self.server is not None:
            self.server.desks = self.desks
        self._close_if_idle()

    def _close_if_idle(self) -> None:
        if self.gate is None and not self.desks and self.server is not None:
            server, self.server = self.server, None
            server.stop()

    def close(self) -> None:
        """Close the port whatever still uses it (the file closed)."""
        self.gate, self.desks = None, ()
        self._close_if_idle()
