"""The Talk tab: tap on the seating map, switch, silence, undo, edit, keyboard find, pinned digits; clicker keys
still drive the run."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.gui


@pytest.fixture
def talk_console(demo_console, qtbot):
    c = demo_console
    c.tabs.setCurrentIndex(list(c.tab_widgets).index("Talk"))
    tab = c.tab_widgets["Talk"]
    talk = c.ctx.services.talk
    label, members = talk.scope_members("room")
    talk.start_conversation(members[:12], scope=label)
    return c, tab, talk


def names(talk):
    return talk.names()


def click(qtbot, tab, person) -> None:
    """A click on `person`'s name on the seating map."""
    qtbot.mouseClick(tab.map, Qt.MouseButton.LeftButton, pos=tab.map.name_rect(person).center())


def time_of(tab, person) -> str:
    return tab.model.index(tab.person_ids.index(person), 1).data()


def test_tap_switch_tap_again_and_many_voices(talk_console, clock, qtbot):
    c, tab, talk = talk_console
    first, second = tab.person_ids[:2]
    click(qtbot, tab, first)
    assert talk.open_turn().speaker == first
    assert tab.map.view.speaker == first and tab.floor_label.text() == f"Floor: {names(talk)[first]}"
    clock.advance(42)
    click(qtbot, tab, second)
    assert talk.open_turn().speaker == second and tab.map.view.speaker == second
    assert time_of(tab, first) == "0:42"
    clock.advance(8)
    click(qtbot, tab, second)  # again: silence
    assert talk.open_turn() is None and tab.floor_label.text().startswith("Silence")
    qtbot.mouseClick(tab.many_button, Qt.MouseButton.LeftButton)
    assert tab.floor_label.text() == "Floor: many voices"


def test_type_to_find_enter_then_esc_is_silence(talk_console, clock, qtbot):
    c, tab, talk = talk_console
    target = tab.person_ids[5]
    name = names(talk)[target]
    tab.find.setFocus()
    qtbot.waitUntil(tab.find.hasFocus)
    qtbot.keyClicks(tab.find, name.split()[0][:4].lower())
    assert target in tab.visible_matches() and len(tab.visible_matches()) < len(tab.person_ids)
    while tab.visible_matches()[0] != target:  # narrow down to the person wanted
        qtbot.keyClicks(tab.find, name[len(tab.find.text())])
    qtbot.keyClick(tab.find, Qt.Key.Key_Return)
    assert talk.open_turn().speaker == target and tab.find.text() == ""
    clock.advance(5)
    qtbot.keyClick(c.focusWidget(), Qt.Key.Key_Escape)
    assert talk.open_turn() is None


def test_digit_keys_give_the_floor_to_pinned_people(talk_console, qtbot):
    c, tab, talk = talk_console
    pinned = talk.conversation().pinned
    tab.map.setFocus()
    qtbot.keyClick(c.focusWidget(), Qt.Key.Key_3)
    assert talk.open_turn().speaker == pinned[2]
    tab.find.setFocus()
    qtbot.keyClick(tab.find, Qt.Key.Key_1)  # in the find field too
    assert talk.open_turn().speaker == pinned[0] and tab.find.text() == ""


def test_ctrl_z_undoes_a_wrong_tap(talk_console, clock, qtbot):
    c, tab, talk = talk_console
    a, b = tab.person_ids[:2]
    tab.tap(a)
    clock.advance(10)
    tab.tap(b)
    c.ctx.services.history.undo()
    assert talk.open_turn().speaker == a and tab.map.view.speaker == a


def test_clicker_keys_still_drive_the_live_run_from_the_talk_tab(talk_console, clock, qtbot):
    c, tab, talk = talk_console
    live = c.ctx.services.live
    tab.tap(tab.person_ids[0])
    tab.map.setFocus()
    qtbot.keyClick(c.focusWidget(), Qt.Key.Key_Space)
    started = live.view().item_id
    assert started is not None
    qtbot.keyClick(c.focusWidget(), Qt.Key.Key_PageDown)
    assert live.view().item_id != started
    tab.find.setFocus()
    qtbot.keyClick(tab.find, Qt.Key.Key_PageDown)  # PageDown never types
    assert tab.find.text() == ""
    assert talk.open_turn().speaker == tab.person_ids[0], "the clicker did not move the floor"
    qtbot.keyClick(tab.find, Qt.Key.Key_B)
    assert tab.find.text() == "b", "B types in the find field"


