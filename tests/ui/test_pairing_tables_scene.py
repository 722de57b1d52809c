"""The Tables projector scene: cards of names, never under 4% of the height, inside, paged when long."""

from __future__ import annotations

import pytest

from app.services.pairing.tables import TableRules
from tests.ui.scene_helpers import SIZES, assert_inside, render, scene_context

pytestmark = pytest.mark.gui


@pytest.fixture
def ctx(qapp, demo_services, clock):
    ctx = scene_context(demo_services, clock)
    ctx.services.pairing.tables.compute(TableRules(size=6, min_size=5, max_size=7), rounds=1)
    yield ctx
    ctx.ui.close()


@pytest.mark.parametrize("size", SIZES)
def test_tables_scene_is_legible_inside_and_shows_everyone(ctx, clock, size):
    from app.ui.projector.scenes.tables import TablesScene

    scene = TablesScene(ctx)
    shown = 0
    render(scene, size, name="tables-demo")
    pages = scene.pages
    for page in range(pages):
        render(scene, size, name=f"tables-demo-p{page + 1}")
        assert_inside(scene, size)
        h = size[1]
        print(f"tables {size[0]}x{h} page {page + 1}/{pages}: "
              + ", ".join(f"{k} {v / h:.1%}" for k, v in sorted(scene.sizes.items())))
        assert min(scene.sizes.values()) >= 0.04 * h, scene.sizes
        shown += sum(1 for k, _ in scene.drawn if k.endswith(".name"))
        if pages > 1:
            clock.advance(scene.next_change_in())
    assert shown == 48, "every participant appears on some page"


def test_no_tables_says_so(qapp, services, clock):
    from app.ui.projector.scenes.tables import TablesScene

    scene = TablesScene(scene_context(services, clock))
    render(scene, (1024, 768))
    assert [k for k, _ in scene.drawn] == ["title"]


@pytest.fixture
def bare_ctx(qapp, demo_services, clock):
    ctx = scene_context(demo_services, clock)
    yield ctx
    ctx.ui.close()


def test_tables_show_the_live_days_round(bare_ctx):
    """Tables for day 1 and then for day 2: on day 1 the room sees day 1's, not the latest."""
    from app.ui.projector.scenes.tables import TablesScene

    ctx = bare_ctx
    days = ctx.workspace.days()
    tables = ctx.services.pairing.tables
    rules = TableRules(size=6, min_size=5, max_size=7)
    day1 = tables.compute(rules, rounds=1, titles=["Tables A"], day_id=days[0].id)[0]
    day2 = tables.compute(rules, rounds=1, titles=["Tables B"], day_id=days[1].id)[0]
    scene = TablesScene(ctx)

    def title() -> str:
        render(scene, (1920, 1080), name="tables-live-day")
        return next(t.lines[0] for t in scene.texts if t.key == "title")

    assert title() == "Tables A · Day 1"
    ctx.services.live.choose_day(days[1].id)
    assert title() == "Tables B · Day 2"
    ctx.services.live.choose_day(None)
    scene.show_round(day2.id)   # "Show on projector" in the Pairing tab
    assert title() == "Tables B · Day 2"
    scene.show_round(None)
    assert title() == "Tables A · Day 1"
    assert day1.id != day2.id
