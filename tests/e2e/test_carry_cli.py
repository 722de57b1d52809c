"""`convene carry OLD NEW`: the demo's commitments carried into a next convening, over the command line."""

from __future__ import annotations

import csv
import datetime as dt
import shutil

import pytest

from app.services.core.records import ConveningDetails, DayDetails
from app.services.core.workspace import Workspace
from app.services.people.records import TeamData
from app.services.root import Services
from tests.e2e.test_no_raw_errors import assert_one_sentence, cli
from tests.fixtures.revisions.make_fixtures import HERE as FIXTURES

pytestmark = pytest.mark.process


def spring_file(path, data_dir, clock, teams):
    ws = Workspace(clock, data_dir)
    ws.new(path, ConveningDetails("Spring Convening", timezone="America/Los_Angeles",
                                  days=(DayDetails(dt.date(2027, 4, 15)),)))
    with Services(ws) as services:
        for name in teams:
            services.people.add_team(TeamData(name))
    ws.close()


def test_carry_prints_what_it_did_and_writes_the_csv(tmp_path, data_dir, clock):
    old = tmp_path / "launch.convene"
    assert cli(["demo", old], data_dir).returncode == 0
    new = tmp_path / "spring.convene"
    spring_file(new, data_dir, clock, ["riverbend high school", "Laguna Flats High School", "Sierra Vista Middle School"])

    out = cli(["carry", old, new, "--csv", tmp_path / "spring.csv"], data_dir)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0] == "Carried 2 commitments of 2 teams from “Open Doors to Aid — Launch Intensive (21 January 2027)”."
    assert "“Riverbend High School” is taken to be “riverbend high school”." in lines
    gone = next(line for line in lines if line.startswith("Not carried"))
    assert "Westlake Academy (1)" in gone and "Heron Point Academy (1)" in gone
    assert any("Sierra Vista Middle School" in line for line in lines)
    with open(tmp_path / "spring.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert [r[0] for r in rows[1:]] == ["Laguna Flats High School", "riverbend high school"]
    assert rows[1][9].startswith("Open Doors to Aid")

    again = cli(["carry", old, new], data_dir)
    assert again.returncode == 0
    assert "2 commitments had been carried over before" in again.stdout


def test_carry_from_a_file_made_before_commitments_existed(tmp_path, data_dir, clock):
    old = tmp_path / "autumn.convene"
    shutil.copyfile(FIXTURES / "0003.convene", old)
    new = tmp_path / "spring.convene"
    spring_file(new, data_dir, clock, ["Roosevelt High"])
    out = cli(["carry", old, new], data_dir)
    assert out.returncode == 0, out.stderr
    assert "has no commitments to carry over" in out.stdout


def test_carry_from_a_missing_file_is_one_sentence(tmp_path, data_dir, clock):
    new = tmp_path / "spring.convene"
    spring_file(new, data_dir, clock, ["Roosevelt High"])
    assert_one_sentence(cli(["carry", tmp_path / "no-such.convene", new], data_dir), "no-such.convene")
    assert_one_sentence(cli(["carry", new, new], data_dir), "spring.convene")
