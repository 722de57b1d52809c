"""PDF handouts parsed back: sections, verbatim text in many scripts, fonts embedded, shared vs facilitator."""

from __future__ import annotations

import unicodedata

import pytest
from pypdf import PdfReader

from app.services.core.jobs import SyncRunner
from app.services.export.service import ExportError, ExportOptions
from app.services.people.records import ParticipantData, TeamData
from tests.export.helpers import (
    EXTRA_NAMES,
    MARKUP_NOTE,
    PRIVATE_NOTE,
    export_pdf,
    flat_text,
    page_texts,
    pdf_text,
    pdffonts,
    qpdf_check,
)

DEMO_NAMES = ("Nguyễn Thị Lan", "김민준", "陈美玲", "Siobhán O'Connell", "Zoë Whitfield")


def test_facilitator_handout_has_every_section_with_data(facilitator_pdf):
    text = pdf_text(facilitator_pdf)
    for heading in ("Open Doors to Aid", "Agenda: planned and actual", "Protocols run",
                    "Roster: sign-in and contacts", "Facilitator version"):
        assert heading in text
    assert "Step 1 · Open the circle" in text
    assert "Credit:" in text


def test_user_text_is_verbatim_markup_characters_included(facilitator_pdf):
    text = pdf_text(facilitator_pdf)
    assert MARKUP_NOTE in text  # '<b>', '&amp;', '<br/>', '<font>' are text, not markup
    assert PRIVATE_NOTE in text


@pytest.mark.parametrize("name", DEMO_NAMES + tuple(n for n in EXTRA_NAMES))
def test_names_in_every_script_come_back(facilitator_pdf, name):
    assert name in flat_text(facilitator_pdf)


def test_arabic_is_shaped_and_comes_back_in_reading_order(facilitator_pdf):
    text = pdf_text(facilitator_pdf)
    shaped = [line for line in text.splitlines() if any("\ufe70" <= ch <= "\ufeff" for ch in line)]
    assert shaped, "no shaped (presentation-form) Arabic in the PDF"
    logical = unicodedata.normalize("NFKC", "\n".join(shaped))
    assert "ليلى حداد" in logical


def test_overrun_and_early_end_are_marked(facilitator_pdf):
    text = flat_text(facilitator_pdf)
    assert "Over by 2 min" in text
    assert "not run" in text
    assert "The day ended after item 3; the items after it were not run." in text


def test_page_x_of_y_on_every_page(facilitator_pdf):
    pages = page_texts(facilitator_pdf)
    assert len(pages) > 2
    for n, page in enumerate(pages, start=1):
        assert f"Page {n} of {len(pages)}" in page


def test_qpdf_finds_nothing_wrong(facilitator_pdf):
    result = qpdf_check(facilitator_pdf)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_font_is_embedded(facilitator_pdf):
    fonts = pdffonts(facilitator_pdf)
    assert fonts
    assert all(emb == "yes" for _name, emb in fonts), fonts
    names = " ".join(n for n, _ in fonts)
    assert "DejaVuSans" in names and "WenQuanYiZenHei" in names


def test_shared_handout_has_no_roster_emails_or_private_notes(shared_pdf, ran_demo, demo_services):
    text = pdf_text(shared_pdf)
    assert "Shared version" in text and "Facilitator version" not in text
    assert "Roster" not in text
    assert "@" not in text
    assert PRIVATE_NOTE not in text
    assert "Facilitator notes" not in text
    assert MARKUP_NOTE in text  # the room's notes are shared
    for p in demo_services.people.participants():
        assert p.name not in text  # no list of who came


def test_empty_convening_gives_a_cover_only(services, tmp_path):
    out = export_pdf(services, tmp_path / "empty.pdf")
    pages = page_texts(out)
    assert len(pages) == 1
    assert "Spring Convening" in pages[0] and "Page 1 of 1" in pages[0]
    assert "Agenda" not in pages[0] and "Protocols" not in pages[0]
    assert qpdf_check(out).returncode == 0


