"""The improvement pages of the Commitments tab in a real console: PDSA cycles typed from the keyboard,
measures and values, the CSV import, the driver diagram; undo through Edit > Undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

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
