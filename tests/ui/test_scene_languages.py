"""The projector in Spanish and in two languages: every scene at 1024x768 and 1920x1080, its own words in
Spanish, the second language smaller but never under the floor, nothing overlapping, leaving the screen or cut.

Set CONVENE_LOOK_DIR to keep the PNGs (named `<scene>-<state>-<lang>-WxH-dark.png`).
"""

from __future__ import annotations

import pytest

from app.services.core.changes import ConveningChanged
from tests.ui.scene_helpers import assert_inside, make_scene, measure, render
from tests.ui.test_scene_legibility import start_protocol

pytestmark = pytest.mark.gui

SIZES_2 = [(1024, 768), (1920, 1080)]
MODES = ["es", "en+es"]


@pytest.fixture
def room(ctx):
    ctx.services.talk._on_convening(ConveningChanged(opened=True))  # the demo was opened before the services existed
    return ctx


def _running_timer(ctx, clock):
    ctx.services.live.start_pause()
    clock.advance(61)


def _warning(ctx, clock):
    ctx.services.live.start_pause()
    clock.advance(23 * 60 + 30)


def _protocol(ctx, clock):
    start_protocol(ctx)


def _longest_prompt(ctx, clock):
    start_protocol(ctx, longest=True)


def _talk_lens(ctx, clock):
    talk = ctx.services.talk
    talk.set_lens(talk.lens_by_name("Role").id)


def _nothing(ctx, clock):
    pass


# (scene, state): how to get there, and the scene's own words in Spanish that must be on the screen
STATES = {
    ("timer", "starting"): (_nothing, ["Empieza pronto", "Sigue"]),
    ("timer", "running"): (_running_timer, ["Sigue"]),
    ("timer", "warning"): (_warning, ["Quedan 2 minutos"]),
    ("protocol", "step"): (_protocol, ["Paso 1 de", "Protocolo: quedan"]),
    ("protocol", "longest-prompt"): (_longest_prompt, ["Paso"]),
    ("agenda", "idle"): (_nothing, ["Día 1"]),
    ("welcome", "idle"): (_nothing, ["Escanea para ver los recursos de hoy"]),
    ("clock", "idle"): (_nothing, []),
    ("wall", "overview"): (_nothing, []),
    ("wall_votes", "results"): (_nothing, ["Grupos más votados"]),
    ("pairs", "latest"): (_nothing, ["grupos", "equipos"]),
    ("tables", "latest"): (_nothing, ["mesas"]),
    ("commitments", "all"): (_nothing, ["Nuestros compromisos"]),
    ("bright_spot", "latest"): (_nothing, ["Experiencia destacada"]),
    ("talk", "role"): (_talk_lens, ["Tiempo de palabra por"]),
    ("queue", "empty"): (_nothing, ["Turno de palabra"]),
    ("join", "off"): (_nothing, ["La captura desde teléfonos está apagada"]),
    ("run_chart", "first"): (_nothing, []),
    ("driver_diagram", "first"): (_nothing, ["Nuestra meta"]),
}
# Who may speak, on a bilingual 4:3 projector: a list of three roles in two languages does not fit the footer's
# two lines at the 4% floor ("Speaking: participants, presenter and facilitator"), and is cut with "…".
SPEAKERS_MAY_CUT = ("speakers", "speakers_2")
# Texts that may be cut with "…" by design in any language (a row of the agenda, a note, a name on a tile)
MAY_CUT = ("row", "tile", "card", "note", "table", "group", "signal", "c0.", "c1.", "c2.")


