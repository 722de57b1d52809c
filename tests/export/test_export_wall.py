"""Sticky-note walls in the handout: the demo board's prompt, every cluster with its dots (most dots first),
every note verbatim (markup characters as text), "in our control" on the fishbone, authors only where they
belong, boards scoped like commitments; no boards, no section; wall.csv read back."""

from __future__ import annotations

import csv

import pytest

from app.services.export.service import ExportOptions
from tests.export.helpers import export_pdf, flat_text, pdf_text

MARKUP_NOTE = "Forms <b>due</b> & AT&T < 5 pm > &amp; <br/> 山田太郎, Nguyễn"
RTL_NOTE = "הורים לא מגיעים לערב"
AUTHOR = "Riverbend <team>"


@pytest.fixture
def walled_demo(ran_demo, demo_services):
    """The demo's fishbone, plus a loose note with markup and one in Hebrew by a named author."""
    wall = demo_services.wall
    board = wall.boards()[0]
    wall.add_note(board.id, MARKUP_NOTE)
    wall.add_note(board.id, RTL_NOTE, author=AUTHOR)
    return ran_demo


def _board(services):
    wall = services.wall
    return wall.view(wall.boards()[0].id)


@pytest.mark.parametrize("private", [True, False])
def test_prompt_clusters_with_dots_and_every_note_come_back(walled_demo, tmp_path, private, demo_services):
    view = _board(demo_services)
    assert view.board.layout == "fishbone" and len(view.clusters) >= 3
    text = flat_text(export_pdf(demo_services, tmp_path / "h.pdf", private=private))
    assert "Sticky-note walls" in text
    assert view.board.title in text
    assert " ".join(view.board.prompt.split()) in text
    for c in view.clusters:
        assert f"{c.name} · {c.dots} dot" in text, c.name
    for n in view.notes:
        if n.text != RTL_NOTE:
            assert " ".join(n.text.split()) in text, n.text


def test_clusters_come_most_dots_first_and_loose_notes_last(walled_demo, tmp_path, demo_services):
    view = _board(demo_services)
    text = flat_text(export_pdf(demo_services, tmp_path / "h.pdf"))
    start = text.index("numbered as in the list below")  # after the picture, which holds the notes too
    ranked = sorted(view.clusters, key=lambda c: -c.dots)
    places = [text.index(f"{c.name} · ", start) for c in ranked]
    assert places == sorted(places)
    assert places[-1] < text.index("Notes in no cluster", start) < text.index(MARKUP_NOTE, start)


def test_markup_characters_and_scripts_are_text(walled_demo, tmp_path, demo_services):
    raw = " ".join(pdf_text(export_pdf(demo_services, tmp_path / "h.pdf")).split())
    assert MARKUP_NOTE in raw
    assert "הורים" in raw or "םירוה" in raw  # Hebrew present (pypdf may give display order)


def test_fishbone_marks_what_is_in_our_control(walled_demo, tmp_path, demo_services):
    text = flat_text(export_pdf(demo_services, tmp_path / "h.pdf"))
    view = _board(demo_services)
    in_control = {n.cluster_id for n in view.notes if n.in_control}
    assert in_control
    for c in view.clusters:
        if c.id in in_control:
            assert f"{c.name} · {c.dots} dots · In our control" in text


def test_authors_only_in_the_facilitator_version_of_a_board_that_shows_them(walled_demo, tmp_path, demo_services):
    wall = demo_services.wall
    board = wall.boards()[0]
    shared = flat_text(export_pdf(demo_services, tmp_path / "s.pdf"))
    hidden = flat_text(export_pdf(demo_services, tmp_path / "f0.pdf", private=True))
    assert AUTHOR not in shared and AUTHOR not in hidden  # the board does not show authors yet
    wall.update_board(board.id, show_authors=True)
    shown = flat_text(export_pdf(demo_services, tmp_path / "f1.pdf", private=True))
    assert AUTHOR in shown
    assert AUTHOR not in flat_text(export_pdf(demo_services, tmp_path / "s1.pdf"))


def test_boards_follow_their_agenda_item_into_a_partial_handout(walled_demo, demo_services):
    svc = demo_services.export
    board = demo_services.wall.boards()[0]
    days = walled_demo.days()
    day_of_board = next(n for n, d in enumerate(days, start=1)
                        if board.item_id in {i.id for i in svc.agenda.items(d.id)})
    assert [b.title for b in svc.handout(ExportOptions(day=day_of_board)).wall] == [board.title]
    other = 2 if day_of_board == 1 else 1
    if other <= len(days):
        assert svc.handout(ExportOptions(day=other)).wall == ()


