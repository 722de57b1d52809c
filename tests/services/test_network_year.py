"""`convene network FOLDER`: the year across convening files (issue 25, item 5), over real files built with
`convene next` from the demo; every file only read."""

from __future__ import annotations

import csv
import io
import shutil
import sqlite3
from pathlib import Path

import pytest

from app.cli import run
from app.domain.clock import FakeClock
from app.services.network.service import NetworkError, NetworkService, parse_same
from app.services.pairing.tables import TableRules
from tests.conftest import DEMO_MORNING
from tests.services.network_files import FIXTURES, Opened, build_next, digest, make_demo

LOOK = Path("/tmp/convene-look")
TABLES = TableRules(size=6, min_size=5, max_size=7, mix=("role",), alike="", team="apart")


def folder_state(folder: Path) -> dict[str, str]:
    """Every file in the folder (side files included) and its content's digest."""
    return {p.name: digest(p) for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture(scope="module")
def year_folder(tmp_path_factory) -> Path:
    """Three convenings: the demo (launch), then spring and summer each built with `convene next` from the last,
    with their own rounds; a commitment reviewed in spring; the files closed."""
    root = tmp_path_factory.mktemp("network")
    data = root / "data"
    folder = root / "year"
    folder.mkdir()
    clock = FakeClock(DEMO_MORNING)
    launch = make_demo(folder / "1 launch.convene", clock)
    with Opened(launch, clock, data) as s:
        s.pairing.tables.compute(TABLES, 1)
    spring, summer = folder / "2 spring.convene", folder / "3 summer.convene"
    build_next(launch, spring, clock, "Spring Convening", "2027-04-15")
    with Opened(spring, clock, data) as s:
        s.pairing.compute_rounds(2)
        s.pairing.tables.compute(TABLES, 1)
        first = s.commitments.commitments(carried=True)[0]
        s.commitments.set_status(first.id, "done", "Seniors came when the night was inside seminar")
    build_next(spring, summer, clock, "Summer Institute", "2027-07-01", days=1)
    with Opened(summer, clock, data) as s:
        s.pairing.compute_rounds(1)
        s.pairing.tables.compute(TABLES, 1)
    return folder


def expected_rows(folder: Path, data: Path) -> tuple[list[list[str]], list[list[str]]]:
    """pairs.csv and commitments.csv rows, read independently through each file's own services."""
    from app.domain.commitments.model import STATUS_WORDS
    from app.services.commitments.service import source_title

    pairs, commitments = [], []
    clock = FakeClock(DEMO_MORNING)
    for f in sorted(folder.glob("*.convene")):
        with Opened(f, clock, data) as s:
            d = s.workspace.details()
            label = source_title(d.title, d.days[0].date)
            for r in s.pairing.rounds():
                for g in r.groups:
                    pairs.append([label, r.title, *g.names, *[""] * (3 - len(g.names))])
            by_team: dict[int, list] = {}
            for c in s.commitments.commitments():
                by_team.setdefault(c.team_id, []).append(c)
            for team_id in sorted(by_team):   # the file's team order, then as entered
                for c in sorted(by_team[team_id], key=lambda c: c.id):
                    commitments.append([label, c.team, c.change, STATUS_WORDS[c.status], c.source])
    return pairs, commitments


def read_csv(path: Path) -> list[list[str]]:
    text = path.read_bytes().decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:], newline="")))


