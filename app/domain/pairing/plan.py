"""Several rounds planned at once, and swapping two teams between groups."""

from __future__ import annotations

from dataclasses import replace

from app.domain.pairing.criteria import Criterion, TeamProfile
from app.domain.pairing.matching import Group, RoundPlan, solve_round
from app.domain.pairing.rules import Meeting, Problem, Rules


def plan_rounds(
    teams: list[TeamProfile],
    criteria: list[Criterion],
    rules: Rules,
    rounds: int,
    labels: list[str] | None = None,
) -> list[RoundPlan]:
    """`rounds` rounds, one after another, each avoiding every pair before it.

    Locks apply to the first round only. Each round is optimal given the ones
    before it; when a round must repeat, its plan says which rule breaks.
    """
    plans: list[RoundPlan] = []
    history = list(rules.history)
    rank = rules.next_rank()
    for n in range(rounds):
        label = labels[n] if labels and n < len(labels) else f"round {n + 1} of this plan"
        this = Rules(tuple(history), rules.do_not_pair, rules.locks if n == 0 else (), rules.absent)
        plan = solve_round(teams, criteria, this)
        if plan.problems:
            plan = replace(plan, problems=tuple(Problem(f"{label[:1].upper()}{label[1:]}: {p.text}", p.kind, p.teams) for p in plan.problems))
        plans.append(plan)
        history.extend(Meeting(g.teams, rank, label) for g in plan.groups)
        rank += 1
    return plans


def swap_teams(groups: list[tuple[int, ...]] | tuple[tuple[int, ...], ...], x: int, y: int) -> list[tuple[int, ...]]:
    """The groups with teams x and y exchanged; raises ValueError if they are in the same group or absent."""
    gx = next((k for k, g in enumerate(groups) if x in g), None)
    gy = next((k for k, g in enumerate(groups) if y in g), None)
    if gx is None or gy is None:
        raise ValueError("Both teams must be in this round to swap them.")
    if gx == gy:
        raise ValueError("Those two teams are already together.")
    out = [tuple(g) for g in groups]
    out[gx] = tuple(sorted(y if t == x else t for t in out[gx]))
    out[gy] = tuple(sorted(x if t == y else t for t in out[gy]))
    return out


__all__ = ["plan_rounds", "swap_teams", "Group"]
