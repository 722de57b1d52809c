"""Projector scenes "Commitments" and "Bright spot": legible from the back row at 1024x768, 1080p and 4K.

Set CONVENE_LOOK_DIR to keep the PNGs.
"""

from __future__ import annotations

import pytest

from app.domain.commitments.model import PARTLY, BrightSpotData, CommitmentData
from app.services.console.demo import build_demo
from app.services.people.records import TeamData
from tests.ui.scene_helpers import SIZES, make_scene, render, scene_context
from tests.ui.test_scene_legibility import check_legible, text_of

pytestmark = pytest.mark.gui
size_ids = pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")


@pytest.fixture
def ctx(qapp, demo_services, clock):
    c = scene_context(demo_services, clock)
    yield c
    c.ui.close()


@size_ids
def test_all_teams_page_by_page_every_team_once_nothing_cut(ctx, size):
    scene = make_scene(ctx, "commitments")
    scene.show_all()
    render(scene, size, name="commitments-all-p1")
    check_legible(scene, size, "commitments all teams")
    seen = list(scene.shown_teams)
    assert scene.pages > 1, "12 teams do not fit one page at a readable size"
    for page in range(1, scene.pages):
        scene.next_page()
        render(scene, size, name=f"commitments-all-p{page + 1}")
        check_legible(scene, size, f"commitments page {page + 1}")
        assert text_of(scene, "page").lines == (f"Page {page + 1} of {scene.pages}",)
        seen += scene.shown_teams
    teams = [name for _, name in ctx.services.commitments.teams()]
    assert sorted(seen) == sorted(teams)
    assert not any(t.elided for t in scene.texts)
    scene.next_page()
    assert scene.page == 0, "after the last page comes the first"


@size_ids
def test_one_team_large(ctx, size):
    svc = ctx.services.commitments
    team_id, name = next(t for t in svc.teams() if t[1] == "Cedar Plains High School")
    scene = make_scene(ctx, "commitments")
    scene.show_team(team_id)
    render(scene, size, name="commitments-team")
    check_legible(scene, size, "commitments one team")
    assert text_of(scene, "team").lines == (name,)
    change = text_of(scene, "c0.change")
    assert change.px >= 0.06 * size[1] and not change.elided
    assert "Who: Mrs. Ibarra" in " ".join(text_of(scene, "c0.line0").lines)
    assert "Measure: Conversations held" in " ".join(text_of(scene, "c0.line1").lines)
    assert "from the hub" in " ".join(text_of(scene, "c0.line2").lines)


@size_ids
def test_one_team_with_four_commitments_shows_three_and_counts_the_rest(ctx, size):
    svc = ctx.services.commitments
    team_id, _ = svc.teams()[0]
    for n in range(3):
        svc.add(team_id, CommitmentData(f"Another small test of change, number {n + 2}, with who and when",
                                        "the counselors", "next Friday", "forms submitted"))
    scene = make_scene(ctx, "commitments")
    scene.show_team(team_id)
    render(scene, size, name="commitments-team-four")
    check_legible(scene, size, "commitments four")
    assert text_of(scene, "more").lines == ("and 1 more commitment",)


@size_ids
def test_last_time_you_said_you_would(qapp, services, clock, tmp_path, size):
    build_demo(tmp_path / "launch.convene", clock).close()
    ctx = scene_context(services, clock)
    team = ctx.services.people.add_team(TeamData("Laguna Flats High School"))
    svc = ctx.services.commitments
    svc.carry(tmp_path / "launch.convene")
    [c] = svc.commitments(team)
    svc.set_status(c.id, PARTLY, "Two Saturdays were full; the third clashed with the harvest.")
    scene = make_scene(ctx, "commitments")
    scene.show_team(team)
    render(scene, size, name="commitments-last-time")
    check_legible(scene, size, "commitments last time")
    assert text_of(scene, "lead").lines == ("Last time, we said we would…",)
    assert "How it went: partly" in " ".join(text_of(scene, "c0.line2").lines)


@size_ids
def test_no_commitments_yet_is_said_plainly(qapp, services, clock, size):
    scene = make_scene(scene_context(services, clock), "commitments")
    render(scene, size)
    check_legible(scene, size, "commitments empty")
    assert "No commitments yet" in " ".join(text_of(scene, "empty").lines)


@size_ids
def test_bright_spot_with_the_team_name(ctx, size):
    svc = ctx.services.commitments
    laguna = next(b for b in svc.bright_spots() if b.team == "Laguna Flats High School")
    scene = make_scene(ctx, "bright_spot")
    scene.show_spot(laguna.id)
    render(scene, size, name="bright-spot")
    check_legible(scene, size, "bright spot")
    assert text_of(scene, "team").lines == ("Laguna Flats High School",)
    what = text_of(scene, "what")
    assert what.px >= int(0.055 * size[1]) and not what.elided
    assert " ".join(text_of(scene, "evidence").lines).startswith("Evidence: Completion")


@size_ids
def test_a_very_long_bright_spot_is_cut_not_shrunk(ctx, size):
    svc = ctx.services.commitments
    team_id, _ = svc.teams()[0]
    long_text = ("Counselors sit with each family at the kitchen table, laptop open, and finish the form together "
                 "in the family's language, then text a photo of the confirmation page to the senior ") * 2
    spot = svc.add_bright_spot(BrightSpotData(team_id, long_text[:500], "first-generation seniors", "31 of 34"))
    scene = make_scene(ctx, "bright_spot")
    scene.show_spot(spot)
    render(scene, size, name="bright-spot-long")
    check_legible(scene, size, "bright spot long")
    what = text_of(scene, "what")
    assert what.px >= int(0.055 * size[1])
    assert what.elided and what.lines[-1].endswith("…")


@size_ids
def test_no_bright_spot_yet(qapp, services, clock, size):
    scene = make_scene(scene_context(services, clock), "bright_spot")
    render(scene, size)
    check_legible(scene, size, "bright spot empty")
    assert "No bright spots yet" in " ".join(text_of(scene, "empty").lines)
