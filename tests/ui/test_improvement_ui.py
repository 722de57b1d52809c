"""The improvement pages of the Commitments tab in a real console: PDSA cycles typed from the keyboard,
measures and values, the CSV import, the driver diagram; undo through Edit > Undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain.improvement.model import MeasureData

pytestmark = pytest.mark.gui


@pytest.fixture
def tab(demo_console, qtbot):
    demo_console.tabs.setCurrentWidget(demo_console.tab_widgets["Commitments"])
    t = demo_console.tab_widgets["Commitments"]
    qtbot.waitUntil(t.isVisible)
    t.activateWindow()
    return t


def settle(qtbot, tab):
    qtbot.waitUntil(lambda: not tab._pending)


def page(tab, qtbot, name):
    index = next(i for i in range(tab.pages.count()) if tab.pages.tabText(i) == name)
    tab.pages.setCurrentIndex(index)
    widget = tab.pages.widget(index)
    qtbot.waitUntil(widget.isVisible)
    return widget


def type_fields(qtbot, first, texts):
    first.setFocus()
    for n, text in enumerate(texts):
        if text:
            qtbot.keyClicks(QApplication.focusWidget(), text)
        if n < len(texts) - 1:
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)


def test_a_pdsa_cycle_typed_from_the_keyboard_then_undone(demo_console, tab, qtbot):
    panel = page(tab, qtbot, "PDSA cycles")
    team_id, _name = tab.svc.teams()[0]
    [commitment] = [c for c in tab.svc.commitments(team_id)]
    assert panel.commitment_id() == commitment.id
    assert "No PDSA cycles on this commitment yet" in panel.empty.text()
    type_fields(qtbot, panel.change_idea, ["Texts in Spanish after 6 pm", "half of the families will reply",
                                           "14 of 40 replied", "Evenings work; mornings do not"])
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.decision
    qtbot.keyClick(panel.decision, Qt.Key.Key_Down)
    qtbot.keyClick(panel.decision, Qt.Key.Key_Down)   # adapt
    qtbot.keyClick(panel.decision, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "2027-02-03")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    settle(qtbot, tab)
    [cycle] = tab.ctx.services.improvement.cycles.cycles(commitment.id)
    assert (cycle.number, cycle.change_idea, cycle.prediction, cycle.decision, f"{cycle.tested_on}") == (
        1, "Texts in Spanish after 6 pm", "half of the families will reply", "adapt", "2027-02-03")
    assert panel.list.count() == 1 and panel.list.item(0).text().startswith("2027-02-03  Cycle 1: Texts in Spanish")
    assert panel.change_idea.text() == "" and "Edit > Undo" in panel.message.text()
    assert "(1 cycle)" in panel.commitment.currentText()
    demo_console.undo_action.trigger()
    settle(qtbot, tab)
    assert tab.ctx.services.improvement.cycles.cycles() == [] and panel.list.count() == 0


def test_a_bad_date_is_named_and_nothing_is_saved(tab, qtbot):
    panel = page(tab, qtbot, "PDSA cycles")
    panel.change_idea.setText("Texts")
    panel.when.setText("next Tuesday")
    assert not panel.save()
    assert panel.error.text() == ("When: “next Tuesday” is not a date; write it as 2027-01-15, or the month as "
                                  "2027-01.")
    assert QApplication.focusWidget() is panel.when and panel.change_idea.text() == "Texts"
    assert tab.ctx.services.improvement.cycles.cycles() == []


def test_editing_a_cycle_from_the_list_and_the_team_switch_clears_the_form(tab, qtbot):
    panel = page(tab, qtbot, "PDSA cycles")
    imp = tab.ctx.services.improvement
    from app.domain.improvement.model import CycleData

    cid = panel.commitment_id()
    cycle = imp.cycles.add(cid, CycleData("Texts in Spanish"))
    settle(qtbot, tab)
    panel.list.setCurrentRow(0)
    panel.list.itemActivated.emit(panel.list.item(0))
    assert panel.editing == cycle and panel.change_idea.text() == "Texts in Spanish"
    assert panel.save_button.text() == "Save cycle 1"
    panel.learned.setText("Replies came after six")
    qtbot.keyClick(panel.learned, Qt.Key.Key_Return)
    settle(qtbot, tab)
    assert imp.cycles.cycle(cycle).learned == "Replies came after six" and len(imp.cycles.cycles()) == 1
    panel.edit(cycle)
    tab.step_team(1)
    assert panel.editing is None and panel.change_idea.text() == ""


def test_a_measure_defined_and_values_typed_for_two_teams(demo_console, tab, qtbot):
    panel = page(tab, qtbot, "Measures")
    imp = tab.ctx.services.improvement
    assert "Define a measure above first" in panel.signals_label.text()
    assert not panel.value.isEnabled()
    type_fields(qtbot, panel.name, ["FAFSA completion", "%"])
    qtbot.keyClick(panel.unit, Qt.Key.Key_Return)
    settle(qtbot, tab)
    [fafsa] = imp.measures.measures()
    assert (fafsa.name, fafsa.unit, fafsa.higher_is_better) == ("FAFSA completion", "%", True)
    assert panel.value.isEnabled() and panel.measure.currentData() == fafsa.id
    first, second = tab.svc.teams()[0], tab.svc.teams()[1]
    panel.period.setText("2027-01")
    panel.value.setText("42,5")
    qtbot.keyClick(panel.value, Qt.Key.Key_Return)
    settle(qtbot, tab)
    assert QApplication.focusWidget() is panel.value and panel.value.text() == "" and panel.period.text() == "2027-01"
    assert [(v.team, v.value) for v in imp.measures.values(fafsa.id)] == [(first[1], 42.5)]
    assert panel.values.item(0).text() == "2027-01-01   42.5%"
    tab.step_team(1)
    settle(qtbot, tab)
    assert panel.values_box.title() == f"Values of {second[1]}" and panel.values.count() == 0
    panel.value.setText("lots")
    assert not panel.save_value()
    assert panel.error.text() == "Value: “lots” is not a number." and QApplication.focusWidget() is panel.value
    demo_console.undo_action.trigger()
    settle(qtbot, tab)
    assert imp.measures.values() == []


def test_a_csv_import_from_the_page_says_what_it_did_or_why_not(tab, qtbot, tmp_path):
    panel = page(tab, qtbot, "Measures")
    imp = tab.ctx.services.improvement
    imp.measures.add(MeasureData("FAFSA completion", "%"))
    team = tab.svc.teams()[0][1]
    good = tmp_path / "values.csv"
    good.write_text(f"team,measure,period,value\n{team},FAFSA completion,2027-01,40\n{team},FAFSA completion,2027-02,44\n",
                    encoding="utf-8")
    assert panel.import_from(good) == "Imported 2 values from values.csv. Edit > Undo takes the import back."
    settle(qtbot, tab)
    assert panel.values.count() == 2
    bad = tmp_path / "bad.csv"
    bad.write_text(f"team,measure,period,value\n{team},FAFSA completion,2027-03,about half\n", encoding="utf-8")
    said = panel.import_from(bad)
    assert said == "bad.csv: Row 2, column “value”: “about half” is not a number."
    assert panel.error.isVisible() and len(imp.measures.values()) == 2


def test_the_driver_diagram_built_from_the_keyboard(demo_console, tab, qtbot):
    panel = page(tab, qtbot, "Driver diagram")
    dr = tab.ctx.services.improvement.drivers
    panel.text.setText("Families know the steps")
    assert not panel.add()
    assert panel.error.text() == "Aim: write the network's aim first; the drivers go under it."
    panel.aim.setText("Raise FAFSA completion by 10 points")
    qtbot.keyClick(panel.aim, Qt.Key.Key_Return)
    settle(qtbot, tab)
    assert dr.aim() == "Raise FAFSA completion by 10 points" and panel.tree.topLevelItemCount() == 1
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    assert panel.kind.currentData() == "primary"
    qtbot.keyClick(panel.text, Qt.Key.Key_Return)
    settle(qtbot, tab)
    primary = panel.tree.topLevelItem(0).child(0)
    assert primary.text(0) == "Primary driver: Families know the steps"
    panel.tree.setCurrentItem(primary)
    panel.tree.setFocus()
    assert panel.kind.currentData() == "secondary"
    panel.text.setText("Texts in the language spoken at home")
    qtbot.keyClick(panel.tree, Qt.Key.Key_Insert)
    settle(qtbot, tab)
    secondary = panel.tree.topLevelItem(0).child(0).child(0)
    panel.tree.setCurrentItem(secondary)
    assert panel.kind.currentData() == "idea"
    panel.text.setText("Evening texts in Spanish")
    panel.add()
    settle(qtbot, tab)
    idea = panel.tree.topLevelItem(0).child(0).child(0).child(0)
    assert idea.text(0) == "Change idea: Evening texts in Spanish" and idea.text(1) == "none yet"
    # link a commitment to it on the PDSA page: the diagram counts the team
    cycles = page(tab, qtbot, "PDSA cycles")
    assert cycles.idea.count() == 2
    cycles.idea.setCurrentIndex(1)
    cycles.idea.activated.emit(1)
    settle(qtbot, tab)
    panel = page(tab, qtbot, "Driver diagram")
    idea = panel.tree.topLevelItem(0).child(0).child(0).child(0)
    assert idea.text(1) == "1 team"
    panel.tree.setCurrentItem(idea)
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key.Key_F2)
    assert panel.text.text() == "Evening texts in Spanish" and QApplication.focusWidget() is panel.text
    panel.text.setText("Evening texts in Spanish and Mixteco")
    qtbot.keyClick(panel.text, Qt.Key.Key_Return)
    settle(qtbot, tab)
    assert [n.text for n in dr.nodes()][-1] == "Evening texts in Spanish and Mixteco"
    primary = panel.tree.topLevelItem(0).child(0)
    panel.tree.setCurrentItem(primary)
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key.Key_Delete)
    settle(qtbot, tab)
    assert [n.kind for n in dr.nodes()] == ["aim"]
    demo_console.undo_action.trigger()
    settle(qtbot, tab)
    assert [n.kind for n in dr.nodes()] == ["aim", "primary", "secondary", "idea"]
    assert dr.node(dr.nodes()[-1].id).teams, "the link came back with the idea"


@pytest.mark.parametrize("name", ["PDSA cycles", "Measures", "Driver diagram"])
def test_each_page_fits_the_console_at_1024x768(demo_console, tab, qtbot, name, tmp_path):
    demo_console.resize(1024, 768)
    widget = page(tab, qtbot, name)
    qtbot.wait(10)
    assert widget.minimumSizeHint().height() <= tab.pages.height(), f"{name} needs more height than it gets"
    import os

    out = os.environ.get("CONVENE_LOOK_DIR")
    if out:
        demo_console.grab().save(f"{out}/console-{name.replace(' ', '-')}-1024x768.png")


def test_the_pdsa_page_gives_each_team_its_phone_address_while_capture_runs(demo_console, tab, qtbot):
    import os

    services = demo_console.ctx.services
    panel = page(tab, qtbot, "PDSA cycles")
    assert "while room capture runs" in panel.phone_line.text() and not panel.copy_button.isEnabled()
    board = services.wall.add_board("Check-in")
    url = services.capture.start(board)
    try:
        teams = services.commitments.teams()
        mine = services.improvement.phone.address(url, teams[0][0])
        qtbot.waitUntil(lambda: mine in panel.phone_line.text())
        code = mine.rsplit("/", 1)[1]
        assert panel.phone_line.text().splitlines() == [
            f"This team's code: {code} (on a phone: “Your team's PDSA cycle or measure” under the notes page)",
            f"Its own address: {mine}"]
        assert mine.startswith(url + "/pdsa/")
        qtbot.mouseClick(panel.copy_button, Qt.MouseButton.LeftButton)
        lines = QApplication.clipboard().text().splitlines()
        assert lines[0] == f"{teams[0][1]}: code {code} · {mine}" and len(lines) == len(teams)
        assert len({line.rsplit("/", 1)[1] for line in lines}) == len(teams), "a code of its own per team"
        demo_console.resize(1024, 768)
        qtbot.wait(10)
        out = os.environ.get("CONVENE_LOOK_DIR")
        if out:
            demo_console.grab().save(f"{out}/console-PDSA-cycles-capture-1024x768.png")
    finally:
        services.capture.stop()
    qtbot.waitUntil(lambda: "while room capture runs" in panel.phone_line.text())


@pytest.mark.parametrize("name", ["PDSA cycles", "Measures", "Driver diagram"])
def test_each_page_with_a_network_s_year_in_it_fits_at_1024x768(demo_console, tab, qtbot, name):
    """The pages full: several cycles, two measures with a year of values, a diagram of a dozen rows."""
    import datetime as dt
    import os

    from app.domain.improvement.model import CycleData

    imp = demo_console.ctx.services.improvement
    team_id, _team = tab.svc.teams()[0]
    [c] = tab.svc.commitments(team_id)
    for n in range(6):
        imp.cycles.add(c.id, CycleData(f"Texts in Spanish after {n + 5} pm, signed by the counsellor",
                                       "Half of the families will reply", "14 of 40 replied", "Evenings work",
                                       "adapt", dt.date(2027, 1 + n, 10)))
    fafsa = imp.measures.add(MeasureData("FAFSA completion among first-generation seniors", "%", True))
    imp.measures.add(MeasureData("Families at a FAFSA night", "families", True))
    for month in range(1, 13):
        imp.measures.set_value(fafsa, team_id, dt.date(2027, month, 1), 30 + month)
    aim = imp.drivers.set_aim("Raise FAFSA completion among first-generation seniors from 48% to 58% by June 2027")
    for p in range(3):
        primary = imp.drivers.add(aim, f"Primary driver {p + 1}: families know the steps and the deadlines")
        second = imp.drivers.add(primary, f"Secondary driver {p + 1}: messages in the language of home")
        for i in range(2):
            imp.drivers.add(second, f"Change idea {p + 1}.{i + 1}: evening texts in Spanish", "idea")
    demo_console.resize(1024, 768)
    settle(qtbot, tab)
    widget = page(tab, qtbot, name)
    if name == "Measures":
        widget.measures.setCurrentRow(0)
    if name == "Driver diagram":
        widget.tree.expandAll()
    qtbot.wait(10)
    assert widget.minimumSizeHint().height() <= tab.pages.height(), f"{name} needs more height than it gets"
    out = os.environ.get("CONVENE_LOOK_DIR")
    if out:
        demo_console.grab().save(f"{out}/console-{name.replace(' ', '-')}-full-1024x768.png")
