"""The improvement capability across a year: `convene next` carries the PDSA cycles, measures and driver
diagram (one CARRY_STEPS entry), `convene network --csv` writes pdsa.csv and measures.csv (two FILE_ROWS
entries), each cycle and value once, in the file that recorded it; and the network's window and its
year-in-review PDF show the year's PDSA cycles and learning and the measures' run charts, each cycle and
each value once."""

from __future__ import annotations

import csv
import datetime as dt
import io
import shutil
import subprocess
from pathlib import Path

import pytest

from app.domain.clock import FakeClock
from app.domain.commitments.model import CommitmentData
from app.domain.improvement.model import CycleData, MeasureData
from app.services.network.charts import points_text, year_charts
from app.services.network.handout import measure_rows, pdsa_rows
from app.services.network.service import NetworkService
from tests.conftest import DEMO_MORNING
from tests.services.network_files import Opened, build_next, make_demo

LOOK = Path("/tmp/convene-look")
CHANGE = "Text every senior about the FAFSA in Spanish"


def read_csv(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))


def three_convenings(folder: Path, data_dir: Path) -> tuple[FakeClock, str, str]:
    """Launch, spring, summer: a cycle on the one commitment and a value of two teams in each.
    Returns the clock and the two teams' names."""
    clock = FakeClock(DEMO_MORNING)
    folder.mkdir()
    launch = make_demo(folder / "1 launch.convene", clock)
    with Opened(launch, clock, data_dir) as s:
        (team_id, team), (other_id, other) = s.commitments.teams()[:2]
        commitment = s.commitments.add(team_id, CommitmentData(CHANGE))
        s.improvement.cycles.add(commitment, CycleData("Texts in Spanish", "Half will reply", "14 of 40 replied",
                                                       "Evenings work better", "adapt", dt.date(2027, 2, 3)))
        measure = s.improvement.measures.add(MeasureData("FAFSA completion", "%", True))
        s.improvement.measures.set_value(measure, team_id, dt.date(2027, 2, 1), 31.5)
        s.improvement.measures.set_value(measure, other_id, dt.date(2027, 2, 1), 20.0)
    spring = folder / "2 spring.convene"
    report = build_next(launch, spring, clock, title="Spring Convening", start="2027-04-15")
    assert any("PDSA" in line or "cycle" in line for line in report.lines), report.lines
    for path, idea, happened, day, values in (
            (spring, "Texts in the evening", "22 of 40 replied", dt.date(2027, 5, 2), (44.0, 30.0)),
            (folder / "3 summer.convene", "Texts from students", "31 of 40 replied", dt.date(2027, 8, 2),
             (52.0, 40.0))):
        if not path.exists():
            build_next(spring, path, clock, title="Summer Institute", start="2027-07-12")
        with Opened(path, clock, data_dir) as s:
            [carried] = [c for c in s.commitments.commitments(carried=True) if c.change == CHANGE]
            s.improvement.cycles.add(carried.id, CycleData(idea, "More replies", happened, "Keep it", "adopt", day))
            [m] = s.improvement.measures.measures()
            ids = dict((name, i) for i, name in s.commitments.teams())
            s.improvement.measures.set_value(m.id, ids[team], day.replace(day=1), values[0])
            s.improvement.measures.set_value(m.id, ids[other], day.replace(day=1), values[1])
    return clock, team, other


@pytest.fixture
def year_of_three(tmp_path, data_dir):
    folder = tmp_path / "year"
    clock, team, other = three_convenings(folder, data_dir)
    return NetworkService(clock).year(folder), team, other, clock


def test_cycles_and_values_follow_a_commitment_through_three_convenings(tmp_path, data_dir):
    folder = tmp_path / "year"
    clock, team, _other = three_convenings(folder, data_dir)
    with Opened(folder / "3 summer.convene", clock, data_dir) as s:
        [carried] = [c for c in s.commitments.commitments(carried=True) if c.change == CHANGE]
        assert [c.change_idea for c in s.improvement.cycles.cycles(commitment_id=carried.id)] == [
            "Texts in Spanish", "Texts in the evening", "Texts from students"], "cycles travel with the commitment"
        [m] = s.improvement.measures.measures()
        assert sorted(v.value for v in s.improvement.measures.values(m.id) if v.team == team) == [31.5, 44.0, 52.0]

    year = NetworkService(clock).year(folder)
    NetworkService.write_csv(year, tmp_path / "csv")
    pdsa = read_csv(tmp_path / "csv" / "pdsa.csv")
    assert pdsa[0][:4] == ["convening", "team", "commitment", "cycle"]
    assert sorted((r[1], r[4]) for r in pdsa[1:]) == [
        (team, "Texts from students"), (team, "Texts in Spanish"), (team, "Texts in the evening")]
    measures = read_csv(tmp_path / "csv" / "measures.csv")
    assert sorted((r[2], r[3], r[4]) for r in measures[1:] if r[2] == team) == [
        (team, "FAFSA completion", "31.5"), (team, "FAFSA completion", "44"), (team, "FAFSA completion", "52")]
    assert len(measures) == 1 + 6, "each value once, where recorded"


