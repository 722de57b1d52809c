"""The Agenda scene at 1024x768: titles wrap before they are cut, a cut title is one key from in
full, and times after midnight read as a wall clock (02:31, "day ends 02:08 next day"), as on the
Live tab."""

from __future__ import annotations

import re

import pytest

from tests.ui.scene_helpers import make_scene, render
from tests.ui.test_scene_legibility import check_legible, retitle

pytestmark = pytest.mark.gui

SMALL, LARGE = (1024, 768), (1920, 1080)
LONG_TITLE = ("Data dive with every school's senior class: their FAFSA and Dream Act numbers this year and last, "
              "what the counselors see, and what we ask of the network")
HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


def titles(scene) -> dict[str, tuple[tuple[str, ...], bool]]:
    return {t.key: (t.lines, t.elided) for t in scene.texts if t.key.endswith(".title")}


@pytest.mark.parametrize("size", [SMALL, LARGE], ids=lambda s: f"{s[0]}x{s[1]}")
def test_agenda_titles_wrap_to_a_second_line_rather_than_being_cut(ctx, size):
    """The demo's titles ("Team data dive: who started but didn't finish?") were cut with "…" at 1024x768."""
    scene = make_scene(ctx, "agenda")
    render(scene, size, name="agenda-wrapped")
    check_legible(scene, size, "agenda wrapped")
    items = {r.id: r.title for r in ctx.services.agenda.items(ctx.workspace.days()[0].id)}
    shown = titles(scene)
    assert len(shown) >= 5
    for item_id, _start, text, _label in scene.visible:
        assert text == items[item_id], f"{items[item_id]!r} shown as {text!r}"
    assert not any(elided for _lines, elided in shown.values())
    if size == SMALL:
        assert any(len(lines) == 2 for lines, _ in shown.values()), "a long title takes a second line"


def test_a_title_too_long_for_two_lines_is_one_key_from_in_full(ctx):
    items = ctx.services.agenda.items(ctx.workspace.days()[0].id)
    retitle(ctx, items[2].id, LONG_TITLE)
    scene = make_scene(ctx, "agenda")
    render(scene, SMALL, name="agenda-cut-title")
    check_legible(scene, SMALL, "agenda cut title")
    lines, elided = titles(scene)["row2.title"]
    assert elided and len(lines) == 2 and lines[-1].endswith("…")

    # Shift+PageDown (the projector's page turn): the same rows, every title in full.
    assert scene.turn(1)
    render(scene, SMALL, name="agenda-cut-title-in-full")
    check_legible(scene, SMALL, "agenda title in full")
    lines, elided = titles(scene)["row2.title"]
    assert not elided and " ".join(lines) == LONG_TITLE
    assert "page 1 of" in " ".join(next(t for t in scene.texts if t.key == "more").lines)

    # The next turns page through the day; once the run moves on, the list follows it again.
    assert scene.turn(1)
    render(scene, SMALL)
    assert scene.visible[0][0] != items[0].id
    ctx.services.live.start_pause()
    render(scene, SMALL)
    assert scene.manual_page is None and scene.visible[0][0] == items[0].id


def test_the_running_title_is_never_cut(ctx):
    items = ctx.services.agenda.items(ctx.workspace.days()[0].id)
    retitle(ctx, items[0].id, LONG_TITLE)
    ctx.services.live.start_pause()
    scene = make_scene(ctx, "agenda")
    render(scene, SMALL, name="agenda-running-long-title")
    check_legible(scene, SMALL, "agenda running long title")
    lines, elided = titles(scene)["row0.title"]
    assert not elided and " ".join(lines) == LONG_TITLE


# -- times after midnight ------------------------------------------------------------------------------
def rehearse_in_the_evening(ctx, clock):
    """22:30 on the first day: the whole day started now runs past midnight (into 06:00)."""
    clock.advance(14 * 3600)
    live = ctx.services.live
    live.start_pause()
    clock.advance(5 * 60)
    return live


@pytest.mark.parametrize("size", [SMALL, LARGE], ids=lambda s: f"{s[0]}x{s[1]}")
def test_agenda_times_after_midnight_read_as_a_wall_clock(ctx, clock, size):
    rehearse_in_the_evening(ctx, clock)
    scene = make_scene(ctx, "agenda")
    render(scene, size, name="agenda-after-midnight")
    check_legible(scene, size, "agenda after midnight")
    starts = [start for _id, start, _title, _label in scene.visible]
    assert starts and all(HHMM.match(s) for s in starts), starts
    assert any(s.startswith("0") for s in starts[1:]), f"no start after midnight on the page: {starts}"
    footer = " ".join(next(t for t in scene.texts if t.key == "more").lines)
    assert re.search(r"day ends 0\d:\d\d next day", footer), footer


def test_the_live_status_line_says_next_day_not_26_oclock(ctx, clock):
    from app.ui.agenda.texts import live_line

    live = rehearse_in_the_evening(ctx, clock)
    day_id = live.chosen_day_id()
    line = live_line(live.status(day_id), live.other_date(day_id))
    assert re.search(r"projected end 0\d:\d\d next day", line), line
    assert not re.search(r"\b(2[4-9]|[3-9]\d):\d\d", line), line


def test_the_live_tab_reads_after_midnight_as_a_wall_clock(live_console, clock):
    console, tab = live_console
    clock.advance(14 * 3600)
    live = console.ctx.services.live
    live.start_pause()
    clock.advance(5 * 60)
    tab.refresh()
    text = tab.status.text()
    assert re.search(r"0\d:\d\d next day", text), text
    assert not re.search(r"\b(2[4-9]|[3-9]\d):\d\d", text), text