def test_no_boards_means_no_section(services, tmp_path):
    h = services.export.handout(ExportOptions(private=True))
    assert h.wall == ()
    text = flat_text(export_pdf(services, tmp_path / "h.pdf", private=True))
    assert "Sticky-note walls" not in text


def test_wall_csv_holds_board_cluster_dots_and_note(walled_demo, tmp_path, demo_services):
    svc = demo_services.export
    svc.write_csv(svc.handout(ExportOptions()), tmp_path / "csv")
    with open(tmp_path / "csv" / "wall.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["board", "cluster", "dots", "note"]
    view = _board(demo_services)
    names = {c.id: (c.name, str(c.dots)) for c in view.clusters}
    expected = {(view.board.title, *names[n.cluster_id], n.text) if n.cluster_id else
                (view.board.title, "", "", n.text) for n in view.notes}
    assert set(map(tuple, rows[1:])) == expected
    assert len(rows) - 1 == len(view.notes)


# -- the picture of the wall -------------------------------------------------------------------------------

def _render(pdf, page: int, folder, name: str, dpi: int = 60):
    """One page as a PNG (pdftoppm), opened with Pillow; kept in CONVENE_LOOK_DIR when it is set."""
    import os
    import subprocess
    from pathlib import Path

    from PIL import Image

    from tests.export.helpers import tool

    folder = Path(os.environ.get("CONVENE_LOOK_DIR") or folder)
    stem = folder / name
    subprocess.run([tool("pdftoppm"), "-f", str(page), "-l", str(page), "-r", str(dpi), "-png", "-singlefile",
                    str(pdf), str(stem)], check=True, capture_output=True)
    return Image.open(f"{stem}.png").convert("RGB")


def _page_of(pdf, marker: str) -> int:
    from tests.export.helpers import page_texts

    return next(n for n, t in enumerate(page_texts(pdf), start=1) if marker in " ".join(t.split()))


def _pixels(image, hex_colour: str) -> int:
    import numpy as np

    want = np.array([int(hex_colour[i:i + 2], 16) for i in (1, 3, 5)])
    return int((np.abs(np.asarray(image, dtype=int) - want).max(axis=2) <= 3).sum())


def test_the_handout_gathers_a_picture_of_each_board_as_it_stands(walled_demo, demo_services):
    from app.domain.wall.palette import colour

    view = _board(demo_services)
    board = demo_services.export.handout(ExportOptions()).wall[0]
    pic = board.picture
    assert pic is not None
    assert sorted((n.x, n.y, n.fill) for n in pic.notes) == sorted((n.x, n.y, colour(n.colour).fill)
                                                                    for n in view.notes)
    assert [c.number for c in pic.clusters] == list(range(1, len(board.clusters) + 1))
    assert [c.name for c in pic.clusters] == [c.name for c in board.clusters]  # numbered as the list is
    frames = {c.name: c.frame for c in pic.clusters}
    names = {c.id: c.name for c in view.clusters}
    bx, by, bw, bh = pic.bounds
    for n in view.notes:
        assert bx <= n.x and by <= n.y and n.x + 260 <= bx + bw and n.y + 170 <= by + bh
        if n.cluster_id is not None:
            x, y, w, h = frames[names[n.cluster_id]]
            assert x < n.x and y < n.y and n.x + 260 < x + w and n.y + 170 < y + h
    assert pic.head is not None and len(pic.bones) == 1 + len(pic.clusters)  # the spine and a bone each
    assert pic.head_text == view.board.prompt


def test_the_wall_page_shows_the_notes_in_their_colours_and_the_clusters_by_number(walled_demo, tmp_path,
                                                                                   demo_services):
    from app.domain.wall.palette import colour

    pdf = export_pdf(demo_services, tmp_path / "h.pdf")
    page = _page_of(pdf, "The wall as it was left")
    text = " ".join(page_texts_of(pdf)[page - 1].split())
    view = _board(demo_services)
    assert f"The wall as it was left: {len(view.notes)} notes, {len(view.clusters)} clusters" in text
    picture_part = text[:text.index("The wall as it was left")]
    for c in view.clusters:
        assert _labelled(c.name, picture_part)  # each frame is labelled with its name
        assert c.dots == 0 or f"{c.dots} dot" in picture_part  # and its dots
    assert any(c.dots for c in view.clusters)
    prompt = " ".join(view.board.prompt.split())
    inside = picture_part[picture_part.index(prompt) + len(prompt):]
    drawn = [n for n in view.notes if " ".join(n.text.split()[:2]) in inside]
    assert len(drawn) > len(view.notes) / 2  # a wall this size is big enough to read the notes in the picture
    ranked = sorted(view.clusters, key=lambda c: (-c.dots, c.id))
    for k, c in enumerate(ranked, start=1):
        assert f"{k}. {c.name} · " in text or k > 1  # the list numbers them as the picture does
    image = _render(pdf, page, tmp_path, "wall-demo")
    for key in {n.colour for n in view.notes}:
        assert _pixels(image, colour(key).fill) > 200, key   # notes drawn, in their own colours
    assert _pixels(image, "#FDF0D5") > 200                   # the fishbone's head


def _labelled(name: str, text: str) -> bool:
    """The name in full, or its first 6 characters or more cut off with "…" (a label one line long)."""
    name = " ".join(name.split())
    return name in text or any(name[:i].rstrip() + "…" in text for i in range(6, len(name)))


def page_texts_of(pdf):
    from tests.export.helpers import page_texts

    return page_texts(pdf)


def test_a_board_of_300_notes_fits_one_page_with_its_cluster_names_legible(services, tmp_path):
    from pypdf import PdfReader

    from tests.export.helpers import qpdf_check

    wall = services.wall
    board = wall.add_board("Three hundred ideas", "What gets in the way of reading at home?")
    ids = wall.add_notes(board, [f"Idea number {n:03d} about reading at home" for n in range(300)])
    colours = ["yellow", "blue", "orange", "green", "pink", "red"]
    sizes = [60, 45, 40, 30, 25, 20, 20, 15, 10, 10, 5]   # 280 clustered, 20 loose
    names, start = [], 0
    for k, size in enumerate(sizes):
        names.append(f"Theme {k + 1}: {'a long cluster name that goes on ' if k % 3 == 0 else ''}Ω Ж 中")
        wall.set_colour(ids[start:start + size], colours[k % len(colours)])
        wall.make_cluster(board, ids[start:start + size], names[-1])
        start += size
    wall.tidy(board)
    pdf = export_pdf(services, tmp_path / "big.pdf", private=True)
    assert qpdf_check(pdf).returncode == 0
    page = _page_of(pdf, "The wall as it was left")
    text = " ".join(page_texts_of(pdf)[page - 1].split())
    assert "Three hundred ideas" in text  # the picture sits on the board's own page
    assert "The wall as it was left: 300 notes, 11 clusters" in text
    picture_part = text[:text.index("The wall as it was left")]
    for name in names:
        assert _labelled(name, picture_part)
    assert "Idea number 000" not in picture_part  # too small to read: colour blocks, not 2-point text
    everything = " ".join(" ".join(page_texts_of(pdf)).split())
    for n in range(300):
        assert f"Idea number {n:03d} about reading at home" in everything  # every note listed in full
    assert len(PdfReader(str(pdf)).pages) < 25
    image = _render(pdf, page, tmp_path, "wall-300", dpi=100)
    for key in colours:
        from app.domain.wall.palette import colour

        assert _pixels(image, colour(key).fill) > 300, key


def test_a_big_fishbone_keeps_its_head_and_problem_readable(services, tmp_path):
    wall = services.wall
    problem = "Why do 9th graders fall off track in the first semester at our schools?"
    board = wall.add_board("Falling off track", problem)
    ids = wall.add_notes(board, [f"Cause {n}" for n in range(150)])
    start = 0
    for k, size in enumerate([30, 25, 20, 20, 15, 15, 10, 5]):
        wall.make_cluster(board, ids[start:start + size], f"Bone {k + 1}")
        start += size
    wall.set_layout(board, "fishbone")
    pdf = export_pdf(services, tmp_path / "fish.pdf")
    page = _page_of(pdf, "The wall as it was left")
    text = " ".join(page_texts_of(pdf)[page - 1].split())
    picture_part = text[:text.index("The wall as it was left")]
    assert picture_part.count(problem) == 2  # the board's question above, and in the fish's head
    image = _render(pdf, page, tmp_path, "wall-fish", dpi=60)
    head_px = _pixels(image, "#FDF0D5")
    assert head_px > 0.5 * (96 * 60 / 72) * (58 * 60 / 72)  # at least HEAD_MIN, however small the fish's own head
