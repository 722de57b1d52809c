"""The "Talk balance" projector scene: groups only, suppressed, legible at every size."""

from __future__ import annotations

import pytest

from app.domain.talk.suppress import OTHER
from tests.ui.scene_helpers import SIZES, render
from tests.ui.scene_helpers import make_scene
from tests.ui.test_scene_legibility import check_legible

pytestmark = pytest.mark.gui


@pytest.fixture
def ctx(qapp, demo_workspace, clock):
    from tests.ui.scene_helpers import scene_context

    c = scene_context(demo_workspace, clock)
    c.services["talk"]._on_convening(opened=True)  # the demo was opened before the services existed
    return c


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("lens", ["Role", "Race/ethnicity"])
def test_talk_balance_is_legible_and_shows_no_small_group(ctx, size, lens):
    talk = ctx.services["talk"]
    talk.set_lens(talk.lens_by_name(lens).id)
    scene = make_scene(ctx, "talk")
    render(scene, size, name=f"talk-{lens.split('/')[0].lower()}")
    check_legible(scene, size, f"talk {lens}")
    room = talk.room_view()
    assert scene.shown, "groups drawn"
    labels = [row[0] for row in scene.shown]
    names = set(talk.names().values())
    assert not names & set(labels), "no person's name on the projector"
    for g in room.shares.groups:
        if g.label in labels:
            assert g.people >= 5
    assert all(row[1].startswith(("▲", "▼", "●")) for row in scene.shown), "over/under in a sign and a word"
    if lens == "Race/ethnicity":
        assert OTHER in labels
        assert any("more than 100%" in t.lines[-1] or "100%" in " ".join(t.lines)
                   for t in scene.texts if t.key == "footer")


def test_a_small_conversation_shows_no_groups(ctx, size=(1920, 1080)):
    talk = ctx.services["talk"]
    small = next(c for c in talk.conversations() if len(c.members) < 5)
    talk.choose(small.id)
    scene = make_scene(ctx, "talk")
    render(scene, size, name="talk-small")
    check_legible(scene, size, "talk small")
    assert scene.shown == []
    assert any("not shown" in " ".join(t.lines) for t in scene.texts)
