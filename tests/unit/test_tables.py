"""Participant groupings: sizes within bounds, team rules and repeats as reported, deterministic."""

from __future__ import annotations

import random
from collections import Counter
from itertools import combinations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.pairing.tables import Person, TableRules, TablesError, plan_tables

ROLES = ["teacher", "principal", "counselor", "district leader", "student", "family member"]


def people(n, teams, seed=0):
    rng = random.Random(seed)
    return [Person(i, f"P{i}", team=f"T{i % teams}", attributes={"role": rng.choice(ROLES)}) for i in range(1, n + 1)]


def tablemates(tables):
    return {frozenset(p) for t in tables for p in combinations(t, 2)}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(5, 70), st.integers(2, 6), st.integers(0, 2), st.integers(0, 2), st.integers(1, 12),
       st.sampled_from(["apart", "together", "ignore"]), st.booleans())
def test_sizes_in_bounds_everyone_once_and_repeats_as_reported(n, size, below, above, teams, team, alike):
    rules = TableRules(size=size + 2, min_size=size + 2 - below, max_size=size + 2 + above, mix=("role",),
                       alike="role" if alike else "", team=team)
    group = people(n, teams)
    try:
        plans = plan_tables(group, rules, rounds=3)
    except TablesError as exc:
        assert str(exc).endswith(("widen the range.", "lower the smallest size."))
        assert not any(rules.min_size * t <= n <= rules.max_size * t for t in range(1, n + 1))
        return
    seen: set[frozenset] = set()
    by_id = {p.id: p for p in group}
    for plan in plans:
        seated = [i for t in plan.tables for i in t]
        assert sorted(seated) == sorted(by_id), "everyone is seated exactly once"
        assert all(rules.min_size <= len(t) <= rules.max_size for t in plan.tables)
        mates = tablemates(plan.tables)
        assert plan.repeat_pairs == len(mates & seen), "the reported repeats are the real ones"
        if team == "apart":
            assert plan.team_breaks == sum(1 for p in mates if len({by_id[i].team for i in p}) == 1)
        seen |= mates


def test_150_people_25_tables_4_rounds_without_repeat_tablemates():
    group = people(150, 25)
    plans = plan_tables(group, TableRules(size=6, min_size=5, max_size=7, mix=("role",), team="apart"), rounds=4)
    seen: set[frozenset] = set()
    for plan in plans:
        assert len(plan.tables) == 25 and plan.repeat_pairs == 0 and plan.team_breaks == 0
        mates = tablemates(plan.tables)
        assert not mates & seen
        seen |= mates
        # mixed: no table has more than two people of one role
        by_id = {p.id: p for p in group}
        assert all(max(Counter(by_id[i].attributes["role"] for i in t).values()) <= 2 for t in plan.tables)


def test_role_alike_tables_share_a_role():
    group = [Person(i, f"P{i}", team=f"T{i % 4}", attributes={"role": ROLES[i % 3]}) for i in range(18)]
    [plan] = plan_tables(group, TableRules(size=6, min_size=6, max_size=6, mix=(), alike="role", team="ignore"))
    by_id = {p.id: p for p in group}
    assert all(len({by_id[i].attributes["role"] for i in t}) == 1 for t in plan.tables)
    assert ("role", "3 of 3 tables share one role") in plan.balance


def test_keep_a_team_together():
    group = [Person(i, f"P{i}", team=f"T{i // 3}", attributes={"role": ROLES[i % 6]}) for i in range(24)]
    [plan] = plan_tables(group, TableRules(size=6, min_size=6, max_size=6, mix=("role",), team="together"))
    assert plan.team_breaks == 0
    by_id = {p.id: p for p in group}
    for t in plan.tables:
        assert all(sum(by_id[j].team == by_id[i].team for j in t) == 3 for i in t)


def test_same_input_same_seating():
    group = people(40, 7)
    rules = TableRules(size=5, min_size=4, max_size=6)
    first = plan_tables(group, rules, rounds=2)
    shuffled = group[:]
    random.Random(1).shuffle(shuffled)
    assert plan_tables(shuffled, rules, rounds=2) == first


def test_impossible_sizes_are_refused_in_words():
    with pytest.raises(TablesError, match="9 people cannot sit at tables of 5-5; widen the range."):
        plan_tables(people(9, 3), TableRules(size=5, min_size=5, max_size=5))
