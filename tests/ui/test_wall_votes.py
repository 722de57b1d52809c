"""Votes and the board's place on the agenda, in the Wall tab with real widgets offscreen: the rules,
tallies by keys, dots by person, the agenda item and step; the Top clusters scene at three sizes
(set CONVENE_LOOK_DIR to keep the PNGs)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.ui.scene_helpers import SIZES, make_scene, open_wall_tab, render
from tests.ui.test_scene_legibility import check_legible

pytestmark = pytest.mark.gui


@pytest.fixture
def tab(ui_ctx, qtbot):
    t = open_wall_tab(ui_ctx, qtbot)
    board = t.service.add_board("Barriers")
    t.board.choose(board)
    ids = t.service.add_notes(board, ["Late buses", "No bus after tutoring", "Fear of debt", "Loans scare families",
                                      "One counselor for 400"])
    t.buses = t.service.make_cluster(board, ids[:2], "Buses")
    t.debt = t.service.make_cluster(board, ids[2:4], "Debt")
    t.service.tidy(board)
    t.view.zoom_to_fit()
    return t


@pytest.fixture
def demo_ui_ctx(demo_workspace, clock, settings):
    """A UiContext over the demo convening, without a console window; its jobs finish and it closes after the test."""
    from app.ui.context import make_context

    ctx = make_context(demo_workspace, clock, settings)
    yield ctx
    ctx.ui.jobs.wait()
    ctx.close()


def test_vote_rules_are_set_in_the_tab_and_one_undo_puts_them_back(tab, qtbot):
    tab.per_person.setFocus()
    tab.per_person.selectAll()
    qtbot.keyClicks(tab.per_person, "5")
    tab.per_cluster.setFocus()
    for _ in range(2):
        qtbot.keyClick(tab.per_cluster, Qt.Key.Key_Up)
    b = tab.service.board(tab.board.board_id)
    assert (b.votes_per_person, b.votes_per_cluster) == (5, 2)
    assert tab.per_cluster.maximum() == 5
    tab.service.history.undo()
    b = tab.service.board(tab.board.board_id)
    assert (b.votes_per_person, b.votes_per_cluster) == (3, 0)
    assert (tab.per_person.value(), tab.per_cluster.value()) == (3, 0)
    assert tab.per_cluster.text() == "no cap"


def test_tallies_by_keys_next_cluster_digits_enter_and_d(tab, qtbot):
    view = tab.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_N)
    first = view.selected_cluster()
    assert first in (tab.buses, tab.debt) and "type its dots" in tab.status.text()
    for key in (Qt.Key.Key_1, Qt.Key.Key_4):
        qtbot.keyClick(view, key)
    assert "14" in tab.status.text()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.keyClick(view, Qt.Key.Key_N)
    second = view.selected_cluster()
    assert second != first
    qtbot.keyClick(view, Qt.Key.Key_D)
    qtbot.keyClick(view, Qt.Key.Key_D)
    qtbot.keyClick(view, Qt.Key.Key_D, Qt.KeyboardModifier.ShiftModifier)
    dots = {c.cluster_id: c.cluster.dots for c in tab.board.clusters.values()}
    assert dots == {first: 14, second: 1}
    names = {tab.buses: "Buses", tab.debt: "Debt"}
    assert tab.results.text() == f"Dots: {names[first]}: 14 · {names[second]}: 1"   # sorted, most first


def test_dots_by_person_keep_to_the_rules_and_reopen_for_the_same_name(tab, qtbot):
    tab.service.votes.set_vote_rules(tab.board.board_id, 3, 2)
    dialog = tab.ballot_dialog()
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled() and "Type whose dots" in dialog.left.text()
    qtbot.keyClicks(dialog.voter, "Ana Ruiz")
    dialog.spins[tab.buses].setValue(2)
    assert dialog.spins[tab.buses].maximum() == 2                   # the cap per cluster
    dialog.spins[tab.debt].setValue(2)
    assert not save.isEnabled() and "Each person has 3 dots; this puts down 4" in dialog.left.text()
    dialog.spins[tab.debt].setValue(1)
    assert save.isEnabled() and dialog.left.text() == "0 of 3 dots left."
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert tab.service.votes.ballots(tab.board.board_id) == {"Ana Ruiz": {tab.buses: 2, tab.debt: 1}}
    assert tab.results.text() == "Dots (1 person by name): Buses: 2 · Debt: 1"
    again = tab.ballot_dialog()
    qtbot.keyClicks(again.voter, "ana ruiz")
    assert (again.spins[tab.buses].value(), again.spins[tab.debt].value()) == (2, 1)
    again.spins[tab.buses].setValue(0)
    again.save()
    assert tab.service.votes.ballots(tab.board.board_id) == {"Ana Ruiz": {tab.debt: 1}}   # replaced, not added
    tab.service.history.undo()
    assert tab.service.votes.ballots(tab.board.board_id) == {"Ana Ruiz": {tab.buses: 2, tab.debt: 1}}


def test_the_board_is_linked_to_an_agenda_item_and_step_chosen_in_the_tab(demo_ui_ctx, qtbot):
    ctx = demo_ui_ctx
    t = open_wall_tab(ctx, qtbot)
    t.board.ensure_board()
    assert t.item_combo.currentData() == t.board.view_data.board.item_id is not None   # the demo's link shows
    agenda = ctx.services.agenda
    protocols = ctx.services.protocols
    item = next(i for i in agenda.all_items() if protocols.item_protocol(i.id) is not None
                and i.id != t.board.view_data.board.item_id)
    t.item_combo.setCurrentIndex(t.item_combo.findData(item.id))
    t.item_combo.activated.emit(t.item_combo.currentIndex())
    b = t.service.board(t.board.board_id)
    assert b.item_id == item.id and b.step is None
    steps = protocols.item_protocol(item.id).steps
    assert t.step_combo.isEnabled() and t.step_combo.count() == len(steps) + 1
    assert t.step_combo.itemText(2) == f"Step 2: {steps[1].title}"
    t.step_combo.setCurrentIndex(2)
    t.step_combo.activated.emit(2)
    assert t.service.board(t.board.board_id).step == 1
    t.item_combo.setCurrentIndex(0)
    t.item_combo.activated.emit(0)
    b = t.service.board(t.board.board_id)
    assert (b.item_id, b.step) == (None, None) and not t.step_combo.isEnabled()
    t.service.history.undo()
    assert t.service.board(t.board.board_id).item_id == item.id
    assert t.item_combo.currentData() == item.id and t.step_combo.currentData() == 1


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_projector_shows_the_top_clusters_by_dots(ctx, size):
    scene = make_scene(ctx, "wall_votes")
    render(scene, size, name="wall-top-clusters")
    check_legible(scene, size, "wall top clusters")
    svc = ctx.services.wall
    ranked = [(r.name, r.dots) for r in svc.votes.results(svc.boards()[0].id) if r.dots]
    assert scene.shown == ranked[:len(scene.shown)] and scene.shown[0] == ("Our beliefs", 19)
    # Names wrap rather than being cut, so a 4:3 screen under a four-line question holds four rows, and says
    # how many more have dots; each row has its cluster's number (the Wall's pages and the console use it).
    assert len(scene.shown) >= min(4, len(ranked))
    texts = {t.key: t for t in scene.texts}
    assert not any(t.elided for t in scene.texts), [t.lines for t in scene.texts if t.elided]
    assert texts["prompt"].px >= 0.06 * size[1]
    assert texts["row0.number"].lines == ("1",)
    if len(scene.shown) < len(ranked):
        assert texts["more"].lines == (f"and {len(ranked) - len(scene.shown)} more with dots",)


def test_authors_are_hidden_until_the_tab_shows_them(ui_ctx, qtbot):
    t = open_wall_tab(ui_ctx, qtbot)
    board = t.service.add_board("Barriers")
    t.board.choose(board)
    (note,) = t.service.add_notes(board, ["Late buses"], authors=["Roosevelt High"])
    assert not t.show_authors.isChecked() and not t.board.notes[note].show_author
    qtbot.mouseClick(t.show_authors, Qt.MouseButton.LeftButton)
    assert t.service.board(board).show_authors and t.board.notes[note].show_author
    t.service.history.undo()
    assert not t.show_authors.isChecked() and not t.board.notes[note].show_author


def test_in_the_console_tally_keys_reach_the_wall_and_show_top_puts_the_scene_up(demo_console, qtbot):
    tab = demo_console.tab_widgets["Wall"]
    demo_console.tabs.setCurrentWidget(tab)
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_N)
    cid = tab.view.selected_cluster()
    assert cid is not None
    for key in (Qt.Key.Key_2, Qt.Key.Key_5):   # the console's key filter leaves plain digits to the wall
        qtbot.keyClick(tab.view, key)
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    assert tab.board.clusters[cid].cluster.dots == 25
    people = len(demo_console.ctx.services.people.participants())
    tab.service.votes.set_vote_rules(tab.board.board_id, 3, 2)
    tab.view.setFocus()
    for key in (Qt.Key.Key_9, Qt.Key.Key_9, Qt.Key.Key_9):               # more than the room can give
        qtbot.keyClick(tab.view, key)
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    assert tab.board.clusters[cid].cluster.dots == 25
    assert tab.last_error == f"999 dots is more than {people} people can put on one cluster ({2 * people})."
    qtbot.mouseClick(tab.top_button, Qt.MouseButton.LeftButton)
    assert demo_console.projector.scene_id == "wall_votes"
    scene = demo_console.projector.scene
    render(scene, (1024, 768))
    assert (tab.board.clusters[cid].cluster.name, 25) in scene.shown
