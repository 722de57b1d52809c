"""The console's Edit menu: the QUndoStack's own Undo and Redo actions over the services' history."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from app.services.agenda.service import ItemData

pytestmark = pytest.mark.gui


def edit_menu(console) -> QMenu:
    return next(a.menu() for a in console.menuBar().actions() if a.text() == "&Edit")


def test_the_edit_menu_holds_undo_and_redo_with_the_platform_keys(demo_console):
    c = demo_console
    actions = edit_menu(c).actions()
    assert actions[:2] == [c.undo_action, c.redo_action]
    assert c.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert QKeySequence(QKeySequence.StandardKey.Redo) in c.redo_action.shortcuts()
    assert not c.undo_action.isEnabled() and c.undo_action.iconText() == "Undo"


def test_an_ampersand_in_a_title_reads_as_itself_on_the_undo_action_and_button(demo_console, qtbot):
    c = demo_console
    agenda = c.ctx.services.agenda
    day = c.ws.days()[0].id
    agenda.add_item(day, ItemData("Coffee & tea", "break", 15))
    assert c.undo_action.text() == "&Undo add “Coffee && tea”"
    assert c.undo_action.iconText() == "Undo add “Coffee & tea”", "not “Undo add Coffee _tea”"
    tab = c.tab_widgets["Agenda"]
    qtbot.waitUntil(lambda: tab.undo_button.text() == "Undo add “Coffee && tea”")
    # What the button shows: Qt turns "&&" back into one "&" and underlines nothing.
    assert tab.undo_button.text().replace("&&", "&") == "Undo add “Coffee & tea”"
    assert "&" not in tab.undo_button.text().replace("&&", "")

    c.undo_action.trigger()
    assert all(r.title != "Coffee & tea" for r in agenda.items(day))
    assert c.redo_action.iconText() == "Redo add “Coffee & tea”"
    c.redo_action.trigger()
    assert any(r.title == "Coffee & tea" for r in agenda.items(day))


def test_the_agenda_buttons_and_the_edit_menu_move_through_one_history(demo_console, qtbot):
    c = demo_console
    agenda = c.ctx.services.agenda
    day = c.ws.days()[0].id
    agenda.add_item(day, ItemData("Gallery walk", "activity", 20))
    c.ctx.services.people.delete_participant(c.ctx.services.people.participants()[0].id)
    tab = c.tab_widgets["Agenda"]
    assert c.undo_stack.count() == 2 and c.undo_stack.index() == 2
    tab.undo_button.click()   # the tab's button undoes the newest step, whatever it was
    assert c.undo_stack.index() == 1 and c.undo_action.iconText() == "Undo add “Gallery walk”"
    c.undo_action.trigger()
    assert c.undo_stack.index() == 0 and not agenda.can_undo()
    assert all(r.title != "Gallery walk" for r in agenda.items(day))
    c.redo_action.trigger()
    assert any(r.title == "Gallery walk" for r in agenda.items(day))
    c.close_convening()
    assert c.undo_stack.count() == 0 and not c.undo_action.isEnabled()


def test_a_step_that_cannot_be_undone_is_named_and_the_menu_stays_true(demo_console, qtbot):
    from app.store import models as m  # test set-up only: a write that is not a history step

    c = demo_console
    people = c.ctx.services.people
    team = people.teams()[-1]
    people.delete_team(team.id)
    with c.ws.require().session() as s:  # a team of the same name, added as a CSV import would
        s.add(m.Team(name=team.name))
    c.undo_action.trigger()
    assert "Cannot undo" in c.last_error and team.name in c.last_error
    qtbot.waitUntil(lambda: c.undo_stack.index() == 1)
    assert c.undo_action.isEnabled(), "the step is still there to try again"
