"""Goals set before a conversation, checked live and kept in the record.

Two kinds: "no group of a lens above N times its share of people" (`max_ratio`)
and "everyone speaks at least once" (`everyone_speaks`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from app.domain.talk.lenses import LensShares
from app.domain.talk.metrics import Figures

MAX_RATIO = "max_ratio"
EVERYONE_SPEAKS = "everyone_speaks"


class GoalError(ValueError):
    """A goal that cannot be kept as written; the message says which part."""


@dataclass(frozen=True)
class Goal:
    kind: str
    lens: str = ""  # lens name, for max_ratio
    limit: float = 1.25

    def text(self) -> str:
        if self.kind == EVERYONE_SPEAKS:
            return "Everyone speaks at least once"
        return f"No {self.lens} group above {self.limit:g}× its share of people"

    def to_dict(self) -> dict:
        return {"kind": self.kind, "lens": self.lens, "limit": self.limit}

    @classmethod
    def from_dict(cls, d: Mapping) -> Goal:
        goal = cls(str(d.get("kind", "")), str(d.get("lens", "")), float(d.get("limit", 1.25)))
        goal.check()
        return goal

    def check(self) -> None:
        if self.kind not in (MAX_RATIO, EVERYONE_SPEAKS):
            raise GoalError(f"Goal: “{self.kind}” is not a kind of goal Convene knows.")
        if self.kind == MAX_RATIO:
            if not self.lens:
                raise GoalError("Goal: choose the lens whose groups it is about.")
            if not 1.0 <= self.limit <= 10.0:
                raise GoalError("Goal: the limit must be between 1 and 10 times a group's share of people.")


@dataclass(frozen=True)
class GoalStatus:
    goal: Goal
    met: bool
    detail: str

    def line(self) -> str:
        return f"{'✓ met' if self.met else '✗ not yet'}: {self.goal.text()}. {self.detail}".strip()


def check_goals(goals: Sequence[Goal], figures: Figures, shares: Mapping[str, LensShares],
                name=lambda p: str(p)) -> list[GoalStatus]:
    out = []
    for g in goals:
        if g.kind == EVERYONE_SPEAKS:
            waiting = figures.not_spoken
            detail = "Everyone has spoken." if not waiting else (
                f"{len(waiting)} still to speak: " + ", ".join(name(p) for p in waiting[:5])
                + ("…" if len(waiting) > 5 else "") + ".")
            out.append(GoalStatus(g, not waiting, detail))
            continue
        lens = shares.get(g.lens)
        if lens is None:
            out.append(GoalStatus(g, False, f"There is no lens called “{g.lens}”."))
            continue
        above = [s for s in lens.groups if s.ratio is not None and s.ratio > g.limit]
        if lens.person_seconds <= 0:
            out.append(GoalStatus(g, True, "Nobody has spoken yet."))
        elif above:
            out.append(GoalStatus(g, False, "Above: " + ", ".join(f"{s.label} {s.ratio:.1f}×" for s in above) + "."))
        else:
            out.append(GoalStatus(g, True, "Every group is within it."))
    return out
