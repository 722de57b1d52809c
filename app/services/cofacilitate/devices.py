"""A device of one co-facilitation run as both threads know it (no aiohttp here: the composition root imports
this on the console's start-up path, and the server's module only when co-facilitation first starts)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from app.services.cofacilitate.records import WAITING


class DeskStopped(Exception):
    """Co-facilitation stopped (or the file closed) before this was applied."""


@dataclass
class Device:
    """A device of this run (the owner thread changes `state`; the server thread reads it)."""

    token_hash: str
    name: str
    id: int = 0                  # its row in cofac_device, once drain() has written it
    state: str = WAITING
    answers: dict[int, dict] = field(default_factory=dict)   # seq -> the answer given (a replay gets it again)


def token_hash(token: str) -> str:
    """What is kept of a device's token: its SHA-256, never the token itself."""
    return hashlib.sha256(token.encode("ascii", "replace")).hexdigest()
