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
        if team == "together":  # teammates kept together again are the rule, not a repeat
            assert plan.repeat_pairs == sum(1 for p in mates & seen if len({by_id[i].team for i in p}) > 1)
            assert plan.quality_lines()[0].endswith("(teammates aside)")
        else:
            assert plan.repeat_pairs == len(mates & seen), "the reported repeats are the real ones"
        assert bool(plan.repeat_pairs) == any(n.startswith("No repeat tablemates") for n in plan.notes)
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


@pytest.mark.parametrize("team", ["apart", "together", "ignore"])
def test_same_input_same_seating(team):
    group = people(40, 7)
    rules = TableRules(size=5, min_size=4, max_size=6, team=team)
    first = plan_tables(group, rules, rounds=2)
    shuffled = group[:]
    random.Random(1).shuffle(shuffled)
    assert plan_tables(shuffled, rules, rounds=2) == first


def test_impossible_sizes_are_refused_in_words():
    with pytest.raises(TablesError, match="9 people cannot sit at tables of 5-5; widen the range."):
        plan_tables(people(9, 3), TableRules(size=5, min_size=5, max_size=5))


def _roster(data, lo, hi, tables):
    """A roster that can be seated with every team whole: tables of sizes in [lo, hi], each holding whole
    teams of 2..hi people and people without a team; ids shuffled so the layout is not given away."""
    rows, team_no = [], 0
    for _ in range(tables):
        room = data.draw(st.integers(lo, hi))
        while room:
            k = data.draw(st.integers(1, room))
            if k >= 2:
                rows += [f"T{team_no:02d}"] * k
                team_no += 1
            else:
                rows.append("")
            room -= k
    ids = data.draw(st.permutations(range(1, len(rows) + 1)))
    return [Person(i, f"P{i}", team=t, attributes={"role": ROLES[i % 6]}) for i, t in zip(ids, rows)]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data(), st.integers(3, 7), st.integers(0, 2), st.integers(1, 7), st.integers(1, 3))
def test_together_teams_share_a_table_whenever_they_fit(data, size, spread, tables, rounds):
    lo, hi = max(2, size - spread), size + spread
    group = _roster(data, lo, hi, tables)
    rules = TableRules(size=size, min_size=lo, max_size=hi, mix=("role",), team="together")
    plans = plan_tables(group, rules, rounds=rounds)
    by_id = {p.id: p for p in group}
    teams = {p.team for p in group if p.team}
    seen: set[frozenset] = set()
    for plan in plans:
        assert sorted(i for t in plan.tables for i in t) == sorted(by_id)
        assert all(lo <= len(t) <= hi for t in plan.tables)
        at = {name: {k for k, t in enumerate(plan.tables) for i in t if by_id[i].team == name} for name in teams}
        assert all(len(k) == 1 for k in at.values()), f"a team that fits was split: {at}"
        assert plan.team_breaks == 0 and not any(n.startswith("Teams together") for n in plan.notes)
        mates = tablemates(plan.tables)
        teammates = {p for p in mates if len({by_id[i].team for i in p}) == 1 and by_id[min(p)].team}
        assert plan.repeat_pairs == len((mates & seen) - teammates)
        seen |= mates


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(5, 60), st.integers(3, 7), st.integers(0, 2), st.lists(st.integers(1, 12), max_size=10),
       st.booleans(), st.integers(0, 3))
def test_apart_teams_never_share_a_table_when_that_is_possible(n, size, spread, team_sizes, alike, seed):
    lo, hi = max(2, size - spread), size + spread
    rules = TableRules(size=size, min_size=lo, max_size=hi, mix=("role",), alike="role" if alike else "",
                       team="apart")
    labels = [f"T{k}" for k, c in enumerate(team_sizes) for _ in range(c)][:n]
    labels += [""] * (n - len(labels))
    rng = random.Random(seed)
    rng.shuffle(labels)
    group = [Person(i + 1, f"P{i + 1}", team=t, attributes={"role": rng.choice(ROLES)}) for i, t in enumerate(labels)]
    try:
        plans = plan_tables(group, rules, rounds=2)
    except TablesError:
        return
    count = Counter(labels)
    for plan in plans:
        tables = len(plan.tables)
        for name, c in count.items():
            if not name:
                continue
            per = [sum(1 for i in t if labels[i - 1] == name) for t in plan.tables]
            if c <= tables:
                assert max(per) == 1, f"{name} ({c} people, {tables} tables) shares a table: {per}"
            else:
                assert max(per) - min(per) <= 1, f"{name} is not spread as evenly as it can be: {per}"
                assert any(name in n and "only" in n for n in plan.notes)
        assert bool(plan.notes and any(n.startswith("Teams apart") for n in plan.notes)) == any(
            c > tables for name, c in count.items() if name)


def test_a_team_larger_than_a_table_sits_at_the_fewest_tables_and_is_named():
    group = [Person(i, f"P{i}", team="Lincoln High" if i < 9 else "", attributes={"role": ROLES[i % 6]})
             for i in range(20)]
    [plan] = plan_tables(group, TableRules(size=5, min_size=4, max_size=6, team="together"))
    at = {k for k, t in enumerate(plan.tables) for i in t if i < 9}
    assert len(at) == 2, "9 people at tables of at most 6: two tables, no more"
    assert plan.notes == ("Teams together: Lincoln High has 9 people, more than the 6 a table holds, "
                          "so it sits at 2 tables.",)


def test_teams_that_cannot_all_sit_together_are_named():
    # 3 teams of 4 into 2 tables of 5-7: no two fit at one table, so one team must be cut
    group = [Person(i, f"P{i}", team=f"Team {'ABC'[i // 4]}", attributes={"role": ROLES[i % 6]}) for i in range(12)]
    [plan] = plan_tables(group, TableRules(size=6, min_size=5, max_size=7, team="together"))
    assert all(5 <= len(t) <= 7 for t in plan.tables)
    whole = [name for name in ("Team A", "Team B", "Team C")
             if sum(any(group[i].team == name for i in t) for t in plan.tables) == 1]
    assert len(whole) == 2 and plan.team_breaks == 1
    [split] = {"Team A", "Team B", "Team C"} - set(whole)
    assert plan.notes == (f"Teams together: {split} (4 people) could not sit at one table; tables of 5-7 left no "
                          f"room, so it sits at 2 tables; widen the range to keep it whole.",)
