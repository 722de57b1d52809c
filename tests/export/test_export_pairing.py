"""Buddy pairs and tables in the handout: each round's pairs and trio with the reasons, pair cards with a
vCard QR code of each school's contact in the facilitator version only, tables as a list per table."""

from __future__ import annotations

import pytest

from app.export.handout import Contact
from app.export.vcard import vcard
from app.services.export.service import ExportOptions
from app.services.pairing.tables import TableRules
from app.services.people.records import ParticipantData, TeamData
from tests.export.helpers import export_pdf, flat_text, pdf_text, pdffonts, qpdf_check

NEW_TEAM = "Escuela <b>Ñandú</b> & 山田 Σχολείο"


@pytest.fixture
def paired_demo(ran_demo, demo_services):
    """The demo's two rounds, a thirteenth team (so round 3 has a trio) and a round of tables."""
    people = demo_services.people
    team = people.add_team(TeamData(NEW_TEAM, "Nueva District"))
    people.add_participant(ParticipantData("Dmitri Волков", "", "dmitri@example.org", "principal", team))
    demo_services.pairing.compute_rounds(1, titles=["Day 2 · Afternoon <trio> round"])
    demo_services.pairing.tables.compute(TableRules(), 1)
    return ran_demo


def _qr_texts(flowables) -> list[str]:
    """What every QR code in a story encodes (tables and keep-togethers opened)."""
    out = []

    def walk(f):
        if isinstance(f, (list, tuple)):
            for x in f:
                walk(x)
        elif hasattr(f, "_cellvalues"):
            walk(f._cellvalues)
        elif hasattr(f, "_content"):
            walk(f._content)
        elif hasattr(f, "text") and type(f).__name__ == "QrCode":
            out.append(f.text)

    walk(flowables)
    return out


def _pairs_story(services, private: bool):
    from app.export import sections
    from app.export.fonts import register
    from app.export.styles import make_styles

    h = services.export.handout(ExportOptions(private=private))
    return h, sections.pairing.flowables(h, make_styles(register()))


def _why(reason: str) -> str:
    return reason[:1].upper() + reason[1:] + "."


@pytest.mark.parametrize("private", [True, False])
def test_every_rounds_pairs_and_reasons_come_back(paired_demo, tmp_path, private, demo_services):
    rounds = demo_services.pairing.rounds()
    assert len(rounds) == 3 and any(len(g.team_ids) == 3 for g in rounds[2].groups)
    text = flat_text(export_pdf(demo_services, tmp_path / "h.pdf", private=private))
    assert "Buddy schools" in text
    for r in rounds:
        assert r.title in text
        for g in r.groups:
            for name in g.names:
                assert name in text
            assert g.reason and _why(g.reason) in text, g.reason
    trio = next(g for g in rounds[2].groups if len(g.team_ids) == 3)
    assert f"{trio.names[0]}, {trio.names[1]} & {trio.names[2]} (trio)" in text


def test_pair_cards_carry_each_schools_contact_as_a_vcard(paired_demo, demo_services):
    h, story = _pairs_story(demo_services, private=True)
    people = demo_services.people
    first_with_email: dict[str, Contact] = {}
    for p in people.participants():
        if p.email and p.team_name not in first_with_email:
            first_with_email[p.team_name] = Contact(p.name, p.email, p.role)
    expected = [vcard(first_with_email[name], name, f"Buddy school, {r.title}, {h.cover.title}")
                for r in demo_services.pairing.rounds() for g in r.groups for name in g.names]
    codes = _qr_texts(story)
    assert codes == expected
    riverbend = next(c for c in codes if "ORG:Riverbend High School" in c)
    assert "EMAIL;TYPE=INTERNET:alicia.montgomery@example.edu" in riverbend  # the first by name with an email
    assert "FN:Alicia Montgomery" in riverbend and "TITLE:principal" in riverbend
    escaped = next(c for c in codes if "Ñandú" in c)
    assert "ORG:Escuela <b>Ñandú</b> & 山田 Σχολείο\r\n" in escaped


