"""What a discussion protocol is: timed steps, roles and who may speak when.

Values only; reading and writing protocol files lives in `format`.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ProtocolStep:
    """One timed step of a protocol.

    `speakers` names the roles that may speak during the step; an empty tuple
    means everyone may. `script` is for the facilitator's eyes; `prompt` is
    what the room sees on the projector.
    """

    title: str
    minutes: int
    speakers: tuple[str, ...]
    script: str
    prompt: str


@dataclass(frozen=True)
class Protocol:
    """A structured discussion protocol; `minutes` equals the sum of its steps."""

    name: str
    purpose: str
    when_to_use: str
    credit: str
    minutes: int
    group_size: str
    roles: tuple[str, ...]
    materials: tuple[str, ...]
    norms: tuple[str, ...]
    equity_moves: tuple[str, ...]
    steps: tuple[ProtocolStep, ...]


def speakers_allowed(step: ProtocolStep, role: str) -> bool:
    """Whether someone in `role` may speak during `step` (empty speakers = everyone)."""
    return not step.speakers or role in step.speakers
