"""The Pairing tab over the demo: criteria saved as changed, lock, swap, re-solve, and the projector's Pairs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.services.core.jobs import SyncRunner
from app.ui.context import make_context

pytestmark = pytest.mark.gui


@pytest.fixture
def tab(qtbot, demo_workspace, clock, settings):
    from app.ui.pairing.pairing_tab import PairingTab

    # planning runs inline here; test_pairing_jobs.py runs it on QtRunner
    ctx = make_context(demo_workspace, clock, settings, jobs=SyncRunner())
    w = PairingTab(ctx)
    qtbot.addWidget(w)
    w.resize(1400, 800)
    w.show()
    qtbot.waitExposed(w)
    yield w
    ctx.close()


def _look(widget, name):
    out = os.environ.get("CONVENE_LOOK_DIR")
    if out:
        Path(out).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(out) / f"{name}.png"))


def _shown(tab):
    """The round the tab shows, as stored."""
    return next(r for r in tab.pairing.rounds() if r.id == tab.current_round_id())


def _groups(tab):
    return [tab.table.item(r, 1).text() for r in range(tab.table.rowCount())]


def test_the_tab_shows_the_days_round_with_reasons(tab):
    _look(tab, "pairing-tab")
    day1, day2 = [d.id for d in tab.ctx.workspace.days()]
    assert tab.day_box.currentData() == day1, "on day 1's morning: day 1's rounds"
    assert tab.round_box.currentText() == "1. Day 1 · Buddy schools"
    assert tab.table.rowCount() == 6
    assert any("same focus area" in tab.table.item(r, 3).text() for r in range(6))
    tab.day_box.setCurrentIndex(tab.day_box.findData(day2))
    assert [tab.round_box.itemText(i) for i in range(tab.round_box.count())] == ["2. Day 2 · Buddy schools"]
    assert all(tab.table.item(r, 3).text().endswith("first time together") for r in range(6))
    assert tab.summary.text().startswith("6 groups · total score ")


def test_changing_a_criterion_is_saved_at_once(tab):
    box = tab.criteria.mode_box("region")
    box.setCurrentIndex(box.findData("different"))
    tab.criteria.weight_box("region").setValue(4)
    saved = {c.attribute: (c.mode, c.weight) for c in tab.pairing.criteria()}
    assert saved["region"] == ("different", 4)
    assert saved["focus area"] == ("same", 3)


def test_lock_swap_and_resolve(tab):
    before = _groups(tab)
    # Lock the first group: the service stores it.
    tab.table.item(0, 0).setCheckState(Qt.CheckState.Checked)
    r = _shown(tab)
    assert [g.locked for g in r.groups].count(True) == 1
    # Swap two teams of different groups: their new groups are locked, the rest re-solved.
    first, second = r.groups[1], r.groups[2]
    tab.swap_a.setCurrentIndex(tab.swap_a.findData(first.team_ids[0]))
    tab.swap_b.setCurrentIndex(tab.swap_b.findData(second.team_ids[0]))
    tab.swap()
    after = _groups(tab)
    assert after != before
    r = _shown(tab)
    moved = {first.team_ids[0], second.team_ids[0]}
    for g in r.groups:
        if set(g.team_ids) & moved:
            assert g.locked, "the swapped groups are locked"
    assert len(set(tid for g in r.groups for tid in g.team_ids)) == 12
    _look(tab, "pairing-tab-swapped")
    # Unlock everything and re-solve: back to the best round.
    for row in range(tab.table.rowCount()):
        tab.table.item(row, 0).setCheckState(Qt.CheckState.Unchecked)
    tab.resolve()
    assert sorted(_groups(tab)) == sorted(before)
    assert "0 locked" in tab.summary.text()


def test_pair_next_round_and_away_team(tab):
    pres = tab.rules.present
    item = next(pres.item(i) for i in range(pres.count()) if pres.item(i).text() == "Heron Point Academy")
    item.setCheckState(Qt.CheckState.Unchecked)
    assert tab.pairing.absent() == {item.data(Qt.ItemDataRole.UserRole)}
    tab.pair_next()
    assert tab.round_box.currentText() == "3. Round 3"
    groups = _groups(tab)
    assert len(groups) == 5 and sum(g.count(",") for g in groups) == 1, "11 teams: one trio"
    assert not any("Heron Point Academy" in g for g in groups)


def test_console_has_the_tab_and_shows_pairs_on_the_projector(demo_console, qtbot):
    from app.ui.pairing.pairing_tab import PairingTab

    tab = demo_console.tab_widgets["Pairing"]
    assert isinstance(tab, PairingTab)
    tab.show_on_projector()
    assert demo_console.projector.scene_id == "pairs"


def test_tables_page_plans_shows_quality_and_exports(tab, tmp_path):
    panel = tab.tables
    tab.pages.setCurrentWidget(panel)
    panel.rounds_spin.setValue(2)
    panel.plan()
    assert panel.round_box.count() == 2 and panel.round_box.currentText() == "1. Tables 1 · Day 1"
    assert panel.quality.text().startswith("0 repeat tablemate pairs · team rule broken 0 times · role: ")
    assert panel.table.rowCount() == 8
    _look(tab, "pairing-tab-tables")
    out = tmp_path / "tables.csv"
    panel.export_to(out)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf"), "a byte-order mark, so Excel opens accents right"
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "round,table,participant,team,role" and len(lines) == 1 + 2 * 48
    panel.min_size.setValue(13)
    panel.size.setValue(13)
    panel.max_size.setValue(13)
    panel.plan()
    assert panel.problems.isVisible() and "widen the range" in panel.problems.text()


def test_console_shows_tables_on_the_projector(demo_console):
    tab = demo_console.tab_widgets["Pairing"]
    tab.tables.plan()
    tab.tables.show_on_projector()
    assert demo_console.projector.scene_id == "tables"


def test_bring_in_earlier_pairs_from_a_csv(tab, tmp_path):
    path = tmp_path / "last-year.csv"
    path.write_text("team_a,team_b,round\nRiverbend High School,Westlake Academy,1\nNowhere High,Westlake Academy,1\n",
                    encoding="utf-8")
    tab.rules.import_history(path)
    assert tab.rules.history_note.text() == ("Brought in 1 earlier pair from last-year.csv. "
                                             "Skipped 1 row with teams not in this convening: Nowhere High.")
    tab.pair_next()
    assert "Riverbend High School & Westlake Academy" not in _groups(tab)
    bad = tmp_path / "bad.csv"
    bad.write_text("x,y\n1,2\n", encoding="utf-8")
    tab.rules.import_history(bad)
    assert tab.problems.isVisible() and "bad.csv: it needs the columns team_a and team_b" in tab.problems.text()


def test_pairs_export_as_csv(tab, tmp_path):
    out = tmp_path / "pairs.csv"
    tab.export_to(out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "a byte-order mark, so Excel opens accents right"
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0] == "round,team_a,team_b,team_c,score,reason" and len(lines) == 1 + 12
    tab.export_to(tmp_path / "no-such-folder" / "pairs.csv")
    assert tab.problems.isVisible() and "cannot be written" in tab.problems.text()


def test_the_pairing_tab_does_not_widen_the_console_past_1024(demo_console):
    demo_console.tabs.setCurrentWidget(demo_console.tab_widgets["Pairing"])
    assert demo_console.minimumSizeHint().width() <= 1024


def test_a_custom_attribute_is_added_typed_and_weighed(tab):
    editor = tab.attributes
    tab.pages.setCurrentWidget(editor)
    editor.new_name.setText("county")
    editor.add()
    assert "county" in tab.pairing.attributes()
    col = editor._columns.index("county")
    rows = {editor.table.verticalHeaderItem(r).text(): r for r in range(editor.table.rowCount())}
    met = {n for r in tab.pairing.rounds() for g in r.groups if "Riverbend High School" in g.names for n in g.names}
    other = next(n for n in sorted(rows) if n not in met)  # a school Riverbend has not been paired with
    for name in ("Riverbend High School", other):
        editor.table.item(rows[name], col).setText("Valley")
    _look(tab, "pairing-tab-attributes")
    values = tab.pairing.team_attributes()
    assert sorted(v.get("county") for v in values.values()).count("Valley") == 2
    # The criteria editor offers it; weigh it heavily and the two Valley schools are paired.
    tab.criteria.mode_box("county").setCurrentIndex(tab.criteria.mode_box("county").findData("same"))
    tab.criteria.weight_box("county").setValue(10)
    tab.pair_next()
    assert any(set(g.split(" & ")) == {"Riverbend High School", other} for g in _groups(tab))
    row = next(r for r in range(tab.table.rowCount()) if "Riverbend" in tab.table.item(r, 1).text())
    assert "same county: Valley" in tab.table.item(row, 3).text()
    editor.new_name.setText("District")
    editor.add()
    assert editor.problem.isVisible() and editor.problem.text().startswith("Attribute: give it a name other than")


def test_one_day_picker_names_the_rounds_shown_and_the_day_new_ones_are_for(tab):
    """The round shown, the rounds listed and the rounds planned are always of the one day the tab names:
    no second picker can say another day."""
    from PySide6.QtWidgets import QComboBox

    day1, day2 = [d.id for d in tab.ctx.workspace.days()]
    day_boxes = [b for b in tab.pages.widget(0).findChildren(QComboBox) if b.findText("No day") >= 0]
    assert day_boxes == [tab.day_box], "one day picker on the buddy-schools page"
    assert tab.day_box.count() == 3 and tab.day_box.itemText(2) == "No day"

    def shown_days():
        return {r.day_id for r in tab.pairing.rounds() if r.id in
                {tab.round_box.itemData(i) for i in range(tab.round_box.count())}}

    tab.day_box.setCurrentIndex(tab.day_box.findData(day2))
    assert shown_days() == {day2}
    tab.next_button.click()
    new = tab.pairing.rounds()[-1]
    assert new.day_id == day2, "a new round is for the day the picker names"
    assert tab.current_round_id() == new.id and tab.round_box.currentText() == "3. Round 3"
    assert tab.day_box.currentData() == day2 and shown_days() == {day2}
    # Moved to day 1: the picker follows the round, which stays in view.
    moves = {a.text(): a for a in tab.move_menu.actions()}
    assert list(moves) == ["Day 1, Thursday 21 January", "Day 2, Friday 22 January", "No day"]
    assert not moves["Day 2, Friday 22 January"].isEnabled(), "it is on day 2 already"
    moves["Day 1, Thursday 21 January"].trigger()
    assert tab.pairing.rounds()[-1].day_id == day1
    assert tab.day_box.currentData() == day1 and tab.current_round_id() == new.id
    assert shown_days() == {day1}
    tab.move_round(None)
    assert tab.pairing.rounds()[-1].day_id is None
    assert tab.day_box.currentText() == "No day" and tab.current_round_id() == new.id
    tab.day_box.setCurrentIndex(tab.day_box.findData(day2))
    assert tab.round_box.currentText() == "2. Day 2 · Buddy schools"
    tab.reload()
    assert tab.day_box.currentData() == day2, "a reload keeps the day chosen"


def test_a_day_without_rounds_says_where_the_rounds_are(tab):
    tab.pairing.set_day(tab.pairing.rounds()[0].id, None)
    day1 = tab.ctx.workspace.days()[0].id
    tab.day_box.setCurrentIndex(tab.day_box.findData(day1))
    assert tab.round_box.count() == 0 and tab.table.rowCount() == 0
    assert tab.summary.text() == ("No rounds for Day 1 yet. Choose what makes a good pair, then press "
                                  "“Pair next round”. 2 rounds on other days: choose the day above.")


def test_tables_are_planned_for_the_day_chosen(tab):
    panel = tab.tables
    day2 = tab.ctx.workspace.days()[1].id
    panel.day_box.setCurrentIndex(panel.day_box.findData(day2))
    panel.plan_button.click()
    assert panel.service.rounds()[-1].day_id == day2
    assert panel.round_box.currentText() == "1. Tables 1 · Day 2"


def test_tables_page_says_which_rule_could_not_be_met(tab):
    panel = tab.tables
    tab.pages.setCurrentWidget(panel)
    panel.plan()  # teams apart, tables of 5-7: every rule met, nothing to say
    assert not panel.unmet.isVisible()
    panel.team.setCurrentIndex(panel.team.findData("together"))
    panel.plan()  # schools of 4 cannot share a table of at most 7, and 12 tables would need 60 people
    assert panel.unmet.isVisible()
    lines = [line for line in panel.unmet.text().splitlines() if line.startswith("Teams together: ")]
    assert lines and all("(4 people) could not sit at one table; tables of 5-7 left no room" in line for line in lines)
    with tab.ctx.workspace.store.read() as s:
        schools = {p.team for p in panel.service._people(s)}
    named = [line.removeprefix("Teams together: ").split(" (")[0] for line in lines]
    assert set(named) <= schools, "each sentence names a school of the convening"
    _look(tab, "pairing-tab-tables-unmet")
    panel.round_box.setCurrentIndex(0)  # the first round met every rule
    assert not panel.unmet.isVisible()