def test_the_network_csvs_are_exact_and_every_file_stays_byte_identical(year_folder, tmp_path, capsys):
    before = folder_state(year_folder)
    out = tmp_path / "csv"
    assert run(["network", str(year_folder), "--csv", str(out)]) == 0
    assert folder_state(year_folder) == before   # nothing changed, nothing left beside the files
    said = capsys.readouterr().out
    assert "Spring Convening (15 April 2027): 2 spring.convene, 12 teams, 48 participants" in said
    pairs, commitments = expected_rows(year_folder, tmp_path / "data")
    assert read_csv(out / "pairs.csv") == [["convening", "round", "team_a", "team_b", "team_c"], *pairs]
    assert len(pairs) == 6 * 5   # 2 + 2 + 1 rounds of 6 pairs
    assert read_csv(out / "commitments.csv") == [["convening", "team", "change", "status", "carried_from"],
                                                 *commitments]
    done = [r for r in commitments if r[3] == "done"]
    assert len(done) == 1 and done[0][0] == "Spring Convening (15 April 2027)"
    assert done[0][4] == "Open Doors to Aid — Launch Intensive (21 January 2027)"
    talk = read_csv(out / "talk.csv")
    assert talk[0] == ["convening", "lens", "group", "share_of_people", "share_of_talk"]
    assert {r[0] for r in talk[1:]} == {"Open Doors to Aid — Launch Intensive (21 January 2027)"}  # only it tracked talk
    assert {r[1] for r in talk[1:]} == {"Role", "Race/ethnicity", "Years in the network"}
    role = [r for r in talk[1:] if r[1] == "Role"]   # one value a person: the shares add up to the whole
    assert abs(sum(float(r[3]) for r in role) - 1) < 0.01 and abs(sum(float(r[4]) for r in role) - 1) < 0.01
    # at most 48 people in the conversations: a share of people under 5/48 would be a group under k
    assert all(float(r[3]) * 48 >= 4.99 for r in talk[1:] if r[3]), talk


def test_pairs_never_repeat_across_the_three_convenings(year_folder):
    year = NetworkService(FakeClock(DEMO_MORNING)).year(year_folder)
    assert [c.title for c in year.convenings] == ["Open Doors to Aid — Launch Intensive", "Spring Convening",
                                                  "Summer Institute"]
    met = year.met()
    assert len(met) == 30 and all(len(v) == 1 for v in met.values())
    assert len(year.never_met()) == 66 - 30
    # tablemates too: three rounds of tables of about 6, one a convening, and nobody sat with anyone twice
    assert len({t.convening for t in year.tables}) == 3
    assert all(n == 1 for n in year.tablemates().values())
    each = year.tablemates_of()
    assert len(each) == 48 and all(12 <= sat <= 18 and sat + never == 47 for sat, never in each.values())


def test_talk_groups_under_k_are_never_shown(tmp_path, data_dir):
    """A convening whose every group of a lens is under 5 people says so, with no shares."""
    folder = tmp_path / "year"
    folder.mkdir()
    clock = FakeClock(DEMO_MORNING)
    f = make_demo(folder / "launch.convene", clock)
    with Opened(f, clock, data_dir) as s:
        lens = s.talk.add_lens("Favourite colour")
        for n, p in enumerate(s.people.participants()):   # 12 colours of 4 people each
            s.talk.set_values(p.id, lens, [f"colour {n % 12}"])
    year = NetworkService(clock).year(folder)
    rows = [t for t in year.talk if t.lens == "Favourite colour"]
    assert len(rows) == 1 and rows[0].suppressed and rows[0].share_of_talk is None


def test_spellings_match_by_the_forgiving_key_and_by_what_was_said(year_folder, tmp_path, data_dir):
    folder = tmp_path / "year"
    shutil.copytree(year_folder, folder)
    with sqlite3.connect(folder / "3 summer.convene") as conn:
        conn.execute("UPDATE team SET name = 'RIVERBEND  high school.' WHERE name = 'Riverbend High School'")
        conn.execute("UPDATE team SET name = 'Westlake Acad' WHERE name = 'Westlake Academy'")
    conn.close()
    service = NetworkService(FakeClock(DEMO_MORNING))
    year = service.year(folder)
    assert "RIVERBEND  high school." in year.teams and "Riverbend High School" not in year.teams  # one team, latest spelling
    assert {"Westlake Acad", "Westlake Academy"} <= set(year.teams)   # not the same key: two teams
    joined = service.year(folder, parse_same(["Westlake Academy = Westlake Acad"]))
    assert "Westlake Academy" not in joined.teams and len(joined.teams) == 12
    assert ("Westlake Acad", ("Westlake Academy",)) in joined.merged
    with pytest.raises(NetworkError, match="^--same “Westlake”: write two spellings"):
        parse_same(["Westlake"])


