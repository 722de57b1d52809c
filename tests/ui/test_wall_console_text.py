"""The console's wall the facilitator can read: at 1366x768 with 60 notes, every note's whole text at
11 px or more without zooming (the notes list beside the canvas), and clustering by keys: select notes,
press a cluster's number (in the list or on the canvas); dropping notes on a cluster's heading."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, QRect, Qt
from PySide6.QtGui import QDropEvent, QFontMetrics
from PySide6.QtTest import QTest

from app.ui.wall.note_list import NOTE_ROLE, WRAP

pytestmark = pytest.mark.gui


@pytest.fixture
def wall(demo_console, qtbot):
    c = demo_console
    c.resize(1366, 768)
    c.show()
    qtbot.waitExposed(c)
    tab = c.tab_widgets["Wall"]
    c.tabs.setCurrentWidget(tab)
    svc = c.ctx.services.wall
    svc.add_note(tab.board.board_id, "Our counselors only see seniors who ask for a meeting, so the quiet ones, "
                                     "often first-generation students, never get one before the deadline")
    qtbot.waitUntil(lambda: len(tab.notes.items) == 60)
    return c, tab


def test_every_note_is_read_whole_at_11_px_or_more_without_zooming(wall, qtbot):
    c, tab = wall
    notes = tab.notes
    assert c.width() <= 1366 and c.height() <= 768
    assert notes.width() >= 400, "the list has room beside the canvas"
    view = tab.board.view_data
    assert len(view.notes) == 60
    for n in view.notes:
        row = notes.items[n.id]
        assert row.text(0).startswith(n.text)
        font = row.font(0) if row.font(0).pixelSize() > 0 else notes.font()
        assert font.pixelSize() >= 11
        notes.scrollToItem(row)
        rect = notes.visualItemRect(row)
        assert notes.viewport().rect().contains(rect), f"note {n.id} can be scrolled into view"
        needed = QFontMetrics(font).boundingRect(QRect(0, 0, rect.width() - 8, 100_000), WRAP, row.text(0))
        assert rect.height() >= needed.height(), f"note {n.id} has the height for every line of its text"
        assert needed.width() <= rect.width(), f"note {n.id} is not cut at the side"


def test_selected_notes_go_into_a_cluster_by_its_number(wall, qtbot):
    c, tab = wall
    svc, history = c.ctx.services.wall, c.ctx.services.history
    loose = [n.id for n in tab.board.view_data.notes if n.cluster_id is None][:2]
    second = sorted(cl.id for cl in tab.board.view_data.clusters)[1]
    tab.notes.clearSelection()
    for nid in loose:
        tab.notes.items[nid].setSelected(True)
    assert {i.note_id for i in tab.board.scene.selectedItems()} == set(loose), "the canvas selects them too"
    tab.notes.setFocus()
    QTest.keyClick(tab.notes, Qt.Key.Key_2)
    assert {n.cluster_id for n in svc.view(tab.board.board_id).notes if n.id in loose} == {second}
    assert history.undo_label().startswith("add 2 notes to a cluster")
    history.undo()
    assert {n.cluster_id for n in svc.view(tab.board.board_id).notes if n.id in loose} == {None}
    # On the canvas: the same notes, the number 3 (not after N, which counts dots).
    third = sorted(cl.id for cl in tab.board.view_data.clusters)[2]
    tab.board.scene.clearSelection()
    for nid in loose:
        tab.board.notes[nid].setSelected(True)
    tab.view.setFocus()
    QTest.keyClick(tab.view, Qt.Key.Key_3)
    assert {n.cluster_id for n in svc.view(tab.board.board_id).notes if n.id in loose} == {third}
    QTest.keyClick(tab.notes, Qt.Key.Key_9)
    assert "There is no cluster 9" in tab.last_error


def test_notes_dropped_on_a_cluster_heading_join_it(wall, qtbot):
    c, tab = wall
    svc = c.ctx.services.wall
    first = sorted(cl.id for cl in tab.board.view_data.clusters)[0]
    moving = [n.id for n in tab.board.view_data.notes if n.cluster_id not in (None, first)][:1]
    tab.notes.clearSelection()
    tab.notes.items[moving[0]].setSelected(True)
    head = tab.notes.headings[first]
    tab.notes.scrollToItem(head)
    at = QPointF(tab.notes.visualItemRect(head).center())
    drop = QDropEvent(at, Qt.DropAction.MoveAction, QMimeData(), Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    tab.notes.dropEvent(drop)
    assert next(n for n in svc.view(tab.board.board_id).notes if n.id == moving[0]).cluster_id == first
    assert tab.notes.items[moving[0]].parent() is tab.notes.headings[first], "the list shows it there"
    assert tab.notes.items[moving[0]].data(0, NOTE_ROLE) == moving[0]
