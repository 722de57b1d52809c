"""The blind phase and the reveal, and hidden tallies, as the room and the facilitator see them (a real
console over the demo, its projector scenes painted and read back from the painter)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.ui.wall.items import HIDDEN_TIP
from tests.ui.test_wall_pages import drawn_runs, squeeze

pytestmark = pytest.mark.gui
TABLES = ["Table 1", "Table 2", "Table 3", "Table 1", "Table 2"]
NOTES = ["Bus passes run out in March", "Families fear sharing tax data", "Nobody owns the completion list",
         "Deadlines are posted in English only", "Seniors work evenings"]


@pytest.fixture
def blind(demo_console, qtbot):
    c = demo_console
    tab = c.tab_widgets["Wall"]
    c.tabs.setCurrentWidget(tab)
    svc = c.ctx.services.wall
    board = svc.add_board("What gets in the way?", "What gets in the way of filing?")
    tab.board.choose(board)
    qtbot.mouseClick(tab.phases.blind, Qt.MouseButton.LeftButton)
    assert svc.board(board).collecting
    svc.add_notes(board, NOTES, authors=TABLES)    # as phones send them, while blind
    c.projector.set_scene("wall")
    return c, tab, board


def joined(c, size=(1024, 768)) -> str:
    return squeeze("".join(r.text for r in drawn_runs(c.projector.scenes["wall"], size)))


def test_notes_collected_blind_are_counted_not_shown_then_revealed_in_one_step(blind, qtbot):
    c, tab, board = blind
    scene = c.projector.scenes["wall"]
    seen = joined(c)
    assert squeeze("5 notes from 3 tables") in seen
    assert not any(squeeze(n) in seen for n in NOTES), "the room reads none of them"
    assert scene.pages == 1 and scene.page_kind == "collecting"
    # The console: grey bars, not text, and the tooltip does not give it away either.
    assert tab.board.scene.hide_text
    assert all(i.toolTip() == HIDDEN_TIP for i in tab.board.notes.values())
    # Looking on purpose shows the console only.
    qtbot.mouseClick(tab.phases.peek, Qt.MouseButton.LeftButton)
    assert not tab.board.scene.hide_text and any(i.toolTip().startswith(NOTES[0]) for i in tab.board.notes.values())
    assert not any(squeeze(n) in joined(c) for n in NOTES), "still not on the projector"
    # One key on the wall reveals them (one undo step).
    tab.view.setFocus()
    QTest.keyClick(tab.view, Qt.Key.Key_R)
    assert not c.ctx.services.wall.board(board).collecting
    assert not tab.board.scene.hide_text and not tab.board.peek
    assert c.ctx.services.history.undo_label() == "reveal the notes"
    scene.page = 1
    assert all(squeeze(n) in joined(c) for n in NOTES), "every note is on the Wall's page now"
    c.ctx.services.history.undo()
    assert c.ctx.services.wall.board(board).collecting and tab.board.scene.hide_text
    assert tab.phases.blind.isChecked() and tab.phases.reveal_button.isEnabled()
    assert not any(squeeze(n) in joined(c) for n in NOTES)
    # The button does the same.
    qtbot.mouseClick(tab.phases.reveal_button, Qt.MouseButton.LeftButton)
    assert not c.ctx.services.wall.board(board).collecting


def test_dots_are_hidden_while_voting_is_open(demo_console, qtbot):
    c = demo_console
    tab = c.tab_widgets["Wall"]
    c.tabs.setCurrentWidget(tab)
    svc = c.ctx.services.wall
    board = tab.board.board_id
    tab.phases.voting.setCurrentIndex(tab.phases.voting.findData("open"))
    tab.phases.voting.activated.emit(tab.phases.voting.currentIndex())
    assert svc.board(board).voting == "open"
    c.projector.set_scene("wall")
    overview = joined(c)
    assert "19dots" not in overview and "dots" not in overview, "no tallies on the overview"
    assert "Voting is open" in tab.results.text() and "19" not in tab.results.text()
    assert all(cl.dots_text() == "" for cl in tab.board.clusters.values())
    top = c.projector.scenes["wall_votes"]
    runs = drawn_runs(top, (1024, 768))
    assert top.hidden and "Voting is open" in [r.text for r in runs] and "19" not in [r.text for r in runs]
    tab.phases.voting.setCurrentIndex(tab.phases.voting.findData("closed"))
    tab.phases.voting.activated.emit(tab.phases.voting.currentIndex())
    assert "19dots" in joined(c)
    runs = drawn_runs(top, (1024, 768))
    assert not top.hidden and "19" in [r.text for r in runs]
