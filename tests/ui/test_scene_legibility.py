"""Projector text is readable from the back row (15 m), at 1024x768, 1920x1080 and 3840x2160.

Measured on the layout each scene computes (font pixel sizes, digit ink heights,
rectangles) and on rendered pixels; the measurements print as a table at the end
of the run (tests/ui/conftest.py).
"""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QPainterPath

from app.services.agenda.service import ItemData
from tests.ui.scene_helpers import SIZES, assert_inside, colon_dot_aspect, make_scene, measure, render

pytestmark = pytest.mark.gui

MIN_SHARE = 0.04




def retitle(ctx, item_id, title):
    agenda = ctx.services.agenda
    rec = agenda.item(item_id)
    data = ItemData(**{f.name: getattr(rec, f.name) for f in dataclasses.fields(ItemData)})
    agenda.update_item(item_id, dataclasses.replace(data, title=title))


def check_legible(scene, size, name):
    """Every text at least 4% of the height; no wrapped text ends on a lone word; all on screen."""
    shares = measure(name, size, scene)
    assert_inside(scene, size)
    drawn = [(k, r) for k, r in scene.drawn if not r.isEmpty()]
    for i, (k1, r1) in enumerate(drawn):
        for k2, r2 in drawn[i + 1:]:
            overlap = r1.intersected(r2)
            assert overlap.isEmpty() or min(overlap.width(), overlap.height()) <= 2, f"{name}: {k1} overlaps {k2}"
    for t in scene.texts:
        assert t.px >= MIN_SHARE * size[1], f"{name} {t.key} is {t.px} px, under 4% of {size[1]}"
        words = " ".join(t.lines).split()
        if len(t.lines) >= 2 and len(words) >= 3:
            assert len(t.lines[-1].split()) >= 2, f"{name} {t.key} ends on a lone word: {t.lines}"
    return shares


def natural_dot_aspect(family: str, bold: bool) -> float:
    f = QFont(family)
    f.setPixelSize(400)
    f.setBold(bold)
    path = QPainterPath()
    path.addText(QPointF(0, 0), f, ":")
    dot = path.toSubpathPolygons()[0].boundingRect()
    return dot.width() / dot.height()


def text_of(scene, key):
    return next(t for t in scene.texts if t.key == key)


# -- timer ---------------------------------------------------------------------------------------------
TIMER_STATES = {
    # state: (seconds to run after Space, pause after?, digits, words)
    "running": (61, False, "23:59", ""),
    "warning": (23 * 60 + 30, False, "01:30", "2 minutes left"),
    "overtime": (25 * 60 + 83, False, "01:23", "Over time"),
    "overtime-past-an-hour": (25 * 60 + 3725, False, "62:05", "Over time"),
    "paused": (61, True, "23:59", "Paused"),
}


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("state", list(TIMER_STATES))
def test_timer_digits_are_forty_percent_and_never_squeezed(ctx, clock, size, state):
    run, pause, digits, words = TIMER_STATES[state]
    live = ctx.services.live
    live.start_pause()
    clock.advance(run)
    if pause:
        live.start_pause()
    scene = make_scene(ctx, "timer")
    img = render(scene, size, name=f"timer-{state}")
    ink = dict(scene.drawn)["digits"]
    assert ink.height() >= 0.40 * size[1], f"digits {ink.height()} px of {size[1]}"
    # Painted at the font's own proportions: the colon's dots keep the shape the face gives them.
    colour = max({img.pixelColor(x, ink.center().y()).name() for x in range(ink.left(), ink.right())} - {"#000000"},
                 key=lambda c: sum(img.pixelColor(x, ink.center().y()).name() == c
                                   for x in range(ink.left(), ink.right())))
    face = getattr(scene, "digits", None)
    family, bold = (face.family, face.bold) if face is not None else ("DejaVu Sans", True)
    assert colon_dot_aspect(img, ink, colour) >= 0.95 * natural_dot_aspect(family, bold)
    check_legible(scene, size, f"timer {state}")
    assert text_of(scene, "digits").lines == (digits,)
    if words:
        label = text_of(scene, "label")
        assert label.lines[0].startswith(words) or words in label.lines[0]
        assert label.px >= 0.06 * size[1], f"zone words {label.px} px, under 6% of {size[1]}"


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_timer_before_the_start_is_legible(ctx, size):
    scene = make_scene(ctx, "timer")
    render(scene, size, name="timer-starting")
    check_legible(scene, size, "timer starting")
    assert dict(scene.drawn)["digits"].height() >= 0.40 * size[1]


