"""Several rounds planned at once, and swapping two teams between groups."""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass, replace

from app.domain.pairing.criteria import Criterion, TeamProfile
from app.domain.pairing.fewest import BUDGET, Instance, cost_of, counting_bound, search
from app.domain.pairing.matching import Group, RoundPlan, _Weights, said_pairs, solve_round
from app.domain.pairing.rules import Meeting, Problem, Rules, pair_key
from app.domain.steps import finish
from app.i18n import _, ngettext


@dataclass(frozen=True)
class PlanResult:
    """A plan of several rounds, and whether its repeats are known to be the fewest.

    `fewest` is "none" (no repeat at all), "proven" (no plan of these rounds has
    fewer repeats, see fewest.py) or "found" (the fewest found; fewer could not be
    ruled out). `note` says so in a sentence, "" when there is no repeat.
    """

    rounds: tuple[RoundPlan, ...]
    repeats: int
    fewest: str
    note: str = ""


def plan_rounds(teams, criteria, rules: Rules, rounds: int, labels: list[str] | None = None,
                attempts: int = 12) -> list[RoundPlan]:
    """The rounds of `plan(...)` (see there)."""
    return list(plan(teams, criteria, rules, rounds, labels, attempts).rounds)


def plan(teams, criteria, rules: Rules, rounds: int, labels: list[str] | None = None, attempts: int = 12,
         budget: int = BUDGET, check: Callable[[], None] | None = None) -> PlanResult:
    return finish(plan_steps(teams, criteria, rules, rounds, labels, attempts, budget, check))


def plan_steps(
    teams: list[TeamProfile],
    criteria: list[Criterion],
    rules: Rules,
    rounds: int,
    labels: list[str] | None = None,
    attempts: int = 12,
    budget: int = BUDGET,
    check: Callable[[], None] | None = None,
) -> Generator[tuple[int, int, str], None, PlanResult]:
    """`rounds` rounds, one after another, with the fewest repeats over the whole plan.

    A generator: it yields (done, total, what) between pieces of work and returns
    a PlanResult. `check` is called now and then inside the long search (it may
    raise to stop).

    First, each round is the best one given the rounds before it. Taking the best
    round first can leave a later round with no fresh partner although another
    choice among equally good early rounds would not (a full round robin is the
    usual case), so when the plan needs a repeat it is planned again with ties
    broken other ways (`attempts`, fixed seeds), and for an even number of
    teams with no other rules, also as a round robin (circle method); the plan
    with the fewest repeats (then the oldest, then the highest score) is kept.
    If it still repeats a pair, fewest.py searches every plan for one with fewer
    (or older) repeats and says whether the result is proven the fewest.
    Locks apply to the first round only.
    """
    labels = [labels[n] if labels and n < len(labels) else _("round {n} of this plan").format(n=n + 1) for n in range(rounds)]
    total = attempts + 3
    yield (0, total, _("Pairing round by round"))
    best = _sequential(teams, criteria, rules, labels, None)
    if _cost(best)[0] == 0:
        return PlanResult(tuple(best), 0, "none")
    if rounds == 1:  # one round is solved exactly (matching.py): its repeats are the fewest, its problem says so
        return PlanResult(tuple(best), best[0].repeats, "proven" if not best[0].unpaired else "found")
    for seed in range(1, attempts + 1):
        yield (seed, total, _("Trying other ties"))
        plan = _sequential(teams, criteria, rules, labels, seed)
        if _cost(plan) < _cost(best):
            best = plan
        if _cost(best)[0] == 0:
            return PlanResult(tuple(best), 0, "none")
    circle = _round_robin(teams, criteria, rules, labels)
    if circle is not None and _cost(circle) < _cost(best):
        best = circle
    if _cost(best)[0] == 0:
        return PlanResult(tuple(best), 0, "none")
    yield (attempts + 1, total, _("Checking every plan for fewer repeats"))
    return _fewest(teams, criteria, rules, labels, best, budget, check)


