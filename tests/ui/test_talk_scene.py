"""The "Talk balance" projector scene: groups only, suppressed, legible at every size."""

from __future__ import annotations

import pytest

from app.domain.talk.suppress import OTHER
from tests.ui.scene_helpers import SIZES, make_scene, render
from tests.ui.test_scene_legibility import check_legible

pytestmark = pytest.mark.gui


@pytest.fixture
def ctx(qapp, demo_services, clock):
    from app.services.core.changes import ConveningChanged
    from tests.ui.scene_helpers import scene_context

    c = scene_context(demo_services, clock)
    c.services.talk._on_convening(ConveningChanged(opened=True))  # the demo was opened before the services existed
    yield c
    c.ui.close()


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("lens", ["Role", "Race/ethnicity"])
def test_talk_balance_is_legible_and_shows_no_small_group(ctx, size, lens):
    talk = ctx.services.talk
    talk.set_lens(talk.lens_by_name(lens).id)
    scene = make_scene(ctx, "talk")
    render(scene, size, name=f"talk-{lens.split('/')[0].lower()}")
    check_legible(scene, size, f"talk {lens}")
    room = talk.room.room_view()
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
    talk = ctx.services.talk
    small = next(c for c in talk.conversations() if len(c.members) < 5)
    talk.choose(small.id)
    scene = make_scene(ctx, "talk")
    render(scene, size, name="talk-small")
    check_legible(scene, size, "talk small")
    assert scene.shown == []
    assert any("not shown" in " ".join(t.lines) for t in scene.texts)


# -- the per-person view: only after an explicit choice, only for a lens not marked sensitive ----------------
def test_the_per_person_view_needs_an_explicit_choice_and_a_lens_not_marked_sensitive(ctx):
    from app.services.talk.service import TalkError

    talk = ctx.services.talk
    role, race = talk.lens_by_name("Role"), talk.lens_by_name("Race/ethnicity")
    talk.set_lens(role.id)
    assert talk.room.room_people() is None, "groups until the facilitator chooses otherwise"
    talk.set_lens(race.id)
    with pytest.raises(TalkError, match="“Race/ethnicity” is marked sensitive"):
        talk.room.set_room_people(True)
    assert talk.room.room_people() is None
    talk.set_lens(None)
    with pytest.raises(TalkError, match="choose a lens first"):
        talk.room.set_room_people(True)
    talk.set_lens(role.id)
    talk.room.set_room_people(True)
    people = talk.room.room_people()
    conv = talk.conversation()
    assert people.people == len(conv.members) == len(people.rows)
    assert [r.seconds for r in people.rows] == sorted((r.seconds for r in people.rows), reverse=True)
    assert abs(sum(r.share for r in people.rows) - 1) < 1e-9
    assert {r.values for r in people.rows} <= set(role.values) | {""}
    # Any other lens, another conversation, or marking the lens sensitive: back to groups.
    talk.set_lens(talk.lens_by_name("Years in the network").id)
    assert talk.room.room_people() is None
    talk.set_lens(role.id)
    assert talk.room.room_people() is None, "a new explicit choice is needed after a change of lens"
    talk.room.set_room_people(True)
    talk.set_sensitive(role.id, True)
    assert talk.room.room_people() is None
    talk.set_sensitive(role.id, False)
    other = next(c for c in talk.conversations() if c.id != conv.id)
    talk.choose(other.id)
    assert talk.room.room_people() is None
    talk.choose(conv.id)
    assert talk.room.room_people() is None


