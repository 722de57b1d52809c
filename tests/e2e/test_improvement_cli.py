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


def test_convene_capture_lists_each_team_s_page_and_keeps_a_cycle_sent_to_it(tmp_path, data_dir, clock):
    import os
    import signal
    import subprocess
    import sys
    import urllib.parse
    import urllib.request
    from pathlib import Path

    from tests.services.capture_clients import NONCE

    def build(s):
        s.wall.add_board("Check-in")
        team = s.people.add_team(TeamData("Roosevelt High"))
        s.commitments.add(team, CommitmentData("Evening FAFSA texts in Spanish"))

    path = make(tmp_path / "jan.convene", data_dir, clock, "January", dt.date(2027, 1, 21), build)
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.Popen([sys.executable, "-m", "app", "capture", str(path), "--board", "Check-in", "--port", "0"],
                            cwd=root, env=os.environ, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        url = proc.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:"), url
        assert proc.stderr.readline().startswith("Capturing notes for “Check-in”.")
        assert proc.stderr.readline().strip() == "Each team's page for its PDSA cycles:"
        name, page = proc.stderr.readline().strip().split(": ", 1)
        assert name == "Roosevelt High" and page.startswith(url + "/pdsa/")
        with urllib.request.urlopen(page, timeout=30) as r:
            nonce = NONCE.search(r.read().decode()).group(1)
        data = urllib.parse.urlencode({"n": nonce, "change_idea": "Texts after 6 pm", "decision": "adopt"}).encode()
        with urllib.request.urlopen(urllib.request.Request(page, data=data), timeout=30) as r:
            assert "Received. Your cycle is in the convening file." in r.read().decode()
        proc.send_signal(signal.SIGINT)
        _out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0 and "Traceback" not in err, err
    cycles = read(path, data_dir, clock, lambda s: [(c.team, c.change_idea, c.decision)
                                                    for c in s.improvement.cycles.cycles()])
    assert cycles == [("Roosevelt High", "Texts after 6 pm", "adopt")]
