"""Sticky-note walls in the handout: the demo board's prompt, every cluster with its dots (most dots first),
every note verbatim (markup characters as text), "in our control" on the fishbone, authors only where they
belong, boards scoped like commitments; no boards, no section; wall.csv read back."""

from __future__ import annotations

import csv

import pytest

from app.services.export import ExportOptions, ExportService
from app.services.wall import WallService
from tests.export.helpers import export_pdf, flat_text, pdf_text

MARKUP_NOTE = "Forms <b>due</b> & AT&T < 5 pm > &amp; <br/> 山田太郎, Nguyễn"
RTL_NOTE = "הורים לא מגיעים לערב"
AUTHOR = "Riverbend <team>"


@pytest.fixture
def walled_demo(ran_demo):
    """The demo's fishbone, plus a loose note with markup and one in Hebrew by a named author."""
    wall = WallService(ran_demo)
    board = wall.boards()[0]
    wall.add_note(board.id, MARKUP_NOTE)
    wall.add_note(board.id, RTL_NOTE, author=AUTHOR)
    return ran_demo


def _board(ws):
    wall = WallService(ws)
    return wall.view(wall.boards()[0].id)


@pytest.mark.parametrize("private", [True, False])
def test_prompt_clusters_with_dots_and_every_note_come_back(walled_demo, tmp_path, private):
    view = _board(walled_demo)
    assert view.board.layout == "fishbone" and len(view.clusters) >= 3
    text = flat_text(export_pdf(walled_demo, tmp_path / "h.pdf", private=private))
    assert "Sticky-note walls" in text
    assert view.board.title in text
    assert " ".join(view.board.prompt.split()) in text
    for c in view.clusters:
        assert f"{c.name} · {c.dots} dot" in text, c.name
    for n in view.notes:
        if n.text != RTL_NOTE:
            assert " ".join(n.text.split()) in text, n.text


def test_clusters_come_most_dots_first_and_loose_notes_last(walled_demo, tmp_path):
    view = _board(walled_demo)
    text = flat_text(export_pdf(walled_demo, tmp_path / "h.pdf"))
    start = text.index("Sticky-note walls")
    ranked = sorted(view.clusters, key=lambda c: -c.dots)
    places = [text.index(f"{c.name} · ", start) for c in ranked]
    assert places == sorted(places)
    assert places[-1] < text.index("Notes in no cluster", start) < text.index(MARKUP_NOTE, start)


def test_markup_characters_and_scripts_are_text(walled_demo, tmp_path):
    raw = " ".join(pdf_text(export_pdf(walled_demo, tmp_path / "h.pdf")).split())
    assert MARKUP_NOTE in raw
    assert "הורים" in raw or "םירוה" in raw  # Hebrew present (pypdf may give display order)


def test_fishbone_marks_what_is_in_our_control(walled_demo, tmp_path):
    text = flat_text(export_pdf(walled_demo, tmp_path / "h.pdf"))
    view = _board(walled_demo)
    in_control = {n.cluster_id for n in view.notes if n.in_control}
    assert in_control
    for c in view.clusters:
        if c.id in in_control:
            assert f"{c.name} · {c.dots} dots · In our control" in text


def test_authors_only_in_the_facilitator_version_of_a_board_that_shows_them(walled_demo, tmp_path):
    wall = WallService(walled_demo)
    board = wall.boards()[0]
    shared = flat_text(export_pdf(walled_demo, tmp_path / "s.pdf"))
    hidden = flat_text(export_pdf(walled_demo, tmp_path / "f0.pdf", private=True))
    assert AUTHOR not in shared and AUTHOR not in hidden  # the board does not show authors yet
    wall.update_board(board.id, show_authors=True)
    shown = flat_text(export_pdf(walled_demo, tmp_path / "f1.pdf", private=True))
    assert AUTHOR in shown
    assert AUTHOR not in flat_text(export_pdf(walled_demo, tmp_path / "s1.pdf"))


def test_boards_follow_their_agenda_item_into_a_partial_handout(walled_demo):
    svc = ExportService(walled_demo)
    board = WallService(walled_demo).boards()[0]
    days = walled_demo.days()
    day_of_board = next(n for n, d in enumerate(days, start=1)
                        if board.item_id in {i.id for i in svc.agenda.items(d.id)})
    assert [b.title for b in svc.handout(ExportOptions(day=day_of_board)).wall] == [board.title]
    other = 2 if day_of_board == 1 else 1
    if other <= len(days):
        assert svc.handout(ExportOptions(day=other)).wall == ()


def test_no_boards_means_no_section(workspace, tmp_path):
    h = ExportService(workspace).handout(ExportOptions(private=True))
    assert h.wall == ()
    text = flat_text(export_pdf(workspace, tmp_path / "h.pdf", private=True))
    assert "Sticky-note walls" not in text


def test_wall_csv_holds_board_cluster_dots_and_note(walled_demo, tmp_path):
    svc = ExportService(walled_demo)
    svc.write_csv(svc.handout(ExportOptions()), tmp_path / "csv")
    with open(tmp_path / "csv" / "wall.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["board", "cluster", "dots", "note"]
    view = _board(walled_demo)
    names = {c.id: (c.name, str(c.dots)) for c in view.clusters}
    expected = {(view.board.title, *names[n.cluster_id], n.text) if n.cluster_id else
                (view.board.title, "", "", n.text) for n in view.notes}
    assert set(map(tuple, rows[1:])) == expected
    assert len(rows) - 1 == len(view.notes)
