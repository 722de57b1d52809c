"""`convene export` from the command line: PDF and CSV, and one sentence on bad input."""

from __future__ import annotations

from app.__main__ import main
from tests.export.helpers import pdf_text


def test_export_pdf_and_csv(ran_demo, tmp_path, capsys):
    path = ran_demo.path
    ran_demo.close()
    out = tmp_path / "handout.pdf"
    code = main(["export", str(path), "--pdf", str(out), "--private", "--paper", "letter",
                 "--csv", str(tmp_path / "csv")])
    printed = capsys.readouterr()
    assert code == 0, printed.err
    assert "Roster: sign-in and contacts" in pdf_text(out)
    assert (tmp_path / "csv" / "roster.csv").exists()
    assert "Why do seniors miss the FAFSA?" in (tmp_path / "csv" / "wall.csv").read_text(encoding="utf-8-sig")
    assert f"Wrote the facilitator version handout to {out}" in printed.out


def test_export_day_items(ran_demo, tmp_path, capsys):
    path = ran_demo.path
    ran_demo.close()
    out = tmp_path / "day2.pdf"
    assert main(["export", str(path), "--pdf", str(out), "--day", "2", "--items", "1-2"]) == 0
    text = pdf_text(out)
    assert "Day 2, items 1 to 2" in text and "Shared version" in text


def test_bad_items_and_days_are_one_sentence(ran_demo, tmp_path, capsys):
    path = ran_demo.path
    ran_demo.close()
    out = tmp_path / "x.pdf"
    assert main(["export", str(path), "--pdf", str(out), "--items", "5-2"]) == 2
    err = capsys.readouterr().err.strip()
    assert err == "convene: Items “5-2”: the first number is 1 or more and not after the last."
    assert main(["export", str(path), "--pdf", str(out), "--day", "3"]) == 1
    err = capsys.readouterr().err.strip()
    assert err == "convene: Day 3: this convening has 2 days; choose 1 to 2."
    assert main(["export", str(path)]) == 2
    assert "nothing to export" in capsys.readouterr().err
    assert not out.exists()


def test_unwritable_pdf_target_is_one_sentence(ran_demo, tmp_path, capsys):
    path = ran_demo.path
    ran_demo.close()
    out = tmp_path / "missing-folder" / "x.pdf"
    assert main(["export", str(path), "--pdf", str(out)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and str(out) in err[0] and "Traceback" not in err[0]
