"""Pairing is optimal (checked against an exhaustive search), keeps its rules, and is deterministic."""

from __future__ import annotations

import random
from itertools import combinations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.pairing import Criterion, Meeting, Rules, TeamProfile, plan_rounds, solve_round
from app.domain.pairing.criteria import pair_score
from app.domain.pairing.rules import pair_key

ATTRS = ("district", "region", "level", "focus")


def _partitions(items: list[int], trio_allowed: bool):
    """Every way to split `items` into pairs and, if their count is odd, exactly one trio."""
    if not items:
        yield []
        return
    first, rest = items[0], items[1:]
    for k, b in enumerate(rest):
        left = rest[:k] + rest[k + 1 :]
        for tail in _partitions(left, trio_allowed):
            yield [(first, b), *tail]
    if trio_allowed and len(items) % 2 == 1:
        for b, c in combinations(rest, 2):
            left = [x for x in rest if x not in (b, c)]
            for tail in _partitions(left, False):
                yield [(first, b, c), *tail]


def _objective(groups, teams, criteria, rules):
    """(repeats, recency of repeats, -score): smaller is better. Independent of the solver's weights."""
    by_id = {t.id: t for t in teams}
    last: dict[tuple[int, int], int] = {}
    for m in rules.history:
        for p in combinations(sorted(m.teams), 2):
            last[p] = max(last.get(p, 0), m.rank)
    repeats = recency = score = 0
    for g in groups:
        for a, b in combinations(sorted(g), 2):
            score += pair_score(by_id[a], by_id[b], criteria)[0]
            if (a, b) in last:
                repeats += 1
                recency += last[(a, b)]
    return repeats, recency, -score


def _exhaustive(teams, criteria, rules):
    present = sorted(t.id for t in teams if t.id not in rules.absent)
    locked = [tuple(sorted(lock)) for lock in rules.locks]
    free = [i for i in present if not any(i in lock for lock in locked)]
    best = None
    for part in _partitions(free, True):
        if any(rules.forbidden(a, b) for g in part for a, b in combinations(g, 2)):
            continue
        value = _objective(part + locked, teams, criteria, rules)
        if best is None or value < best:
            best = value
    return best


