"""The speaking queue ("progressive stack"): raised hands waiting for the floor.

The queue is in the order hands went up. The facilitator may instead order it by least talk so
far in the conversation (those who have spoken least first, ties by when the hand went up); it is
never ordered by anyone's identity lens.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from app.i18n import _

BY_RAISED = "raised"
BY_LEAST = "least"
ORDERS = (BY_RAISED, BY_LEAST)
ORDER_LABELS = {BY_RAISED: "When hands went up", BY_LEAST: "Least talk first"}


@dataclass(frozen=True)
class Hand:
    id: int
    person: int
    raised: float   # epoch seconds


def order(hands: Sequence[Hand], by: str, seconds: Mapping[int, float]) -> list[Hand]:
    """The waiting `hands` in queue order: by when they went up, or by least talk (`seconds`
    per person in the conversation) and then by when they went up."""
    if by not in ORDERS:
        raise ValueError(_("Order the queue by “{by}”: use one of {choices}.").format(by=by, choices=", ".join(ORDERS)))
    by_time = sorted(hands, key=lambda h: (h.raised, h.id))
    if by == BY_RAISED:
        return by_time
    return sorted(by_time, key=lambda h: seconds.get(h.person, 0.0))