def test_live_figures_update_cells_not_the_whole_model(talk_console, clock, qtbot):
    c, tab, talk = talk_console
    tab.tap(tab.person_ids[0])
    resets, changes = [], []
    tab.model.modelReset.connect(lambda: resets.append(1))
    tab.model.dataChanged.connect(lambda a, b, roles: changes.append((a.row(), a.column(), b.column())))
    clock.advance(1)
    tab.refresh()
    assert resets == [] and changes and all(r == 0 for r, _a, _b in changes)
    assert tab.model.index(0, 1).data() == "0:01"


def test_edit_a_turn_in_the_dialog_and_an_overlap_is_refused(talk_console, clock, qtbot):
    from app.ui.talk.turn_editor import TurnEditor

    c, tab, talk = talk_console
    a, b, cc = tab.person_ids[:3]
    tab.tap(a)
    clock.advance(60)
    tab.tap(b)
    clock.advance(60)
    tab.tap(b)
    first, second = talk.turns()
    dialog = TurnEditor(tab, talk, second)
    qtbot.addWidget(dialog)
    dialog.speaker.setCurrentIndex(dialog.speaker.findData(cc))
    dialog.save()
    assert talk.turns()[1].speaker == cc
    dialog = TurnEditor(tab, talk, talk.turns()[0])
    qtbot.addWidget(dialog)
    dialog.end.setTime(dialog.end.time().addSecs(30))
    dialog.save()
    assert "overlap" in dialog.problem.text()
    assert talk.turns()[0].end == first.end


def test_look_at_the_talk_tab(talk_console, clock, qtbot, tmp_path):
    import os

    c, tab, talk = talk_console
    role = talk.lenses()[0].id if talk.lenses() else None
    if role is not None:
        talk.set_lens(role)
    for p in tab.person_ids[:6]:
        tab.tap(p)
        clock.advance(37)
    tab.refresh()
    out = os.environ.get("CONVENE_LOOK_DIR")
    if out:
        c.resize(1440, 900)
        c.grab().save(os.path.join(out, "talk_tab.png"))
    assert tab.table.model().rowCount() == len(tab.person_ids)


def test_projector_per_person_is_an_explicit_choice_and_never_for_a_sensitive_lens(talk_console, qtbot):
    c, tab, talk = talk_console
    role, race = talk.lens_by_name("Role"), talk.lens_by_name("Race/ethnicity")
    assert not tab.room_people.isEnabled(), "no lens chosen: nothing to tick"
    tab.lens_combo.setCurrentIndex(tab.lens_combo.findData(race.id))
    tab.lens_combo.activated.emit(tab.lens_combo.currentIndex())
    assert talk.conversation().lens_id == race.id
    assert not tab.room_people.isEnabled() and not tab.room_people.isChecked()
    tab.lens_combo.setCurrentIndex(tab.lens_combo.findData(role.id))
    tab.lens_combo.activated.emit(tab.lens_combo.currentIndex())
    assert tab.room_people.isEnabled() and not tab.room_people.isChecked()
    assert talk.room.room_people() is None, "groups until ticked"
    qtbot.mouseClick(tab.room_people, Qt.MouseButton.LeftButton)
    assert tab.room_people.isChecked() and talk.room.room_people() is not None
    tab.lens_combo.setCurrentIndex(tab.lens_combo.findData(race.id))
    tab.lens_combo.activated.emit(tab.lens_combo.currentIndex())
    assert talk.room.room_people() is None and not tab.room_people.isChecked() and not tab.room_people.isEnabled()


