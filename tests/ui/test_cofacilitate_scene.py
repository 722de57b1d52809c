"""The Breakout scene: when to be back, the minutes left and the breakout page's QR code, legible from the
back of the room at every size; never the co-facilitators' code."""

from __future__ import annotations

import pytest

from tests.ui.scene_helpers import SIZES, make_scene, render
from tests.ui.test_scene_legibility import check_legible


@pytest.mark.parametrize("size", SIZES)
def test_breakout_scene_is_legible_with_its_qr_and_the_time_to_be_back(ctx, size):
    services = ctx.services
    cofac, live = services.cofacilitate, services.live
    assert not make_scene(ctx, "breakout").available()
    live.start_pause()
    cofac.start()                                  # co-facilitation on too: its code must not be shown
    url = cofac.start_breakout()
    try:
        scene = make_scene(ctx, "breakout")
        assert scene.available()
        render(scene, size, "dark", name="breakout")
        render(scene, size, "light", name="breakout")
        check_legible(scene, size, f"breakout {size}")
        texts = {t.key: " ".join(t.lines) for t in scene.texts}
        back = live.local(ctx.clock.now() + live.view().item.remaining)
        assert texts["heading"] == f"Back in the main room at {back:%H:%M}"
        assert texts["left"] == f"{round(live.view().item.remaining / 60)} minutes left"
        assert texts["address"] == url.removeprefix("http://")
        assert cofac.token not in " ".join(texts.values())
        assert dict(scene.drawn)["qr"].height() >= size[1] * 0.45   # readable from the back of the room
        cofac.breakout_url = "http://192.168.100.200:65535/abcd2345/"   # the longest address there can be
        render(scene, size, "dark", name="breakout-long")
        check_legible(scene, size, f"breakout long {size}")
        assert not {t.key: t for t in scene.texts}["address"].elided
    finally:
        cofac.stop_breakout()
        cofac.stop()


@pytest.mark.parametrize("mode", ["es", "en+es"])
@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)])
def test_breakout_scene_speaks_the_rooms_language(ctx, size, mode):
    services = ctx.services
    cofac, live = services.cofacilitate, services.live
    ctx.workspace.set_projector_lang(mode)
    live.start_pause()
    cofac.start_breakout()
    try:
        scene = make_scene(ctx, "breakout")
        render(scene, size, "dark", name=f"breakout-{mode}")
        check_legible(scene, size, f"breakout {mode} {size}")
        texts = {t.key: " ".join(t.lines) for t in scene.texts}
        assert "De vuelta en la sala principal a las" in " ".join(texts.values())
        assert "minutos" in " ".join(texts.values())
        assert ("Back in the main room at" in " ".join(texts.values())) == (mode == "en+es")
    finally:
        cofac.stop_breakout()
