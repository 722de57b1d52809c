"""Commitments and bright spots in the handout: every team's commitment with its fields, both bright spots,
carried commitments with their status and what was learned, verbatim in several scripts; CSV read back."""

from __future__ import annotations

import csv

import pytest

from app.domain.commitments.model import DONE, PARTLY, CommitmentData
from app.export.csv_files import COMMITMENTS_HEADER, PAIRS_HEADER
from app.services.export.service import ExportOptions
from tests.export.helpers import export_pdf, flat_text, pdf_text, pdffonts, qpdf_check

MARKUP_CHANGE = "Try <b>FAFSA</b> & Dream Act nights < 5 pm > never &amp; <br/> Σωκράτης, Дмитрий, 山田太郎, Nguyễn"
RTL_WHO = "דוד כהן"
LEARNED = "Families came when the invitation was <i>in Spanish</i> & Mixteco; 山田 translated"


@pytest.fixture
def committed_demo(ran_demo, tmp_path, clock, demo_services):
    """The demo's commitments, one more in several scripts, and the commitments of an earlier convening."""
    from app.services.console.demo import build_demo

    svc = demo_services.commitments
    riverbend = next(i for i, n in svc.teams() if n == "Riverbend High School")
    svc.add(riverbend, CommitmentData(MARKUP_CHANGE, who=RTL_WHO, by_when="Friday & Monday",
                                      measure="Forms <started>", support="A room", support_from="buddy school"))
    build_demo(tmp_path / "earlier.convene", clock).close()
    svc.carry(tmp_path / "earlier.convene")
    carried = svc.commitments(carried=True)
    svc.set_status(carried[0].id, PARTLY, LEARNED)
    svc.set_status(carried[1].id, DONE, "")
    return ran_demo


@pytest.mark.parametrize("private", [True, False])
def test_every_teams_commitment_and_both_bright_spots_come_back(committed_demo, tmp_path, private, demo_services):
    svc = demo_services.commitments
    text = flat_text(export_pdf(demo_services, tmp_path / "h.pdf", private=private))
    assert "Commitments and bright spots" in text
    made_here = svc.commitments(carried=False)
    assert {c.team for c in made_here} == {n for _i, n in svc.teams()}  # the demo: every team has one
    for c in made_here:
        assert c.team in text
        for value in (c.change, c.by_when, c.measure, c.support_text()):
            assert value in text, value
        assert c.who == RTL_WHO or c.who in text
    spots = svc.bright_spots()
    assert len(spots) == 2
    for b in spots:
        assert f"{b.what_worked} For whom {b.for_whom} Evidence {b.evidence}" in text


def test_markup_and_several_scripts_are_text(committed_demo, tmp_path, demo_services):
    raw = pdf_text(export_pdf(demo_services, tmp_path / "h.pdf"))
    text = " ".join(raw.split())
    assert MARKUP_CHANGE in text
    assert "Forms <started>" in text and "Friday & Monday" in text
    assert RTL_WHO in text


def test_carried_commitments_show_where_from_status_and_learning(committed_demo, tmp_path, demo_services):
    svc = demo_services.commitments
    carried = svc.commitments(carried=True)
    assert len(carried) == 12
    text = flat_text(export_pdf(demo_services, tmp_path / "h.pdf"))
    assert "Last time you said you would" in text
    first, second = (c for c in carried if c.status in (PARTLY, DONE))
    assert f"{first.change} Made at {first.source}" in text
    assert f"Status Partly What was learned {LEARNED}" in text
    assert "Status Done" in text
    assert text.count("Status Not reviewed yet") == 10


def test_no_commitments_means_no_such_section(services, tmp_path):
    h = services.export.handout(ExportOptions(private=True))
    assert h.commitments == ()
    assert "Commitments and bright spots" not in pdf_text(export_pdf(services, tmp_path / "none.pdf"))


def test_commitments_pages_are_clean_embedded_and_render(committed_demo, tmp_path, demo_services):
    import os
    import subprocess
    from pathlib import Path

    from tests.export.helpers import tool

    out = export_pdf(demo_services, tmp_path / "c.pdf", private=True)
    assert qpdf_check(out).returncode == 0
    fonts = pdffonts(out)
    assert fonts and all(emb == "yes" for _n, emb in fonts), fonts
    folder = Path(os.environ.get("CONVENE_LOOK_DIR") or tmp_path)
    result = subprocess.run([tool("pdftoppm"), "-r", "50", "-png", str(out), str(folder / "commitments")],
                            capture_output=True, text=True)
    assert result.returncode == 0 and result.stderr == "", result.stderr


def _read(path):
    assert path.read_bytes().startswith(b"\xef\xbb\xbf"), f"{path.name} has no byte-order mark"
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def test_pairs_and_commitments_csv_read_back(committed_demo, tmp_path, demo_services):
    svc = demo_services.export
    written = svc.write_csv(svc.handout(ExportOptions()), tmp_path / "out")
    assert [p.name for p in written] == ["agenda.csv", "step_notes.csv", "pairs.csv", "commitments.csv", "wall.csv"]

    pairs = _read(tmp_path / "out" / "pairs.csv")
    assert pairs[0] == PAIRS_HEADER
    expected = [[str(r.number), r.title, *(list(g.names) + ["", ""])[:3], g.reason]
                for r in demo_services.pairing.rounds() for g in r.groups]
    assert pairs[1:] == expected and len(expected) == 12

    rows = _read(tmp_path / "out" / "commitments.csv")
    assert rows[0] == COMMITMENTS_HEADER
    records = [dict(zip(COMMITMENTS_HEADER, r)) for r in rows[1:]]
    by_change = {r["Change to test"]: r for r in records}
    all_commitments = demo_services.commitments.commitments()
    assert len(rows) - 1 == len(all_commitments) == 25
    mine = by_change[MARKUP_CHANGE]
    assert (mine["Team"], mine["Who"], mine["Measure"], mine["Support from"]) == (
        "Riverbend High School", RTL_WHO, "Forms <started>", "buddy school")
    assert [r["Status"] for r in records if r["Made at"] != "this convening"].count("partly") == 1
    assert any(r["Status"] == "partly" and r["What was learned"] == LEARNED for r in records)


def test_a_session_handout_holds_the_commitments_captured_in_it(committed_demo, demo_services):
    from app.services.console.demo import COMMITMENTS_ITEM

    svc = demo_services.export
    days = committed_demo.days()
    day_of, number = next((d, n) for d in (1, 2) for n, it in enumerate(svc.agenda.items(days[d - 1].id), 1)
                          if it.title == COMMITMENTS_ITEM)
    session = svc.handout(ExportOptions(day=day_of, items=(number, number)))
    made = [c for t in session.commitments for c in t.commitments]
    assert len(made) == 12 and {c.item for c in made} == {COMMITMENTS_ITEM}  # not the one typed with no item
    assert all(t.bright_spots == () for t in session.commitments)
    assert session.pairs == () and session.tables == ()
    other = svc.handout(ExportOptions(day=1, items=(2, 3)))
    assert other.commitments == () and other.pairs == ()
    whole = svc.handout(ExportOptions())
    assert sum(len(t.commitments) for t in whole.commitments) == 25
    assert sum(len(t.bright_spots) for t in whole.commitments) == 2 and len(whole.pairs) == 2
