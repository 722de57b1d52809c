"""The improvement capability across a year: `convene next` carries the PDSA cycles, measures and driver
diagram (one CARRY_STEPS entry), and `convene network --csv` writes pdsa.csv and measures.csv (two FILE_ROWS
entries), each cycle and value once, in the file that recorded it."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from app.domain.clock import FakeClock
from app.domain.commitments.model import CommitmentData
from app.domain.improvement.model import CycleData, MeasureData
from app.services.network.service import NetworkService
from tests.conftest import DEMO_MORNING
from tests.services.network_files import Opened, build_next, make_demo


def read_csv(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))


def test_cycles_and_values_follow_a_commitment_through_three_convenings(tmp_path, data_dir):
    clock = FakeClock(DEMO_MORNING)
    folder = tmp_path / "year"
    folder.mkdir()
    launch = make_demo(folder / "1 launch.convene", clock)
    with Opened(launch, clock, data_dir) as s:
        team_id, team = s.commitments.teams()[0]
        commitment = s.commitments.add(team_id, CommitmentData("Text every senior about the FAFSA in Spanish"))
        s.improvement.cycles.add(commitment, CycleData("Texts in Spanish", "Half will reply", "14 of 40 replied",
                                                       "Evenings work better", "adapt", dt.date(2027, 2, 3)))
        measure = s.improvement.measures.add(MeasureData("FAFSA completion", "%", True))
        s.improvement.measures.set_value(measure, team_id, dt.date(2027, 2, 1), 31.5)
    spring = folder / "2 spring.convene"
    report = build_next(launch, spring, clock, title="Spring Convening", start="2027-04-15")
    assert any("PDSA" in line or "cycle" in line for line in report.lines), report.lines
    with Opened(spring, clock, data_dir) as s:
        [carried] = [c for c in s.commitments.commitments(carried=True)
                     if c.change == "Text every senior about the FAFSA in Spanish"]
        assert [c.change_idea for c in s.improvement.cycles.cycles(commitment_id=carried.id)] == ["Texts in Spanish"]
        s.improvement.cycles.add(carried.id, CycleData("Texts in the evening", "More replies after 6 pm",
                                                       "22 of 40 replied", "Keep the evening", "adopt",
                                                       dt.date(2027, 5, 2)))
        [m] = s.improvement.measures.measures()
        s.improvement.measures.set_value(m.id, carried.team_id, dt.date(2027, 5, 1), 44.0)
    summer = folder / "3 summer.convene"
    build_next(spring, summer, clock, title="Summer Institute", start="2027-07-12")
    with Opened(summer, clock, data_dir) as s:
        [carried] = [c for c in s.commitments.commitments(carried=True)
                     if c.change == "Text every senior about the FAFSA in Spanish"]
        assert [c.change_idea for c in s.improvement.cycles.cycles(commitment_id=carried.id)] == [
            "Texts in Spanish", "Texts in the evening"], "both cycles travel with the commitment not yet done"
        [m] = s.improvement.measures.measures()
        assert sorted(v.value for v in s.improvement.measures.values(m.id)) == [31.5, 44.0]

    year = NetworkService(clock).year(folder)
    NetworkService.write_csv(year, tmp_path / "csv")
    pdsa = read_csv(tmp_path / "csv" / "pdsa.csv")
    assert pdsa[0][:4] == ["convening", "team", "commitment", "cycle"]
    assert sorted((r[1], r[4]) for r in pdsa[1:]) == [(team, "Texts in Spanish"), (team, "Texts in the evening")]
    measures = read_csv(tmp_path / "csv" / "measures.csv")
    assert sorted((r[2], r[3], r[4]) for r in measures[1:]) == [
        (team, "FAFSA completion", "31.5"), (team, "FAFSA completion", "44")], "each value once, where recorded"
