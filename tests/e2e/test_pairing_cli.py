"""`convene pair`: computes and stores rounds, prints CSV, brings in an earlier convening's pairs."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.process]
ROOT = Path(__file__).resolve().parents[2]


def convene(*args, data_dir):
    env = dict(os.environ, CONVENE_DATA_DIR=str(data_dir))
    return subprocess.run([sys.executable, "-m", "app", *map(str, args)], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)


def test_pair_prints_csv_and_stores_the_rounds(tmp_path, data_dir):
    conv = tmp_path / "demo.convene"
    assert convene("demo", conv, data_dir=data_dir).returncode == 0
    out = convene("pair", conv, "--rounds", "2", data_dir=data_dir)
    assert out.returncode == 0, out.stderr
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert out.stdout.splitlines()[0] == "round,team_a,team_b,team_c,score,reason"
    assert [r["round"] for r in rows] == ["3"] * 6 + ["4"] * 6, "the demo has two rounds already"
    assert all(r["reason"].endswith("first time together") for r in rows)
    again = convene("pair", conv, data_dir=data_dir)
    assert [r["round"] for r in csv.DictReader(io.StringIO(again.stdout))] == ["5"] * 6, "stored: the next call goes on"


def test_pair_history_from_an_earlier_file(tmp_path, data_dir):
    old, new = tmp_path / "last-year.convene", tmp_path / "this-year.convene"
    assert convene("demo", old, data_dir=data_dir).returncode == 0
    assert convene("demo", new, data_dir=data_dir).returncode == 0
    out = convene("pair", new, "--history", old, data_dir=data_dir)
    assert out.returncode == 0, out.stderr
    assert "Brought in 12 earlier pairs from last-year.convene." in out.stderr
    assert out.stdout == ""


def test_pair_on_a_missing_file_is_one_sentence(tmp_path, data_dir):
    out = convene("pair", tmp_path / "nope.convene", data_dir=data_dir)
    assert out.returncode != 0
    assert "Traceback" not in out.stderr and "nope.convene" in out.stderr
    bad = convene("pair", tmp_path / "x.convene", "--history", tmp_path / "missing.csv", data_dir=data_dir)
    assert bad.returncode != 0 and "Traceback" not in bad.stderr


def test_tables_prints_csv(tmp_path, data_dir):
    conv = tmp_path / "demo.convene"
    assert convene("demo", conv, data_dir=data_dir).returncode == 0
    out = convene("tables", conv, "--size", "6", "--rounds", "2", data_dir=data_dir)
    assert out.returncode == 0, out.stderr
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert {r["round"] for r in rows} == {"1", "2"}
    assert "Tables 2: 0 repeat tablemate pairs" in out.stderr
    bad = convene("tables", conv, "--size", "13", "--min", "13", "--max", "13", data_dir=data_dir)
    assert bad.returncode == 1 and "widen the range" in bad.stderr and "Traceback" not in bad.stderr


def test_pair_says_once_what_breaks_when_a_repeat_cannot_be_avoided(tmp_path, data_dir):
    conv = tmp_path / "demo.convene"
    assert convene("demo", conv, data_dir=data_dir).returncode == 0
    out = convene("pair", conv, "--rounds", "11", data_dir=data_dir)
    assert out.returncode == 0, out.stderr
    # 12 teams meet 11 others at most; the demo's two rounds already used 2 of them, so 11 more rounds repeat.
    notes = [line for line in out.stderr.splitlines() if line.startswith("No plan of these 11 rounds")]
    assert len(notes) == 1, out.stderr
    assert "This plan repeats 12 pairs in all, and no plan can have fewer" in notes[0]


def test_tables_say_which_team_rule_could_not_be_met(tmp_path, data_dir):
    conv = tmp_path / "demo.convene"
    assert convene("demo", conv, data_dir=data_dir).returncode == 0
    # the demo's schools of 4 cannot share tables of at most 7, and 12 tables would need 60 people
    out = convene("tables", conv, "--size", "6", "--teams", "together", data_dir=data_dir)
    assert out.returncode == 0, out.stderr
    notes = [line for line in out.stderr.splitlines() if line.startswith("Tables 1: Teams together: ")]
    assert notes and all("could not sit at one table" in line for line in notes)
    whole = convene("tables", conv, "--size", "8", "--min", "8", "--max", "8", "--teams", "together", data_dir=data_dir)
    assert whole.returncode == 0 and "Teams together" not in whole.stderr


def test_pair_refuses_a_history_over_20_mb_in_one_line_and_leaves_the_file_as_it_was(tmp_path, data_dir, clock,
                                                                                      capsys):
    import hashlib

    from app.cli import run
    from app.services.core.workspace import Workspace
    from tests.conftest import sample_details

    conv = tmp_path / "this-year.convene"
    ws = Workspace(clock, data_dir)
    ws.new(conv, sample_details())
    ws.close()
    big = tmp_path / "names.csv"
    with big.open("w", encoding="utf-8") as fh:
        fh.write("team_a,team_b,round\n")
        fh.write("Roosevelt High,Kennedy High,1\n" * (21 * 1024 * 1024 // 30 + 1))
    small = tmp_path / "last-year.csv"
    small.write_text("team_a,team_b,round\nRoosevelt High,Kennedy High,1\n", encoding="utf-8")
    before = hashlib.sha256(conv.read_bytes()).digest()
    assert run(["pair", str(conv), "--history", str(small), "--history", str(big)]) == 1
    err = capsys.readouterr().err
    assert err == (f"convene: {conv}: names.csv is 21 MB, over the 20 MB limit for a file of earlier pairs; "
                   "nothing was brought in.\n")
    assert hashlib.sha256(conv.read_bytes()).digest() == before, "not even the small file was brought in"
