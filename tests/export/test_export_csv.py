"""CSV exports read back with the csv module: the same rows, UTF-8 with a BOM for Excel."""

from __future__ import annotations

import csv

from app.export.csv_files import AGENDA_HEADER, NOTES_HEADER, ROSTER_HEADER
from app.services.export import ExportOptions, ExportService
from app.services.people import PeopleService
from tests.export.helpers import MARKUP_NOTE


def _read(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), f"{path.name} has no byte-order mark"
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def test_agenda_notes_and_roster_read_back(ran_demo, tmp_path):
    svc = ExportService(ran_demo)
    handout = svc.handout(ExportOptions(private=True))
    written = svc.write_csv(handout, tmp_path / "out")
    assert [p.name for p in written] == ["agenda.csv", "step_notes.csv", "pairs.csv", "commitments.csv", "wall.csv", "roster.csv"]

    agenda = _read(tmp_path / "out" / "agenda.csv")
    assert agenda[0] == AGENDA_HEADER
    items = svc.agenda.all_items()
    assert [r[3] for r in agenda[1:]] == [i.title for i in items]
    first = dict(zip(AGENDA_HEADER, agenda[1]))
    assert first["actual_start"] == "08:30:00" and first["actual_end"] == "08:57:00"
    assert first["actual_minutes"] == "27.0" and first["over_minutes"] == "2.0" and first["status"] == "over"
    assert dict(zip(AGENDA_HEADER, agenda[4]))["status"] == "not run"

    notes = _read(tmp_path / "out" / "step_notes.csv")
    assert notes[0] == NOTES_HEADER
    by_step = {(r[1], r[4]): r[7] for r in notes[1:]}
    assert by_step[("2", "1")] == MARKUP_NOTE
    assert by_step[("2", "2")] == "ليلى حداد shared first; then Zoë"  # logical order, not display order

    roster = _read(tmp_path / "out" / "roster.csv")
    assert roster[0] == ROSTER_HEADER
    people = PeopleService(ran_demo).participants()
    assert sorted((r[2], r[5]) for r in roster[1:]) == sorted((p.name, p.email) for p in people)


def test_shared_csv_has_no_roster(ran_demo, tmp_path):
    svc = ExportService(ran_demo)
    written = svc.write_csv(svc.handout(ExportOptions()), tmp_path / "out")
    assert [p.name for p in written] == ["agenda.csv", "step_notes.csv", "pairs.csv", "commitments.csv", "wall.csv"]
    assert not (tmp_path / "out" / "roster.csv").exists()
