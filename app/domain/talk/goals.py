"""Goals set before a conversation, checked live and kept in the record.

Two kinds: "no group of a lens above N times its share of people" (`max_ratio`)
and "everyone speaks at least once" (`everyone_speaks`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from app.domain.talk.lenses import LensShares
from app.domain.talk.metrics import Figures
from app.i18n import _, ngettext

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
            return _("Everyone speaks at least once")
        return _("No {lens} group above {limit}× its share of people").format(lens=self.lens, limit=f"{self.limit:g}")

    def to_dict(self) -> dict:
        return {"kind": self.kind, "lens": self.lens, "limit": self.limit}

    @classmethod
    def from_dict(cls, d: Mapping) -> Goal:
        goal = cls(str(d.get("kind", "")), str(d.get("lens", "")), float(d.get("limit", 1.25)))
        goal.check()
        return goal

    def check(self) -> None:
        if self.kind not in (MAX_RATIO, EVERYONE_SPEAKS):
            raise GoalError(_("Goal: “{kind}” is not a kind of goal Convene knows.").format(kind=self.kind))
        if self.kind == MAX_RATIO:
            if not self.lens:
                raise GoalError(_("Goal: choose the lens whose groups it is about."))
            if not 1.0 <= self.limit <= 10.0:
                raise GoalError(_("Goal: the limit must be between 1 and 10 times a group's share of people."))


@dataclass(frozen=True)
class GoalStatus:
    goal: Goal
    met: bool
    detail: str

    def line(self) -> str:
        said = _("✓ met: {goal}. {detail}") if self.met else _("✗ not yet: {goal}. {detail}")
        return said.format(goal=self.goal.text(), detail=self.detail).strip()


def check_goals(goals: Sequence[Goal], figures: Figures, shares: Mapping[str, LensShares],
                name=lambda p: str(p)) -> list[GoalStatus]:
    out = []
    for g in goals:
        if g.kind == EVERYONE_SPEAKS:
            waiting = figures.not_spoken
            detail = _("Everyone has spoken.") if not waiting else ngettext(
                "{n} still to speak: {names}.", "{n} still to speak: {names}.", len(waiting)).format(
                n=len(waiting), names=", ".join(name(p) for p in waiting[:5]) + ("…" if len(waiting) > 5 else ""))
            out.append(GoalStatus(g, not waiting, detail))
            continue
        lens = shares.get(g.lens)
        if lens is None:
            out.append(GoalStatus(g, False, _("There is no lens called “{lens}”.").format(lens=g.lens)))
            continue
        above = [s for s in lens.groups if s.ratio is not None and s.ratio > g.limit]
        if lens.person_seconds <= 0:
            out.append(GoalStatus(g, True, _("Nobody has spoken yet.")))
        elif above:
            out.append(GoalStatus(g, False, _("Above: {groups}.").format(groups=", ".join(f"{s.label} {s.ratio:.1f}×" for s in above))))
        else:
            out.append(GoalStatus(g, True, _("Every group is within it.")))
    return out
