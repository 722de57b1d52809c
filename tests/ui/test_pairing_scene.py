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
