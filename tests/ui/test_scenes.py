"""Every projector scene at 1024x768, 1920x1080 and 3840x2160: legible, inside, right state."""

from __future__ import annotations

import pytest

from app.domain.agenda import Zone
from tests.ui.scene_helpers import SIZES, assert_inside, make_scene, measure, render

pytestmark = pytest.mark.gui




@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("scene_id", ["welcome", "clock", "agenda", "timer"])
def test_idle_scenes_stay_inside(ctx, size, scene_id):
    scene = make_scene(ctx, scene_id)
    render(scene, size, name=f"{scene_id}-idle")
    assert_inside(scene, size)
    shares = measure(f"{scene_id} idle", size, scene)  # printed in the run's summary table
    assert shares and min(shares.values()) >= 4.0, shares


@pytest.mark.parametrize("size", SIZES)
def test_timer_digits_fill_forty_percent_of_the_height(ctx, clock, size):
    live = ctx.services.live
    live.start_pause()
    clock.advance(61)
    scene = make_scene(ctx, "timer")
    render(scene, size, name="timer-running")
    assert_inside(scene, size)
    measure("timer running", size, scene)
    digits = dict(scene.drawn)["digits"]
    assert digits.height() >= 0.40 * size[1], f"digits {digits.height()} px of {size[1]}"
    assert scene.last_view.item.text == "23:59"


@pytest.mark.parametrize(
    "advance, zone, label",
    [(23 * 60 + 30, Zone.WARNING, "WRAPPING UP"), (25 * 60 + 83, Zone.OVERTIME, "OVERTIME")],
)
def test_timer_shows_words_not_only_colour(ctx, clock, advance, zone, label):
    live = ctx.services.live
    live.start_pause()
    clock.advance(advance)
    scene = make_scene(ctx, "timer")
    img = render(scene, (1920, 1080), name=f"timer-{zone.value}")
    assert scene.last_view.item.zone == zone
    assert "label" in dict(scene.drawn)
    if zone == Zone.OVERTIME:
        assert scene.last_view.item.text == "+01:23"
    # The digits are painted in the zone's colour (amber or vermilion), not white.
    digits = dict(scene.drawn)["digits"]
    colours = {img.pixelColor(x, digits.center().y()).name() for x in range(digits.left(), digits.right(), 3)}
    expected = "#e69f00" if zone == Zone.WARNING else "#ff6a2b"
    assert expected in colours


@pytest.mark.parametrize("size", SIZES[:2])
def test_protocol_scene_with_the_longest_prompt_wraps_inside(ctx, clock, size):
    from app.services.protocols.library import library

    longest = max(((p, i) for p in library() for i, _ in enumerate(p.steps)),
                  key=lambda pi: len(pi[0].steps[pi[1]].prompt))
    proto, step_index = longest
    agenda, live, protocols = ctx.services.agenda, ctx.services.live, ctx.services.protocols
    day = ctx.workspace.days()[0]
    item_id = agenda.add_item(day.id, __import__("app.services.agenda.service", fromlist=["ItemData"]).ItemData(
        proto.name, "protocol", proto.minutes), index=0)
    protocols.attach(item_id, proto.name)
    live.goto(item_id, step_index)
    scene = make_scene(ctx, "protocol")
    render(scene, size, name="protocol-longest")
    assert_inside(scene, size)
    drawn = dict(scene.drawn)
    prompt = drawn["prompt"]
    assert prompt.height() > 0 and prompt.width() > 0
    # Wrapped onto several lines, at a size still readable from the back (>= 2.2% of the height).
    assert prompt.height() > 2 * 0.022 * size[1]
    for key in ("step_title", "speakers", "item_time", "step_digits"):
        assert key in drawn


@pytest.mark.parametrize("scene_id", ["welcome", "timer", "agenda"])
def test_light_theme_is_dark_text_on_white(ctx, scene_id):
    scene = make_scene(ctx, scene_id)
    img = render(scene, (1024, 768), theme="light", name=f"{scene_id}-light")
    assert_inside(scene, (1024, 768))
    assert img.pixelColor(2, 2).name() == "#ffffff"
    title = dict(scene.drawn)["title"]
    colours = {img.pixelColor(x, y).name() for x in range(title.left(), title.right(), 2)
               for y in range(title.top(), title.bottom(), 3)}
    assert "#000000" in colours