def test_summaries_by_item_step_and_day_and_balance_over_time_in_the_tab(talk_console, clock, qtbot):
    c, tab, talk = talk_console
    assert tab.across.table.rowCount() == 0, "not read until the page is opened"
    tab.pages.setCurrentWidget(tab.across)
    by_item = tab.across.rows()
    demo_items = [r["what"] for r in talk.summaries.summary_rows("item")]
    assert [r[0] for r in by_item] == demo_items and len(by_item) >= 3, "the demo's tracked sessions"
    assert "nobody has spoken yet" in tab.across.curve_label.text()
    a, b = tab.person_ids[:2]
    tab.tap(a)
    clock.advance(120)
    tab.tap(b)
    clock.advance(30)
    tab.tap(b)
    assert "Balance over time in" in tab.across.curve_label.text() and "→" in tab.across.curve_label.text()
    new = [r for r in tab.across.rows() if r not in by_item]
    assert new and new[-1][1] == "2.5" and new[-1][3] == "2", "2.5 minutes by 2 people, shown at once"
    for label, key, word in (("By day", "day", "Day 1"), ("By protocol step", "step", "step")):
        tab.across.by.setCurrentIndex(tab.across.by.findData(key))
        tab.across.by.activated.emit(tab.across.by.currentIndex())
        rows = tab.across.rows()
        assert rows and any(word in r[0] for r in rows), label
        assert [r[0] for r in rows] == [r["what"] for r in talk.summaries.summary_rows(key)]
    import os

    out = os.environ.get("CONVENE_LOOK_DIR")
    if out:
        c.resize(1440, 900)
        c.grab().save(os.path.join(out, "talk_tab_across.png"))


def test_goals_set_before_a_conversation_are_live_and_kept_in_the_record(console, tmp_path, clock, qtbot):
    from app.services.people.records import ParticipantData
    from tests.conftest import sample_details

    path = tmp_path / "goals.convene"
    console.ws.new(path, sample_details())
    people = console.ctx.services.people
    talk = console.ctx.services.talk
    ids = [people.add_participant(ParticipantData(name=n, role=r))
           for n, r in (("Ana", "teacher"), ("Ben", "teacher"), ("Chen", "principal"))]
    role = talk.add_lens("Role")
    for p, r in zip(ids, ("teacher", "teacher", "principal")):
        talk.set_values(p, role, r)
    console.tabs.setCurrentIndex(list(console.tab_widgets).index("Talk"))
    tab = console.tab_widgets["Talk"]
    assert talk.conversation() is None
    assert tab.goal_everyone.isEnabled() and tab.goal_ratio.isEnabled() and tab.lens_combo.isEnabled()
    qtbot.mouseClick(tab.goal_ratio, Qt.MouseButton.LeftButton)   # no lens yet: refused, and says why
    assert not tab.goal_ratio.isChecked() and "choose a lens first" in tab.problem.text()
    tab.lens_combo.setCurrentIndex(tab.lens_combo.findData(role))
    tab.lens_combo.activated.emit(tab.lens_combo.currentIndex())
    qtbot.mouseClick(tab.goal_everyone, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.goal_ratio, Qt.MouseButton.LeftButton)
    assert tab.goal_everyone.isChecked() and tab.goal_ratio.isChecked() and talk.conversation() is None
    qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    conv = talk.conversation()
    assert conv.lens_id == role and [g.text() for g in conv.goals] == [
        "Everyone speaks at least once", "No Role group above 1.25× its share of people"]
    assert tab.goals_label.text().startswith("✗ not yet: Everyone speaks at least once. 3 still to speak")
    for p in ids:
        tab.tap(p)
        clock.advance(20)
    tab.refresh()
    assert "✓ met: Everyone speaks at least once" in tab.goals_label.text()
    console.ws.close()
    console.ws.open(path)   # the record: the goals are in the file, checked against its turns
    talk.choose(conv.id)
    assert [g.text() for g in talk.conversation().goals] == [g.text() for g in conv.goals]
    assert "✓ met: Everyone speaks at least once" in tab.goals_label.text()


