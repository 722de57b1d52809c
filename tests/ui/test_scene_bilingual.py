"""A bilingual room reads every projector scene in both languages: the texts a scene lays out itself (the
agenda's rows and footer, the wall's tile counts and page number, the commitments' page, the bright spot's
labels, the run chart's and the driver diagram's labels...) show in en+es and es+en with the second language
smaller, every text at or above the 4% floor, nothing overlapping, leaving the screen or cut (beyond what
tests/ui/test_scene_languages.py lets a data text cut). Data the facilitator typed shows once, as written.

Set CONVENE_LOOK_DIR to keep the PNGs.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain.improvement.model import MeasureData
from app.services.core.changes import ConveningChanged
from tests.ui.scene_helpers import make_scene, render
from tests.ui.test_improvement_scenes import build_diagram
from tests.ui.test_scene_languages import (
    MAY_CUT,
    SPEAKERS_MAY_CUT,
    _longest_prompt,
    _protocol,
    _running_timer,
    _talk_lens,
    _warning,
    check_legible,
)

pytestmark = pytest.mark.gui

SIZES_2 = [(1024, 768), (1920, 1080)]
MODES = ["en+es", "es+en"]


@pytest.fixture
def room(ctx):
    ctx.services.talk._on_convening(ConveningChanged(opened=True))
    return ctx


def _nothing(ctx, clock):
    pass


def _agenda_running(ctx, clock):
    """The first item ran 25 minutes, the second is running: "ran 25 min", "now"."""
    live = ctx.services.live
    live.start_pause()
    clock.advance(25 * 60)
    live.next()
    clock.advance(60)


def _long_queue(ctx, clock):
    """30 hands up in the whole room's conversation: the queue ends with "and N more"."""
    talk = ctx.services.talk
    conv = next(c for c in talk.conversations() if c.scope == "Whole room")
    talk.choose(conv.id)
    for p in conv.members[:30]:
        talk.queue.raise_hand(p)
        clock.advance(1)


def _only_ours(ctx, clock):
    """The wall showing only what is in our control: its footer says so."""
    svc = ctx.services.wall
    svc.update_board(svc.boards()[0].id, only_in_control=True)


def _tables(ctx, clock):
    """Tables of six for one round."""
    from app.services.pairing.tables import TableRules

    ctx.services.pairing.tables.compute(TableRules(size=6, min_size=5, max_size=7), rounds=1)


def _one_team(ctx, clock):
    """One team's commitments, "Who: ..." under each."""
    team = next(c.team_id for c in ctx.services.commitments.commitments() if c.who)
    return lambda scene: scene.show_team(team)