# -- protocol ------------------------------------------------------------------------------------------
def start_protocol(ctx, longest=False):
    from app.services.protocols.library import library

    pairs = [(p, i) for p in library() for i, _ in enumerate(p.steps)]
    if longest:
        proto, step = max(pairs, key=lambda pi: len(pi[0].steps[pi[1]].prompt))
    else:
        proto, step = pairs[0]
    agenda, live, protocols = ctx.services.agenda, ctx.services.live, ctx.services.protocols
    day = ctx.workspace.days()[0]
    item_id = agenda.add_item(day.id, ItemData(proto.name, "protocol", proto.minutes), index=0)
    protocols.attach(item_id, proto.name)
    live.goto(item_id, step)
    return live


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("state", ["running", "overtime", "longest-prompt"])
def test_protocol_countdown_a_fifth_and_prompt_six_percent(ctx, clock, size, state):
    live = start_protocol(ctx, longest=state == "longest-prompt")
    if state == "overtime":
        clock.advance(live.view().step_countdown.remaining + 83)
    scene = make_scene(ctx, "protocol")
    render(scene, size, name=f"protocol-{state}")
    check_legible(scene, size, f"protocol {state}")
    assert dict(scene.drawn)["step_digits"].height() >= 0.20 * size[1]
    prompt = text_of(scene, "prompt")
    assert prompt.px >= 0.06 * size[1]
    assert not prompt.elided
    if state == "overtime":
        label = text_of(scene, "step_label")
        assert "Over time" in label.lines[0] and label.px >= 0.06 * size[1]
    for key in ("header", "step_title", "speakers", "item_time"):
        assert not text_of(scene, key).elided, key


# -- agenda --------------------------------------------------------------------------------------------
def columns_apart(scene):
    """No title runs under the times column or the right-hand column."""
    drawn = dict(scene.drawn)
    rows = sorted({k.split(".")[0] for k in drawn if k.startswith("row")})
    assert rows
    for r in rows:
        time, title, right = drawn[f"{r}.time"], drawn[f"{r}.title"], drawn[f"{r}.actual"]
        assert title.left() > time.right(), f"{r} title starts under the times"
        assert title.right() < right.left() - 4, f"{r} title runs under the right column"


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_agenda_rows_keep_their_size_and_follow_the_run(ctx, clock, size):
    scene = make_scene(ctx, "agenda")
    render(scene, size, name="agenda-idle")
    check_legible(scene, size, "agenda idle")
    columns_apart(scene)
    items = ctx.services.agenda.items(ctx.workspace.days()[0].id)
    assert len(scene.visible) < len(items)  # 15 items: the rest is said, not squeezed in
    assert "more item" in text_of(scene, "more").lines[0]

    # A late morning: the first item runs 15 minutes over, the second is under way.
    live = ctx.services.live
    live.start_pause()
    clock.advance(40 * 60)
    live.next()
    clock.advance(10 * 60)
    late = make_scene(ctx, "agenda")
    render(late, size, name="agenda-late")
    check_legible(late, size, "agenda late morning")
    columns_apart(late)
    shown = {item_id: start for item_id, start, _, _ in late.visible}
    assert items[1].id in shown  # the running item is on screen
    # Now 09:20 with 30 minutes of "Story circles" left: the morning break (planned 09:35) at 09:50.
    assert shown[items[2].id] == "09:50"
    assert shown[items[3].id] == "10:05"


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_a_long_title_is_cut_not_every_row_shrunk(ctx, size):
    plain = make_scene(ctx, "agenda")
    render(plain, size)
    before = {t.key: t.px for t in plain.texts if t.key.startswith("row")}
    items = ctx.services.agenda.items(ctx.workspace.days()[0].id)
    long_title = ("Data dive " + "with every school's senior class, their FAFSA numbers and what they mean " * 4)[:200]
    retitle(ctx, items[3].id, long_title)
    scene = make_scene(ctx, "agenda")
    render(scene, size, name="agenda-long-title")
    check_legible(scene, size, "agenda long title")
    columns_apart(scene)
    after = {t.key: t.px for t in scene.texts if t.key.startswith("row")}
    assert after == {k: before[k] for k in after}  # the same size for every row (the long one takes two lines)
    cut = text_of(scene, "row3.title")  # two lines, then cut (Shift+PageDown shows it in full)
    assert cut.elided and len(cut.lines) == 2 and cut.lines[-1].endswith("…")


