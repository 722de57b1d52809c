"""The pairing service over a real migrated file: criteria, rules, rounds, locks, swaps, history, CSV."""

from __future__ import annotations

import csv
import io
import sqlite3
from itertools import combinations

import pytest

from app.domain.pairing import Criterion
from app.services.core.changes import PairingChanged
from app.services.core.workspace import Workspace
from app.services.pairing.service import PairingError, PairingService
from app.services.people.records import TeamData
from app.services.root import Services

TEAMS = [
    ("Roosevelt High", "Fresno USD", "FAFSA completion"),
    ("Lincoln High", "Fresno USD", "math identity"),
    ("Kennedy High", "Oakland USD", "FAFSA completion"),
    ("Edison Middle", "Oakland USD", "math identity"),
    ("Hoover High", "Clovis USD", "FAFSA completion"),
    ("Sunnyside High", "Clovis USD", "math identity"),
]


@pytest.fixture
def pairing(services) -> PairingService:
    people = services.people
    for name, district, focus in TEAMS:
        people.add_team(TeamData(name, district=district, focus=focus))
    service = services.pairing
    service.set_criteria([Criterion("focus", "same", 3), Criterion("district", "different", 2)])
    return service


@pytest.fixture
def subs(services):
    """An owner of the test's own subscriptions, closed before the services' leak check."""
    owner = services.workspace.bus.owner("test")
    yield owner
    owner.close()


def _ids(services: Services):
    return {t.name: t.id for t in services.people.teams()}


def _pairs(record):
    return {frozenset(g.names) for g in record.groups}


def test_a_round_is_stored_with_reasons_and_announced(pairing, subs):
    heard = []
    subs.on(PairingChanged, lambda change: heard.append(change.what))
    [r] = pairing.compute_rounds(1)
    assert r.title == "Round 1" and len(r.groups) == 3
    # Three FAFSA and three math teams, one of each per district: two same-focus pairs and one mixed pair.
    assert sorted(g.score for g in r.groups) == [2, 5, 5]
    for g in r.groups:
        want = "different districts; first time together"
        assert g.reason == want or (g.reason.startswith("both working on ") and g.reason.endswith(want))
    assert "rounds" in heard
    # committed: a second connection sees it
    rows = sqlite3.connect(pairing.ws.store.path).execute("SELECT count(*), sum(score) FROM pair").fetchone()
    assert rows == (3, 12)


def test_four_rounds_planned_at_once_never_repeat_and_survive_reopening(pairing, tmp_path, data_dir, clock):
    planned = pairing.compute_rounds(4)
    seen = set()
    for r in planned:
        assert not r.problems
        for g in r.groups:
            for p in combinations(sorted(g.names), 2):
                assert p not in seen
                seen.add(p)
    path = pairing.ws.store.path
    pairing.ws.close()
    ws = Workspace(clock, data_dir)
    ws.open(path)
    try:
        with Services(ws) as services:
            again = services.pairing.rounds()
            assert [(_pairs(r), r.title) for r in again] == [(_pairs(r), r.title) for r in planned]
    finally:
        ws.close()


def test_the_sixth_round_of_six_teams_says_a_repeat_is_needed(pairing):
    planned = pairing.compute_rounds(6)
    # Six teams make 15 different pairs, three per round: five rounds at most without a repeat.
    last = planned[5]
    assert last.problems and last.problems[0].startswith("Round 6: Never repeating a pair is not possible this round:")
    assert "This round repeats 3 pairs, the fewest possible for this round, oldest first" in last.problems[0]
    assert last.problems[1] == ("No plan of these 6 rounds avoids every repeat: each of the 6 teams can meet "
                                "only 5 new teams, fewer than the 6 rounds. This plan repeats 3 pairs in all, and no "
                                "plan can have fewer (counted from the new partners each team has left); the oldest "
                                "pairs were chosen where the search could.")
    assert _pairs(last) == _pairs(planned[0]), "the repeats are the oldest pairs: round 1's"
    assert all(not r.problems for r in planned[:5])
    assert pairing.rounds()[5].problems == last.problems, "the statement is kept in the file"


def test_lock_then_resolve_keeps_the_locked_pair(pairing, services):
    ids = _ids(services)
    [r] = pairing.compute_rounds(1)
    # Lock one pair that the solver would not choose, then re-solve: the lock stays, the rest is best around it.
    forced = frozenset({"Roosevelt High", "Lincoln High"})  # same district, different focus: score 0
    assert forced not in _pairs(r)
    r = pairing.swap(r.id, ids["Lincoln High"], next(i for g in r.groups if ids["Roosevelt High"] in g.team_ids
                                                     for i in g.team_ids if i != ids["Roosevelt High"]))
    assert forced in _pairs(r)
    for g in r.groups:
        pairing.set_locked(g.pair_id, frozenset(g.names) == forced)
    r2 = pairing.resolve(r.id)
    assert [frozenset(g.names) for g in r2.groups if g.locked] == [forced]
    # Around the lock: Kennedy/Hoover (FAFSA, Oakland/Clovis) and Edison/Sunnyside (math) score 5 each.
    assert _pairs(r2) == {forced, frozenset({"Kennedy High", "Hoover High"}), frozenset({"Edison Middle", "Sunnyside High"})}