def test_roster_of_150_people_splits_with_headers_repeated(services, tmp_path):
    people = services.people
    team = people.add_team(TeamData("Very Large Team", "North District"))
    for n in range(150):
        people.add_participant(ParticipantData(f"Participant {n:03d} Nguyễn", "", f"p{n:03d}@example.org",
                                               "teacher", team))
    out = export_pdf(services, tmp_path / "big.pdf", private=True)
    pages = page_texts(out)
    text = "\n".join(pages)
    for n in range(150):
        assert f"Participant {n:03d} Nguyễn" in text
    roster_pages = [p for p in pages if "Participant 0" in p or "Participant 1" in p]
    assert len(roster_pages) >= 3
    for page in roster_pages:
        assert "Signature" in page  # the table header comes back on every page it runs onto
    assert qpdf_check(out).returncode == 0


def test_long_notes_wrap_and_split_across_pages(ran_demo, tmp_path, demo_services):
    svc = demo_services.export
    item = svc.agenda.items(ran_demo.days()[0].id)[1]
    long = " ".join(f"word{n}" for n in range(2200))
    svc.protocols.set_step_note(item.id, 2, long)
    out = export_pdf(demo_services, tmp_path / "long.pdf")
    text = flat_text(out)
    assert "word0 word1" in text and "word2199" in text


def test_day_and_items_choose_what_the_handout_covers(ran_demo, tmp_path, demo_services):
    items = demo_services.export.agenda.items(ran_demo.days()[0].id)
    out = export_pdf(demo_services, tmp_path / "session.pdf", day=1, items=(2, 3))
    text = pdf_text(out)
    assert "Day 1, items 2 to 3" in text
    assert items[1].title in text and items[2].title in text
    assert items[0].title not in text and items[4].title not in text
    assert "Thursday 21 January 2027" in text and "Friday" not in text


def test_a_day_that_does_not_exist_is_refused_in_one_sentence(ran_demo, demo_services):
    with pytest.raises(ExportError, match=r"^Day 5: this convening has 2 days; choose 1 to 2\.$"):
        demo_services.export.handout(ExportOptions(day=5))


@pytest.mark.parametrize(("paper", "width"), [("A4", 595), ("Letter", 612)])
def test_paper_size(services, tmp_path, paper, width):
    out = export_pdf(services, tmp_path / f"{paper}.pdf", paper=paper)
    assert round(float(PdfReader(str(out)).pages[0].mediabox.width)) == width


def test_cancelled_build_leaves_no_file(ran_demo, tmp_path, demo_services):
    svc = demo_services.export
    out = tmp_path / "cancel.pdf"
    seen = []
    runner = SyncRunner()
    token_box = {}

    def progress(p):
        seen.append(p.label)
        if p.label == "Protocols":
            token_box["token"].cancel()

    from app.services.core.jobs import Callbacks

    job = svc.pdf_job(svc.handout(ExportOptions(private=True)), out)

    def wrapped(token):
        token_box["token"] = token
        return job(token)

    cancelled = []
    runner.start(wrapped, Callbacks(progress=progress, cancelled=lambda: cancelled.append(True),
                                    done=lambda r: pytest.fail("finished after cancel")))
    assert cancelled == [True]
    assert not out.exists()
    assert list(tmp_path.glob("*.part")) == [] and list(tmp_path.glob(".*.part")) == []


def test_an_item_still_running_says_so(demo_workspace, clock, tmp_path, demo_services):
    svc = demo_services.export
    first = svc.agenda.items(demo_workspace.days()[0].id)[0]
    svc.live.goto(first.id)
    clock.advance(600)
    text = flat_text(export_pdf(demo_services, tmp_path / "running.pdf", day=1))
    assert "08:30–still running" in text
    assert "The day ended" not in text  # it has not ended: an item is running


def test_a_long_title_keeps_the_footer_on_one_line(workspace, tmp_path, services):
    details = workspace.details()
    long_title = "A very long convening title " * 7
    from dataclasses import replace

    workspace.update_details(replace(details, title=long_title.strip()[:200]))
    pages = page_texts(export_pdf(services, tmp_path / "long-title.pdf"))
    footer = [line for line in pages[0].splitlines() if "Page 1 of 1" in line or line.endswith("…")]
    assert any(line.endswith("…") for line in footer), pages[0]


