"""Fewest repeats over a whole plan of rounds, found exactly where that can be done in time.

The round-by-round planner (plan.py) takes the best round given the rounds before
it. That is fast and usually has no repeat at all; when it has repeats, it is not
known to have the fewest over the whole plan. This module settles that:

* `counting_bound` is a floor no plan can go under: a team that can still meet
  only k new teams repeats in every round past its k-th, and one repeated pair
  serves at most two such teams (a trio with three such teams has three).
* `search` is a depth-first branch and bound over every plan of the rounds
  (each round split into pairs and, for an odd count, exactly one trio; teams
  taken lowest id first, fresh partners tried first). It minimises, in this
  order, the number of repeated pairs and then how recent they are (the sum of
  the ranks of their last meetings, so the oldest repeats are preferred), the
  same order as one round's weights (matching.py). A branch is cut as soon as
  its repeats so far, plus the teams in the current round left with no fresh
  partner, cannot beat the best plan found. It starts from the round-by-round
  plan, so it only ever improves it.

When the search ends within its budget of steps, or the counting floor already
equals the plan's repeats, the plan has the fewest repeats possible ("proven").
Otherwise the plan is the best found and is said to be so. The score of the
pairs is not part of this order: each round keeps the best score given the
rounds before it, and among plans with equally few repeats the search keeps
the first it meets, trying high-scoring pairs first.
tests/unit/test_pairing_fewest.py checks this against an exhaustive search.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import combinations

from app.domain.pairing.rules import pair_key

BUDGET = 20_000  # search steps: well under a second for 10 teams in CPython
CHECK_EVERY = 2_000  # steps between calls of `check` (a place to stop)


@dataclass(frozen=True)
class Instance:
    """What the search needs: who plays each round, what may pair, who met when, and the pairs' scores."""

    rounds: tuple[tuple[int, ...], ...]  # the free teams of each round, sorted
    allowed: Callable[[int, int], bool]
    last: dict[tuple[int, int], int]  # pair -> rank of its last meeting before the plan
    ranks: tuple[int, ...]  # the rank each round of the plan will have
    score: Callable[[int, int], int]
    fixed: tuple[tuple[tuple[int, ...], ...], ...] = ()  # groups already set in a round (locks), met first


def cost_of(inst: Instance, plan: list[list[tuple[int, ...]]]) -> tuple[int, int]:
    """(repeats, sum of the ranks of the repeated pairs' last meetings) of a whole plan."""
    last = dict(inst.last)
    repeats = recency = 0
    for r, groups in enumerate(plan):
        fixed = inst.fixed[r] if r < len(inst.fixed) else ()
        for g in (*fixed, *groups):
            for p in combinations(sorted(g), 2):
                if p in last:
                    repeats += 1
                    recency += last[p]
        for g in (*fixed, *groups):
            for p in combinations(sorted(g), 2):
                last[p] = inst.ranks[r]
    return repeats, recency