@st.composite
def instances(draw, max_teams=10):
    n = draw(st.integers(2, max_teams))
    values = st.sampled_from(["", "a", "b", "c"])
    teams = [TeamProfile(i, f"School {i}", {a: draw(values) for a in ATTRS}) for i in range(1, n + 1)]
    criteria = [
        Criterion(a, draw(st.sampled_from(["same", "different", "ignore"])), draw(st.integers(0, 10))) for a in ATTRS
    ]
    all_pairs = list(combinations(range(1, n + 1), 2))
    history = draw(st.lists(st.tuples(st.sampled_from(all_pairs), st.integers(1, 4)), max_size=n * 2))
    dnp = draw(st.lists(st.sampled_from(all_pairs), max_size=n // 2))
    absent = draw(st.lists(st.integers(1, n), max_size=2, unique=True))
    rules = Rules.make([Meeting(p, r, f"round {r}") for p, r in history], dnp, (), absent)
    return teams, criteria, rules


def _check_optimal(teams, criteria, rules):
    plan = solve_round(teams, criteria, rules)
    best = _exhaustive(teams, criteria, rules)
    present = {t.id for t in teams} - rules.absent
    placed = [i for g in plan.groups for i in g.teams]
    assert len(placed) == len(set(placed)), "no team is in two groups"
    assert not set(placed) & rules.absent, "absent teams are left out"
    for g in plan.groups:
        assert len(g.teams) in (2, 3)
        assert not any(rules.forbidden(a, b) for a, b in combinations(g.teams, 2)), "do-not-pair is never broken"
    if best is None:
        assert plan.unpaired, "when no full plan exists, the plan says who is left without a partner"
        return plan
    assert set(placed) == present and not plan.unpaired
    assert sum(1 for g in plan.groups if g.is_trio) == len(present) % 2, "exactly one trio when the count is odd"
    assert _objective([g.teams for g in plan.groups], teams, criteria, rules) == best
    assert plan.repeats == best[0]
    free_repeats = sum(len(g.repeats) for g in plan.groups if not g.locked)
    locked_repeats = plan.repeats - free_repeats
    assert any(p.kind == "repeat" for p in plan.problems) == (free_repeats > 0), "a repeat is always explained"
    assert any(p.kind == "locked-repeat" for p in plan.problems) == (locked_repeats > 0)
    return plan


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(instances())
def test_a_round_is_as_good_as_an_exhaustive_search(instance):
    _check_optimal(*instance)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(instances(max_teams=10).filter(lambda i: (len(i[0]) - len(i[2].absent)) % 2 == 1))
def test_an_odd_count_gets_the_best_possible_trio(instance):
    plan = _check_optimal(*instance)
    if not plan.unpaired:
        assert sum(g.is_trio for g in plan.groups) == 1


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(instances(max_teams=9), st.data())
def test_locks_are_kept_and_the_rest_is_optimal(instance, data):
    teams, criteria, rules = instance
    present = sorted({t.id for t in teams} - rules.absent)
    candidates = [p for p in combinations(present, 2) if not rules.forbidden(*p)]
    if not candidates:
        return
    lock = data.draw(st.sampled_from(candidates))
    rules = Rules(rules.history, rules.do_not_pair, (lock,), rules.absent)
    plan = _check_optimal(teams, criteria, rules)
    locked = [g for g in plan.groups if g.locked]
    assert [g.teams for g in locked] == [tuple(sorted(lock))]


def test_same_input_same_output_whatever_the_order():
    rng = random.Random(7)
    teams = [TeamProfile(i, f"S{i}", {"focus": rng.choice("ab"), "district": rng.choice("pqr")}) for i in range(1, 16)]
    criteria = [Criterion("focus", "same", 2), Criterion("district", "different", 2)]  # many ties
    history = [Meeting((1, 2), 1, "round 1"), Meeting((3, 4, 5), 1, "round 1")]
    first = plan_rounds(teams, criteria, Rules.make(history), 3)
    for _ in range(5):
        shuffled = teams[:]
        rng.shuffle(shuffled)
        again = plan_rounds(shuffled, criteria, Rules.make(list(reversed(history))), 3)
        assert [p.groups for p in again] == [p.groups for p in first]


def test_several_rounds_never_repeat_while_possible():
    teams = [TeamProfile(i, f"S{i}", {}) for i in range(1, 9)]
    plans = plan_rounds(teams, [], Rules(), 4)
    seen = set()
    for plan in plans:
        assert not plan.problems
        for g in plan.groups:
            key = pair_key(*g.teams)
            assert key not in seen
            seen.add(key)


def test_impossible_round_says_which_rule_breaks_and_repeats_the_oldest():
    teams = [TeamProfile(i, name, {}) for i, name in enumerate(["Roosevelt", "Lincoln", "Edison", "Hoover"], start=1)]
    history = [
        Meeting((1, 2), 1, "day 1 round 1"), Meeting((3, 4), 1, "day 1 round 1"),
        Meeting((1, 3), 2, "day 1 round 2"), Meeting((2, 4), 2, "day 1 round 2"),
        Meeting((1, 4), 3, "day 2 round 1"), Meeting((2, 3), 3, "day 2 round 1"),
    ]
    plan = solve_round(teams, [], Rules.make(history))
    assert [g.teams for g in plan.groups] == [(1, 2), (3, 4)], "the oldest pairs are repeated"
    [problem] = plan.problems
    assert problem.text.startswith("Never repeating a pair is not possible this round:")
    assert "Roosevelt, Lincoln, Edison, Hoover have already met every other team" in problem.text
    assert "repeats 2 pairs" in problem.text and "Roosevelt and Lincoln (day 1 round 1)" in problem.text
    assert all("met before in day 1 round 1" in g.reason for g in plan.groups)


def test_do_not_pair_that_leaves_a_team_alone_is_reported():
    teams = [TeamProfile(i, f"S{i}", {}) for i in range(1, 5)]
    plan = solve_round(teams, [], Rules.make(do_not_pair=[(1, 2), (1, 3), (1, 4)]))
    assert plan.unpaired == (1,)
    assert any(p.kind == "unpaired" and p.text.startswith("S1 could not be given a partner") for p in plan.problems)
    assert [g.teams for g in plan.groups] == [(2, 3, 4)], "the others still get the best plan, here one trio"
    assert all(1 not in g.teams for g in plan.groups)


def test_reasons_in_words():
    a = TeamProfile(1, "Roosevelt", {"focus": "FAFSA completion", "district": "Fresno USD"})
    b = TeamProfile(2, "Kennedy", {"focus": "fafsa  completion", "district": "Oakland USD"})
    plan = solve_round([a, b], [Criterion("focus", "same", 3), Criterion("district", "different", 1)])
    assert plan.groups[0].reason == "both working on FAFSA completion; different districts; first time together"
    assert plan.groups[0].score == 4


def test_a_lock_on_an_absent_team_is_dropped_with_a_reason():
    teams = [TeamProfile(i, f"S{i}", {}) for i in range(1, 5)]
    plan = solve_round(teams, [], Rules.make(locks=[(1, 2)], absent=[2]))
    assert any(p.text == "The lock on S1 and S2 is dropped: S2 is away this round." for p in plan.problems)
    assert plan.unpaired == () and sorted(i for g in plan.groups for i in g.teams) == [1, 3, 4]


def test_a_locked_repeat_is_blamed_on_the_lock_not_on_the_rules():
    teams = [TeamProfile(i, f"S{i}", {}) for i in range(1, 5)]
    plan = solve_round(teams, [], Rules.make([Meeting((1, 2), 1, "round 1")], locks=[(1, 2)]))
    assert [p.kind for p in plan.problems] == ["locked-repeat"]
    assert plan.problems[0].text == ("A locked group repeats an earlier pair: S1 and S2 (round 1). "
                                     "Unlock it and re-solve to avoid that.")


@pytest.mark.parametrize("seed, n", [(0, 6), (4, 8), (2, 10), (2, 12)])
def test_a_full_round_robin_is_planned_without_repeats(seed, n):
    # Cases where taking the best round first leaves a later round with no fresh partner.
    rng = random.Random(seed)
    teams = [TeamProfile(i, f"S{i}", {"district": rng.choice("abc"), "focus": rng.choice("xy")}) for i in range(1, n + 1)]
    criteria = [Criterion("focus", "same", rng.randint(0, 5)), Criterion("district", "different", rng.randint(0, 5))]
    plans = plan_rounds(teams, criteria, Rules(), n - 1)
    assert [p.repeats for p in plans] == [0] * (n - 1)
    assert not any(p.problems for p in plans)
    pairs = [pair_key(*g.teams) for p in plans for g in p.groups]
    assert len(pairs) == len(set(pairs)) == n * (n - 1) // 2


def test_several_rounds_after_history_still_avoid_repeats_when_they_can():
    rng = random.Random(5)
    teams = [TeamProfile(i, f"S{i}", {"focus": rng.choice("xyz")}) for i in range(1, 11)]
    day1 = plan_rounds(teams, [Criterion("focus", "same", 3)], Rules(), 3)
    history = [Meeting(g.teams, k + 1, f"day 1 round {k + 1}") for k, p in enumerate(day1) for g in p.groups]
    day2 = plan_rounds(teams, [Criterion("focus", "same", 3)], Rules.make(history), 4)
    assert all(p.repeats == 0 for p in day2)