def _measured(ctx, clock):
    """The network's run chart of a measure with a year of values: its median named at the right."""
    imp = ctx.services.improvement
    fafsa = imp.measures.add(MeasureData("FAFSA completion among first-generation seniors", "%", True))
    for k, (team_id, _name) in enumerate(ctx.services.commitments.teams()[:4]):
        for i, v in enumerate([31, 33, 32, 35, 36, 38, 41, 44, 43, 47, 48, 50]):
            imp.measures.set_value(fafsa, team_id, dt.date(2026 + (8 + i) // 12, (8 + i) % 12 + 1, 1), v + 2 * k)
    return lambda scene: scene.show(fafsa, None)


def _diagram(ctx, clock):
    """A driver diagram of 21 rows (pages), an idea tested by 3 teams, the others by none."""
    build_diagram(ctx)


# (scene, state): how to get there, and texts of ours that must be drawn in both languages: (English, Spanish)
STATES = {
    ("timer", "starting"): (_nothing, [("Starting soon", "Empieza pronto"), ("Next", "Sigue")]),
    ("timer", "running"): (_running_timer, [("Next", "Sigue")]),
    ("timer", "warning"): (_warning, [("2 minutes left", "Quedan 2 minutos")]),
    ("protocol", "step"): (_protocol, [("Step 1 of", "Paso 1 de"), ("Protocol:", "Protocolo:")]),
    ("protocol", "longest-prompt"): (_longest_prompt, [("Step", "Paso")]),
    ("agenda", "idle"): (_nothing, [("Day", "Día"), ("more items", "puntos más")]),
    ("welcome", "idle"): (_nothing, [("Scan for today's resources", "Escanea para ver los recursos de hoy")]),
    ("clock", "idle"): (_nothing, [("Thursday", "jueves")]),
    ("wall_votes", "results"): (_nothing, [("Top clusters", "Grupos más votados")]),
    ("queue", "empty"): (_nothing, [("Speaking queue", "Turno de palabra")]),
    ("queue", "long"): (_long_queue, [("Next", "Sigue"), ("more", "más")]),
    ("join", "off"): (_nothing, [("Capture from phones is off", "La captura desde teléfonos está apagada")]),
    ("agenda", "running"): (_agenda_running, [("now", "ahora"), ("ran 25 min", "duró 25 min"),
                                              ("more items", "puntos más")]),
    ("wall", "overview"): (_nothing, [("notes", "notas"), ("Page 1 of", "Página 1 de")]),
    ("wall", "only ours"): (_only_ours, [("Only what is in our control", "Solo lo que está en nuestro control")]),
    ("commitments", "all"): (_nothing, [("Page 1 of", "Página 1 de"), ("Our commitments", "Nuestros compromisos")]),
    ("commitments", "one team"): (_one_team, [("Who", "Quién")]),
    ("talk", "role"): (_talk_lens, [("Solid bar: share of talk.", "Barra llena: parte del tiempo de palabra.")]),
    ("pairs", "latest"): (_nothing, [("groups", "grupos")]),
    ("tables", "latest"): (_tables, [("Table 1", "Mesa 1"), ("tables", "mesas")]),
    ("bright_spot", "latest"): (_nothing, [("For whom", "Para quién"), ("Evidence", "Evidencia")]),
    ("run_chart", "network"): (_measured, [("median", "mediana"), ("The network", "La red")]),
    ("driver_diagram", "first"): (_diagram, [("3 teams", "3 equipos"), ("none yet", "ninguno aún"),
                                             ("Page 1 of", "Página 1 de"), ("Our aim", "Nuestra meta")]),
}

# A text the facilitator typed (or a name), shown once in a bilingual room: our words around it go bilingual
TYPED_ONCE = {
    ("agenda", "idle"): "Who We Are and What We See",
    ("agenda", "running"): "Who We Are and What We See",
    ("timer", "running"): "Story circles: the road that brought us here",
    ("timer", "starting"): "Story circles: the road that brought us here",
    ("queue", "long"): "Alicia Montgomery",
    ("bright_spot", "latest"): "Black and Latinx seniors in the student clubs",
    ("commitments", "one team"): "Mrs. Ibarra",
}


def _drawn(scene) -> list[str]:
    return [" ".join(t.lines) for t in scene.texts]


@pytest.mark.parametrize("size", SIZES_2, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("scene_state", list(STATES), ids=lambda k: f"{k[0]}-{k[1]}")
def test_a_scenes_own_words_show_in_both_languages(room, clock, size, mode, scene_state):
    scene_id, state = scene_state
    setup, pairs = STATES[scene_state]
    prepare = setup(room, clock)
    room.lang_override = mode
    scene = make_scene(room, scene_id)
    if prepare is not None:
        prepare(scene)
    render(scene, size, name=f"{scene_id}-{state}-{mode}")
    name = f"{scene_id} {state} {mode} {size[0]}x{size[1]}"
    check_legible(scene, size, name)
    drawn = _drawn(scene)
    big, small = ("en", "es") if mode == "en+es" else ("es", "en")
    by_key = {t.key: t for t in scene.texts}
    for english, spanish in pairs:
        said = {"en": english, "es": spanish}
        first = [t for t in scene.texts if said[big] in " ".join(t.lines)]
        second = [t for t in scene.texts if said[small] in " ".join(t.lines)]
        assert first, f"{name}: “{said[big]}” not drawn: {drawn!r}"
        assert second, f"{name}: “{said[small]}” not drawn: {drawn!r}"
        assert min(t.px for t in second) <= max(t.px for t in first), f"{name}: the second language is the larger"
    for t in scene.texts:
        if t.key.startswith(MAY_CUT) and not t.key.endswith(("actual", "actual_2", "counts", "counts_2")):
            continue
        if t.key in SPEAKERS_MAY_CUT:
            continue
        assert not t.elided, f"{name}: {t.key} is cut: {t.lines}"
    assert by_key, name
    if scene_state in TYPED_ONCE:   # what the facilitator typed shows once, as written
        assert sum(TYPED_ONCE[scene_state] in text for text in drawn) == 1, f"{name}: {drawn!r}"


def test_the_thumbnail_and_the_room_window_speak_the_consoles_language(qapp, demo_console):
    """Console UI, whatever the projector's language: English in an English console..."""
    from app.ui.projector.window import ProjectorThumbnail

    demo_console.ws.set_projector_lang("es")   # the room's language does not decide the console's words
    controller = demo_console.projector
    thumb = ProjectorThumbnail(controller)
    assert thumb.toolTip() == "What the room sees right now"
    assert thumb.accessibleName() == "Projector preview"
    thumb.deleteLater()


def test_a_spanish_console_says_its_thumbnail_tooltip_in_spanish(qapp):
    """...and Spanish in a Spanish console (as `convene` installs it at start-up), even for an English room."""
    from app.ui.i18n import install, uninstall
    from app.ui.projector.window import ProjectorThumbnail, ProjectorWindow

    install("es")
    try:
        thumb = ProjectorThumbnail(controller=None)
        room = ProjectorWindow(controller=None)
        assert thumb.toolTip() == "Lo que ve la sala en este momento"
        assert thumb.accessibleName() == "Vista previa del proyector"
        assert room.windowTitle() == "Convene — Proyector" and room.accessibleName() == "Proyector"
        thumb.deleteLater()
        room.deleteLater()
    finally:
        uninstall()


@pytest.mark.parametrize("size", SIZES_2, ids=lambda s: f"{s[0]}x{s[1]}")
def test_a_rounds_day_is_said_in_both_languages_its_title_once(room, clock, size):
    day2 = room.workspace.days()[1].id
    [r] = room.services.pairing.compute_rounds(1, day_id=day2)
    room.services.live.choose_day(day2)   # the scene shows the live day's round
    room.lang_override = "en+es"
    pairs = make_scene(room, "pairs")
    render(pairs, size, name="pairs-day-bilingual")
    check_legible(pairs, size, "pairs day 2 en+es")
    assert pairs.heading(r, "") == "Round 3 · Day 2 / Día 2"
    title = next(t for t in pairs.texts if t.key == "title")
    assert title.lines == ("Round 3 · Day 2 / Día 2",) and not title.elided
    day1_round = room.services.pairing.rounds()[0]
    assert pairs.heading(day1_round, "") == "Day 1 · Buddy schools", "a title naming its day is left as it is"
    room.lang_override = "es+en"
    assert make_scene(room, "pairs").heading(day1_round, "") == "Day 1 · Buddy schools"


def test_a_driver_carried_to_the_next_page_says_continued_in_both_languages_its_name_once(room, clock):
    size = (1024, 768)   # where the 21 rows page so that a primary driver carries over
    _diagram(room, clock)
    room.lang_override = "en+es"
    scene = make_scene(room, "driver_diagram")
    render(scene, size)
    seen = []
    for n in range(1, scene.pages):
        assert scene.turn(1)
        render(scene, size, name=f"driver-diagram-bilingual-p{n + 1}")
        check_legible(scene, size, f"driver diagram en+es page {n + 1}")
        seen += [" ".join(t.lines) for t in scene.texts if ", cont" in " ".join(t.lines)]
    assert seen, "a page starts under a primary driver carried from the page before"
    for text in seen:
        assert text.endswith(", continued (continuación)"), text
        name = text.removesuffix(", continued (continuación)")
        assert text.count(name) == 1


def test_a_template_the_same_in_both_languages_keeps_the_second_language_of_its_parts():
    from app.ui.projector.words import Said

    more, until = Said("9 more items", "9 puntos más"), Said("day ends 16:00", "el día termina a las 16:00")
    both = Said("{more} · {until}").format(more=more, until=until)   # "{more} · {until}" reads the same in Spanish
    assert (str(both), both.second) == ("9 more items · day ends 16:00", "9 puntos más · el día termina a las 16:00")
    assert Said("{n} min").format(n=25).second is None, "a text the same in both shows once"


def test_a_label_of_ours_in_both_languages_before_a_typed_text_shown_once():
    from app.ui.projector.words import Said, compact, labelled

    assert labelled(Said("For whom: {text}", "Para quién: {text}"), "seniors in the clubs") == \
        "For whom / Para quién: seniors in the clubs"
    assert labelled(Said("For whom: {text}"), "seniors") == "For whom: seniors", "one language: as before"
    assert compact(Said("Page 2 of 3", "Página 2 de 3")) == "Page 2 of 3 · Página 2 de 3"
    assert compact(Said("Page 2 of 3")) == "Page 2 of 3"


@pytest.mark.parametrize(("mode", "expected"), [
    ("en", "Our beliefs (2 of 3)"), ("es", "Our beliefs (2 de 3)"),
    ("en+es", "Our beliefs (2 of 3 · 2 de 3)"), ("es+en", "Our beliefs (2 de 3 · 2 of 3)")])
def test_a_cluster_on_several_pages_says_which_page_in_each_language_and_its_name_once(room, mode, expected):
    room.lang_override = mode
    scene = make_scene(room, "wall")
    assert scene._part_name("Our beliefs", 2, 3) == expected