def counting_bound(inst: Instance) -> int:
    """A floor on the repeats of any plan (see the module docstring), the larger of two counts.

    Per team: a team that can meet only k new teams repeats in every round it plays past its k-th, and one
    repeated pair serves at most two such teams. Overall: the plan makes more pairs (a pair makes one, a trio
    three) than there are new pairs left, and each pair past those is a repeat.
    """
    teams = sorted({t for rnd in inst.rounds for t in rnd})
    fixed = [t for groups in inst.fixed for g in groups for t in g]
    teams = sorted({*teams, *fixed})
    fresh_pairs = [(a, b) for a, b in combinations(teams, 2) if inst.allowed(a, b) and (a, b) not in inst.last]
    per_team = 0
    for t in teams:
        fresh = sum(1 for p in fresh_pairs if t in p)
        plays = sum(1 for rnd in inst.rounds if t in rnd) + sum(1 for groups in inst.fixed for g in groups if t in g)
        per_team += max(0, plays - fresh)
    made = sum(len(r) // 2 + (2 if len(r) % 2 else 0) for r in inst.rounds)
    made += sum(len(g) * (len(g) - 1) // 2 for groups in inst.fixed for g in groups)
    return max((per_team + 1) // 2, made - len(fresh_pairs))


def search(inst: Instance, start: tuple[int, int], budget: int = BUDGET,
           check: Callable[[], None] | None = None):
    """(best plan or None if nothing beat `start`, its cost, finished) by branch and bound."""
    teams = len({t for rnd in inst.rounds for t in rnd})
    budget = budget * 100 // max(100, teams * teams)  # a step costs about n^2 (the bound below)
    last = dict(inst.last)  # locks (inst.fixed) are placed when their round starts, so their repeats count there
    best: list = [None, start]
    steps = [0]
    plan: list[list[tuple[int, ...]]] = [[] for _ in inst.rounds]

    def pair_cost(p):
        return (1, last[p]) if p in last else (0, 0)

    def stuck(remaining) -> int:
        n = 0
        for t in remaining:
            if not any(o != t and inst.allowed(t, o) and pair_key(t, o) not in last for o in remaining):
                n += 1
        return (n + 1) // 2

    class Stop(Exception):
        pass

    def place(g, rank, undo):
        for p in combinations(g, 2):
            undo.append((p, last.get(p)))
            last[p] = rank

    def unplace(undo):
        for p, old in reversed(undo):
            if old is None:
                del last[p]
            else:
                last[p] = old

    def go(r: int, remaining: tuple[int, ...], trio_left: bool, rep: int, rec: int) -> None:
        steps[0] += 1
        if steps[0] > budget:
            raise Stop()
        if check is not None and steps[0] % CHECK_EVERY == 0:
            check()
        if not remaining:
            # this round is done; the rank of its pairs is set as they are placed (below)
            if r + 1 == len(inst.rounds):
                if (rep, rec) < best[1]:
                    best[0] = [list(x) for x in plan]
                    best[1] = (rep, rec)
                return
            nxt = inst.rounds[r + 1]
            rep2, rec2 = rep, rec
            locks_undo: list[tuple[tuple[int, int], int | None]] = []
            for g in (inst.fixed[r + 1] if r + 1 < len(inst.fixed) else ()):
                for p in combinations(g, 2):
                    if p in last:
                        rep2, rec2 = rep2 + 1, rec2 + last[p]
            for g in (inst.fixed[r + 1] if r + 1 < len(inst.fixed) else ()):
                place(g, inst.ranks[r + 1], locks_undo)
            if (rep2 + stuck(nxt), rec2) < best[1]:
                go(r + 1, nxt, len(nxt) % 2 == 1, rep2, rec2)
            unplace(locks_undo)
            return
        if (rep + stuck(remaining), rec) >= best[1]:
            return
        t, rest = remaining[0], remaining[1:]
        rank = inst.ranks[r]
        options: list[tuple[int, int, int, tuple[int, ...]]] = []
        # a pair, unless t must then be left for a trio that can no longer be made
        if len(rest) >= 1 and (not trio_left or len(remaining) >= 5):
            for u in rest:
                if inst.allowed(t, u):
                    c = pair_cost(pair_key(t, u))
                    options.append((c[0], c[1], -inst.score(t, u), (t, u)))
        if trio_left:
            for u, v in combinations(rest, 2):
                if inst.allowed(t, u) and inst.allowed(t, v) and inst.allowed(u, v):
                    cs = [pair_cost(pair_key(*p)) for p in ((t, u), (t, v), (u, v))]
                    options.append((sum(c[0] for c in cs), sum(c[1] for c in cs),
                                    -(inst.score(t, u) + inst.score(t, v) + inst.score(u, v)), (t, u, v)))
        options.sort()
        for c_rep, c_rec, _neg, g in options:
            if (rep + c_rep, rec + c_rec) >= best[1]:
                continue
            undo: list[tuple[tuple[int, int], int | None]] = []
            place(g, rank, undo)
            plan[r].append(g)
            left = tuple(x for x in rest if x not in g)
            go(r, left, trio_left and len(g) == 2, rep + c_rep, rec + c_rec)
            plan[r].pop()
            unplace(undo)

    # Round 0's fixed groups (locks) count and are placed before its free teams.
    rep0 = rec0 = 0
    undo0: list = []
    for g in (inst.fixed[0] if inst.fixed else ()):
        for p in combinations(g, 2):
            if p in last:
                rep0, rec0 = rep0 + 1, rec0 + last[p]
    for g in (inst.fixed[0] if inst.fixed else ()):
        place(g, inst.ranks[0], undo0)
    finished = True
    try:
        first = inst.rounds[0]
        go(0, first, len(first) % 2 == 1, rep0, rec0)
    except Stop:
        finished = False
    return best[0], best[1], finished
