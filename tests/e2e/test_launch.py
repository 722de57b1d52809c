"""The real entry points, as a user starts them: `python -m app ...`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import TWO_SCREENS

pytestmark = [pytest.mark.process, pytest.mark.gui]
ROOT = Path(__file__).resolve().parents[2]


def run(args, data_dir, **extra):
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={TWO_SCREENS}", CONVENE_DATA_DIR=str(data_dir),
               CONVENE_EXIT_WHEN_SHOWN="1", **extra)
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=180)


def lines(out):
    return {ln.split()[0]: ln for ln in out.stdout.splitlines() if ln.split() and ln.split()[0] in ("SHOWN", "READY")}


def test_demo_shows_both_windows_first_then_loads(data_dir):
    out = run(["--demo"], data_dir)
    assert out.returncode == 0, out.stderr[-2000:]
    got = lines(out)
    assert got["SHOWN"].endswith("both=True") and got["READY"].endswith("both=True")
    assert float(got["SHOWN"].split()[1]) <= float(got["READY"].split()[1])
    assert list((data_dir / "demo").glob("*.convene")), "a fresh demo copy was written"


def test_a_file_opens_and_a_bad_file_leaves_the_app_up(tmp_path, data_dir):
    good = tmp_path / "good.convene"
    assert subprocess.run([sys.executable, "-m", "app", "demo", str(good)], cwd=ROOT, capture_output=True,
                          text=True, timeout=120).returncode == 0
    out = run([str(good)], data_dir)
    assert out.returncode == 0 and lines(out)["READY"].endswith("both=True"), out.stderr[-2000:]
    bad = tmp_path / "bad.convene"
    bad.write_bytes(b"\x00garbage" * 100)
    out = run([str(bad)], data_dir)
    assert out.returncode == 0, out.stderr[-2000:]
    assert lines(out)["READY"].endswith("both=False"), "no projector for a file that did not open"
    assert bad.read_bytes() == b"\x00garbage" * 100


def test_cli_demo_version_and_import(tmp_path, data_dir):
    out = subprocess.run([sys.executable, "-m", "app", "--version"], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.startswith("Convene ")
    conv = tmp_path / "x.convene"
    assert subprocess.run([sys.executable, "-m", "app", "demo", str(conv)], cwd=ROOT, capture_output=True).returncode == 0
    teams = tmp_path / "teams.csv"
    teams.write_bytes("\ufeffSchool;District\r\nNew Horizons High;Kern USD\r\n;Blank name\r\n".encode("utf-8"))
    people = tmp_path / "people.csv"
    people.write_bytes("Full Name,School,Position\r\nJosé Núñez,New Horizons High,Teacher\r\n"
                       "Ana Ruiz,Nowhere High,teacher\r\n".encode("cp1252"))
    env = dict(os.environ, CONVENE_DATA_DIR=str(data_dir))
    out = subprocess.run([sys.executable, "-m", "app", "import", str(conv), "--teams", str(teams),
                          "--participants", str(people)], cwd=ROOT, capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stderr
    assert "Added 1 team." in out.stdout and "row 3: name is empty" in out.stdout
    assert "Added 2 participants." in out.stdout and "Created 1 team: Nowhere High." in out.stdout
    missing = subprocess.run([sys.executable, "-m", "app", "import", str(conv), "--teams", str(tmp_path / "no.csv")],
                             cwd=ROOT, capture_output=True, text=True, env=env)
    assert missing.returncode == 1 and "no.csv does not exist" in missing.stderr


ROSTERS = ROOT / "tests" / "fixtures" / "rosters"


@pytest.mark.parametrize(
    ("choice", "expected"),
    [
        # The demo already has Westlake Academy; Riverbend High School comes from --teams.
        (None, ["  Added 11 participants.",
                "  Created 3 teams: St. Mary's Academy, Kern County Office of Education, Lincoln Middle School."]),
        ("unassigned", ["  Added 11 participants.",
                        "  4 people imported without a team: rows 6, 7, 9 and 12 (not in this convening: "
                        "St. Mary's Academy, Kern County Office of Education, Lincoln Middle School)."]),
    ],
)
def test_cli_imports_an_eventbrite_list_before_the_teams(tmp_path, data_dir, choice, expected):
    conv = tmp_path / "x.convene"
    assert subprocess.run([sys.executable, "-m", "app", "demo", str(conv)], cwd=ROOT, capture_output=True).returncode == 0
    teams = tmp_path / "teams.csv"
    teams.write_text("School\nRiverbend High School\n", encoding="utf-8")
    args = [sys.executable, "-m", "app", "import", str(conv), "--teams", str(teams),
            "--participants", str(ROSTERS / "eventbrite_attendees.csv")]
    if choice:
        args += ["--unknown-teams", choice]
    env = dict(os.environ, CONVENE_DATA_DIR=str(data_dir))
    out = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stderr
    stdout = out.stdout.splitlines()
    at = stdout.index("eventbrite_attendees.csv:")
    assert stdout[at + 1:at + 3] == expected
    assert "Skipped" not in out.stdout.split("eventbrite_attendees.csv:")[1]
    bad = subprocess.run([*args[:-2], "--unknown-teams", "skip"], cwd=ROOT, capture_output=True, text=True, env=env)
    assert bad.returncode == 2 and "invalid choice: 'skip'" in bad.stderr