def test_shared_handout_has_pairs_but_no_contacts_codes_or_names_of_people(paired_demo, tmp_path, demo_services):
    h, story = _pairs_story(demo_services, private=False)
    assert _qr_texts(story) == []
    assert all(s.contact is None for r in h.pairs for g in r.groups for s in g.schools)
    assert all(t.names == () for r in h.tables for t in r.tables)
    text = pdf_text(export_pdf(demo_services, tmp_path / "shared.pdf"))
    assert "@" not in text and "BEGIN:VCARD" not in text
    for p in demo_services.people.participants():
        assert p.name not in text
    assert "Who sits at which table is in the facilitator version." in text


def test_a_school_without_an_email_gets_no_code(ran_demo, demo_services):
    people = demo_services.people
    team = people.add_team(TeamData("Quiet School"))
    people.add_participant(ParticipantData("No Mail Person", "", "", "teacher", team))
    demo_services.pairing.compute_rounds(1)
    h, story = _pairs_story(demo_services, private=True)
    quiet = next(g for g in h.pairs[-1].groups if "Quiet School" in g.names)
    codes = _qr_texts(story)
    assert not any(f"ORG:{name}\r\n" in c and "Buddy school\\, Round 3\\," in c for c in codes for name in quiet.names)
    others = sum(len(g.schools) for g in h.pairs[-1].groups if g is not quiet)
    assert len(codes) == 24 + others  # rounds 1-2 whole; in round 3, all but Quiet School's group
    assert "No email in the roster: add one to print a contact code." in flat_text(
        export_pdf(demo_services, ran_demo.path.with_name("quiet.pdf"), private=True))


def test_tables_are_listed_per_table_with_names_in_the_facilitator_version(paired_demo, tmp_path, demo_services):
    seating = demo_services.pairing.tables.rounds()[0]
    text = flat_text(export_pdf(demo_services, tmp_path / "f.pdf", private=True))
    assert "Tables" in text and seating.title in text
    from app.export.text import has_rtl

    for t in seating.tables:
        assert f"{t.number} ({len(t.names)}) {t.summary}" in text
        for name in t.names:
            assert has_rtl(name) or name in text  # right-to-left names come back in display order


def test_no_pairs_or_tables_means_no_such_section(services, tmp_path):
    h = services.export.handout(ExportOptions(private=True))
    assert h.pairs == () and h.tables == ()
    text = pdf_text(export_pdf(services, tmp_path / "none.pdf", private=True))
    assert "Buddy schools" not in text and "Tables" not in text


def test_pairs_pages_are_clean_embedded_and_render(paired_demo, tmp_path, demo_services):
    import os
    import subprocess
    from pathlib import Path

    from tests.export.helpers import tool

    out = export_pdf(demo_services, tmp_path / "pairs.pdf", private=True)
    assert qpdf_check(out).returncode == 0
    fonts = pdffonts(out)
    assert fonts and all(emb == "yes" for _n, emb in fonts), fonts
    folder = Path(os.environ.get("CONVENE_LOOK_DIR") or tmp_path)
    result = subprocess.run([tool("pdftoppm"), "-r", "50", "-png", str(out), str(folder / "pairs")],
                            capture_output=True, text=True)
    assert result.returncode == 0 and result.stderr == "", result.stderr


def test_vcard_escapes_commas_semicolons_and_line_breaks():
    card = vcard(Contact("Ortiz; Ana, Dr.", "ana@example.org", "lead\\coach"), "St. Mary's, North\nCampus", "a;b")
    lines = card.split("\r\n")
    assert lines[:2] == ["BEGIN:VCARD", "VERSION:3.0"] and lines[-2:] == ["END:VCARD", ""]
    assert "FN:Ortiz\\; Ana\\, Dr." in lines and "ORG:St. Mary's\\, North\\nCampus" in lines
    assert "TITLE:lead\\\\coach" in lines and "NOTE:a\\;b" in lines and "EMAIL;TYPE=INTERNET:ana@example.org" in lines
