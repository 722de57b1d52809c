"""`convene notes cluster` and `convene notes import`: the wall's code from the command line."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

from app.cli import run
from app.services.core.workspace import Workspace
from app.services.root import Services
from tests.conftest import sample_details

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "wall"


def test_cluster_keeps_every_column_and_adds_cluster_and_name(tmp_path, capsys):
    src = tmp_path / "notes.csv"
    src.write_text("id,text,table\n1,Late buses,A\n2,buses come late,B\n3,,C\n4,fear of debt,D\n5,debt scares us,E\n",
                   encoding="utf-8")
    assert run(["notes", "cluster", str(src), "--clusters", "2"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["id"] for r in rows] == ["1", "2", "3", "4", "5"] and rows[2]["table"] == "C"
    assert list(rows[0]) == ["id", "text", "table", "cluster", "cluster_name"]
    assert rows[0]["cluster"] == rows[1]["cluster"] != rows[3]["cluster"] == rows[4]["cluster"]
    assert rows[2]["cluster"] == "" and rows[0]["cluster_name"] and rows[3]["cluster_name"]


def test_cluster_chooses_the_number_itself_and_is_deterministic(tmp_path):
    out1, out2 = tmp_path / "a.csv", tmp_path / "b.csv"
    assert run(["notes", "cluster", str(FIXTURES / "notes_mixed.csv"), "--out", str(out1)]) == 0
    assert run(["notes", "cluster", str(FIXTURES / "notes_mixed.csv"), "--out", str(out2)]) == 0
    assert out1.read_bytes() == out2.read_bytes()
    rows = list(csv.DictReader(io.StringIO(out1.read_text(encoding="utf-8"))))
    assert 2 <= len({r["cluster"] for r in rows}) < len(rows)


def test_import_makes_the_board_then_adds_to_it(tmp_path, data_dir, clock, capsys):
    path = tmp_path / "day1.convene"
    ws = Workspace(clock, data_dir)
    ws.new(path, sample_details())
    ws.close()
    notes = FIXTURES / "notes_en.csv"
    assert run(["notes", "import", str(path), "--board", "Barriers", str(notes)]) == 0
    assert "Added 30 notes to a new board." in capsys.readouterr().out
    assert run(["notes", "import", str(path), "--board", "barriers", str(notes)]) == 0
    assert "Added 30 notes." in capsys.readouterr().out
    ws = Workspace(clock, data_dir)
    ws.open(path)
    with Services(ws) as services:
        (board,) = services.wall.boards()
    ws.close()
    assert board.title == "Barriers" and board.notes == 60


def test_bad_input_is_one_sentence_and_a_non_zero_exit(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("comments\nfoo\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "app", "notes", "cluster", str(bad)], capture_output=True, text=True,
                         cwd=Path(__file__).resolve().parents[2])
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert out.stderr.strip() == ("convene: bad.csv has no “text” column (its columns: comments). "
                                  "Name the column that holds the notes “text”.")


def test_import_of_a_csv_without_rows_is_refused_and_leaves_the_file_byte_identical(tmp_path, data_dir, clock, capsys):
    import hashlib

    path = tmp_path / "day1.convene"
    ws = Workspace(clock, data_dir)
    ws.new(path, sample_details())
    ws.close()
    empty = tmp_path / "empty.csv"
    empty.write_text("text,team,colour\r\n", encoding="utf-8")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    assert run(["notes", "import", str(path), "--board", "Barriers", str(empty)]) == 1
    out = capsys.readouterr()
    assert out.out == ""
    assert out.err == "convene: empty.csv has no notes: it has headings but no rows, so nothing was imported.\n"
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
