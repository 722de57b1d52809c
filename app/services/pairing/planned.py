"""What a planning job (pairing rounds, tables) was computed against, read again before its result is stored.

A plan job reads its inputs on the caller's thread and computes elsewhere; meanwhile the facilitator may add a
round or a person. `basis` is what the job saw (where its rounds go, who was there); `store` compares it with
the file now and stores nothing if they differ.
"""

from __future__ import annotations

from sqlalchemy import func, select


def next_position(s, round_model) -> int:
    """The position the next round of `round_model` (PairingRound, SeatingRound) takes."""
    return s.scalar(select(func.coalesce(func.max(round_model.position), -1))) + 1


def basis(s, round_model, member_model) -> tuple[int, tuple[int, ...]]:
    """(next round position, ids of every `member_model` row: teams or participants) in the file now."""
    return next_position(s, round_model), tuple(s.scalars(select(member_model.id).order_by(member_model.id)))