def test_the_help_says_what_the_balance_index_is_and_what_happens_to_an_open_turn_after_a_crash(talk_console):
    c, tab, _talk = talk_console
    text = tab.floor_label.toolTip()
    assert "Balance is 1 minus the Gini coefficient of talk time per person present" in text
    assert "their turn is ended at the last moment Convene saw it running" in text
    assert "nobody has the floor until you tap" in text
    assert "Gini" in tab.balance_label.toolTip() and "Gini" not in tab.balance_label.text(), \
        "plain words on screen; the measure explained on hover"
    assert tab.balance_label.text().startswith("Evenness of talk")


def test_help_is_in_tooltips_and_the_help_menu_not_a_paragraph_in_the_tab(talk_console, qtbot):
    from PySide6.QtWidgets import QLabel

    c, tab, _talk = talk_console
    long_labels = [w.text() for w in tab.findChildren(QLabel) if w.isVisible() and len(w.text()) > 200]
    assert not long_labels, long_labels
    act = next(a for a in c.help_menu.actions() if a.text() == "&Talk tracking…")
    act.trigger()
    text = c.messages[-1]
    assert "F11: raise or lower the hand" in text and "F12: call the next" in text and "Alt+1" in text
    assert "Gini" in text
    assert "puts it on the projector, names only" in text
    c.show_keys_help()
    assert "In the Talk tab: F11  hand up or down, F12  call the next in the queue" in c.messages[-1]
    assert "Speaking queue" in c.room.scene_buttons["queue"].text(), "the room panel shows the queue scene"