@pytest.mark.parametrize("size", SIZES)
def test_the_per_person_view_is_legible_and_drawn_only_when_chosen(ctx, size):
    talk = ctx.services.talk
    talk.set_lens(talk.lens_by_name("Role").id)
    names = set(talk.names().values())
    scene = make_scene(ctx, "talk")
    render(scene, size, name="talk-groups-before-choice")
    assert scene.shown and not scene.shown_people
    assert not names & {t for tx in scene.texts for t in tx.lines}, "no name before the choice"

    talk.room.set_room_people(True)
    render(scene, size, name="talk-people")
    check_legible(scene, size, "talk per person")
    people = talk.room.room_people()
    drawn = [row[0] for row in scene.shown_people]
    assert drawn and drawn == [r.name for r in people.rows[:len(drawn)]], "most talk first"
    assert scene.shown == []
    if len(drawn) < len(people.rows):
        footer = " ".join(next(t for t in scene.texts if t.key == "footer").lines)
        assert f"{len(people.rows) - len(drawn)} more people not listed" in footer

    talk.set_sensitive(talk.lens_by_name("Role").id, True)
    render(scene, size, name="talk-people-lens-marked-sensitive")
    assert scene.shown_people == [] and scene.shown
    assert not names & {t for tx in scene.texts for t in tx.lines}


# -- the title names the conversation and the lens; the legend is there whenever groups are ----------------
def joined(scene, key) -> str:
    return " ".join(" ".join(t.lines) for t in scene.texts if t.key == key)


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)])
@pytest.mark.parametrize("lens", ["Role", "Race/ethnicity"])
def test_the_title_names_the_conversation_and_the_lens(ctx, size, lens):
    talk = ctx.services.talk
    talk.set_lens(talk.lens_by_name(lens).id)
    conversation = talk.conversation().title
    scene = make_scene(ctx, "talk")
    render(scene, size, name=f"talk-heading-{lens.split('/')[0].lower()}")
    check_legible(scene, size, f"talk heading {lens}")
    assert lens in joined(scene, "title")
    assert joined(scene, "conversation") == conversation
    assert not any(t.elided for t in scene.texts if t.key in ("title", "conversation"))
    if lens == "Role":   # the per-person view, once chosen, names them too
        talk.room.set_room_people(True)
        render(scene, size, name="talk-people-heading")
        check_legible(scene, size, "talk people heading")
        assert lens in joined(scene, "title") and joined(scene, "conversation") == conversation


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)])
@pytest.mark.parametrize("lens", ["Role", "Race/ethnicity"])
def test_the_legend_shows_even_when_a_group_was_merged(ctx, size, lens):
    """With "Other groups" on screen the legend used to give way to the merge note."""
    talk = ctx.services.talk
    talk.set_lens(talk.lens_by_name(lens).id)
    scene = make_scene(ctx, "talk")
    render(scene, size, name=f"talk-legend-{lens.split('/')[0].lower()}")
    check_legible(scene, size, f"talk legend {lens}")
    assert OTHER in [row[0] for row in scene.shown], "a group was merged"
    footer = joined(scene, "footer")
    assert "Solid bar: share of talk. Outline: share of people." in footer
    assert "merged" in footer
    assert not any(t.elided for t in scene.texts if t.key == "footer")
    # The legend takes no group's place: every group of the room view is drawn, none merged for room.
    assert [row[0] for row in scene.shown] == [g.label for g in talk.room.room_view().shares.groups]


@pytest.mark.parametrize("mode", ["es", "es+en"])
def test_our_own_group_labels_are_said_in_the_rooms_language(ctx, mode):
    """"Other groups" is our word, not a lens's value: a Spanish room reads it in Spanish (the typed values
    of the lens stay as written)."""
    talk = ctx.services.talk
    talk.set_lens(talk.lens_by_name("Race/ethnicity").id)
    ctx.lang_override = mode
    scene = make_scene(ctx, "talk")
    render(scene, (1024, 768), name=f"talk-other-groups-{mode}")
    check_legible(scene, (1024, 768), f"talk other groups {mode}")
    labels = [row[0] for row in scene.shown]
    assert "Otros grupos" in labels and OTHER not in labels, labels
    # Every group the scene asked for is drawn, "Other groups" included (none falls off the screen), and the
    # lens's typed values as written.
    asked = [g.label for g in talk.room.room_view(max_groups=len(labels)).shares.groups]
    assert labels == ["Otros grupos" if label == OTHER else label for label in asked]
    cut = [(t.key, t.lines) for t in scene.texts if t.key.startswith("row") and t.elided]
    assert not cut, f"the figures' column holds its Spanish (\"29% de personas\"): {cut}"