def test_unlocking_and_resolving_restores_the_best_round(pairing, services):
    ids = _ids(services)
    [r] = pairing.compute_rounds(1)
    best = _pairs(r)
    other = next(g for g in r.groups if ids["Roosevelt High"] not in g.team_ids)
    r = pairing.swap(r.id, ids["Roosevelt High"], other.team_ids[0])
    assert _pairs(r) != best
    assert sum(g.score for g in r.groups) < 15
    for g in r.groups:
        pairing.set_locked(g.pair_id, False)
    assert _pairs(pairing.resolve(r.id)) == best


def test_swap_refuses_a_do_not_pair(pairing, services):
    ids = _ids(services)
    [r] = pairing.compute_rounds(1)
    a = ids["Roosevelt High"]
    partner = next(i for g in r.groups if a in g.team_ids for i in g.team_ids if i != a)
    other = next(g for g in r.groups if a not in g.team_ids)
    pairing.add_do_not_pair(partner, other.team_ids[0])
    with pytest.raises(PairingError, match="do-not-pair"):
        pairing.swap(r.id, a, other.team_ids[0])


def test_absent_and_do_not_pair_are_respected(pairing, services):
    ids = _ids(services)
    pairing.set_absent(ids["Hoover High"], True)
    pairing.add_do_not_pair(ids["Roosevelt High"], ids["Kennedy High"])
    [r] = pairing.compute_rounds(1)
    placed = [n for g in r.groups for n in g.names]
    assert "Hoover High" not in placed and len(placed) == 5
    assert sum(len(g.team_ids) == 3 for g in r.groups) == 1, "five teams: one trio"
    assert all(not {"Roosevelt High", "Kennedy High"} <= set(g.names) for g in r.groups)


def test_history_from_an_earlier_convening_is_not_repeated(pairing, tmp_path, data_dir, clock):
    [first] = pairing.compute_rounds(1)
    old = tmp_path / "last-year.convene"
    pairing.ws.save_as(old)  # the earlier convening is this one as it was
    pairing.ws.close()
    ws = Workspace(clock, data_dir)
    ws.new(tmp_path / "this-year.convene", __import__("tests.conftest", fromlist=["sample_details"]).sample_details())
    services = Services(ws)
    try:
        people = services.people
        for name, district, focus in TEAMS[:5] + [("Newcomer Academy", "Madera USD", "FAFSA completion")]:
            people.add_team(TeamData(name, district=district, focus=focus))
        service = services.pairing
        service.set_criteria([Criterion("focus", "same", 3), Criterion("district", "different", 2)])
        report = service.import_history(old)
        assert report.unknown == ("Sunnyside High",)
        assert report.added == 2
        [r] = service.compute_rounds(1)
        earlier = {p for p in _pairs(first) if "Sunnyside High" not in p}
        assert not earlier & _pairs(r)
        before = sqlite3.connect(old).execute("SELECT count(*) FROM pairing_history").fetchone()
        assert before == (0,), "the earlier file is only read"
    finally:
        services.close()
        ws.close()


def test_history_from_a_csv(pairing, tmp_path, services):
    ids = _ids(services)
    path = tmp_path / "earlier.csv"
    path.write_text("team_a,team_b,team_c,round\nRoosevelt High,Kennedy High,,1\nLincoln High,Edison Middle,,1\n"
                    "Hoover High,Sunnyside High,,1\n", encoding="utf-8")
    report = pairing.import_history(path)
    assert report.added == 3 and not report.unknown
    [r] = pairing.compute_rounds(1)
    assert not _pairs(r) & {frozenset({"Roosevelt High", "Kennedy High"}), frozenset({"Lincoln High", "Edison Middle"})}
    assert ids  # teams exist
    bad = tmp_path / "bad.csv"
    bad.write_text("school,other\nx,y\n", encoding="utf-8")
    with pytest.raises(PairingError, match="bad.csv: it needs the columns team_a and team_b"):
        pairing.import_history(bad)


def test_csv_has_the_promised_columns(pairing):
    rounds = pairing.compute_rounds(2)
    rows = list(csv.DictReader(io.StringIO(pairing.as_csv(rounds))))
    assert list(rows[0]) == ["round", "team_a", "team_b", "team_c", "score", "reason"]
    assert [r["round"] for r in rows] == ["1"] * 3 + ["2"] * 3


