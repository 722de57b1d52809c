"""Photos of chart paper in the handout: under their board, after its notes, scaled to the page's width with
their caption under them. Read back from the real PDF: pdfimages lists the embedded images at the stored
size, pdftotext finds the captions after the board's notes; and no EXIF reaches the PDF."""

from __future__ import annotations

import subprocess

import pytest

from tests.export.helpers import export_pdf, flat_text, page_texts, tool
from tests.services.photo_files import phone_jpeg

CAPTION = "Table 3's fishbone, before the gallery walk"


@pytest.fixture
def photographed(ran_demo, demo_services):
    wall = demo_services.wall
    board = wall.boards()[0].id
    wall.photos.add(board, phone_jpeg(3000, 2000), CAPTION)
    wall.photos.add(board, phone_jpeg(900, 1500, colour="green"))
    return board


def _images(pdf) -> list[list[str]]:
    out = subprocess.run([tool("pdfimages"), "-list", str(pdf)], capture_output=True, text=True, check=True).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


@pytest.mark.parametrize("private", [True, False])
def test_the_boards_photos_are_in_the_handout_with_their_captions(photographed, demo_services, tmp_path, private):
    pdf = export_pdf(demo_services, tmp_path / "h.pdf", private=private)
    text = flat_text(pdf)
    start = text.index("Sticky-note walls")
    heading = text.index("Photos of the chart paper", start)
    assert text.index(CAPTION, heading) < text.index("Photo 2 of 2", heading)
    assert text.index("Notes in no cluster", start) < heading or "Notes in no cluster" not in text[start:]
    sizes = {(int(row[3]), int(row[4])) for row in _images(pdf) if row[2] == "image"}
    assert {(2400, 1600), (900, 1500)} <= sizes, "both photos embedded as stored (at most 2400 px long)"
    assert b"PhoneMaker" not in pdf.read_bytes()


def test_a_wide_photo_takes_the_pages_width(photographed, demo_services, tmp_path):
    pdf = export_pdf(demo_services, tmp_path / "h.pdf")
    page = next(i for i, t in enumerate(page_texts(pdf), start=1) if CAPTION in t)
    bbox = subprocess.run([tool("pdftotext"), "-f", str(page), "-l", str(page), "-bbox", str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout
    width = float(bbox.split('<page width="')[1].split('"')[0])
    rows = [r for r in _images(pdf) if r[2] == "image" and (r[3], r[4]) == ("2400", "1600") and r[0] == str(page)]
    assert rows, "the wide photo is on its caption's page"
    ppi = float(rows[0][12])   # x-ppi: 2400 px over the drawn width in inches
    drawn = 2400 / ppi * 72
    assert drawn > 0.6 * width, f"the photo is {drawn:.0f} pt wide on a {width:.0f} pt page"


def test_a_phones_photo_waiting_under_moderation_is_not_in_the_handout(ran_demo, demo_services, tmp_path):
    from app.services.wall.photos import encode

    wall = demo_services.wall
    board = wall.boards()[0].id
    wall.photos.add_encoded(board, encode(phone_jpeg(1200, 800)), "Not put up yet", source="phone", waiting=True)
    pdf = export_pdf(demo_services, tmp_path / "h.pdf")
    text = flat_text(pdf)
    assert "Not put up yet" not in text and "Photos of the chart paper" not in text
    assert not [r for r in _images(pdf) if (r[3], r[4]) == ("1200", "800")]
