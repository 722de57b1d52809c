"""The Commitments tab, driven from the keyboard in a real console: one team after another."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.services.console.demo import build_demo
from app.services.core.records import ConveningDetails, DayDetails
from app.services.people.records import TeamData

pytestmark = pytest.mark.gui


@pytest.fixture
def tab(demo_console, qtbot):
    demo_console.tabs.setCurrentWidget(demo_console.tab_widgets["Commitments"])
    t = demo_console.tab_widgets["Commitments"]
    qtbot.waitUntil(t.isVisible)
    t.activateWindow()
    return t


def type_commitment(qtbot, tab, fields: list[str]) -> None:
    """Type each field and Tab to the next, as a facilitator does (no mouse)."""
    tab.form.change.setFocus()
    for n, text in enumerate(fields):
        qtbot.keyClicks(QApplication.focusWidget(), text)
        if n < len(fields) - 1:
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)


def settle(qtbot, tab):
    qtbot.waitUntil(lambda: not tab._pending)


def test_ctrl_enter_saves_and_moves_to_the_next_team_then_undo(demo_console, tab, qtbot):
    svc = tab.svc
    first, second = svc.teams()[0], svc.teams()[1]
    assert tab.team_id() == first[0]
    before = len(svc.commitments(first[0]))
    type_commitment(qtbot, tab, ["Call home for every senior without an FSA ID", "Ms. Ibarra", "Friday",
                                 "FSA IDs made"])
    assert QApplication.focusWidget() is tab.form.measure
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, tab)
    mine = svc.commitments(first[0])
    assert len(mine) == before + 1
    assert (mine[-1].change, mine[-1].who, mine[-1].by_when, mine[-1].measure) == (
        "Call home for every senior without an FSA ID", "Ms. Ibarra", "Friday", "FSA IDs made")
    assert tab.team_id() == second[0], "Ctrl+Enter goes on to the next team"
    assert QApplication.focusWidget() is tab.form.change and tab.form.is_blank()
    assert tab.heading.text() == second[1]

    demo_console.undo_action.trigger()
    settle(qtbot, tab)
    assert len(svc.commitments(first[0])) == before


def test_enter_saves_and_stays_for_another_commitment_of_the_same_team(tab, qtbot):
    team = tab.team_id()
    before = tab.current.count()
    type_commitment(qtbot, tab, ["Stop printing the aid checklist nobody reads"])
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    settle(qtbot, tab)
    assert tab.team_id() == team and tab.current.count() == before + 1
    assert "Stop printing the aid checklist nobody reads" in tab.current.item(before).text()
    # The item that was running is recorded with it: none is, so none.
    assert tab.svc.commitments(team)[-1].item == ""


def test_an_empty_change_is_refused_with_the_field_named(tab, qtbot):
    team = tab.team_id()
    before = len(tab.svc.commitments(team))
    type_commitment(qtbot, tab, ["", "Mr. Vang"])
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert tab.error.isVisible() and tab.error.text() == "Change to test: it cannot be empty."
    assert tab.form.who.text() == "Mr. Vang", "what was typed stays"
    assert len(tab.svc.commitments(team)) == before


def test_edit_a_commitment_from_the_list(tab, qtbot):
    team = tab.team_id()
    [c] = tab.svc.commitments(team)
    tab.edit(c.id)
    assert tab.form.change.text() == c.change
    tab.form.by_when.clear()
    qtbot.keyClicks(tab.form.by_when, "Friday 21 February")
    qtbot.keyClick(tab.form.by_when, Qt.Key.Key_Return)
    settle(qtbot, tab)
    [after] = tab.svc.commitments(team)
    assert after.id == c.id and after.by_when == "Friday 21 February" and after.change == c.change


def test_show_this_team_and_all_teams_on_the_projector(demo_console, tab, qtbot):
    tab.step_team(2)
    tab.show_team_button.click()
    scene = demo_console.projector.scenes["commitments"]
    assert demo_console.projector.scene_id == "commitments" and scene.team_id == tab.team_id()
    tab.show_all_button.click()
    assert scene.team_id is None and scene.page == 0


def test_carry_over_in_the_console_then_mark_done_partly_not_yet(console, tmp_path, qtbot, clock):
    build_demo(tmp_path / "launch.convene", clock).close()
    assert console.create_at(tmp_path / "spring.convene", ConveningDetails(
        "Spring Convening", timezone="America/Los_Angeles", days=(DayDetails(dt.date(2027, 4, 15)),)))
    people = console.ctx.services.people
    for name in ("Laguna Flats High School", "Heron Point Academy", "Sierra Vista Middle School"):
        people.add_team(TeamData(name))
    console.tabs.setCurrentWidget(console.tab_widgets["Commitments"])
    tab = console.tab_widgets["Commitments"]
    settle(qtbot, tab)
    assert not tab.last_time.isVisible()

    report = tab.carry_from(tmp_path / "launch.convene")
    settle(qtbot, tab)
    assert report.startswith("Carried 2 commitments of 2 teams")
    assert "not in this convening" in report and "Sierra Vista Middle School" in report
    assert tab.message.text() == report

    names = [name for _, name in tab.svc.teams()]
    tab.teams.setCurrentRow(names.index("Laguna Flats High School"))
    assert tab.last_time.isVisible() and tab.last_time.list.count() == 1
    assert "Saturday morning sessions" in tab.last_time.list.item(0).text()
    tab.last_time.learned.setFocus()
    qtbot.keyClicks(tab.last_time.learned, "Childcare brought the younger siblings' parents too.")
    tab.last_time.buttons["partly"].click()
    settle(qtbot, tab)
    [c] = tab.svc.commitments(tab.team_id())
    assert (c.status, c.learned) == ("partly", "Childcare brought the younger siblings' parents too.")
    assert "◐ partly" in tab.last_time.list.item(0).text()

    tab.last_time.spot_button.click()
    settle(qtbot, tab)
    [spot] = tab.svc.bright_spots()
    assert spot.team == "Laguna Flats High School" and spot.evidence.startswith("Childcare")
    assert tab.spots.list.count() == 1

    console.undo_action.trigger()   # the bright spot
    console.undo_action.trigger()   # the "partly"
    settle(qtbot, tab)
    assert tab.svc.bright_spots() == [] and tab.svc.commitments(tab.team_id())[0].status == ""


def test_bright_spot_typed_in_the_tab_and_shown(demo_console, tab, qtbot):
    tab.pages.setCurrentWidget(tab.spots)
    before = tab.spots.list.count()
    tab.spots.what.setFocus()
    qtbot.keyClicks(tab.spots.what, "Seniors fill the form in pairs at lunch")
    qtbot.keyClick(tab.spots.what, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "first-generation seniors")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    settle(qtbot, tab)
    assert tab.spots.list.count() == before + 1
    tab.spots.list.setCurrentRow(before)
    tab.spots.show_button.click()
    scene = demo_console.projector.scenes["bright_spot"]
    assert demo_console.projector.scene_id == "bright_spot"
    assert scene.spot().what_worked == "Seniors fill the form in pairs at lunch"


def test_export_csv_from_the_tab(tab, tmp_path):
    assert tab.export_to(tmp_path / "out.csv") == "Wrote 12 commitments to out.csv."
    assert (tmp_path / "out.csv").read_text(encoding="utf-8-sig").startswith("Team,Change to test")


def test_a_commitment_typed_during_a_running_item_remembers_it(demo_console, tab, qtbot):
    live = demo_console.ctx.services.live
    day2 = demo_console.ws.days()[1].id
    item = next(i for i in demo_console.ctx.services.agenda.items(day2) if i.title == "Next week at our school")
    live.goto(item.id, 0)
    settle(qtbot, tab)
    assert tab.during.text() == "Captured during: Next week at our school"
    type_commitment(qtbot, tab, ["Pair each senior with a staff member who finished a FAFSA as a first-gen student"])
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    settle(qtbot, tab)
    newest = max(tab.svc.commitments(tab.team_id()), key=lambda c: c.id)
    assert newest.change.startswith("Pair each senior") and newest.item == "Next week at our school"


def test_a_note_typed_during_a_protocol_step_becomes_a_bright_spot(demo_console, tab, qtbot):
    day2 = demo_console.ws.days()[1].id
    item = next(i for i in demo_console.ctx.services.agenda.items(day2) if i.title.startswith("Bright spots"))
    demo_console.ctx.services.protocols.set_step_note(
        item.id, 1, "Laguna Flats: parents fill the form beside their child, in Mixteco")
    settle(qtbot, tab)
    tab.pages.setCurrentWidget(tab.spots)
    combo = tab.spots.source
    index = next(i for i in range(combo.count()) if combo.itemText(i).startswith("Note in Bright spots"))
    assert "step 2" in combo.itemText(index)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert tab.spots.what.text() == "Laguna Flats: parents fill the form beside their child, in Mixteco"
    tab.spots.team.setCurrentIndex(tab.spots.team.findText("Laguna Flats High School"))
    qtbot.keyClick(tab.spots.what, Qt.Key.Key_Return)
    settle(qtbot, tab)
    newest = tab.svc.bright_spots()[-1]
    assert (newest.team, newest.origin) == ("Laguna Flats High School", "note")
    assert newest.what_worked.startswith("Laguna Flats: parents fill the form")
