"""Rounds belong to a day: a day's handout (`--day N`) prints that day's pairs and tables only, the whole
convening's prints every round; each heading names its day."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from app.services.pairing.tables import TableRules
from tests.export.helpers import export_pdf, flat_text

ROOT = Path(__file__).resolve().parents[2]


def _days(ws):
    return [d.id for d in ws.days()]


def test_the_demo_rounds_are_for_day_1_and_day_2(demo_workspace, demo_services):
    day1, day2 = _days(demo_workspace)
    rounds = demo_services.pairing.rounds()
    assert [(r.title, r.day_id, r.day_label) for r in rounds] == [
        ("Day 1 · Buddy schools", day1, "Day 1"), ("Day 2 · Buddy schools", day2, "Day 2")]
    assert [r.title for r in demo_services.pairing.rounds(day_id=day1)] == ["Day 1 · Buddy schools"]


def test_a_day_1_handout_prints_day_1_rounds_only(demo_workspace, tmp_path, demo_services):
    day1, day2 = _days(demo_workspace)
    demo_services.pairing.tables.compute(TableRules(), 1, titles=["Morning tables"], day_id=day1)
    demo_services.pairing.tables.compute(TableRules(), 1, titles=["Closing tables"], day_id=day2)
    one = flat_text(export_pdf(demo_services, tmp_path / "day1.pdf", day=1))
    assert "Day 1 · Buddy schools" in one and "Day 2 · Buddy schools" not in one
    assert "Morning tables (day 1)" in one and "Closing tables" not in one
    two = flat_text(export_pdf(demo_services, tmp_path / "day2.pdf", day=2))
    assert "Day 2 · Buddy schools" in two and "Day 1 · Buddy schools" not in two
    assert "Closing tables (day 2)" in two and "Morning tables" not in two
    whole = flat_text(export_pdf(demo_services, tmp_path / "all.pdf"))
    for title in ("Day 1 · Buddy schools", "Day 2 · Buddy schools", "Morning tables (day 1)", "Closing tables (day 2)"):
        assert title in whole


def test_a_round_moved_to_another_day_moves_in_the_handouts(demo_workspace, tmp_path, demo_services):
    day1, day2 = _days(demo_workspace)
    service = demo_services.pairing
    [extra] = service.compute_rounds(1, titles=["Lunch buddies"], day_id=day2)
    assert "Lunch buddies" not in flat_text(export_pdf(demo_services, tmp_path / "a.pdf", day=1))
    service.set_day(extra.id, day1)
    assert service.rounds()[-1].day_label == "Day 1"
    assert "Lunch buddies (day 1)" in flat_text(export_pdf(demo_services, tmp_path / "b.pdf", day=1))
    service.set_day(extra.id, None)  # tied to no day: only in the whole convening's handout
    assert "Lunch buddies" not in flat_text(export_pdf(demo_services, tmp_path / "c.pdf", day=1))
    assert "Lunch buddies" in flat_text(export_pdf(demo_services, tmp_path / "d.pdf"))


def test_cli_pair_day_stores_the_round_for_that_day(tmp_path, data_dir):
    import os

    env = dict(os.environ, CONVENE_DATA_DIR=str(data_dir))
    conv = tmp_path / "demo.convene"

    def convene(*args):
        return subprocess.run([sys.executable, "-m", "app", *map(str, args)], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=120)

    assert convene("demo", conv).returncode == 0
    out = convene("pair", conv, "--day", "2")
    assert out.returncode == 0, out.stderr
    bad = convene("pair", conv, "--day", "5")
    assert bad.returncode == 1 and "Day 5: this convening has 2 days; choose 1 to 2." in bad.stderr
    pdf = tmp_path / "day2.pdf"
    assert convene("export", conv, "--day", "2", "--pdf", pdf).returncode == 0
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout.split())
    assert "Round 3 (day 2)" in text
    pdf1 = tmp_path / "day1.pdf"
    assert convene("export", conv, "--day", "1", "--pdf", pdf1).returncode == 0
    assert "Round 3" not in " ".join(subprocess.run(["pdftotext", str(pdf1), "-"], capture_output=True,
                                                    text=True).stdout.split())
