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
    attempts: int = 12,
) -> list[RoundPlan]:
    """`rounds` rounds, one after another, each avoiding every pair before it.

    Each round is the best one given the rounds before it. Taking the best
    round first can leave a later round with no fresh partner although another
    choice among equally good early rounds would not (a full round robin is the
    usual case), so when the plan needs a repeat it is planned again with ties
    broken other ways (`attempts`, fixed seeds), and for an even number of
    teams with no other rules, also as a round robin (circle method); the plan
    with the fewest repeats (then the oldest, then the highest score) is kept.
    Locks apply to the first round only.
    """
    labels = [labels[n] if labels and n < len(labels) else f"round {n + 1} of this plan" for n in range(rounds)]
    best = _sequential(teams, criteria, rules, labels, None)
    if _cost(best)[0] == 0:
        return best
    for seed in range(1, attempts + 1):
        plan = _sequential(teams, criteria, rules, labels, seed)
        if _cost(plan) < _cost(best):
            best = plan
        if _cost(best)[0] == 0:
            return best
    circle = _round_robin(teams, criteria, rules, labels)
    if circle is not None and _cost(circle) < _cost(best):
        best = circle
    return best


def _cost(plans: list[RoundPlan]) -> tuple[int, int, int]:
    repeats = sum(p.repeats for p in plans)
    return repeats, sum(len(p.unpaired) for p in plans), -sum(p.total for p in plans)


def _sequential(teams, criteria, rules: Rules, labels: list[str], seed: int | None) -> list[RoundPlan]:
    plans: list[RoundPlan] = []
    history = list(rules.history)
    rank = rules.next_rank()
    for n, label in enumerate(labels):
        this = Rules(tuple(history), rules.do_not_pair, rules.locks if n == 0 else (), rules.absent)
        plan = solve_round(teams, criteria, this, tie_seed=None if seed is None else seed * 1000 + n)
        plans.append(_labelled(plan, label))
        history.extend(Meeting(g.teams, rank, label) for g in plan.groups)
        rank += 1
    return plans


def _labelled(plan: RoundPlan, label: str) -> RoundPlan:
    if not plan.problems:
        return plan
    return replace(plan, problems=tuple(Problem(f"{label[:1].upper()}{label[1:]}: {p.text}", p.kind, p.teams)
                                        for p in plan.problems))


def _round_robin(teams, criteria, rules: Rules, labels: list[str]) -> list[RoundPlan] | None:
    """The circle method, when it applies: an even number of teams, no history, locks, absences or do-not-pair."""
    ids = sorted(t.id for t in teams)
    if len(ids) % 2 or len(labels) > len(ids) - 1 or rules.history or rules.locks or rules.absent or rules.do_not_pair:
        return None
    fixed, ring = ids[0], ids[1:]
    plans = []
    history: list[Meeting] = []
    for n, label in enumerate(labels):
        order = [fixed, *ring[n:], *ring[:n]]
        half = len(order) // 2
        groups = [tuple(sorted((order[k], order[-1 - k]))) for k in range(half)]
        # Solving with every other pair of the round robin "used" leaves exactly these pairs fresh.
        plan = solve_round(teams, criteria, Rules.make(history, locks=groups))
        plans.append(_labelled(replace(plan, groups=tuple(replace(g, locked=False) for g in plan.groups)), label))
        history.extend(Meeting(g, n + 1, label) for g in groups)
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
