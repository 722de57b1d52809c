"""The facilitator turns the pages of the projector's Pairs and Tables by hand: Shift+PageDown / Shift+PageUp
from any window, or the page buttons in the Pairing tab. The clicker's PageDown / PageUp stay the live run's."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtTest import QTest

from app.services.people.records import TeamData
from app.ui.keys import ClickerKeys
from tests.ui.scene_helpers import make_scene, render, scene_context

pytestmark = pytest.mark.gui


def _long_round(services):
    for n in range(30):
        services.people.add_team(TeamData(f"Extra Academy for Long School Names Number {n + 1}", district=f"D{n % 4}"))
    return services.pairing.compute_rounds(1)[0]


def test_a_page_turned_by_hand_stays_until_turned_again(qapp, demo_services, clock):
    ctx = scene_context(demo_services, clock)
    first = _long_round(ctx.services)
    scene = make_scene(ctx, "pairs")  # (built-ins loaded in order: importing one scene first reorders Ctrl+N)
    render(scene, (1024, 768))
    assert scene.pages > 2
    start = scene.page_now()
    assert scene.turn(1)
    render(scene, (1024, 768), name="pairs-turned")
    assert scene.page_now() == (start + 1) % scene.pages
    assert scene.next_change_in() is None, "no timer turns it back"
    clock.advance(60)
    assert scene.page_now() == (start + 1) % scene.pages
    footer = [k for k, _ in scene.drawn if k == "footer"]
    assert footer
    assert scene.turn(-1) and scene.turn(-1)
    assert scene.page_now() == (start - 1) % scene.pages, "it wraps"
    scene.show_round(first.id)
    assert scene.manual_page is None and scene.next_change_in() is not None, "another round turns by itself again"


def test_a_one_page_scene_has_nothing_to_turn(qapp, services, clock):
    scene = make_scene(scene_context(services, clock), "pairs")
    render(scene, (1920, 1080))
    assert scene.pages == 1 and not scene.turn(1) and scene.next_change_in() is None


@pytest.mark.parametrize("key, mods, action", [
    (Qt.Key.Key_PageDown, Qt.KeyboardModifier.ShiftModifier, "page_next"),
    (Qt.Key.Key_PageUp, Qt.KeyboardModifier.ShiftModifier, "page_back"),
    (Qt.Key.Key_PageDown, Qt.KeyboardModifier.NoModifier, "next"),
    (Qt.Key.Key_PageUp, Qt.KeyboardModifier.NoModifier, "back"),
])
def test_shift_pages_and_the_clickers_keys_stay_the_live_runs(key, mods, action):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    assert ClickerKeys.action_for(QKeyEvent(QEvent.Type.KeyPress, key, mods)) == action


def _long_pairs_on_the_projector(c):
    """(Pairing tab, pairs scene) with a round too long for one page up on the projector, painted once."""
    tab = c.tab_widgets["Pairing"]
    _long_round(c.ctx.services)
    tab.reload()
    tab.show_on_projector()
    scene = c.projector.scenes["pairs"]
    _paint(c.projector)
    return tab, scene


def _paint(projector):
    """Paint the room as the projector window and the console's thumbnail do (at the room's size)."""
    size = projector.room_size()
    img = QImage(size, QImage.Format.Format_RGB32)
    p = QPainter(img)
    projector.paint_room(p, QRect(0, 0, size.width(), size.height()))
    p.end()


def test_shift_pagedown_turns_the_pairs_and_pagedown_still_moves_the_live_run(demo_console):
    c = demo_console
    tab, scene = _long_pairs_on_the_projector(c)
    assert scene.pages > 1
    page = scene.page_now()
    live = c.ctx.services.live
    moved = []
    real_next = live.next
    live.next = lambda: (moved.append("next"), real_next())
    c.keys.actions["next"] = lambda: live.next()  # the filter's action calls the service's next, as installed
    c.activateWindow()
    QTest.keyClick(c, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ShiftModifier)
    assert scene.page_now() == (page + 1) % scene.pages
    assert moved == [] and c.keys.handled[-1] == "page_next"
    QTest.keyClick(c, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ShiftModifier)
    assert scene.page_now() == page
    QTest.keyClick(c, Qt.Key.Key_PageDown)
    assert moved == ["next"], "a clicker's PageDown is the live run's, even with the pairs on screen"
    assert scene.page_now() == page


def test_the_tabs_page_buttons_turn_the_projector(demo_console):
    c = demo_console
    tab, scene = _long_pairs_on_the_projector(c)
    page = scene.page_now()
    buttons = {b.accessibleName(): b for b in tab.findChildren(type(tab.next_button))}
    buttons["Next page of the pairs on the projector (Shift+PageDown)"].click()
    assert scene.page_now() == (page + 1) % scene.pages
    buttons["Previous page of the pairs on the projector (Shift+PageUp)"].click()
    assert scene.page_now() == page


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)])
def test_the_pairs_and_tables_headings_name_their_day(qapp, demo_workspace, demo_services, clock, size):
    from app.services.pairing.tables import TableRules

    ctx = scene_context(demo_services, clock)
    day2 = demo_workspace.days()[1].id
    [r] = ctx.services.pairing.compute_rounds(1, day_id=day2)
    [t] = ctx.services.pairing.tables.compute(TableRules(), 1, day_id=day2)
    pairs, tables = make_scene(ctx, "pairs"), make_scene(ctx, "tables")
    render(pairs, size, name=f"pairs-day-{size[0]}")
    render(tables, size, name=f"tables-day-{size[0]}")
    assert pairs.heading(r, "") == "Round 3 · Day 2"
    assert tables.heading(t, "") == "Tables 1 · Day 2"
    day1_round = ctx.services.pairing.rounds()[0]
    assert pairs.heading(day1_round, "") == "Day 1 · Buddy schools", "a title naming its day is left as it is"