def _fewest(teams, criteria, rules: Rules, labels, best: list[RoundPlan], budget, check) -> PlanResult:
    by_id = {t.id: t for t in sorted(teams, key=lambda t: t.id)}
    names = {i: t.name for i, t in by_id.items()}
    present = tuple(i for i in by_id if i not in rules.absent)
    locks = tuple(g.teams for g in best[0].groups if g.locked)
    locked = {i for g in locks for i in g}
    free = [tuple(i for i in present if i not in locked)] + [present] * (len(best) - 1)
    w = _Weights(by_id, criteria, rules)
    start_rank = rules.next_rank()
    inst = Instance(
        rounds=tuple(free),
        allowed=lambda a, b: not rules.forbidden(a, b),
        last={p: m.rank for p, m in rules.last_met().items()},
        ranks=tuple(start_rank + n for n in range(len(best))),
        score=w.score,
        fixed=(locks,),
    )
    repeats = sum(p.repeats for p in best)
    if any(p.unpaired for p in best) or any(len(f) == 1 for f in free):
        note = ngettext("This plan repeats {n} pair in all. Plans were not compared for fewer repeats, because the "
                        "do-not-pair list (or the locks) leaves a team without a partner.",
                        "This plan repeats {n} pairs in all. Plans were not compared for fewer repeats, because the "
                        "do-not-pair list (or the locks) leaves a team without a partner.", repeats).format(n=repeats)
        return _noted(best, repeats, "found", note)
    start = cost_of(inst, [[g.teams for g in p.groups if not g.locked] for p in best])
    found, cost, finished = search(inst, start, budget, check)
    plans = best if found is None else _rebuild(by_id, criteria, rules, labels, found, locks, inst.ranks)
    repeats = cost[0]
    if repeats == 0:  # the search found a plan the round-by-round pairing missed: nothing repeats, nothing to say
        return PlanResult(tuple(plans), 0, "none")
    why = _why(inst, names, len(best))
    if finished:
        note = ngettext("No plan of these {rounds} rounds avoids every repeat: {why}. This plan repeats {n} pair in "
                        "all, the fewest possible (checked against every plan), oldest first.",
                        "No plan of these {rounds} rounds avoids every repeat: {why}. This plan repeats {n} pairs in "
                        "all, the fewest possible (checked against every plan), oldest first.",
                        repeats).format(rounds=len(best), why=why, n=repeats)
        return _noted(plans, repeats, "proven", note)
    if counting_bound(inst) == repeats:
        note = ngettext("No plan of these {rounds} rounds avoids every repeat: {why}. This plan repeats {n} pair in "
                        "all, and no plan can have fewer (counted from the new partners each team has left); the "
                        "oldest pairs were chosen where the search could.",
                        "No plan of these {rounds} rounds avoids every repeat: {why}. This plan repeats {n} pairs in "
                        "all, and no plan can have fewer (counted from the new partners each team has left); the "
                        "oldest pairs were chosen where the search could.",
                        repeats).format(rounds=len(best), why=why, n=repeats)
        return _noted(plans, repeats, "proven", note)
    note = ngettext("This plan repeats {n} pair in all, the fewest found. {teams} teams over {rounds} rounds are "
                    "too many to check every plan in time, so fewer cannot be ruled out.",
                    "This plan repeats {n} pairs in all, the fewest found. {teams} teams over {rounds} rounds are "
                    "too many to check every plan in time, so fewer cannot be ruled out.",
                    repeats).format(n=repeats, teams=len(present), rounds=len(best))
    return _noted(plans, repeats, "found", note)


