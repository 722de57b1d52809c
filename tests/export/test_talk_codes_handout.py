"""Codes on turns and the speaking queue in the handout, read back from the PDF: the facilitator version
has code counts per person and the queue hand by hand; the shared version has codes and who followed whom
only by the groups the one suppression rule shows (no group under k), never a name."""

from __future__ import annotations

import os
import re
import shutil

import pytest

from tests.export.helpers import export_pdf, flat_text


@pytest.fixture
def coded(ran_demo, demo_services, clock):
    """The demo's whole-room conversation goes on: six people speak, their turns coded; two hands go up."""
    talk = demo_services.talk
    conv = next(c for c in talk.conversations() if c.scope == "Whole room")
    talk.choose(conv.id)
    talk.codes.use_defaults()
    speakers = list(conv.members[:6])
    for n, p in enumerate(speakers):
        talk.tap(p)
        clock.advance(20 + n)
        talk.codes.toggle(n % 2)           # builds on someone / asks a question
        if n == 2:
            talk.codes.toggle(2)           # brings evidence
    talk.silence()
    talk.queue.raise_hand(conv.members[10])
    clock.advance(3)
    talk.queue.raise_hand(conv.members[11])
    talk.queue.call_next()
    talk.silence()
    return talk, conv, speakers


def _codes_part(text: str) -> str:
    start = text.index("Codes on turns")
    ends = [i for i in (text.find(h, start) for h in ("Speaking queue (facilitator", "Buddy schools", "Tables",
                                                        "Commitments and bright spots", "Roster: sign-in")) if i > 0]
    return text[start:min(ends) if ends else len(text)]


def test_the_facilitator_version_has_codes_per_person_and_the_queue(coded, demo_services, tmp_path):
    talk, conv, speakers = coded
    text = flat_text(export_pdf(demo_services, tmp_path / "f.pdf", private=True))
    assert "Codes on turns" in text and "1. builds on someone" in text
    part = _codes_part(text)
    assert "Codes per person (facilitator version only)" in part
    names = talk.names()
    third = names[speakers[2]]
    assert f"{third} 2 1 0 1 0" in part, "2 turns coded: builds on someone once, brings evidence once"
    assert "Speaking queue (facilitator version only)" in text
    assert f"{names[conv.members[10]]} " in text.split("Speaking queue (facilitator version only)")[1]
    assert "called" in text and "still waiting" in text


def test_the_shared_version_has_codes_only_by_groups_the_suppression_shows(coded, demo_services, tmp_path):
    talk, conv, speakers = coded
    text = flat_text(export_pdf(demo_services, tmp_path / "s.pdf"))
    part = _codes_part(text)
    names = talk.names()
    assert "Codes per person" not in text and "Speaking queue" not in text
    for p in conv.members:
        assert names[p] not in part, f"{names[p]} is named in the shared codes"
    now = demo_services.workspace.clock.now()
    shown = 0
    for lens in talk.lenses():
        room = talk.room.room_view(lens_id=lens.id, now=now, conv_id=conv.id)
        assert f"{lens.name}: codes by group" in part
        for g in room.suppressed.groups:
            assert len(g.members) >= room.suppressed.k
            assert f"{g.label} {len(g.members)} " in part
            shown += 1
        lens_part = part.split(f"{lens.name}: codes by group")[1].split("codes by group")[0]
        for hidden in room.suppressed.hidden:
            assert not re.search(rf"(^| ){re.escape(hidden)} [0-4] ", lens_part), f"{hidden} is under k"
    assert shown >= 4
    assert "Who followed whom, by" in part


def test_look_at_the_codes_pages(coded, demo_services, tmp_path):
    out = os.environ.get("CONVENE_LOOK_DIR")
    pdf = export_pdf(demo_services, tmp_path / "look.pdf", private=True)
    if out and shutil.which("pdftoppm"):
        import subprocess

        subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), os.path.join(out, "handout")], check=True)
    assert pdf.stat().st_size > 0
