"""What co-facilitation hands out: plain records of devices, cues and what each device did."""

from __future__ import annotations

from dataclasses import dataclass

WAITING, ACCEPTED, REVOKED = "waiting", "accepted", "revoked"


class CofacError(ValueError):
    """Co-facilitation cannot do as asked; the message says what to do. `key` names the same sentence in the
    device page's words (app/domain/cofacilitate/texts.py), so a Spanish page says it in Spanish."""

    def __init__(self, message: str, key: str = "") -> None:
        super().__init__(message)
        self.key = key


@dataclass(frozen=True)
class DeviceRecord:
    id: int
    name: str
    state: str        # WAITING, ACCEPTED or REVOKED
    joined: float     # wall time


@dataclass(frozen=True)
class Cue:
    id: int
    device_id: int
    device: str       # the device's name
    text: str         # the words the lead reads (a ready cue's English words, or as typed)
    at: float
