"""Projector scenes "Run chart" and "Driver diagram": legible from the back row (every word at least 4% of the
screen height, nothing overlapping or off screen) at 1024x768, 1080p and 4K, with real data.

Set CONVENE_LOOK_DIR to keep the PNGs.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain.improvement.model import CycleData, MeasureData
from app.ui.render import SCENES
from tests.ui.scene_helpers import SIZES, make_scene, render
from tests.ui.test_scene_legibility import check_legible, text_of

pytestmark = pytest.mark.gui
size_ids = pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
D = dt.date


@pytest.fixture
def measured(ctx):
    imp = ctx.services.improvement
    teams = ctx.services.commitments.teams()
    fafsa = imp.measures.add(MeasureData("FAFSA completion among first-generation seniors", "%", True))
    for k, (team_id, _name) in enumerate(teams[:4]):
        for i, v in enumerate([31, 33, 32, 35, 36, 38, 41, 44, 43, 47, 48, 50]):
            imp.measures.set_value(fafsa, team_id, D(2026 + (8 + i) // 12, (8 + i) % 12 + 1, 1), v + 2 * k)
    team_id = teams[0][0]
    cid = ctx.services.commitments.commitments(team_id)[0].id
    for day in (D(2026, 11, 10), D(2027, 1, 12), D(2027, 1, 20)):
        imp.cycles.add(cid, CycleData("Texts in Spanish", tested_on=day))
    return fafsa, team_id


def test_both_scenes_have_a_render_name():
    assert SCENES["run-chart"] == "run_chart" and SCENES["driver-diagram"] == "driver_diagram"


@size_ids
def test_the_network_run_chart_is_legible_and_names_its_signals(ctx, measured, size):
    fafsa, _team = measured
    scene = make_scene(ctx, "run_chart")
    scene.show(fafsa, None)
    render(scene, size, name="run-chart-network")
    check_legible(scene, size, "run chart network")
    title = text_of(scene, "title")
    assert " ".join(title.lines) == "The network · FAFSA completion among first-generation seniors (%)"
    assert not title.elided and title.px >= 0.05 * size[1], "a long measure name takes two lines at 5% or more"
    assert scene.shown.network and len(scene.shown.chart.values) == 12
    said = [s.short for s in sorted(scene.shown.chart.signals, key=lambda s: -s.last)]
    assert said[0] == "Shift: 6 points in a row above the median, the better way.", "the most recent first"
    assert " ".join(text_of(scene, "signal0").lines) == said[0]
    assert " ".join(text_of(scene, "signal1").lines) == f"{said[1]} And {len(said) - 2} more signals."
    assert text_of(scene, "x.first").lines == ("Sep 2026",) and text_of(scene, "x.last").lines == ("Aug 2027",)
    assert text_of(scene, "median").lines[0] == "median"


@size_ids
def test_a_team_run_chart_marks_its_cycles(ctx, measured, size):
    fafsa, team = measured
    scene = make_scene(ctx, "run_chart")
    scene.show(fafsa, team)
    render(scene, size, name="run-chart-team")
    check_legible(scene, size, "run chart team")
    assert scene.shown.team == ctx.services.commitments.team_name(team)
    labels = [t.key for t in scene.texts if t.key.startswith("cycle")]
    assert "cycle1" in labels and "cycle2" in labels, "cycles a month apart are both named"
    assert "cycle3" not in labels, "a cycle eight days after another: its line, without a label on top of the other"


@size_ids
def test_no_measures_yet_is_said_plainly(ctx, size):
    scene = make_scene(ctx, "run_chart")
    render(scene, size)
    check_legible(scene, size, "run chart empty")
    assert "No measures yet" in " ".join(text_of(scene, "empty").lines)


@size_ids
def test_a_measure_with_no_values_says_so(ctx, size):
    fafsa = ctx.services.improvement.measures.add(MeasureData("Families reached", "families"))
    scene = make_scene(ctx, "run_chart")
    scene.show(fafsa, None)
    render(scene, size)
    check_legible(scene, size, "run chart no values")
    assert " ".join(text_of(scene, "empty").lines) == "No values of Families reached yet."


@pytest.fixture
def diagram(ctx):
    return build_diagram(ctx)


def build_diagram(ctx) -> list[int]:
    """A driver diagram of 21 rows (pages), an idea tested by 3 teams, the others by none; its ideas' ids."""
    dr = ctx.services.improvement.drivers
    aim = dr.set_aim("Raise FAFSA completion among first-generation seniors from 48% to 58% by June 2027")
    ideas = []
    for p in ("Families know the steps and the deadlines", "Seniors have an adult who follows up",
              "Counsellors have time"):
        primary = dr.add(aim, p)
        for s in ("Messages in the language spoken at home", "Help with the FSA ID"):
            secondary = dr.add(primary, f"{s} ({p.split()[0].lower()})")
            for i in ("Evening texts", "A FAFSA night with interpreters"):
                ideas.append(dr.add(secondary, f"{i} ({p.split()[0].lower()})"))
    for team_id, _n in ctx.services.commitments.teams()[:3]:
        dr.link(ctx.services.commitments.commitments(team_id)[0].id, ideas[0])
    return ideas