def check_legible(scene, size, name) -> None:
    """tests/ui/test_scene_legibility.py's check (every text >= 4%, on the screen, nothing overlapping, no lone
    last word), without the lone-word rule for a cluster's name in a wall tile (as tests/ui/test_wall_ui.py)."""
    measure(name, size, scene)
    assert_inside(scene, size)
    drawn = [(k, r) for k, r in scene.drawn if not r.isEmpty()]
    for i, (k1, r1) in enumerate(drawn):
        for k2, r2 in drawn[i + 1:]:
            overlap = r1.intersected(r2)
            assert overlap.isEmpty() or min(overlap.width(), overlap.height()) <= 2, f"{name}: {k1} overlaps {k2}"
    for t in scene.texts:
        assert t.px >= 0.04 * size[1], f"{name} {t.key} is {t.px} px, under 4% of {size[1]}"
        words = " ".join(t.lines).split()
        if len(t.lines) >= 2 and len(words) >= 3 and not t.key.startswith("tile"):
            assert len(t.lines[-1].split()) >= 2, f"{name} {t.key} ends on a lone word: {t.lines}"


def _said(scene) -> str:
    return "\n".join(" ".join(t.lines) for t in scene.texts)


@pytest.mark.parametrize("size", SIZES_2, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("scene_state", list(STATES), ids=lambda k: f"{k[0]}-{k[1]}")
def test_every_scene_in_spanish_and_bilingual_is_legible_and_uncut(room, clock, size, mode, scene_state):
    scene_id, state = scene_state
    setup, spanish = STATES[scene_state]
    setup(room, clock)
    room.lang_override = mode
    scene = make_scene(room, scene_id)
    render(scene, size, name=f"{scene_id}-{state}-{mode}")
    name = f"{scene_id} {state} {mode}"
    check_legible(scene, size, name)
    said = _said(scene)
    for words in spanish:
        assert words in said, f"{name}: “{words}” not on the screen: {said!r}"
    for t in scene.texts:
        if t.key.startswith(MAY_CUT) or t.key.split(".")[0] in MAY_CUT:
            continue
        if mode == "en+es" and size == (1024, 768) and t.key in SPEAKERS_MAY_CUT:
            continue
        assert not t.elided, f"{name}: {t.key} is cut: {t.lines}"
    if mode == "en+es":   # each text of the scene's own in two languages: the second never larger
        firsts = {t.key: t for t in scene.texts}
        seconds = [t for t in scene.texts if t.key.endswith("_2")]
        if spanish:   # a second, smaller text, or both on one line ("Next / Sigue  ·  ...", words.once)
            assert seconds or any(" / " in " ".join(t.lines) for t in scene.texts), \
                f"{name}: nothing in the second language"
        for t in seconds:
            first = firsts[t.key[:-2]]
            assert t.px <= first.px, f"{name}: {t.key} ({t.px} px) is larger than the first language ({first.px})"


@pytest.mark.parametrize("size", SIZES_2, ids=lambda s: f"{s[0]}x{s[1]}")
def test_bilingual_prompt_keeps_six_percent_and_the_second_language_the_floor(room, clock, size):
    start_protocol(room, longest=True)
    room.lang_override = "en+es"
    scene = make_scene(room, "protocol")
    render(scene, size, name="protocol-longest-bilingual")
    by_key = {t.key: t for t in scene.texts}
    assert by_key["prompt"].px >= 0.06 * size[1]
    assert by_key["prompt_2"].px >= 0.04 * size[1]
    assert not by_key["prompt"].elided and not by_key["prompt_2"].elided


def test_a_protocols_spanish_step_name_and_prompt_show_in_spanish(room, clock):
    from app.services.protocols.library import library

    proto = library()[0]
    es = proto.in_language("es")
    assert es.steps[0].title != proto.steps[0].title, "the library protocol has a Spanish step name"
    start_protocol(room)
    size = (1024, 768)
    room.lang_override = "es"
    scene = make_scene(room, "protocol")
    render(scene, size, name="protocol-spanish-step")
    said = _said(scene)
    assert es.steps[0].title in said and es.steps[0].prompt in said
    assert proto.steps[0].prompt not in said
    room.lang_override = "en+es"
    scene = make_scene(room, "protocol")
    render(scene, size, name="protocol-bilingual-step")
    by_key = {t.key: " ".join(t.lines) for t in scene.texts}
    assert by_key["step_title"] == proto.steps[0].title and by_key["step_title_2"] == es.steps[0].title
    assert by_key["prompt_2"] == es.steps[0].prompt


def test_the_projector_follows_the_convenings_language(room, clock):
    room.services.live.start_pause()
    scene = make_scene(room, "timer")
    render(scene, (1024, 768))
    assert "Sigue" not in _said(scene)
    room.workspace.set_projector_lang("es")
    room.forget_language()   # the console's projector does this on every change (ProjectorController.data_changed)
    render(scene, (1024, 768))
    assert "Sigue" in _said(scene)
    assert room.workspace.projector_lang() == "es"


@pytest.mark.parametrize("mode", MODES)
def test_every_library_step_fits_in_spanish_and_bilingual_at_1024x768(room, clock, mode):
    """Spanish runs longer: every step of the 15 library protocols, title and prompt, uncut on a 4:3 projector."""
    from app.services.agenda.service import ItemData
    from app.services.protocols.library import library

    agenda, live, protocols = room.services.agenda, room.services.live, room.services.protocols
    day = room.workspace.days()[0]
    room.lang_override = mode
    size = (1024, 768)
    scene = make_scene(room, "protocol")
    problems: list[str] = []
    for proto in library():
        item_id = agenda.add_item(day.id, ItemData(proto.name, "protocol", proto.minutes), index=0)
        protocols.attach(item_id, proto.name)
        for step in range(len(proto.steps)):
            live.goto(item_id, step)
            scene.on_data_changed()
            render(scene, size)
            name = f"{proto.name} step {step + 1} {mode}"
            by_key = {t.key: t for t in scene.texts}
            assert "prompt" in by_key, name
            for key in ("prompt", "prompt_2", "step_title", "step_title_2", "header", "speakers", "speakers_2"):
                if key in by_key and not (mode == "en+es" and key in SPEAKERS_MAY_CUT) and by_key[key].elided:
                    problems.append(f"{name}: {key} is cut: {by_key[key].lines}")
            assert by_key["prompt"].px >= 0.06 * size[1], name
            if mode == "en+es":
                assert by_key["prompt_2"].px >= 0.04 * size[1], name
            try:
                check_legible(scene, size, name)
            except AssertionError as exc:
                problems.append(str(exc).splitlines()[0])
    assert not problems, "\n".join(problems)


def test_the_consoles_projector_speaks_the_convenings_language_once_it_is_set(demo_console):
    """The live projector (and its thumbnail) read the convening's projector language, and follow a change."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QImage, QPainter

    projector = demo_console.projector

    def painted() -> str:
        img = QImage(1024, 768, QImage.Format.Format_RGB32)
        p = QPainter(img)
        projector.paint_room(p, QRect(0, 0, 1024, 768))
        p.end()
        return _said(projector.scene)

    projector.set_scene("welcome")
    assert "Scan for today's resources" in painted()
    demo_console.ws.set_projector_lang("es")
    assert "Escanea para ver los recursos de hoy" in painted()
    demo_console.ws.set_projector_lang("en+es")
    said = painted()
    assert "Scan for today's resources" in said and "Escanea para ver los recursos de hoy" in said


def test_the_view_menu_sets_the_projector_language(demo_console):
    menu = demo_console.projector_language_menu
    menu.aboutToShow.emit()
    actions = {a.data(): a for a in menu.actions()}
    assert list(actions) == ["en", "es", "en+es", "es+en"] and actions["en"].isChecked()
    actions["es+en"].trigger()
    assert demo_console.ws.projector_lang() == "es+en"
    menu.aboutToShow.emit()
    assert actions["es+en"].isChecked() and not actions["en"].isChecked()
    assert demo_console.projector.ctx.lang == "es+en"
