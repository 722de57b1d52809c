"""The People and Teams tabs: listing, filtering, adding, editing and deleting, as a facilitator does."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from app.services.people.records import ParticipantData, TeamData
from app.ui.context import UiContext
from app.ui.people import confirm
from app.ui.people.participants_tab import ParticipantsTab
from app.ui.people.records_model import fold
from app.ui.people.teams_tab import TeamsTab

pytestmark = pytest.mark.gui


@pytest.fixture
def ctx(ui_ctx) -> UiContext:
    return ui_ctx


@pytest.fixture
def people_tab(qtbot, ctx) -> ParticipantsTab:
    tab = ParticipantsTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(900, 600)
    tab.show()
    return tab


class Asked(list):
    """Confirmation texts shown, newest last; `answer` is what the facilitator clicks."""

    answer = True


@pytest.fixture
def asked(monkeypatch) -> Asked:
    texts = Asked()

    def fake(_parent, _title, text, _action):
        texts.append(text)
        return texts.answer

    monkeypatch.setattr(confirm, "ask", fake)
    return texts


def people_tab_of(console) -> ParticipantsTab:
    return console.tab_widgets["People"]


def teams_tab_of(console) -> TeamsTab:
    return console.tab_widgets["Teams"]


# --- listing and filtering -------------------------------------------------------------------


def test_the_demo_lists_its_48_participants_and_12_teams(demo_console):
    tab = people_tab_of(demo_console)
    assert tab.proxy.rowCount() == 48
    assert tab.count.text() == "48 participants · 12 teams"
    assert tab.stack.currentWidget() is tab.view
    names = tab.shown_column(0)
    assert names == sorted(names, key=fold)  # alphabetical, "Ángel" among the A's
    assert names[0] == "Alicia Montgomery"
    teams = teams_tab_of(demo_console)
    assert teams.proxy.rowCount() == 12
    assert sum(int(m) for m in teams.shown_column(5)) == 48


def test_filter_narrows_rows_by_team_role_or_name_ignoring_case_and_accents(demo_console):
    tab = people_tab_of(demo_console)
    tab.set_filter("riverbend")
    assert tab.proxy.rowCount() == 4
    assert set(tab.shown_column(3)) == {"Riverbend High School"}
    assert tab.count.text() == "Showing 4 of 48 participants · 12 teams"

    tab.set_filter("principal riverbend")  # every word must match
    assert tab.shown_column(2) == ["principal"]

    tab.set_filter("angel")
    assert tab.shown_column(0) == ["Ángel Morales"]

    tab.set_filter("nobody-called-this")
    assert tab.proxy.rowCount() == 0
    assert tab.count.text().startswith("No participant matches “nobody-called-this”")

    tab.set_filter("")
    assert tab.proxy.rowCount() == 48


def test_email_and_pronouns_are_not_what_the_filter_searches(demo_console):
    tab = people_tab_of(demo_console)
    tab.set_filter("she/her")
    assert tab.proxy.rowCount() == 0


def test_clicking_a_heading_sorts_by_that_column(demo_console, qtbot):
    tab = people_tab_of(demo_console)
    tab.view.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    teams = tab.shown_column(3)
    assert teams == sorted(teams, key=str.casefold, reverse=True)
    assert teams[0] != teams[-1]


def test_members_sort_as_numbers(qtbot, ctx):
    people = ctx.services.people
    big = people.add_team(TeamData("Big"))
    people.add_team(TeamData("Small"))
    for i in range(10):
        people.add_participant(ParticipantData(f"P{i}", team_id=big))
    tab = TeamsTab(ctx)
    qtbot.addWidget(tab)
    tab.view.sortByColumn(5, Qt.SortOrder.DescendingOrder)
    assert tab.shown_column(5) == ["10", "0"]


def test_an_empty_convening_shows_what_to_do(people_tab):
    assert people_tab.stack.currentWidget() is people_tab.empty
    assert people_tab.empty.text() == (
        "No participants yet. Add people one by one, or import a CSV from your registration sheet."
    )
    assert people_tab.count.text() == "0 participants · 0 teams"
    assert not people_tab.edit_button.isEnabled() and not people_tab.delete_button.isEnabled()


def test_every_button_has_an_accessible_name(demo_console):
    for tab in (people_tab_of(demo_console), teams_tab_of(demo_console)):
        buttons = tab.findChildren(QPushButton)
        assert len(buttons) >= 4
        assert all(b.accessibleName() for b in buttons), [b.text() for b in buttons if not b.accessibleName()]


# --- adding and editing ------------------------------------------------------------------------


def test_added_participant_survives_closing_and_reopening_the_file(demo_console, qtbot):
    tab = people_tab_of(demo_console)
    dlg = tab.add()
    dlg.set_field("name", "Noor Haddad")
    dlg.set_field("pronouns", "she/they")
    dlg.set_field("email", "noor@riverbend.org")
    dlg.set_field("team", "riverbend high school")
    dlg.set_field("role", "coach")
    assert dlg.save()
    qtbot.waitUntil(lambda: tab.proxy.rowCount() == 49)
    assert [r.name for r in tab.selected_records()] == ["Noor Haddad"]  # the new row is selected

    path = demo_console.ws.path
    demo_console.ws.close()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0)
    assert demo_console.open_path(path), demo_console.last_error
    qtbot.waitUntil(lambda: tab.model.rowCount() == 49)
    [noor] = [r for r in tab.model.records() if r.name == "Noor Haddad"]
    assert (noor.pronouns, noor.email, noor.team_name, noor.role) == (
        "she/they", "noor@riverbend.org", "Riverbend High School", "coach")


def test_an_invalid_email_is_named_inline_and_nothing_is_stored(people_tab, ctx):
    dlg = people_tab.add()
    dlg.set_field("name", "Noor Haddad")
    dlg.set_field("email", "noor at riverbend")
    assert not dlg.save()
    assert dlg.isVisible()
    assert dlg.error_text().startswith("Email: ")
    assert dlg.error.isVisible()
    assert dlg.email.text() == "noor at riverbend" and dlg.name.text() == "Noor Haddad"  # typing kept
    assert dlg.email.hasFocus() or dlg.focusWidget() is dlg.email
    assert ctx.services.people.participants() == []
    # Fixing it and saving again works, and clears the message.
    dlg.set_field("email", "noor@riverbend.org")
    assert dlg.save()
    assert [p.email for p in ctx.services.people.participants()] == ["noor@riverbend.org"]


def test_an_empty_name_is_named_inline(people_tab, ctx):
    dlg = people_tab.add()
    assert not dlg.save()
    assert dlg.error_text() == "Name: it cannot be empty."
    assert ctx.services.people.participants() == []


def test_enter_edits_the_current_row_and_the_change_shows(demo_console, qtbot):
    tab = people_tab_of(demo_console)
    tab.select_names("Jayden Fox")
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    dlg = tab.editor
    assert dlg is not None and dlg.name.text() == "Jayden Fox"
    assert dlg.team.currentText() == "Horizon Continuation High School"
    dlg.set_field("role", "family member")
    dlg.set_field("team", "No team")
    assert dlg.save()
    qtbot.waitUntil(lambda: "family member" in [r.role for r in tab.model.records() if r.name == "Jayden Fox"])
    [jayden] = [r for r in tab.model.records() if r.name == "Jayden Fox"]
    assert jayden.team_name == ""
    assert tab.count.text() == "48 participants · 12 teams"


def test_double_click_opens_the_editor_for_that_row(demo_console, qtbot):
    tab = people_tab_of(demo_console)
    row = tab.shown_column(0).index("Imani Carter")
    index = tab.proxy.index(row, 0)
    tab.view.doubleClicked.emit(index)
    assert tab.editor.name.text() == "Imani Carter"
    tab.editor.reject()


def test_a_duplicate_team_name_is_named_inline(demo_console):
    tab = teams_tab_of(demo_console)
    dlg = tab.add()
    dlg.set_field("name", "WESTLAKE ACADEMY")
    dlg.set_field("focus", "a line\nand another")
    assert not dlg.save()
    assert dlg.error_text() == "Name: there is already a team called “Westlake Academy”."
    assert dlg.focus.toPlainText() == "a line\nand another"
    assert tab.model.rowCount() == 12


def test_a_change_made_elsewhere_shows_up(people_tab, ctx, qtbot):
    ctx.services.people.add_participant(ParticipantData("Ana Ruiz"))
    qtbot.waitUntil(lambda: people_tab.proxy.rowCount() == 1)
    assert people_tab.stack.currentWidget() is people_tab.view
    assert people_tab.count.text() == "1 participant · 0 teams"


# --- deleting ---------------------------------------------------------------------------------


def test_delete_key_asks_naming_who_then_deletes(demo_console, qtbot, asked):
    tab = people_tab_of(demo_console)
    tab.select_names("Imani Carter", "Jayden Fox")
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert len(asked) == 1
    assert "Imani Carter and Jayden Fox" in asked[0]
    qtbot.waitUntil(lambda: tab.model.rowCount() == 46)
    assert {"Imani Carter", "Jayden Fox"}.isdisjoint(tab.shown_column(0))


def test_saying_no_deletes_nobody(demo_console, asked):
    tab = people_tab_of(demo_console)
    asked.answer = False
    tab.select_names("Imani Carter")
    assert not tab.delete_selected()
    assert asked == ["Delete Imani Carter from this convening?\n\n"
                     "Their talk-time record goes with them. Edit > Undo (Ctrl+Z) brings it all back."]
    assert len(demo_console.ctx.services.people.participants()) == 48


def test_nothing_selected_asks_nothing(demo_console, asked):
    tab = people_tab_of(demo_console)
    tab.view.clearSelection()
    assert not tab.delete_selected()
    assert asked == []


def test_deleting_a_team_says_who_is_left_without_one(demo_console, qtbot, asked):
    tab = teams_tab_of(demo_console)
    tab.select_names("Westlake Academy")
    assert tab.delete_selected()
    assert "Delete the team Westlake Academy?" in asked[0]
    assert "4 participants will be left without a team" in asked[0]
    qtbot.waitUntil(lambda: tab.model.rowCount() == 11)
    people = people_tab_of(demo_console)
    qtbot.waitUntil(lambda: people.count.text() == "48 participants · 11 teams")
    assert sum(1 for r in people.model.records() if not r.team_name) == 4


# --- text shown as typed --------------------------------------------------------------------------


def test_markup_in_a_name_is_shown_literally(people_tab, ctx, qtbot, asked):
    team = ctx.services.people.add_team(TeamData("<i>Lab</i> School"))
    ctx.services.people.add_participant(ParticipantData("<b>Ana</b> & Co", team_id=team))
    qtbot.waitUntil(lambda: people_tab.proxy.rowCount() == 1)
    assert people_tab.shown_column(0) == ["<b>Ana</b> & Co"]
    assert people_tab.shown_column(3) == ["<i>Lab</i> School"]
    people_tab.select_names("<b>Ana</b> & Co")
    people_tab.delete_selected()
    assert "Delete <b>Ana</b> & Co from this convening?" in asked[0]
    labels = [w for w in people_tab.findChildren(QLabel)]
    assert labels and all(lbl.textFormat() == Qt.TextFormat.PlainText for lbl in labels)


def test_an_error_naming_a_team_with_markup_shows_it_literally(qtbot, ctx):
    ctx.services.people.add_team(TeamData("<b>Bold</b> High"))
    tab = TeamsTab(ctx)
    qtbot.addWidget(tab)
    dlg = tab.add()
    dlg.set_field("name", "<B>bold</B> high")
    assert not dlg.save()
    assert dlg.error.textFormat() == Qt.TextFormat.PlainText
    assert "“<b>Bold</b> High”" in dlg.error.text()


# --- undo ---------------------------------------------------------------------------------------


def test_ctrl_z_in_the_console_brings_back_a_deleted_participant(demo_console, qtbot, asked):
    from PySide6.QtTest import QTest

    c = demo_console
    c.tabs.setCurrentIndex(list(c.tab_widgets).index("People"))
    tab = people_tab_of(c)
    before = c.ctx.services.people.participants()
    imani = next(r for r in before if r.name == "Imani Carter")
    tab.select_names("Imani Carter")
    c.activateWindow()
    tab.view.setFocus()
    qtbot.waitUntil(tab.view.hasFocus)
    QTest.keyClick(c.windowHandle(), Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 47)
    assert c.undo_action.isEnabled()
    assert c.undo_action.iconText() == "Undo delete “Imani Carter”"

    QTest.keyClick(c.windowHandle(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 48)
    assert "Imani Carter" in tab.shown_column(0)
    assert c.ctx.services.people.participants() == before, "same id, same team, same everything"
    assert next(r for r in c.ctx.services.people.participants() if r.name == "Imani Carter").id == imani.id
    assert c.redo_action.iconText() == "Redo delete “Imani Carter”"
    assert c.statusBar().currentMessage() == "Undid: delete “Imani Carter”"

    QTest.keyClick(c.windowHandle(), Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 47)


def test_ctrl_z_brings_back_a_deleted_team_with_its_members(demo_console, qtbot, asked):
    from PySide6.QtTest import QTest

    c = demo_console
    people = c.ctx.services.people
    tab = teams_tab_of(c)
    c.tabs.setCurrentIndex(list(c.tab_widgets).index("Teams"))
    team = people.teams()[0]
    members = sorted(p.name for p in people.participants() if p.team_id == team.id)
    assert members
    tab.select_names(team.name)
    assert tab.delete_selected()
    assert all(p.team_id != team.id for p in people.participants())
    c.activateWindow()
    tab.view.setFocus()
    qtbot.waitUntil(tab.view.hasFocus)
    QTest.keyClick(c.windowHandle(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: team.name in tab.shown_column(0))
    assert sorted(p.name for p in people.participants() if p.team_id == team.id) == members