def _why(inst: Instance, names, rounds: int) -> str:
    teams = sorted({t for r in inst.rounds for t in r})
    short = []
    for t in teams:
        fresh = sum(1 for o in teams if o != t and inst.allowed(t, o) and pair_key(t, o) not in inst.last)
        if fresh < rounds:
            short.append((names[t], fresh))
    if not short:
        return _("the earlier pairs and the do-not-pair list leave no way to give every team a new partner in every "
                 "round")
    if len(short) == len(teams) and len({k for _, k in short}) == 1:
        k = short[0][1]
        return ngettext("each of the {teams} teams can meet only {k} new team, fewer than the {rounds} rounds",
                        "each of the {teams} teams can meet only {k} new teams, fewer than the {rounds} rounds",
                        k).format(teams=len(teams), k=k, rounds=rounds)
    if len({k for _, k in short}) == 1:
        k = short[0][1]
        who = ", ".join(n for n, _k in short[:6]) + _more(len(short))
        return ngettext("{teams} can meet only {k} new team, fewer than the {rounds} rounds",
                        "{teams} can meet only {k} new teams, fewer than the {rounds} rounds",
                        k).format(teams=who, k=k, rounds=rounds)
    said = ", ".join(f"{n} {k}" for n, k in short[:6]) + _more(len(short))
    return _("some teams can meet fewer new teams than the {rounds} rounds ({teams})").format(rounds=rounds, teams=said)


def _more(n: int) -> str:
    return _(" and {n} more").format(n=n - 6) if n > 6 else ""


def _noted(plans: list[RoundPlan], repeats: int, fewest: str, note: str) -> PlanResult:
    out = tuple(replace(p, problems=(*p.problems, Problem(note, "plan"))) if p.repeats else p for p in plans)
    return PlanResult(out, repeats, fewest, note)


def _rebuild(by_id, criteria, rules: Rules, labels, found, locks, ranks) -> list[RoundPlan]:
    """RoundPlans for the groups the search chose (round 0 keeps its locks)."""
    history = list(rules.history)
    names = {i: t.name for i, t in by_id.items()}
    plans = []
    for n, groups in enumerate(found):
        this = Rules(tuple(history), rules.do_not_pair, (), rules.absent)
        w = _Weights(by_id, criteria, this)
        fixed = locks if n == 0 else ()
        made = [w.group(g, locked=True) for g in fixed] + [w.group(g) for g in groups]
        made.sort(key=lambda g: (not g.locked, g.teams))
        problems = []
        chosen = [(p, label) for g in made if g.locked for p, label in g.repeats]
        if chosen:
            problems.append(Problem(_("A locked group repeats an earlier pair: {pairs}. Unlock it and re-solve to avoid "
                                      "that.").format(pairs=said_pairs(chosen, names)),
                                    "locked-repeat", tuple(sorted({i for p, _l in chosen for i in p}))))
        repeats = [(p, label) for g in made if not g.locked for p, label in g.repeats]
        if repeats:
            k = len(repeats)
            problems.append(Problem(ngettext("This round repeats {n} pair: {pairs}.", "This round repeats {n} pairs: {pairs}.",
                                             k).format(n=k, pairs=said_pairs(repeats, names)), "repeat",
                                    tuple(sorted({i for p, _ in repeats for i in p}))))
        plans.append(_labelled(RoundPlan(tuple(made), (), tuple(problems)), labels[n]))
        history.extend(Meeting(g.teams, ranks[n], labels[n]) for g in made)
    return plans


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
    return replace(plan, problems=tuple(Problem(_("{round}: {problem}").format(round=f"{label[:1].upper()}{label[1:]}",
                                                                                 problem=p.text), p.kind, p.teams)
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
        raise ValueError(_("Both teams must be in this round to swap them."))
    if gx == gy:
        raise ValueError(_("Those two teams are already together."))
    out = [tuple(g) for g in groups]
    out[gx] = tuple(sorted(y if t == x else t for t in out[gx]))
    out[gy] = tuple(sorted(x if t == y else t for t in out[gy]))
    return out


__all__ = ["plan", "plan_rounds", "plan_steps", "PlanResult", "swap_teams", "Group"]