# -- welcome and clock ---------------------------------------------------------------------------------
def set_details(ctx, **changes):
    ws = ctx.workspace
    ws.update_details(dataclasses.replace(ws.details(), **changes))


LONG_LOCATION = ("Oakland Unified School District Professional Learning Center, Room 204 (second floor, "
                 "enter from the parking lot on the east side), 1000 Broadway, Oakland, California 94607")


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_welcome_date_line_keeps_its_size_with_a_long_location(ctx, size):
    short = make_scene(ctx, "welcome")
    render(short, size, name="welcome")
    check_legible(short, size, "welcome")
    set_details(ctx, location=LONG_LOCATION)
    scene = make_scene(ctx, "welcome")
    render(scene, size, name="welcome-long-location")
    check_legible(scene, size, "welcome long location")
    assert text_of(scene, "day").px == text_of(short, "day").px
    assert text_of(scene, "day").px >= 0.045 * size[1]
    loc = text_of(scene, "location")
    assert loc.px >= 0.04 * size[1] and len(loc.lines) <= 2


def glyph_in_some_font(ch: str) -> bool:
    return any(QFontMetrics(QFont(fam)).inFontUcs4(ord(ch)) for fam in QFontDatabase.families())


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("scene_id", ["welcome", "timer", "agenda"])
def test_an_emoji_title_shows_plainly_without_moving_the_layout(ctx, size, scene_id):
    first = ctx.services.agenda.items(ctx.workspace.days()[0].id)[0]
    plain_title = "Spring Convening ★ Belonging in Math"
    set_details(ctx, title=plain_title)
    retitle(ctx, first.id, "Welcome ★ and agreements")
    plain = make_scene(ctx, scene_id)
    render(plain, size)
    set_details(ctx, title="Spring Convening ★ 🎉 Belonging in Math 👩🏽‍🏫")
    retitle(ctx, first.id, "Welcome ★ 🎉 and agreements")
    scene = make_scene(ctx, scene_id)
    render(scene, size, name=f"{scene_id}-emoji")
    check_legible(scene, size, f"{scene_id} emoji title")
    for t in scene.texts:
        for line in t.lines:
            missing = [c for c in line if ord(c) > 0x7F and not c.isspace() and not glyph_in_some_font(c)]
            assert not missing, f"{t.key} would draw empty boxes for {missing!r}"
    key = "row0.title" if scene_id == "agenda" else "title"
    assert "★" in text_of(scene, key).lines[0]  # a symbol the font has is kept
    assert [(t.key, t.px) for t in scene.texts] == [(t.key, t.px) for t in plain.texts]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_clock_is_legible(ctx, size):
    scene = make_scene(ctx, "clock")
    render(scene, size, name="clock")
    check_legible(scene, size, "clock")


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("waiting", [0, 3, 30])
def test_speaking_queue_is_legible_names_only_in_queue_order(ctx, size, waiting):
    """The projector's speaking queue (Talk tab, issue 23): names only, the next first, then the rest in
    queue order; a long queue ends with "and N more" instead of shrinking."""
    talk = ctx.services.talk
    conv = next(c for c in talk.conversations() if c.scope == "Whole room")
    talk.choose(conv.id)
    for p in conv.members[:waiting]:
        talk.queue.raise_hand(p)
        ctx.clock.advance(1)
    scene = make_scene(ctx, "queue")
    render(scene, size, name=f"queue-{waiting}")
    check_legible(scene, size, f"queue-{waiting}")
    names = talk.names()
    if waiting == 0:
        assert scene.shown == ["Nobody is waiting to speak"]
        return
    assert scene.shown[0] == f"Next: {names[conv.members[0]]}"
    listed = [line.split(". ", 1)[1] for line in scene.shown[1:] if not line.startswith("and ")]
    assert listed == [names[p] for p in conv.members[1:1 + len(listed)]]
    if waiting == 30:
        assert scene.shown[-1] == f"and {waiting - 1 - len(listed)} more"
    drawn = " ".join(t for _k, t in [(t.key, " ".join(t.lines)) for t in scene.texts])
    assert "spoken" not in drawn and ":" not in drawn.replace("Next:", ""), "names only, no times"