def test_criteria_are_checked_and_kept(pairing, services):
    with pytest.raises(PairingError, match="Focus is listed twice"):
        pairing.set_criteria([Criterion("focus", "same", 1), Criterion("focus", "different", 1)])
    assert pairing.criteria() == [Criterion("focus", "same", 3), Criterion("district", "different", 2)]
    pairing.set_team_attribute(_ids(services)["Roosevelt High"], "county", "Fresno")
    assert pairing.attributes()[-1] == "county"


def test_the_demo_has_criteria_and_a_round_for_each_day(demo_services):
    service = demo_services.pairing
    assert [c.attribute for c in service.criteria()] == ["focus area", "district", "level"]
    rounds = service.rounds()
    assert [r.title for r in rounds] == ["Day 1 · Buddy schools", "Day 2 · Buddy schools"]
    assert all(len(r.groups) == 6 for r in rounds)
    assert not _pairs(rounds[0]) & _pairs(rounds[1])
    assert any("same focus area: " in g.reason for g in rounds[0].groups)


def test_a_round_after_a_single_round_is_numbered_two(pairing):
    # The next position was `max or -1`: with one round (position 0) the next one was numbered 1 again.
    [first] = pairing.compute_rounds(1)
    [second] = pairing.compute_rounds(1)
    assert (first.number, second.number) == (1, 2)
    assert [r.title for r in pairing.rounds()] == ["Round 1", "Round 2"]



def test_rounds_are_tied_to_the_day_chosen_and_can_move(demo_services, demo_workspace):
    pairing = demo_services.pairing
    day1, day2 = [d.id for d in demo_workspace.days()]
    [r] = pairing.compute_rounds(1, day_id=day2)
    assert (r.day_id, r.day_label) == (day2, "Day 2")
    assert [x.title for x in pairing.rounds(day_id=day2)] == ["Day 2 · Buddy schools", "Round 3"]
    pairing.set_day(r.id, None)
    assert pairing.rounds()[-1].day_label == "No day"
    with pytest.raises(PairingError, match="Day: that day is no longer in the convening"):
        pairing.compute_rounds(1, day_id=999)


# -- earlier pairs: the same 20 MB limit as the other CSVs, and a short report -------------------------

MB = 1024 * 1024


def _stored_history(services: Services) -> int:
    """How many earlier pairs the open file holds."""
    from sqlalchemy import func, select

    from app.store import models as m

    with services.workspace.require().read() as s:
        return s.scalar(select(func.count()).select_from(m.PairingHistory)) or 0


def test_a_history_file_over_20_mb_is_refused_in_one_sentence_and_nothing_is_brought_in(pairing, services, tmp_path):
    # 50 MB of team names once stored 892,238 rows and made every later `convene pair` take 20 s.
    big = tmp_path / "big.csv"
    with big.open("w", encoding="utf-8") as fh:
        fh.write("team_a,team_b,round\nRoosevelt High,Kennedy High,1\n")
        fh.write("\n" * (21 * MB))
    with pytest.raises(PairingError) as info:
        pairing.import_history(big)
    said = str(info.value)
    assert said == "big.csv is 21 MB, over the 20 MB limit for a file of earlier pairs; nothing was brought in."
    assert _stored_history(services) == 0


def test_an_earlier_convening_over_20_mb_is_refused_too(pairing, services, tmp_path):
    pairing.compute_rounds(1)
    old = tmp_path / "last-year.convene"
    services.workspace.require().copy_to(old)
    with old.open("r+b") as fh:
        fh.truncate(21 * MB)  # SQLite reads it as before: the pages past its size are not looked at
    with pytest.raises(PairingError, match=r"^last-year.convene is 21 MB, over the 20 MB limit"):
        pairing.import_history(old)
    assert _stored_history(services) == 0


def test_a_history_of_more_pairs_than_any_convening_holds_is_refused(pairing, services, tmp_path):
    many = tmp_path / "many.csv"
    many.write_text("team_a,team_b,round\n" + "Roosevelt High,Kennedy High,1\n" * 20_001, encoding="utf-8")
    with pytest.raises(PairingError, match=r"^many.csv holds more than 20,000 pairs"):
        pairing.import_history(many)
    assert _stored_history(services) == 0


def test_rows_with_teams_not_in_this_convening_are_summarised_in_one_short_line(pairing, tmp_path):
    path = tmp_path / "other-network.csv"
    rows = ["team_a,team_b,round", "Roosevelt High,Kennedy High,1", "Lincoln High,Nowhere Prep,1"]
    rows += [f"Unknown School {n:05},Other School {n:05},2" for n in range(4_500)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    report = pairing.import_history(path)
    assert report.added == 1
    first, second = report.lines()
    assert first == "Brought in 1 earlier pair from other-network.csv."
    assert second == ("Skipped 4,501 rows with teams not in this convening: Nowhere Prep, Other School 00000, "
                      "Other School 00001, Other School 00002, Other School 00003 and 8,996 more.")
