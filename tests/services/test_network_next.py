"""`convene next`: the next convening from the last (issue 25, item 1), over real files and real migrations."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from app.domain.clock import FakeClock
from app.services.network.next import parse_start
from app.services.network.reading import NetworkError
from app.services.root import Services
from tests.conftest import DEMO_MORNING
from tests.services.network_files import FIXTURES, Opened, build_next, digest, make_demo


@pytest.fixture
def demo_file(tmp_path, data_dir):
    return make_demo(tmp_path / "launch.convene", FakeClock(DEMO_MORNING))


def run_first_items(path: Path, clock: FakeClock, data_dir: Path) -> tuple[str, str]:
    """Run the first item for 52 minutes and the second for 9, with the live timer; their titles."""
    with Opened(path, clock, data_dir) as s:
        day1 = s.workspace.days()[0].id
        first, second = s.agenda.items(day1)[:2]
        s.live.goto(first.id)
        clock.advance(52 * 60 + 10)
        s.live.next()
        clock.advance(9 * 60)
        s.live.stop()
        return first.title, second.title


def test_the_new_file_has_the_roster_protocols_rules_and_agenda_and_the_old_stays_byte_identical(
        demo_file, tmp_path, data_dir):
    clock = FakeClock(DEMO_MORNING)
    with Opened(demo_file, clock, data_dir) as s:
        teams = s.commitments.teams()
        s.pairing.add_do_not_pair(teams[0][0], teams[1][0])
        s.workspace.set_languages("es+en", "bilingual")   # a bilingual room, Spanish first
    before = digest(demo_file)
    side = sorted(p.name for p in demo_file.parent.iterdir())
    new = tmp_path / "spring.convene"
    report = build_next(demo_file, new, clock, days=2)
    assert digest(demo_file) == before
    assert sorted(p.name for p in demo_file.parent.iterdir()) == sorted(side + ["spring.convene"])
    assert any("12 teams and 48 participants" in line for line in report.lines)
    with Opened(demo_file, clock, data_dir) as old_s:
        old = {
            "teams": [(t.name, t.district, t.region, t.level, t.focus) for t in old_s.people.teams()],
            "people": sorted((p.name, p.email, p.role) for p in old_s.people.participants()),
            "lenses": [(lens.name, lens.sensitive) for lens in old_s.talk.lenses()],
            "protocols": sorted((p.name, p.minutes, p.origin) for p in old_s.protocols.all()),
            "criteria": old_s.pairing.criteria(),
            "attributes": sorted(old_s.pairing.attributes()),
            "agenda": [[(i.title, i.kind, i.minutes, i.protocol_name) for i in old_s.agenda.items(d.id)]
                       for d in old_s.workspace.days()],
            "aim": old_s.workspace.details().aim,
            "commitments": sorted((c.team, c.change) for c in old_s.commitments.commitments()),
        }
    with Opened(new, clock, data_dir) as s:
        details = s.workspace.details()
        assert details.title == "Spring Convening"
        assert [d.date.isoformat() for d in details.days] == ["2027-04-15", "2027-04-16"]
        assert details.aim == old["aim"]
        assert (s.workspace.languages().projector, s.workspace.languages().handout) == ("es+en", "bilingual")
        assert [(t.name, t.district, t.region, t.level, t.focus) for t in s.people.teams()] == old["teams"]
        assert sorted((p.name, p.email, p.role) for p in s.people.participants()) == old["people"]
        assert [(lens.name, lens.sensitive) for lens in s.talk.lenses()] == old["lenses"]
        assert sorted((p.name, p.minutes, p.origin) for p in s.protocols.all()) == old["protocols"]
        assert s.pairing.criteria() == old["criteria"]
        assert sorted(s.pairing.attributes()) == old["attributes"]
        names = dict(s.commitments.teams())
        assert [(names[a], names[b]) for a, b in s.pairing.do_not_pair()] == [(teams[0][1], teams[1][1])]
        assert [[(i.title, i.kind, i.minutes, i.protocol_name) for i in s.agenda.items(d.id)]
                for d in s.workspace.days()] == old["agenda"]
        carried = s.commitments.commitments(carried=True)
        assert sorted((c.team, c.change) for c in carried) == old["commitments"]
        assert all(c.source.startswith("Open Doors to Aid") and c.status == "" for c in carried)
        assert s.pairing.rounds() == []  # last time's rounds are history here, not rounds of this convening
        assert s.agenda.suggested.minutes() == {}  # nothing ran in the demo


def test_how_long_items_ran_is_suggested_beside_the_plan_and_applied_only_on_purpose_with_undo(
        demo_file, tmp_path, data_dir):
    clock = FakeClock(DEMO_MORNING)
    first, second = run_first_items(demo_file, clock, data_dir)
    new = tmp_path / "spring.convene"
    build_next(demo_file, new, clock)
    with Opened(new, clock, data_dir) as s:
        day1 = s.workspace.days()[0].id
        items = s.agenda.items(day1)
        planned = {i.title: i.minutes for i in items}
        suggested = {i.title: s.agenda.suggested.minutes()[i.id] for i in items if i.id in s.agenda.suggested.minutes()}
        assert suggested == {first: 52, second: 9}
        assert items[0].minutes == planned[first] != 52   # never applied by itself
        assert s.agenda.suggested.apply(day1) == 2
        after = {i.title: i.minutes for i in s.agenda.items(day1)}
        assert after[first] == 52 and after[second] == 9
        assert s.agenda.suggested.differing(day1) == {}
        s.agenda.undo()
        assert {i.title: i.minutes for i in s.agenda.items(day1)} == planned
        # a renamed item no longer claims the suggestion (it may be a different item now)
        from dataclasses import replace

        from app.ui.agenda.items_model import item_data
        s.agenda.update_item(items[0].id, replace(item_data(items[0]), title="Something else"))
        assert items[0].id not in s.agenda.suggested.minutes()


def pair_sets(s: Services) -> list[frozenset[str]]:
    return [frozenset(g.names) for r in s.pairing.rounds() for g in r.groups]


def test_three_convenings_in_a_row_never_repeat_a_pair_while_that_can_be_avoided(demo_file, tmp_path, data_dir):
    clock = FakeClock(DEMO_MORNING)
    files = [demo_file, tmp_path / "spring.convene", tmp_path / "summer.convene"]
    build_next(files[0], files[1], clock, "Spring", "2027-04-15")
    with Opened(files[1], clock, data_dir) as s:
        s.pairing.compute_rounds(2)
    build_next(files[1], files[2], clock, "Summer", "2027-07-01")
    with Opened(files[2], clock, data_dir) as s:
        s.pairing.compute_rounds(2)
    seen: list[frozenset[str]] = []
    for f in files:
        with Opened(f, clock, data_dir) as s:
            seen += pair_sets(s)
    assert len(seen) == 6 * 6  # 12 teams: 6 pairs a round, 2 rounds a convening, 3 convenings
    assert len(set(seen)) == len(seen), "a pair met twice across the year"


def test_new_tables_avoid_last_time_s_tablemates(demo_file, tmp_path, data_dir):
    from app.services.pairing.tables import TableRules

    clock = FakeClock(DEMO_MORNING)
    rules = TableRules(size=6, min_size=5, max_size=7, mix=("role",), alike="", team="apart")
    with Opened(demo_file, clock, data_dir) as s:
        s.pairing.tables.compute(rules, 2)
        old_people = {p.id: p.name for p in s.people.participants()}
        old_pairs = {frozenset((old_people[a], old_people[b])) for r in s.pairing.tables.rounds() for t in r.tables
                     for a in t.person_ids for b in t.person_ids if a < b}
    new = tmp_path / "spring.convene"
    report = build_next(demo_file, new, clock)
    assert any("2 earlier rounds of tables" in line for line in report.lines)
    with Opened(new, clock, data_dir) as s:
        assert s.pairing.tables.rounds() == []
        planned = s.pairing.tables.compute(rules, 1)
        names = {p.id: p.name for p in s.people.participants()}
        new_pairs = {frozenset((names[a], names[b])) for t in planned[0].tables
                     for a in t.person_ids for b in t.person_ids if a < b}
    assert not new_pairs & old_pairs


def test_refusals_say_one_sentence_and_write_nothing(demo_file, tmp_path, data_dir):
    clock = FakeClock(DEMO_MORNING)
    existing = tmp_path / "taken.convene"
    existing.write_bytes(b"mine")
    with pytest.raises(NetworkError, match=r"^taken.convene already exists; choose another name"):
        build_next(demo_file, existing, clock)
    assert existing.read_bytes() == b"mine"
    with pytest.raises(NetworkError, match=r"^Start date: “15/04/2027” is not a date; write it as YYYY-MM-DD"):
        parse_start("15/04/2027")
    with pytest.raises(NetworkError, match="^Start date"):
        parse_start("2027-02-30")
    new = tmp_path / "new.convene"
    corrupt = tmp_path / "corrupt.convene"
    data = bytearray(demo_file.read_bytes())
    data[5000:9000] = b"\xff" * 4000
    corrupt.write_bytes(bytes(data))
    newer = tmp_path / "newer.convene"
    shutil.copyfile(demo_file, newer)
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    for bad, said in ((corrupt, "Cannot open “corrupt.convene”: it is damaged"),
                      (newer, "Cannot open “newer.convene”: it was saved by a newer version of Convene"),
                      (tmp_path / "gone.convene", "Cannot open “gone.convene”: the file does not exist.")):
        before = digest(bad) if bad.exists() else None
        with pytest.raises(NetworkError) as caught:
            build_next(bad, new, clock)
        assert str(caught.value).startswith(said)
        assert "\n" not in str(caught.value)
        assert not new.exists()
        assert (digest(bad) if bad.exists() else None) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".convene") == [
        "corrupt.convene", "launch.convene", "newer.convene", "taken.convene"]


def test_a_file_of_an_older_revision_is_read_through_an_upgraded_copy(tmp_path, data_dir):
    clock = FakeClock(DEMO_MORNING)
    old = tmp_path / "0007.convene"
    shutil.copyfile(FIXTURES / "0007.convene", old)
    before = digest(old)
    new = tmp_path / "next.convene"
    build_next(old, new, clock, days=1)
    assert digest(old) == before
    with sqlite3.connect(f"{old.as_uri()}?mode=ro", uri=True) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0007"
    with Opened(new, clock, data_dir) as s:
        assert len(s.workspace.days()) == 1
        assert s.people.teams()  # the fixture's roster came across


def test_stopping_part_way_leaves_nothing_at_the_new_name(demo_file, tmp_path):
    from app.services.core.jobs import Cancelled, CancelToken, drive
    from app.services.network.next import NextRequest, next_job

    clock = FakeClock(DEMO_MORNING)
    new = tmp_path / "spring.convene"
    token = CancelToken()
    labels: list[str] = []

    def progress(p) -> None:
        labels.append(p.label)
        if p.label == "Carrying the commitments":
            token.cancel()

    with pytest.raises(Cancelled):
        drive(next_job(NextRequest(demo_file, new, "Spring", parse_start("2027-04-15")), clock), token, progress)
    assert labels[-1] == "Carrying the commitments"
    assert not new.exists()
    assert sorted(p.name for p in tmp_path.iterdir() if "spring" in p.name) == []