def test_files_of_every_older_revision_are_read_through_upgraded_copies(tmp_path):
    folder = tmp_path / "old"
    shutil.copytree(FIXTURES, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    before = folder_state(folder)
    year = NetworkService(FakeClock(DEMO_MORNING)).year(folder)
    assert folder_state(folder) == before
    assert not year.skipped, year.skipped
    assert sorted(c.revision for c in year.convenings) == sorted(p.stem for p in folder.glob("*.convene"))


def test_a_damaged_file_is_skipped_with_its_sentence_and_the_rest_are_read(year_folder, tmp_path, capsys):
    folder = tmp_path / "year"
    shutil.copytree(year_folder, folder)
    bad = folder / "0 damaged.convene"
    data = bytearray((folder / "1 launch.convene").read_bytes())
    data[5000:9000] = b"\xff" * 4000
    bad.write_bytes(bytes(data))
    assert run(["network", str(folder)]) == 0
    err = capsys.readouterr().err
    assert "Skipped 0 damaged.convene: Cannot open “0 damaged.convene”: it is damaged" in err
    assert run(["network", str(tmp_path / "nowhere")]) == 1
    assert "is not a folder" in capsys.readouterr().err
    empty = tmp_path / "empty"
    empty.mkdir()
    assert run(["network", str(empty)]) == 1
    assert "holds no convening files" in capsys.readouterr().err


def test_the_year_in_review_pdf_shared_and_facilitator(year_folder, tmp_path):
    from pypdf import PdfReader

    shared, private = tmp_path / "year.pdf", tmp_path / "year-facilitator.pdf"
    before = folder_state(year_folder)
    assert run(["network", str(year_folder), "--pdf", str(shared)]) == 0
    assert run(["network", str(year_folder), "--pdf", str(private), "--private"]) == 0
    assert folder_state(year_folder) == before
    texts = {}
    for path in (shared, private):
        reader = PdfReader(str(path))
        texts[path] = " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)
        assert len(reader.pages) >= 3
    s, f = texts[shared], texts[private]
    for heading in ("The year in review", "Buddy schools across the year", "Not yet buddy schools",
                    "Commitments and what became of them", "PDSA cycles and learning", "The measures across the year",
                    "Bright spots", "Talk balance per lens"):
        assert heading in s and heading in f
    for empty in ("No PDSA cycles were recorded this year.", "No measure values were reported this year."):
        assert empty in s and empty in f   # the demo's year has none: each section says so
    assert "Shared version" in s and "Facilitator version" in f
    assert "Summer Institute" in s and "Riverbend High School" in s
    assert "Seniors came when the night was inside seminar" in f and "Seniors came when" not in s
    assert "Who each person has met at tables" in f and "Who each person has met at tables" not in s
    with Opened(year_folder / "1 launch.convene", FakeClock(DEMO_MORNING), tmp_path / "data") as svc:
        names = [p.name for p in svc.people.participants()]
    assert any(n in f for n in names) and not any(n in s for n in names)   # no person named in the shared one
    LOOK.mkdir(parents=True, exist_ok=True)
    for path in (shared, private):
        shutil.copyfile(path, LOOK / path.name)


def test_a_capability_adds_its_own_csv_of_the_year_with_one_entry(year_folder, tmp_path, monkeypatch):
    """A capability's own CSV of the year: one entry of year.py FILE_ROWS, written after the others."""
    from app.services.network import year as year_module

    def agenda_rows(conn, label, services):
        return [(label, title, str(minutes)) for title, minutes in
                conn.execute("SELECT title, minutes FROM agenda_item ORDER BY id LIMIT 2")]

    def team_rows(conn, label, services):   # from a service, as the improvement capability's rows would come
        return [(label, str(len(services().people.teams())))]

    monkeypatch.setattr(year_module, "FILE_ROWS", (("agenda.csv", ("convening", "title", "minutes"), agenda_rows),
                                                   ("teams.csv", ("convening", "teams"), team_rows)))
    before = folder_state(year_folder)
    year = NetworkService(FakeClock(DEMO_MORNING)).year(year_folder)
    written = NetworkService.write_csv(year, tmp_path / "csv")
    assert [p.name for p in written] == ["pairs.csv", "commitments.csv", "talk.csv", "pdsa.csv", "measures.csv",
                                         "agenda.csv", "teams.csv"]
    rows = read_csv(tmp_path / "csv" / "agenda.csv")
    assert rows[0] == ["convening", "title", "minutes"] and len(rows) == 1 + 3 * 2
    assert rows[1][0] == "Open Doors to Aid — Launch Intensive (21 January 2027)"
    assert [r[1] for r in read_csv(tmp_path / "csv" / "teams.csv")] == ["teams", "12", "12", "12"]
    assert folder_state(year_folder) == before
