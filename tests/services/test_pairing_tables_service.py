"""Tables over the demo's participants: stored at once, no repeat tablemates across rounds, CSV."""

from __future__ import annotations

import csv
import io
import sqlite3
from itertools import combinations

import pytest

from app.services.core.changes import PairingChanged
from app.services.pairing.tables import TableRules, TablesError, TablesService


@pytest.fixture
def tables(demo_services) -> TablesService:
    return demo_services.pairing.tables


@pytest.fixture
def subs(demo_services):
    """An owner of the test's own subscriptions, closed before the services' leak check."""
    owner = demo_services.workspace.bus.owner("test")
    yield owner
    owner.close()


def test_rounds_of_tables_are_stored_and_never_repeat_tablemates(tables, subs):
    heard = []
    subs.on(PairingChanged, lambda change: heard.append(change.what))
    rules = TableRules(size=6, min_size=5, max_size=7, mix=("role",), team="apart")
    planned = tables.compute(rules, rounds=2)
    assert "tables" in heard
    seen = set()
    for r in planned:
        assert all(5 <= len(t.person_ids) <= 7 for t in r.tables)
        assert r.quality[0] == "0 repeat tablemate pairs"
        mates = {frozenset(p) for t in r.tables for p in combinations(t.person_ids, 2)}
        assert not mates & seen
        seen |= mates
    # a third round, planned later, still avoids both earlier ones
    [third] = tables.compute(rules, rounds=1)
    assert not {frozenset(p) for t in third.tables for p in combinations(t.person_ids, 2)} & seen
    assert [r.title for r in tables.rounds()] == ["Tables 1", "Tables 2", "Tables 3"]
    count = sqlite3.connect(tables.ws.store.path).execute("SELECT count(DISTINCT round_id) FROM seat").fetchone()
    assert count == (3,), "committed: another connection sees every round"


def test_table_summary_and_csv(tables):
    [r] = tables.compute(TableRules(size=6, min_size=5, max_size=7))
    assert all(t.summary.endswith(("roles", "role")) and "school" in t.summary for t in r.tables)
    rows = list(csv.DictReader(io.StringIO(tables.as_csv([r]))))
    assert list(rows[0]) == ["round", "table", "participant", "team", "role"]
    assert len(rows) == sum(len(t.person_ids) for t in r.tables)


def test_impossible_sizes_say_what_to_change(tables):
    with pytest.raises(TablesError, match="widen the range"):
        tables.compute(TableRules(size=13, min_size=13, max_size=13))  # 48 people: 3 tables hold 39, 4 need 52



def test_tables_after_a_single_round_are_numbered_two_and_keep_their_day(tables):
    day1, day2 = [d.id for d in tables.ws.days()]
    [a] = tables.compute(TableRules(), 1, day_id=day2)
    [b] = tables.compute(TableRules(), 1)
    assert (a.number, b.number) == (1, 2), "the second round was numbered 1 again"
    assert (a.day_label, b.day_label) == ("Day 2", "No day")
    assert [r.id for r in tables.rounds(day_id=day2)] == [a.id] and tables.rounds(day_id=day1) == []
    tables.set_day(b.id, day1)
    assert [r.id for r in tables.rounds(day_id=day1)] == [b.id]


def _team_tables(record, tables):
    with tables.ws.store.read() as s:
        teams = {p.id: p.team for p in tables._people(s)}
    spots: dict[str, set[int]] = {}
    for t in record.tables:
        for pid in t.person_ids:
            spots.setdefault(teams[pid], set()).add(t.number)
    return spots


def test_teams_kept_together_sit_at_one_table_when_they_fit(tables):
    # the demo's 12 schools of 4 people: tables of 8 hold two whole schools each
    [r] = tables.compute(TableRules(size=8, min_size=8, max_size=8, mix=("role",), team="together"))
    assert all(len(at) == 1 for at in _team_tables(r, tables).values())
    assert r.notes == () and r.quality[:2] == ("0 repeat tablemate pairs (teammates aside)", "team rule broken 0 times")


def test_a_team_rule_that_cannot_be_met_is_stored_in_words(tables):
    # tables of 5-7 cannot hold two schools of 4, and 12 tables would need 60 people: some schools are cut
    [r] = tables.compute(TableRules(size=6, min_size=5, max_size=7, mix=("role",), team="together"))
    cut = sorted(name for name, at in _team_tables(r, tables).items() if len(at) > 1)
    assert cut and all(5 <= len(t.person_ids) <= 7 for t in r.tables)
    assert [n.split(" (")[0] for n in r.notes] == [f"Teams together: {name}" for name in cut]
    assert all(n.endswith("left no room, so it sits at 2 tables; widen the range to keep it whole.") for n in r.notes)
    assert tables.rounds()[-1].notes == r.notes, "the sentences are kept with the round"


def test_role_is_offered_once_even_with_a_role_lens(tables):
    # the demo has a talk lens "Role" taken from each person's role: the page showed "Role" twice
    assert tables.mix_options() == ["role", "Race/ethnicity", "Years in the network"]
