"""Carrying commitments from an earlier convening into this one: which team gets which.

Teams are matched by name with the roster's forgiving key (passed in as `key`,
so this module stands alone): "St. Mary's Academy" in the old file is
"st marys academy " in the new one. A team of the old file that is not in the
new one is "gone" (its commitments stay behind, and the report says so); a
team of the new file that the old one did not have is "new".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from app.i18n import _, ngettext


@dataclass(frozen=True)
class OldCommitment:
    """A commitment as read from the earlier file."""

    ref: str       # identifies it in the earlier file, so carrying twice brings it once
    team: str
    values: dict   # change, who, by_when, measure, support, support_from, status, learned
    source: str = ""   # where it was made, if it had been carried into the earlier file ("" = made there)


@dataclass
class CarryPlan:
    source: str                                     # the earlier convening, as the team will read it
    carried: list[tuple[int, OldCommitment]] = field(default_factory=list)  # (new team id, commitment)
    already: int = 0                                # carried before: not brought twice
    gone: dict[str, int] = field(default_factory=dict)   # old team name -> commitments left behind
    new: list[str] = field(default_factory=list)    # teams here that the earlier file did not have
    renamed: list[tuple[str, str]] = field(default_factory=list)  # (old spelling, new spelling)

    def lines(self) -> list[str]:
        """What the carry did, one plain sentence each, in the keyboard's language."""
        teams = len({team_id for team_id, _t in self.carried})
        out = []
        if self.carried:
            out.append(_("Carried {commitments} of {teams} from “{source}”.").format(
                commitments=ngettext("{n} commitment", "{n} commitments", len(self.carried)).format(n=len(self.carried)),
                teams=ngettext("{n} team", "{n} teams", teams).format(n=teams), source=self.source))
        elif not self.already:
            out.append(_("“{source}” has no commitments to carry over.").format(source=self.source))
        if self.already:
            out.append(ngettext("{n} commitment had been carried over before and was left as it is.",
                                "{n} commitments had been carried over before and were left as they are.",
                                self.already).format(n=self.already))
        for old, new in self.renamed:
            out.append(_("“{old}” is taken to be “{new}”.").format(old=old, new=new))
        if self.gone:
            names = ", ".join(f"{name} ({n})" for name, n in self.gone.items())
            out.append(_("Not carried, because the team is not in this convening: {names}. "
                         "Add the team (same name) and carry again to bring them.").format(names=names))
        if self.new:
            out.append(_("New since “{source}”, so nothing to carry: {names}.").format(source=self.source,
                                                                                 names=", ".join(self.new)))
        return out


def plan_carry(source: str, old_teams: Sequence[str], old: Sequence[OldCommitment], teams: dict[int, str],
               already: set[str], key: Callable[[str], str]) -> CarryPlan:
    """Match each old commitment's team to a team here (by `key`); `already` holds refs carried before.

    A team here whose name is not among `old_teams` (the earlier file's teams) is new."""
    by_key: dict[str, tuple[int, str]] = {}
    for team_id, name in sorted(teams.items()):
        by_key.setdefault(key(name), (team_id, name))
    plan = CarryPlan(source)
    renamed: dict[str, str] = {}
    for c in old:
        hit = by_key.get(key(c.team))
        if hit is None:
            plan.gone[c.team] = plan.gone.get(c.team, 0) + 1
            continue
        team_id, name = hit
        if name != c.team:
            renamed.setdefault(c.team, name)
        if c.ref in already:
            plan.already += 1
            continue
        plan.carried.append((team_id, c))
    plan.renamed = list(renamed.items())
    old_keys = {key(t) for t in old_teams} | {key(c.team) for c in old}
    plan.new = sorted((name for name in teams.values() if key(name) not in old_keys), key=str.casefold)
    return plan
