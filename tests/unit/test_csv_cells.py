"""One guard for every CSV Convene writes: no cell starts like a formula, and our own imports read back
exactly what was typed."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from app.domain.csv_cells import TRIGGERS, guard, unguard, writer

APP = Path(__file__).resolve().parents[2] / "app"


@given(st.text())
def test_guard_then_unguard_gives_back_what_was_typed(text):
    assert unguard(guard(text)) == text


@given(st.text(alphabet=st.sampled_from("=+-@\t\r'a1. ,\""), max_size=8))
def test_a_guarded_cell_never_starts_like_a_formula(text):
    cell = guard(text)
    if cell.startswith(TRIGGERS):
        assert re.fullmatch(r"[+-]\d+(\.\d+)?", cell), cell  # only a plain number may


def test_what_a_spreadsheet_would_run_gets_an_apostrophe():
    assert guard("=HYPERLINK(\"http://x\")") == "'=HYPERLINK(\"http://x\")"
    assert [guard(c) for c in ("+1+2", "-2+3", "@SUM(A1)", "\t=1", "\r=1")] == [
        "'+1+2", "'-2+3", "'@SUM(A1)", "'\t=1", "'\r=1"]
    assert [guard(c) for c in ("-5", "+3.5", "1-2", "O'Connell", "'quoted", "", None, 7)] == [
        "-5", "+3.5", "1-2", "O'Connell", "'quoted", "", "", "7"]
    assert guard("'=x") == "''=x" and unguard("''=x") == "'=x"


def test_the_writer_guards_every_cell_and_csv_reads_them_back():
    out = io.StringIO()
    writer(out).writerow(["=1+1", "plain", "-5", "a,\"b\"\nc"])
    [row] = list(csv.reader(io.StringIO(out.getvalue())))
    assert row == ["'=1+1", "plain", "-5", "a,\"b\"\nc"]
    assert [unguard(c) for c in row] == ["=1+1", "plain", "-5", "a,\"b\"\nc"]


def test_our_roster_import_reads_a_guarded_cell_as_typed():
    from app.domain.people.decode import decode_csv

    out = io.StringIO()
    writer(out).writerows([["name", "email"], ["=Bob", "-bob@example.org"], ["'=Alice", "a@example.org"]])
    table = decode_csv(out.getvalue().encode("utf-8-sig"))
    assert [list(cells) for _n, cells in table.rows] == [["=Bob", "-bob@example.org"], ["'=Alice", "a@example.org"]]


def test_no_module_writes_csv_but_through_the_guard():
    """csv.writer / csv.DictWriter appear only in app/domain/csv_cells.py: every CSV file goes through it."""
    offenders = []
    for path in APP.rglob("*.py"):
        if path.name == "csv_cells.py":
            continue
        text = path.read_text(encoding="utf-8")
        if re.search(r"\bcsv\.(writer|DictWriter)\s*\(", text):
            offenders.append(str(path.relative_to(APP)))
    assert offenders == []
