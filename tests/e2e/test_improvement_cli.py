"""`convene measures import FILE CSV` and `convene carry OLD NEW` bringing PDSA cycles, over the command line."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain.commitments.model import CommitmentData
from app.domain.improvement.model import ADAPT, CycleData, MeasureData
from app.services.core.records import ConveningDetails, DayDetails
from app.services.core.workspace import Workspace
from app.services.people.records import TeamData
from app.services.root import Services
from tests.e2e.test_no_raw_errors import assert_one_sentence, cli

pytestmark = pytest.mark.process


def make(path, data_dir, clock, title, day, build):
    ws = Workspace(clock, data_dir)
    ws.new(path, ConveningDetails(title, timezone="America/Los_Angeles", days=(DayDetails(day),)))
    with Services(ws) as services:
        build(services)
    ws.close()
    return path


def read(path, data_dir, clock, what):
    ws = Workspace(clock, data_dir)
    ws.open(path)
    try:
        with Services(ws) as services:
            return what(services)
    finally:
        ws.close()


def fall(services):
    team = services.people.add_team(TeamData("Riverbend High School"))
    cid = services.commitments.add(team, CommitmentData("Text every senior who started"))
    services.improvement.measures.add(MeasureData("FAFSA completion", "%"))
    services.improvement.cycles.add(cid, CycleData("Texts in Spanish", "Half reply", decision=ADAPT,
                                                   tested_on=dt.date(2026, 10, 8)))


def test_measures_import_writes_every_row_or_none(tmp_path, data_dir, clock):
    f = make(tmp_path / "fall.convene", data_dir, clock, "Fall Convening", dt.date(2026, 10, 1), fall)
    good = tmp_path / "values.csv"
    good.write_text("team,measure,period,value\nRiverbend High School,FAFSA completion,2026-09,31\n"
                    "riverbend high school,FAFSA completion,2026-10,35.5\n", encoding="utf-8")
    out = cli(["measures", "import", f, good], data_dir)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "Imported 2 values from values.csv."
    bad = tmp_path / "bad.csv"
    bad.write_text("team,measure,period,value\nRiverbend High School,FAFSA completion,2026-11,36\n"
                   "Westlake,FAFSA completion,2026-11,40\n", encoding="utf-8")
    said = assert_one_sentence(cli(["measures", "import", f, bad], data_dir), "bad.csv")
    assert "Row 3, column “team”: “Westlake” is not a team of this convening" in said
    values = read(f, data_dir, clock, lambda s: [(v.period, v.value) for v in s.improvement.measures.values()])
    assert values == [(dt.date(2026, 9, 1), 31.0), (dt.date(2026, 10, 1), 35.5)], "the bad file wrote nothing"


def test_carry_brings_the_cycles_of_the_carried_commitments(tmp_path, data_dir, clock):
    old = make(tmp_path / "fall.convene", data_dir, clock, "Fall Convening", dt.date(2026, 10, 1), fall)
    new = make(tmp_path / "winter.convene", data_dir, clock, "Winter Convening", dt.date(2027, 1, 21),
               lambda s: s.people.add_team(TeamData("Riverbend High School")))
    before = old.read_bytes()
    out = cli(["carry", old, new], data_dir)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == [
        "Carried 1 commitment of 1 team from “Fall Convening (1 October 2026)”.",
        "Carried 1 measure, 1 PDSA cycle from “Fall Convening (1 October 2026)”.",
    ]
    cycles = read(new, data_dir, clock, lambda s: [(c.number, c.change_idea, c.decision, c.source)
                                                  for c in s.improvement.cycles.cycles()])
    assert cycles == [(1, "Texts in Spanish", ADAPT, "Fall Convening (1 October 2026)")]
    assert old.read_bytes() == before