@size_ids
def test_the_driver_diagram_pages_through_every_row(ctx, diagram, size):
    scene = make_scene(ctx, "driver_diagram")
    render(scene, size, name="driver-diagram-p1")
    check_legible(scene, size, "driver diagram")
    assert " ".join(text_of(scene, "aim").lines).startswith("Raise FAFSA completion")
    assert scene.pages > 1, "21 rows do not fit one page at a readable size"
    seen = [r for r in scene.shown_rows]
    assert text_of(scene, "row2.teams").lines == ("3 teams",)
    for n in range(1, scene.pages):
        assert scene.turn(1)
        render(scene, size, name=f"driver-diagram-p{n + 1}")
        check_legible(scene, size, f"driver diagram page {n + 1}")
        assert text_of(scene, "page").lines == (f"Page {n + 1} of {scene.pages}",)
        seen += scene.shown_rows
    rows = [n.text for n in ctx.services.improvement.drivers.nodes() if n.kind != "aim"]
    assert set(rows) <= set(seen) and not any(t.elided for t in scene.texts)
    scene.turn(1)
    assert scene.page == 0


@size_ids
def test_no_driver_diagram_yet_is_said_plainly(ctx, size):
    scene = make_scene(ctx, "driver_diagram")
    render(scene, size)
    check_legible(scene, size, "driver diagram empty")
    assert "No driver diagram yet" in " ".join(text_of(scene, "empty").lines)
    assert not scene.turn(1)


def test_the_projector_redraws_when_the_data_changes(ctx, measured):
    fafsa, team = measured
    scene = make_scene(ctx, "run_chart")
    scene.show(fafsa, team)
    render(scene, (1024, 768))
    before = scene.shown.chart.values
    ctx.services.improvement.measures.set_value(fafsa, team, "2027-09", 90)
    scene.on_data_changed()
    render(scene, (1024, 768))
    assert scene.shown.chart.values == before + (90.0,)


def test_a_driver_s_name_never_ends_a_page_without_what_hangs_under_it():
    from app.domain.improvement.model import IDEA, PRIMARY, SECONDARY
    from app.ui.projector.scenes.driver_diagram import DriverDiagramScene

    rows = [(0, PRIMARY, "Families know the steps", 0, "Families know the steps", 1),
            (1, IDEA, "Evening texts", 2, "Families know the steps", 1),
            (1, SECONDARY, "Help with the FSA ID", 0, "Families know the steps", 1),
            (2, IDEA, "A FAFSA night", 1, "Families know the steps", 1),
            (1, SECONDARY, "A childless driver", 0, "Families know the steps", 1),
            (0, PRIMARY, "Counsellors have time", 0, "Counsellors have time", 1),
            (1, IDEA, "Shared calendar", 0, "Counsellors have time", 1)]
    pages = DriverDiagramScene._paginate(rows, 3)
    texts = [[(r[2], r[4]) for r in page] for page in pages]
    assert texts[0] == [("Families know the steps", False), ("Evening texts", False)], \
        "the secondary driver goes on with its idea"
    assert texts[1] == [("Families know the steps", True), ("Help with the FSA ID", False), ("A FAFSA night", False)]
    assert texts[2] == [("Families know the steps", True), ("A childless driver", False)], \
        "a driver with nothing under it stays; the next primary is not carried with it"
    assert texts[3] == [("Counsellors have time", False), ("Shared calendar", False)]
    for page in pages:
        assert sum(r[5] for r in page) <= 3


ENGLISH_MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}


def test_the_signals_are_said_in_the_projectors_language_not_the_keyboards(ctx, measured):
    """The run chart's sentences come from the domain in the keyboard's language; the projector says them again
    in its own (issue 26): a Spanish console with an English projector still shows English, and a Spanish
    projector Spanish."""
    from app.i18n import set_language

    fafsa, _team = measured
    set_language("es")
    try:
        ctx.lang_override = "en"
        scene = make_scene(ctx, "run_chart")
        scene.show(fafsa, None)
        render(scene, (1024, 768))
        assert " ".join(text_of(scene, "signal0").lines) == "Shift: 6 points in a row above the median, the better way."
        ctx.lang_override = "es"
        scene = make_scene(ctx, "run_chart")
        scene.show(fafsa, None)
        render(scene, (1024, 768), name="run-chart-network-es")
        check_legible(scene, (1024, 768), "run chart network es")
        assert " ".join(text_of(scene, "signal0").lines) == \
            "Desplazamiento: 6 puntos seguidos por encima de la mediana, en la buena dirección."
        first, last = " ".join(text_of(scene, "x.first").lines), " ".join(text_of(scene, "x.last").lines)
        assert first[0].islower() and first.split()[-1].isdigit(), f"months as Spanish writes them: {first!r}"
        assert not {first.split()[0], last.split()[-2]} & ENGLISH_MONTHS, (first, last)
    finally:
        set_language("en")
