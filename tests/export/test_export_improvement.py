"""PDSA cycles, run charts and the driver diagram in the handout: a page per team read back from the real PDF,
the facilitator's follow-up list only in the facilitator version, nothing in a handout of later items."""

from __future__ import annotations

import datetime as dt
import os
import shutil

import pytest

from app.domain.improvement.model import ADAPT, CycleData, MeasureData
from tests.export.helpers import export_pdf, page_texts

D = dt.date


@pytest.fixture
def improved(demo_services):
    """Two teams with cycles, a measure reported monthly by three teams, a small driver diagram."""
    s = demo_services
    imp = s.improvement
    teams = s.commitments.teams()
    aim = imp.drivers.set_aim("Raise FAFSA completion among first-generation seniors by 10 points")
    idea = imp.drivers.add(imp.drivers.add(aim, "Families know the steps"), "Evening texts in Spanish", "idea")
    imp.drivers.add(aim, "Seniors have an adult who follows up")
    fafsa = imp.measures.add(MeasureData("FAFSA completion", "%", True))
    for k, (team_id, _name) in enumerate(teams[:3]):
        for month, v in enumerate([30, 32, 31, 34, 36, 37, 39], start=1):
            imp.measures.set_value(fafsa, team_id, D(2027, month, 1), v + k)
    first, second = teams[0], teams[1]
    c1 = s.commitments.commitments(first[0])[0]
    imp.drivers.link(c1.id, idea)
    imp.cycles.add(c1.id, CycleData("Texts in Spanish after 6 pm", "Half of the families will reply",
                                    "14 of 40 replied", "Evenings work", ADAPT, D(2027, 2, 10)))
    imp.cycles.add(c1.id, CycleData("Texts with the counsellor's name", tested_on=D(2027, 4, 2)))
    c2 = s.commitments.commitments(second[0])[0]
    imp.cycles.add(c2.id, CycleData("A FAFSA table at lunch", "Twenty seniors will stop by", decision="adopt",
                                    tested_on=D(2027, 3, 1)))
    return {"first": first[1], "second": second[1], "third": teams[2][1], "c1": c1, "teams": teams}


def section_pages(pages):
    start = next(i for i, t in enumerate(pages) if "PDSA cycles and measures" in t)
    return pages[start:]


@pytest.mark.parametrize("private", [False, True])
def test_a_page_per_team_with_its_cycles_and_run_chart(demo_services, improved, tmp_path, private):
    pdf = export_pdf(demo_services, tmp_path / "h.pdf", private=private)
    if os.environ.get("CONVENE_LOOK_DIR"):   # to look at it: pdftoppm -png
        shutil.copy(pdf, os.path.join(os.environ["CONVENE_LOOK_DIR"], f"improvement-handout-{private}.pdf"))
    pages = section_pages(page_texts(pdf))
    flat = [" ".join(p.split()) for p in pages]
    first = next(p for p in flat if p.startswith(improved["first"]))
    assert "Tests the change idea: Evening texts in Spanish" in first
    assert ("Cycle 1 · 10 February 2027 Change idea Texts in Spanish after 6 pm We predicted that Half of the "
            "families will reply What happened 14 of 40 replied What we learned Evenings work Decision Adapt") in first
    assert "Cycle 2 · 2 April 2027 Change idea Texts with the counsellor's name" in first
    assert "FAFSA completion (%) · higher is better" in first and "C1" in first and "C2" in first
    assert "median" in first
    second = next(p for p in flat if p.startswith(improved["second"]))
    assert "A FAFSA table at lunch" in second and "Decision Adopt" in second
    assert improved["first"] not in second, "each team on a page of its own"
    third = next(p for p in flat if p.startswith(improved["third"]))
    assert "FAFSA completion (%)" in third and "Cycle" not in third, "a team with values and no cycles: its chart"
    head = flat[0]
    assert "Each point is the middle value (median) of the teams that reported that period." in head
    assert "A trend:" in head or "A shift:" in head or "No signal" in head or "Too" in head
    diagram = next(p for p in flat if "Driver diagram" in p)
    assert "Change idea: Evening texts in Spanish 1 team" in diagram
    assert "Primary driver: Seniors have an adult who follows up" in diagram
    follow = "Follow-up before the next convening" in " ".join(flat)
    assert follow is private
    if private:
        assert f"{improved['first']}: cycle 2 of “{improved['c1'].change}” has no decision yet." in " ".join(flat)


def test_a_handout_of_later_items_has_no_improvement_pages(demo_services, improved, tmp_path):
    pages = page_texts(export_pdf(demo_services, tmp_path / "h.pdf", day=2))
    assert not any("PDSA cycles and measures" in p for p in pages)


def test_nothing_recorded_means_no_section(demo_services, tmp_path):
    pages = page_texts(export_pdf(demo_services, tmp_path / "h.pdf"))
    assert not any("PDSA cycles and measures" in p for p in pages)