def test_a_long_arabic_note_wraps_in_reading_order(ran_demo, tmp_path, demo_services):
    letters = "بتثجحخسشصضطظعغفقكلمنهي"
    words = [a + b + "ا" + c for a, b, c in zip(letters * 3, letters[5:] + letters * 2, letters[9:] + letters * 2)]
    svc = demo_services.export
    item = svc.agenda.items(ran_demo.days()[0].id)[1]
    svc.protocols.set_step_note(item.id, 3, " ".join(words))
    text = pdf_text(export_pdf(demo_services, tmp_path / "rtl.pdf"))
    lines = [unicodedata.normalize("NFKC", line).split() for line in text.splitlines()]
    note_lines = [ln for ln in lines if ln and set(ln) <= set(words)]
    assert len(note_lines) >= 3, "the note should wrap onto several lines"
    assert words[0] in note_lines[0] and words[-1] in note_lines[-1]
    flat = [w for ln in note_lines for w in ln]
    assert flat == words  # every word once, lines in reading order


def test_pages_render_without_complaints(facilitator_pdf, tmp_path):
    """pdftoppm draws every page with no font or syntax warnings (PNGs kept when CONVENE_LOOK_DIR is set)."""
    import os
    import subprocess
    from pathlib import Path

    from tests.export.helpers import tool

    folder = Path(os.environ.get("CONVENE_LOOK_DIR") or tmp_path)
    result = subprocess.run([tool("pdftoppm"), "-r", "40", "-png", str(facilitator_pdf), str(folder / "handout")],
                            capture_output=True, text=True)
    assert result.returncode == 0 and result.stderr == "", result.stderr
    assert len(list(folder.glob("handout-*.png"))) == len(page_texts(facilitator_pdf))


def test_items_without_a_day_count_across_the_convening(ran_demo, demo_services):
    svc = demo_services.export
    day1, day2 = (svc.agenda.items(d.id) for d in ran_demo.days())
    n = len(day1)
    h = svc.handout(ExportOptions(items=(n, n + 1)))
    assert [(d.number, [r.title for r in d.rows]) for d in h.days] == [
        (1, [day1[-1].title]), (2, [day2[0].title])]
    assert h.cover.scope == f"Items {n} to {n + 1}"
    assert h.cover.dates == tuple(d.date for d in ran_demo.days())
    assert svc.handout(ExportOptions(items=(1, 2))).cover.dates == (ran_demo.days()[0].date,)


@pytest.mark.parametrize("stop_at", range(10))
def test_cancel_at_any_point_means_no_file_and_finishing_means_a_file(ran_demo, tmp_path, stop_at, demo_services):
    from app.services.core.jobs import Callbacks

    svc = demo_services.export
    out = tmp_path / "h.pdf"
    job = svc.pdf_job(svc.handout(ExportOptions()), out)
    box, seen, outcome = {}, [], []

    def keep_token(token):
        box["token"] = token
        return job(token)

    def progress(p):
        seen.append(p.label)
        if len(seen) - 1 == stop_at:
            box["token"].cancel()

    SyncRunner().start(keep_token, Callbacks(progress=progress, done=lambda _r: outcome.append("done"),
                                             cancelled=lambda: outcome.append("cancelled")))
    if stop_at < len(seen):
        assert outcome == ["cancelled"] and not out.exists(), (seen, stop_at)
    else:
        assert outcome == ["done"] and out.exists()


