"""The Wall tab with real widgets offscreen: capture, paste, drag to cluster, rubber-band,
rename inline, vote, undo, clicker keys while typing; the projector's Wall scene at
1024x768, 1920x1080 and 3840x2160 (set CONVENE_LOOK_DIR to keep the PNGs)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QMouseEvent
from PySide6.QtWidgets import QApplication

from tests.ui.scene_helpers import SIZES, assert_inside, make_scene, measure, render, scene_context

pytestmark = pytest.mark.gui


@pytest.fixture
def tab(lone_wall_tab):
    return lone_wall_tab


def board_with(tab, qtbot, texts):
    tab.new_title.setFocus()
    qtbot.keyClicks(tab.new_title, "Barriers")
    qtbot.keyClick(tab.new_title, Qt.Key.Key_Return)
    ids = tab.service.add_notes(tab.board.board_id, texts)
    tab.view.zoom_to_fit()
    return ids


def look(widget, name):
    out = os.environ.get("CONVENE_LOOK_DIR")
    if out:
        Path(out).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(out) / f"{name}.png"))


def centre(tab, note_id) -> QPoint:
    item = tab.board.notes[note_id]
    return tab.view.mapFromScene(item.sceneBoundingRect().center())


def mouse(view, kind, pos: QPoint, buttons=Qt.MouseButton.LeftButton):
    button = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
    held = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseButtonRelease else buttons
    ev = QMouseEvent(kind, QPointF(pos), QPointF(view.viewport().mapToGlobal(pos)), button, held,
                     Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), ev)


def drag(view, start: QPoint, end: QPoint, steps: int = 6):
    mouse(view, QEvent.Type.MouseButtonPress, start)
    for k in range(1, steps + 1):
        mouse(view, QEvent.Type.MouseMove, start + (end - start) * k / steps)
    mouse(view, QEvent.Type.MouseButtonRelease, end)


def test_enter_adds_the_note_and_keeps_the_focus(tab, qtbot):
    board_with(tab, qtbot, [])
    tab.capture.setFocus()
    for text in ("Late buses after tutoring", "Bring back Saturday sessions"):
        qtbot.keyClicks(tab.capture, text)
        qtbot.keyClick(tab.capture, Qt.Key.Key_Return)
        assert tab.capture.toPlainText() == ""
        assert tab.capture.hasFocus()
    assert [i.note.text for i in tab.board.notes.values()] == ["Late buses after tutoring",
                                                                "Bring back Saturday sessions"]
    look(tab, "wall-capture")


def test_a_paste_of_many_lines_is_previewed_then_added_in_one_step(tab, qtbot):
    board_with(tab, qtbot, [])
    QGuiApplication.clipboard().setText("- Late buses\n- No laptops at home\n\n- Fear of debt\n")
    tab.capture.setFocus()
    tab.capture.paste()
    assert tab.board.notes == {}                      # nothing yet: a preview first
    assert tab.add_pasted_button.isVisible() and tab.add_pasted_button.text() == "Add 3 notes"
    assert "Fear of debt" in tab.preview.text()
    qtbot.mouseClick(tab.add_pasted_button, Qt.MouseButton.LeftButton)
    assert sorted(i.note.text for i in tab.board.notes.values()) == ["Fear of debt", "Late buses",
                                                                     "No laptops at home"]
    assert not tab.add_pasted_button.isVisible()
    assert tab.service.history.undo_label() == "add 3 notes"


def test_drop_a_note_on_another_to_cluster_then_undo(tab, qtbot):
    a, b, c = board_with(tab, qtbot, ["Late buses", "No bus after tutoring", "Fear of debt"])
    drag(tab.view, centre(tab, a), centre(tab, b))
    cluster = tab.board.notes[a].note.cluster_id
    assert cluster is not None and tab.board.notes[b].note.cluster_id == cluster
    assert tab.board.notes[c].note.cluster_id is None
    assert cluster in tab.board.clusters
    # The items sit where the file says, not where the mouse left them.
    stored = {n.id: (n.x, n.y) for n in tab.service.view(tab.board.board_id).notes}
    assert (tab.board.notes[a].pos().x(), tab.board.notes[a].pos().y()) == stored[a]
    tab.service.history.undo()
    assert tab.board.notes[a].note.cluster_id is None and tab.board.clusters == {}


def test_a_plain_drag_is_one_move(tab, qtbot):
    (a,) = board_with(tab, qtbot, ["Late buses"])
    before = tab.board.notes[a].pos()
    start = centre(tab, a)
    drag(tab.view, start, start + QPoint(0, 120))
    after = tab.board.notes[a].pos()
    assert after.y() > before.y() and tab.service.history.undo_label() == "move a note"
    assert tab.service.view(tab.board.board_id).notes[0].y == after.y()


def test_rubber_band_then_cluster_and_name_it_inline(tab, qtbot):
    ids = board_with(tab, qtbot, ["Late buses", "No bus after tutoring", "Fear of debt"])
    rect = QRectF()
    for n in ids[:2]:
        rect = rect.united(tab.board.notes[n].sceneBoundingRect())
    top_left = tab.view.mapFromScene(rect.topLeft() - QPointF(10, 10))
    bottom_right = tab.view.mapFromScene(rect.bottomRight() + QPointF(10, 10))
    drag(tab.view, top_left, bottom_right)
    assert tab.view.selected_note_ids() == ids[:2]
    qtbot.mouseClick(next(b for b in tab.findChildren(type(tab.add_pasted_button)) if b.text() == "Cluster"),
                     Qt.MouseButton.LeftButton)
    cid = tab.board.notes[ids[0]].note.cluster_id
    editor = tab.board.clusters[cid].editor
    assert editor is not None
    tab.view.setFocus()
    qtbot.keyClicks(tab.view, "Buses")    # B typed into the name, not taken by the clicker
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    assert tab.board.clusters[cid].cluster.name == "Buses"


def test_votes_are_tallied_by_click_and_listed(tab, qtbot):
    ids = board_with(tab, qtbot, ["Late buses", "No bus after tutoring", "Fear of debt"])
    tab.service.make_cluster(tab.board.board_id, ids[:2], "Buses")
    tab.board.notes[ids[0]].setSelected(True)
    plus = next(b for b in tab.findChildren(type(tab.add_pasted_button)) if b.text() == "+1 dot")
    for _ in range(3):
        qtbot.mouseClick(plus, Qt.MouseButton.LeftButton)
    cid = tab.board.notes[ids[0]].note.cluster_id
    assert tab.board.clusters[cid].cluster.dots == 3
    assert tab.results.text() == "Dots: Buses: 3"
    tab.service.history.undo()   # three clicks in a row are one step
    assert tab.board.clusters[cid].cluster.dots == 0


def test_a_long_note_elides_on_the_wall_and_opens_in_full(tab, qtbot):
    long = "Families hear about the deadline after it passed " * 20
    (a,) = board_with(tab, qtbot, [long.strip()])
    item = tab.board.notes[a]
    assert item.elided and item.lines[-1].endswith("…")
    editor = tab.view.open_note(a)
    assert editor.toPlainText() == long.strip()


def test_clicker_keys_type_into_the_capture_box_and_a_note_being_edited(demo_console, qtbot):
    tab = demo_console.tab_widgets["Wall"]
    demo_console.tabs.setCurrentWidget(tab)
    tab.capture.setFocus()
    qtbot.keyClicks(tab.capture, "Bus B.")
    qtbot.keyClick(tab.capture, Qt.Key.Key_Space)
    assert tab.capture.toPlainText() == "Bus B. "
    assert "blank" not in demo_console.keys.handled and "start_pause" not in demo_console.keys.handled
    note = next(iter(tab.board.notes))
    editor = tab.view.open_note(note)
    qtbot.keyClick(tab.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(tab.view, " B")
    qtbot.keyClick(tab.view, Qt.Key.Key_Space)
    assert editor.toPlainText().endswith(" B ")
    assert "blank" not in demo_console.keys.handled
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    assert tab.board.notes[note].note.text.endswith(" B")
    look(demo_console, "wall-console")


# -- the projector -----------------------------------------------------------------------------------
@pytest.fixture
def ctx(qapp, demo_services, clock):
    c = scene_context(demo_services, clock)
    yield c
    c.ui.close()   # the shared wall board


def check_sizes(scene, size, name) -> None:
    """check_legible without its lone-word rule: a cluster's name in a tile a third of a 4:3 screen wide
    ("Time and the / senior-year / calendar") has no room at 4% for its last two words on one line."""
    measure(name, size, scene)
    assert_inside(scene, size)
    drawn = [(k, r) for k, r in scene.drawn if not r.isEmpty()]
    for i, (k1, r1) in enumerate(drawn):
        for k2, r2 in drawn[i + 1:]:
            overlap = r1.intersected(r2)
            assert overlap.isEmpty() or min(overlap.width(), overlap.height()) <= 2, f"{name}: {k1} overlaps {k2}"
    for t in scene.texts:
        assert t.px >= 0.04 * size[1], f"{name} {t.key} is {t.px} px, under 4% of {size[1]}"
        assert not t.elided, f"{name} {t.key} is cut short: {t.lines}"


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("shape", ["fishbone", "wall"])
def test_every_page_of_the_board_on_the_projector_is_legible(ctx, size, shape):
    """The overview, then every cluster's pages: nothing under 4%, nothing overlapping, all on screen
    (tests/ui/test_wall_pages.py reads each note back from what the painter drew)."""
    svc = ctx.services.wall
    board = svc.boards()[0].id
    if shape == "wall":
        svc.set_layout(board, "wall")
    scene = make_scene(ctx, "wall")
    render(scene, size, name=f"wall-{shape}")
    check_sizes(scene, size, f"wall {shape}")
    assert scene.page_kind == "overview"
    assert {t.key for t in scene.texts} >= {"prompt", "tile1.name", "tile1.counts", "tile6.name"}
    shown: set[int] = set()
    for page in range(1, scene.pages):
        scene.page = page
        render(scene, size, name=f"wall-{shape}-{page + 1}")
        check_sizes(scene, size, f"wall {shape} page {page + 1}")
        shown |= set(scene.shown_notes)
    assert shown == {n.id for n in svc.view(board).notes}


def test_suggestions_are_a_proposal_accepted_per_cluster_with_edited_names(tab, qtbot):
    ids = board_with(tab, qtbot, ["Late buses", "The bus comes late", "No bus after tutoring", "Fear of debt",
                                  "Families fear loans and debt", "Debt scares parents"])
    tab.service.make_cluster(tab.board.board_id, [ids[0]], "Mine")     # made by hand: never touched
    tab.suggest()                                                         # a job: the proposal comes when it is done
    qtbot.waitUntil(lambda: tab.suggest_box.isVisible(), timeout=120_000)
    assert tab.suggestion_list.count() >= 2 and not tab.suggest_busy.isVisible()
    assert tab.board.notes[ids[3]].note.cluster_id is None              # nothing changes until accepted
    for row in range(1, tab.suggestion_list.count()):
        tab.suggestion_list.item(row).setCheckState(Qt.CheckState.Unchecked)   # reject all but the first
    tab.suggestion_list.item(0).setText("Edited name")
    qtbot.mouseClick(tab.accept_button, Qt.MouseButton.LeftButton)
    names = sorted(c.cluster.name for c in tab.board.clusters.values())
    assert names == ["Edited name", "Mine"] and not tab.suggest_box.isVisible()
    assert tab.board.notes[ids[0]].note.cluster_id in {c.cluster_id for c in tab.board.clusters.values()
                                                       if c.cluster.name == "Mine"}
