"""The one rule for what a group-level view may show the room or a shared export.

A group of fewer than k people (default 5; never below 3) is not shown on its
own: it goes into "Other groups". When only one group would be hidden, the
smallest shown group goes with it, so the hidden one cannot be found by
subtracting what is shown from the total; and groups keep being merged until
"Other groups" holds at least k people. If that cannot be done, or only
"Other groups" would be left, nothing is shown by group. Every projector scene and shared export calls `suppress`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.domain.talk.lenses import Group
from app.i18n import _

DEFAULT_K = 5
MIN_K = 3
OTHER = "Other groups"


def effective_k(k: int | None) -> int:
    return max(MIN_K, DEFAULT_K if k is None else int(k))


@dataclass(frozen=True)
class Suppressed:
    groups: tuple[Group, ...]  # what may be shown, "Other groups" last if there is one
    hidden: tuple[str, ...]  # labels merged away (for the facilitator only)
    k: int
    nothing_shown: bool  # too few people to show any group

    def note(self) -> str:
        """What was merged or hidden, in the keyboard's language (a Message: `.in_(lang)` for the projector's)."""
        if self.nothing_shown:
            return _("Groups are not shown: each would need at least {k} people, so that no one is singled out.").format(
                k=self.k)
        if self.hidden:
            return _("Groups under {k} people are merged into “{other}”.").format(k=self.k, other=_(OTHER))
        return ""


def suppress(groups: Sequence[Group], k: int | None = DEFAULT_K, max_groups: int | None = None) -> Suppressed:
    """What may be shown of `groups`. `max_groups` (a screen's room, "Other groups" included)
    merges the smallest groups too; merging only ever makes "Other groups" larger."""
    k = effective_k(k)
    shown = [g for g in groups if g.members]
    hidden = [g for g in shown if len(g.members) < k]
    shown = [g for g in shown if len(g.members) >= k]
    if max_groups is not None and max_groups >= 2:
        # "Other groups" counts as a row: with small groups already hidden, only max_groups - 1 others fit.
        while shown and len(shown) + (1 if hidden else 0) > max_groups:
            smallest = min(shown, key=lambda g: (len(g.members), g.label))
            shown.remove(smallest)
            hidden.append(smallest)

    def other_size() -> int:
        return len(frozenset().union(*(g.members for g in hidden))) if hidden else 0

    while hidden and (len(hidden) == 1 or other_size() < k):
        if not shown:
            break
        smallest = min(shown, key=lambda g: (len(g.members), g.label))
        shown.remove(smallest)
        hidden.append(smallest)
    if hidden and (other_size() < k or len(hidden) == 1 or not shown):
        # (Only "Other groups" left would be the whole room: no group is being shown.)
        return Suppressed((), tuple(g.label for g in groups if g.members), k, True)
    out = list(shown)
    if hidden:
        out.append(Group(OTHER, frozenset().union(*(g.members for g in hidden))))
    return Suppressed(tuple(out), tuple(g.label for g in hidden), k, False)