def test_the_csvs_name_a_team_as_the_network_does_across_spellings(tmp_path, data_dir):
    import sqlite3

    folder = tmp_path / "year"
    clock, team, _other = three_convenings(folder, data_dir)
    with sqlite3.connect(folder / "3 summer.convene") as conn:   # the latest file spells it with a full stop
        conn.execute("UPDATE team SET name = ? WHERE name = ?", (team + ".", team))
    conn.close()
    year = NetworkService(clock).year(folder)
    NetworkService.write_csv(year, tmp_path / "csv")
    assert {r[1] for r in read_csv(tmp_path / "csv" / "pdsa.csv")[1:]} == {team + "."}
    assert sorted(r[4] for r in read_csv(tmp_path / "csv" / "measures.csv")[1:] if r[2] == team + ".") == [
        "31.5", "44", "52"], "one team, one series"


def test_the_window_rows_show_each_cycle_and_value_once_with_the_signals_in_words(year_of_three):
    year, team, other, _clock = year_of_three
    header, rows = pdsa_rows(year)
    assert header == ("Team", "Commitment", "Cycle", "Change idea", "Prediction", "What happened", "Learned",
                      "Decision", "Convening")
    assert [(r[0], r[1], r[2], r[3], r[7]) for r in rows] == [
        (team, CHANGE, "1", "Texts in Spanish", "Adapt"), (team, CHANGE, "2", "Texts in the evening", "Adopt"),
        (team, CHANGE, "3", "Texts from students", "Adopt")]
    assert [r[8].split(" (")[0] for r in rows] == ["Open Doors to Aid — Launch Intensive", "Spring Convening",
                                                    "Summer Institute"], "each cycle in the file that recorded it"
    [charts] = year_charts(year)
    assert charts.measure.name == "FAFSA completion" and charts.measure.higher_is_better
    assert charts.network.chart.values == (25.75, 37.0, 46.0)   # per period, the median of the two teams
    assert [(c.team, c.chart.values) for c in charts.teams] == sorted(
        [(team, (31.5, 44.0, 52.0)), (other, (20.0, 30.0, 40.0))], key=lambda kv: kv[0].casefold())
    mine = next(c for c in charts.teams if c.team == team)
    assert [n for _d, n in mine.cycles] == [1, 2, 3]
    header, rows = measure_rows(year)
    assert header == ("Measure", "Run chart", "Values across the year", "Median", "Signals")
    assert [r[1] for r in rows] == ["The network (median of the teams)", *sorted((team, other), key=str.casefold)]
    mine_row = next(r for r in rows if r[1] == team)
    assert mine_row[2] == "Feb 2027: 31.5% · May 2027: 44% · Aug 2027: 52%" == points_text(mine)
    assert mine_row[3] == "44%"
    assert mine_row[4] == "Only 3 points so far: too few to see a signal."


@pytest.mark.parametrize("private", [False, True])
def test_the_year_in_review_pdf_shows_each_cycle_and_value_once(year_of_three, tmp_path, private):
    year, team, other, _clock = year_of_three
    out = tmp_path / ("facilitator.pdf" if private else "shared.pdf")
    from app.services.core.jobs import CancelToken, drive

    drive(NetworkService.pdf_job(year, out, private, "A4"), CancelToken(), lambda _p: None)
    text = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert text.count("PDSA cycles and learning") == 1
    for idea in ("Texts in Spanish", "Texts in the evening", "Texts from students"):
        assert text.count(idea) == 1, idea
    assert "Evenings work better" in text and "31 of 40 replied" in text   # what happened and what was learned
    assert "The measures across the year" in text
    for line in ("Feb 2027: 31.5% · May 2027: 44% · Aug 2027: 52%", "Feb 2027: 20% · May 2027: 30% · Aug 2027: 40%",
                 "Feb 2027: 25.75% · May 2027: 37% · Aug 2027: 46%"):
        assert text.count(line) == 1, line
    assert text.count("Only 3 points so far: too few to see a signal.") == 3
    LOOK.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(out, LOOK / f"year_improvement_{out.name}")


def test_the_year_reads_cycles_and_values_without_opening_a_copy_of_a_current_file(tmp_path, data_dir, monkeypatch):
    """Files at this version's schema are read only through their read-only connection: no upgraded copy is
    made for the PDSA cycles and measure values (what made `convene network` three times slower)."""
    from app.services.network import year as year_module

    folder = tmp_path / "year"
    clock, _team, _other = three_convenings(folder, data_dir)

    def no_copy(*_a, **_k):
        raise AssertionError("a copy of the file was opened")

    monkeypatch.setattr(year_module, "read_copy", no_copy)
    year = NetworkService(clock).year(folder)
    assert not year.skipped and len(year.convenings) == 3
    assert len(year.pdsa) == 3 and len(year.measures) == 6