def test_empty_sections_say_so_or_stay_out(workspace, tmp_path, services):
    """A protocol item run with no notes, a board with no notes, a conversation nobody spoke in, a team
    with no commitments: no crash, each empty part says so or is left out, and the file is sound."""
    from app.services.agenda.service import ItemData
    from tests.export.helpers import tool

    svc = services.export
    day = workspace.days()[0].id
    item = svc.agenda.add_item(day, ItemData("Morning consultancy", minutes=40))
    services.protocols.attach(item, svc.protocols.all()[0].name)
    people = services.people
    team = people.add_team(TeamData("Quiet School"))
    person = people.add_participant(ParticipantData("Ana Quiet", "", "", "teacher", team))
    services.wall.add_board("Empty board", "What gets in the way?", item_id=item)
    svc.live.goto(item)
    services.talk.start_conversation([person], title="Nobody spoke")
    workspace.clock.advance(60)
    svc.live.stop()
    for private in (False, True):
        out = export_pdf(services, tmp_path / f"empty-{private}.pdf", private=private)
        text = flat_text(out)
        assert "Protocols run" in text and "No notes for this step." in text
        assert "Empty board What gets in the way? No notes on this board yet." in text
        assert "The wall as it was left" not in text  # no picture of nothing
        assert "Talk balance" not in text and "Nobody spoke" not in text
        assert "Commitments and bright spots" not in text
        assert qpdf_check(out).returncode == 0
        import subprocess

        r = subprocess.run([tool("pdftoppm"), "-r", "30", "-png", str(out), str(tmp_path / f"e{private}")],
                           capture_output=True, text=True)
        assert r.returncode == 0 and r.stderr == ""


def test_a_day_that_ended_early_still_hands_out_what_the_room_made(ran_demo, tmp_path, demo_services):
    """Parabol's summary came out empty when a meeting ended early; this one has everything made before the end."""
    svc = demo_services.export
    day = svc.handout(ExportOptions(day=1)).days[0]
    assert day.ended_early and sum(r.ran for r in day.rows) == 3 < len(day.rows)
    text = flat_text(export_pdf(demo_services, tmp_path / "day1.pdf", day=1))
    assert "The day ended after item 3; the items after it were not run." in text
    assert MARKUP_NOTE in text                       # the step notes taken before the end
    assert "Sticky-note walls" in text and "The wall as it was left" in text
    board = demo_services.wall.boards()[0]
    assert board.title in text
    assert "Talk balance" in text and "Commitments and bright spots" in text


def test_a_roster_of_150_in_30_teams_reads_as_a_sign_in_sheet(services, tmp_path):
    """150 people in 30 teams (names in several scripts, some very long): every person once, every team
    headed, no table split with its header alone at a page foot; pages rendered (CONVENE_LOOK_DIR keeps them)."""
    import os
    import subprocess
    from pathlib import Path

    from tests.export.helpers import tool

    people = services.people
    scripts = ["Nguyễn Văn", "Σωκράτης", "Дмитрий", "דוד", "山田", "ليلى", "Siobhán"]
    names = []
    for t in range(30):
        team = people.add_team(TeamData(f"School {t:02d} " + ("of the Very Long Name Academy" if t % 7 == 0 else ""),
                                        f"District {t % 4}"))
        for k in range(5):
            name = f"{scripts[(t + k) % len(scripts)]} Person{t:02d}{k}" + (" Maximiliana-Bartholomew" * (k == 4))
            names.append(name)
            people.add_participant(ParticipantData(name, "she/her", f"p{t:02d}{k}@example.org", "teacher", team))
    out = export_pdf(services, tmp_path / "roster.pdf", private=True)
    assert qpdf_check(out).returncode == 0
    pages = page_texts(out)
    roster = [" ".join(p.split()) for p in pages if "Signature" in p]
    text = " ".join(roster)
    assert "150 people in 30 teams" in text
    for t in range(30):
        assert f"School {t:02d}" in text
    for t in range(30):
        for k in range(5):
            assert text.count(f"Person{t:02d}{k}") == 1, (t, k)
    for page in roster:  # a page that has a team's header row has at least one person of it under it
        assert page.count("Signature") <= page.count("@example.org")
    assert 6 <= len(roster) <= 20
    folder = Path(os.environ.get("CONVENE_LOOK_DIR") or tmp_path)
    r = subprocess.run([tool("pdftoppm"), "-r", "50", "-png", str(out), str(folder / "roster150")],
                       capture_output=True, text=True)
    assert r.returncode == 0 and r.stderr == ""
