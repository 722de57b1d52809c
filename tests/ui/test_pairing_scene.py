"""The Pairs projector scene: large text (never under 4% of the height), inside the screen, paged when long."""

from __future__ import annotations

import pytest

from app.services.people.records import TeamData
from tests.ui.scene_helpers import SIZES, assert_inside, render, scene_context

pytestmark = pytest.mark.gui


def _scene(ctx):
    from app.ui.projector.scenes.pairs import PairsScene

    return PairsScene(ctx)


@pytest.fixture
def ctx(qapp, demo_services, clock):
    c = scene_context(demo_services, clock)
    yield c
    c.ui.close()


@pytest.mark.parametrize("size", SIZES)
def test_pairs_scene_is_legible_and_inside(ctx, size):
    scene = _scene(ctx)
    img = render(scene, size, name="pairs-demo")
    assert_inside(scene, size)
    h = size[1]
    print(f"pairs {size[0]}x{h}: " + ", ".join(f"{k} {v / h:.1%}" for k, v in sorted(scene.sizes.items())))
    assert min(scene.sizes.values()) >= 0.04 * h, scene.sizes
    assert scene.sizes["names"] >= 0.05 * h
    drawn = dict(scene.drawn)
    assert drawn["title"].height() > 0
    # the latest round of the demo: day 2's, with its six groups (on one page or more)
    shown = {k.split(".")[0] for k, _ in scene.drawn if k.startswith("group")}
    assert shown and len(shown) <= 6
    assert not img.isNull()


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)])
def test_long_rounds_are_paged_not_shrunk(ctx, clock, size):
    people = ctx.services.people
    for n in range(30):
        people.add_team(TeamData(f"Extra Academy for Long School Names Number {n + 1}", district=f"D{n % 4}"))
    ctx.services.pairing.compute_rounds(1)
    scene = _scene(ctx)
    render(scene, size, name="pairs-long-p1")
    assert scene.pages > 1
    seen = set()
    for page in range(scene.pages):
        texts_before = len(seen)
        render(scene, size, name=f"pairs-long-p{page + 1}")
        assert_inside(scene, size)
        assert min(scene.sizes.values()) >= 0.04 * size[1]
        seen.add(scene.page_now())
        assert len(seen) == texts_before + 1
        assert scene.next_change_in() is not None
        clock.advance(scene.next_change_in())
    assert seen == set(range(scene.pages))


def test_no_round_says_so(qapp, services, clock):
    scene = _scene(scene_context(services, clock))
    render(scene, (1920, 1080))
    assert [k for k, _ in scene.drawn] == ["title"]


# -- which day's round: the live day's, another only when the facilitator picks it ----------------------
def title_of(scene, size=(1920, 1080)) -> str:
    """The title the scene drew."""
    render(scene, size)
    return next(t.lines[0] for t in scene.texts if t.key == "title")


def test_pairs_show_the_live_days_round_not_the_latest(ctx, clock):
    """On day 1 of the demo, Ctrl+7 showed "Day 2 · Buddy schools" (the latest round)."""
    days = ctx.workspace.days()
    scene = _scene(ctx)
    render(scene, (1024, 768), name="pairs-day1")
    assert scene._round().day_id == days[0].id
    assert title_of(scene) == "Day 1 · Buddy schools"
    clock.advance(24 * 3600)   # the second morning
    scene.on_data_changed()
    assert title_of(scene) == "Day 2 · Buddy schools"


def test_the_day_picked_in_the_live_tab_and_a_round_shown_from_the_pairing_tab(ctx):
    days = ctx.workspace.days()
    live, pairing = ctx.services.live, ctx.services.pairing
    scene = _scene(ctx)
    live.choose_day(days[1].id)   # the Live tab runs day 2 on day 1's date (a rehearsal)
    assert title_of(scene) == "Day 2 · Buddy schools"
    live.choose_day(None)
    assert title_of(scene) == "Day 1 · Buddy schools"
    day2 = next(r for r in pairing.rounds() if r.day_id == days[1].id)
    scene.show_round(day2.id)   # "Show on projector" in the Pairing tab: that round, whatever the day
    assert title_of(scene) == "Day 2 · Buddy schools"


def test_a_day_without_a_round_shows_the_latest_before_it_never_a_later_one(ctx, clock):
    days = ctx.workspace.days()
    pairing = ctx.services.pairing
    first, second = pairing.rounds()
    pairing.set_day(second.id, days[0].id)   # both rounds for day 1; day 2 has none
    clock.advance(24 * 3600)
    scene = _scene(ctx)
    render(scene, (1024, 768), name="pairs-day2-from-day1")
    shown = scene._round()
    assert shown.id == second.id and shown.day_number == 1   # the room sees "· Day 1" in its title
    # Every round for day 2: on day 1 nothing is shown, and the scene says so.
    pairing.set_day(first.id, days[1].id)
    pairing.set_day(second.id, days[1].id)
    clock.advance(-24 * 3600)
    scene = _scene(ctx)
    render(scene, (1024, 768), name="pairs-none-for-day1")
    assert scene._round() is None
    assert [k for k, _ in scene.drawn] == ["title"]
    assert title_of(scene, (1024, 768)) == "No pairs for Day 1 yet"
    assert scene.sizes["title"] >= 0.04 * 768