def test_the_record_of_each_conversation_keeps_its_goals_and_whether_they_were_met(talk_console, capsys):
    from app.cli import run

    c, tab, talk = talk_console
    tab.pages.setCurrentWidget(tab.across)
    tab.across.by.setCurrentIndex(tab.across.by.findData("conversation"))
    tab.across.by.activated.emit(tab.across.by.currentIndex())
    rows = {r[0]: r[-1] for r in tab.across.rows()}
    assert rows["Story circles: the road that brought us here (Riverbend High School)"] == \
        "met: Everyone speaks at least once"
    assert rows["What seniors and families told us (Whole room)"] == (
        "not met: Everyone speaks at least once; not met: No Role group above 1.25× its share of people")
    path = c.ws.path
    c.ws.close()
    assert run(["talk", str(path), "--by", "conversation"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].endswith(",balance,goals")
    assert any(line.startswith("Story circles") and line.endswith(",met: Everyone speaks at least once")
               for line in out)


def test_a_conversation_can_be_one_table_of_a_seating_round(talk_console, qtbot):
    from app.domain.pairing.tables import TableRules

    c, tab, talk = talk_console
    seating = c.ctx.services.pairing.tables.compute(TableRules())[-1]
    table = seating.tables[1]
    index = tab.scope_combo.findData(f"table:{seating.id}:{table.number}")
    assert index >= 0, "the new round's tables are offered at once"
    assert tab.scope_combo.itemText(index) == f"Table {table.number}, {seating.title} ({len(table.person_ids)})"
    tab.scope_combo.setCurrentIndex(index)
    qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    conv = talk.conversation()
    assert sorted(conv.members) == sorted(table.person_ids) and conv.scope == f"Table {table.number}, {seating.title}"
    assert sorted(tab.person_ids) == sorted(table.person_ids)


def test_a_tick_with_the_whole_room_asks_the_table_for_each_cell_only_a_few_times(demo_console, clock, qtbot):
    """Every second "since last spoke" changes for everyone who has spoken; announcing that row by
    row made the table re-read (and re-measure) every cell once per row: 0.4 s per tick for 48."""
    import sys

    from app.ui.talk.figures_model import FiguresModel

    c = demo_console
    c.tabs.setCurrentIndex(list(c.tab_widgets).index("Talk"))
    tab = c.tab_widgets["Talk"]
    talk = c.ctx.services.talk
    assert len(talk.conversation().members) == 48 and len(talk.view().figures.people) > 20
    clock.advance(max(t.end for t in talk.turns()) - clock.now() + 60)   # after the demo's session
    tab.refresh()
    calls = []
    code = FiguresModel.data.__code__

    def count(frame, event, _arg):
        if event == "call" and frame.f_code is code:
            calls.append(1)

    clock.advance(1)
    sys.setprofile(count)   # the view calls data() from C++: counted where Python runs it
    try:
        tab.refresh()
    finally:
        sys.setprofile(None)
    cells = tab.model.rowCount() * tab.model.columnCount()
    assert calls, "the view read the changed cells"
    assert len(calls) < 12 * cells, f"{len(calls)} reads for {cells} cells"


def test_someone_who_arrives_late_is_ticked_in_and_someone_who_left_ticked_out_in_one_undo_step(talk_console,
                                                                                                 clock, qtbot):
    from PySide6.QtWidgets import QDialogButtonBox

    c, tab, talk = talk_console
    leaver = tab.person_ids[0]
    tab.tap(leaver)
    clock.advance(30)
    tab.tap(leaver)   # spoke before leaving: the turn stays
    qtbot.mouseClick(tab.members_button, Qt.MouseButton.LeftButton)
    dialog = next(w for w in tab.children() if w.__class__.__name__ == "MembersDialog" and w.isVisible())
    everyone = {p.id: p for p in c.ctx.services.people.participants()}
    late = next(pid for pid in everyone if pid not in tab.person_ids)
    late_name = everyone[late].name
    qtbot.keyClicks(dialog.find, late_name)
    shown = [dialog.list.item(i) for i in range(dialog.list.count()) if not dialog.list.item(i).isHidden()]
    assert shown and all(late_name.casefold() in item.text().casefold() for item in shown)
    item = next(i for i in shown if i.data(Qt.ItemDataRole.UserRole) == late)
    item.setCheckState(Qt.CheckState.Checked)
    dialog.find.clear()
    leaving = next(dialog.list.item(i) for i in range(dialog.list.count())
                   if dialog.list.item(i).data(Qt.ItemDataRole.UserRole) == leaver)
    leaving.setCheckState(Qt.CheckState.Unchecked)
    assert dialog.count.text() == "12 people in the conversation."
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert late in tab.person_ids and leaver not in tab.person_ids and len(tab.person_ids) == 12
    assert [t.speaker for t in talk.turns()] == [leaver]    # the leaver's turn stays in the record
    assert "(12 people)" in tab.conversation_combo.currentText()
    c.ctx.services.history.undo()
    tab.refresh()
    assert leaver in tab.person_ids and late not in tab.person_ids


def test_the_people_picker_will_not_take_nobody(talk_console, qtbot):
    from PySide6.QtWidgets import QDialogButtonBox

    c, tab, talk = talk_console
    dialog = tab.choose_members()
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.untick_shown, Qt.MouseButton.LeftButton)
    assert dialog.chosen() == [] and dialog.count.text() == "0 people in the conversation."
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_the_codes_dialog_takes_the_suggested_codes_refuses_a_repeat_and_ok_is_one_undo_step(talk_console, qtbot):
    c, tab, talk = talk_console
    assert talk.codes.codes() == [] and tab.code_buttons == [], "codes are off until chosen"
    dialog = tab.choose_codes()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.suggested, Qt.MouseButton.LeftButton)
    dialog.fields[3].setText("  Builds on   someone ")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible() and "twice" in dialog.problem.text()
    assert talk.codes.codes() == [], "nothing written while the list is refused"
    dialog.fields[3].setText("")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert not dialog.isVisible()
    assert [x.label for x in talk.codes.codes()] == ["builds on someone", "asks a question", "brings evidence"]
    assert [b.full for b in tab.code_buttons] == ["builds on someone (Alt+1)", "asks a question (Alt+2)",
                                                  "brings evidence (Alt+3)"]
    c.ctx.services.history.undo()
    assert talk.codes.codes() == [] and tab.code_buttons == []
