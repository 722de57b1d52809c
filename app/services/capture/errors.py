"""Room capture's errors, apart from the server so that nothing imports aiohttp before capture starts."""

from __future__ import annotations


class CaptureStopped(RuntimeError):
    """Capture stopped before the note was kept."""


class ServerError(Exception):
    """The server could not start; the message is one sentence for the facilitator."""

    def __init__(self, code: int | None, message: str) -> None:
        super().__init__(message)
        self.errno = code
