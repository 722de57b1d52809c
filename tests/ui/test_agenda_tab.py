"""The Agenda tab on the demo convening: times, edits, reorder, undo/redo, re-plan, and how it looks."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTime
from PySide6.QtWidgets import QApplication

from app.ui.agenda.agenda_tab import AgendaTab
from app.ui.agenda.items_model import Col
from app.ui.agenda.items_view import TITLE_MIN
from app.ui.agenda.texts import EMPTY_DAY

pytestmark = pytest.mark.gui
LOOK = Path("/tmp/convene-look")
CTRL = Qt.KeyboardModifier.ControlModifier
LUNCH = "Lunch with your buddy school"


def make_tab(console) -> AgendaTab:
    tab = AgendaTab(console.ctx)
    console.tabs.addTab(tab, "Agenda")
    console.tabs.setCurrentWidget(tab)
    return tab


@pytest.fixture
def tab(demo_console, qtbot) -> AgendaTab:
    t = make_tab(demo_console)
    demo_console.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is demo_console)
    return t


def cell(tab: AgendaTab, row: int, col: Col) -> str:
    return tab.model.index(row, int(col)).data() or ""


def column(tab: AgendaTab, col: Col) -> list[str]:
    return [cell(tab, r, col) for r in range(tab.model.rowCount())]


def row_of(tab: AgendaTab, title: str) -> int:
    return next(r for r in range(tab.model.rowCount()) if tab.model.record_at(r).title == title)


def select(tab: AgendaTab, row: int) -> None:
    tab.view.setFocus()
    tab.view.selectRow(row)


def late_by_15(console, clock) -> None:
    """Start the day at 08:30 and let the 25-minute welcome run to 09:10."""
    console.ctx.services.live.start_pause()
    clock.advance(40 * 60)


# -- what the day shows ------------------------------------------------------------------

def test_day_one_shows_every_item_with_computed_times(tab):
    assert tab.day_bar.combo.currentText() == "Day 1 · Thu 21 Jan"
    assert tab.day_bar.combo.count() == 2
    assert tab.model.rowCount() == 15
    assert column(tab, Col.START)[:3] == ["08:30", "08:55", "09:35"]
    lunch = row_of(tab, LUNCH)
    assert (cell(tab, lunch, Col.START), cell(tab, lunch, Col.END)) == ("12:00", "12:45")
    assert cell(tab, lunch, Col.FIXED) == "12:00"
    assert cell(tab, 0, Col.FIXED) == ""
    assert tab.day_bar.plan.text() == "15 items · Planned end 16:00 · fits"
    assert tab.day_bar.start.time() == QTime(8, 30) and tab.day_bar.end.time() == QTime(16, 0)
    assert not tab.day_bar.live.isVisibleTo(tab)  # not running yet


def test_choosing_day_two_shows_its_items(tab):
    tab.day_bar.combo.setCurrentIndex(1)
    assert tab.day_bar.combo.currentText() == "Day 2 · Fri 22 Jan"
    assert tab.model.record_at(0).title == "Morning check-in with the mindset cards"
    assert cell(tab, row_of(tab, "Lunch"), Col.START) == "12:00"


def test_an_overrunning_day_says_so_in_words_and_flags_the_late_fixed_start(tab, demo_console, qtbot):
    agenda = demo_console.ctx.services.agenda
    agenda.set_minutes(tab.model.record_at(0).id, 25 + 10)  # a change made anywhere shows here
    qtbot.waitUntil(lambda: "Runs" in tab.day_bar.plan.text())
    assert tab.day_bar.plan.text() == "15 items · Runs 10 minutes past 16:00 (planned end 16:10)"
    assert tab.day_bar.plan.accessibleDescription() == "does not fit"
    lunch = row_of(tab, LUNCH)
    assert cell(tab, lunch, Col.FIXED) == "12:00 fixed — 10 min late"
    assert cell(tab, lunch, Col.START) == "12:10"
    tip = tab.model.index(lunch, int(Col.FIXED)).data(Qt.ItemDataRole.ToolTipRole)
    assert "10 minutes late" in tip


def test_a_gap_before_a_fixed_start_is_shown(tab, demo_console, qtbot):
    agenda = demo_console.ctx.services.agenda
    agenda.set_minutes(tab.model.record_at(0).id, 20)
    qtbot.waitUntil(lambda: cell(tab, row_of(tab, LUNCH), Col.FIXED) == "12:00 · waits 5 min")
    assert tab.day_bar.plan.text() == "15 items · Planned end 16:00 · fits"


def test_the_running_item_is_marked_and_the_day_status_shows(tab, demo_console, clock, qtbot):
    late_by_15(demo_console, clock)
    qtbot.waitUntil(lambda: cell(tab, 0, Col.TITLE).startswith("▶ now"))
    assert cell(tab, 0, Col.TITLE) == "▶ now · Welcome, agreements and the two days ahead"
    assert tab.model.index(0, int(Col.TITLE)).data(Qt.ItemDataRole.FontRole).bold()
    assert tab.model.index(0, int(Col.TITLE)).data(Qt.ItemDataRole.EditRole).startswith("Welcome")
    assert cell(tab, 1, Col.TITLE) == "Story circles: the road that brought us here"
    tab.refresh_live()  # what the 30-second timer does
    assert tab.day_bar.live.text().startswith("Running 15 minutes behind · projected end 16:15")
    assert "Lunch with your buddy school would start 15 minutes late" in tab.day_bar.live.text()
    assert cell(tab, 0, Col.ACTUAL_START) == "08:30"
    assert cell(tab, 0, Col.ACTUAL_MINUTES) == "40 (+15)"
    assert cell(tab, 1, Col.ACTUAL_START) == ""


def test_an_empty_day_says_how_to_start(console, qtbot, tmp_path):
    from tests.conftest import sample_details

    assert console.create_at(tmp_path / "spring.convene", sample_details())
    tab = make_tab(console)
    assert tab.stack.currentWidget() is tab.empty
    assert tab.empty.text() == EMPTY_DAY
    assert tab.day_bar.plan.text() == "Nothing planned yet between 08:30 and 16:00."
    editor = tab.add_item()
    editor.title.setText("Welcome and agreements")
    editor.minutes.setValue(20)
    assert editor.save()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert tab.stack.currentWidget() is tab.view
    assert column(tab, Col.END) == ["08:50"]


# -- editing ---------------------------------------------------------------------------------

def test_editing_minutes_in_the_editor_moves_later_starts(tab, qtbot):
    select(tab, 0)
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    editor = tab.editor
    assert editor is not None and editor.isVisible()
    assert editor.title.text() == "Welcome, agreements and the two days ahead"
    editor.minutes.setValue(35)
    assert editor.save()
    assert not editor.isVisible()
    assert column(tab, Col.START)[:3] == ["08:30", "09:05", "09:45"]
    assert tab.status.text() == "Saved “Welcome, agreements and the two days ahead”. Undo with Ctrl+Z."
    assert tab.selected_id() == tab.model.record_at(0).id


def test_every_field_of_the_editor_is_stored(tab, demo_console):
    row = row_of(tab, "Morning break")
    editor = tab.edit_item(tab.model.record_at(row))
    editor.title.setText("Coffee and a stretch")
    editor.kind.setCurrentIndex(editor.kind.findData("meal"))
    editor.fixed.setChecked(True)
    editor.fixed_time.setTime(QTime(9, 45))
    editor.warning.setValue(1.5)
    editor.facilitator.setText("Ana Ruiz")
    editor.room.setText("Foyer")
    editor.notes.setPlainText("Tea for the panel")
    editor.auto_advance.setChecked(True)
    assert editor.save()
    rec = demo_console.ctx.services.agenda.item(editor.item_id)
    assert (rec.title, rec.kind, rec.fixed_start, rec.warning_minutes, rec.facilitator, rec.room, rec.notes,
            rec.auto_advance) == ("Coffee and a stretch", "meal", 9 * 60 + 45, 1.5, "Ana Ruiz", "Foyer",
                                  "Tea for the panel", True)
    assert cell(tab, row, Col.FIXED) == "09:45 · waits 10 min"


def test_a_refused_edit_names_the_field_and_keeps_what_was_typed(tab, demo_console):
    agenda = demo_console.ctx.services.agenda
    before = agenda.all_items()
    editor = tab.edit_item(tab.model.record_at(0))
    editor.title.setText("   ")
    editor.room.setText("Magnolia Hall, front tables")
    assert not editor.save()
    assert editor.isVisible()
    assert editor.problem.text() == "Title: an agenda item needs a title."
    assert editor.title.accessibleDescription() == editor.problem.text()
    assert editor.room.text() == "Magnolia Hall, front tables"
    assert agenda.all_items() == before
    editor.title.setText("Welcome")
    assert editor.save()
    assert agenda.item(editor.item_id).room == "Magnolia Hall, front tables"


def test_inline_minutes_edit_and_a_refused_inline_title(tab, qtbot):
    assert tab.model.setData(tab.model.index(0, int(Col.MINUTES)), 30)
    qtbot.waitUntil(lambda: cell(tab, 1, Col.START) == "09:00")
    assert not tab.model.setData(tab.model.index(0, int(Col.TITLE)), "  ")
    assert tab.status.text() == "Title: an agenda item needs a title."
    assert cell(tab, 0, Col.TITLE) == "Welcome, agreements and the two days ahead"


def test_insert_adds_after_the_selection(tab, qtbot):
    select(tab, 2)
    qtbot.keyClick(tab.view, Qt.Key.Key_Insert)
    editor = tab.editor
    assert editor is not None and editor.windowTitle() == "Add an agenda item"
    editor.title.setText("Stretch break")
    editor.minutes.setValue(5)
    assert editor.save()
    assert tab.model.record_at(3).title == "Stretch break"
    assert cell(tab, 3, Col.START) == "09:50" and cell(tab, 4, Col.START) == "09:55"
    assert tab.selected_id() == tab.model.record_at(3).id


def test_duplicate_and_delete_with_undo(tab, qtbot):
    select(tab, 1)
    qtbot.keyClick(tab.view, Qt.Key.Key_D, CTRL)
    assert tab.model.rowCount() == 16
    assert tab.model.record_at(2).title == tab.model.record_at(1).title
    assert tab.selected_id() == tab.model.record_at(2).id

    select(tab, row_of(tab, "Morning break"))
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert "Morning break" not in [r.title for r in tab.model.records()]
    assert tab.status.text() == "Deleted “Morning break”. Undo with Ctrl+Z."
    qtbot.keyClick(tab.view, Qt.Key.Key_Z, CTRL)
    assert "Morning break" in [r.title for r in tab.model.records()]
    assert tab.model.rowCount() == 16


# -- reorder, undo, redo ---------------------------------------------------------------------

def test_ctrl_down_moves_the_item_and_undo_redo_follow(tab, qtbot):
    original = [r.title for r in tab.model.records()]
    select(tab, 0)
    qtbot.keyClick(tab.view, Qt.Key.Key_Down, CTRL)
    moved = [r.title for r in tab.model.records()]
    assert moved[:2] == [original[1], original[0]]
    assert tab.selected_id() == tab.model.record_at(1).id  # still selected after the move
    assert cell(tab, 0, Col.START) == "08:30" and cell(tab, 1, Col.START) == "09:10"
    assert tab.undo_button.isEnabled()
    assert tab.undo_button.text().startswith("Undo move “Welcome, agreements")
    assert tab.undo_button.text().endswith("…”")  # long titles are shortened on the button...
    assert tab.undo_button.toolTip() == "Undo move “Welcome, agreements and the two days ahead” (Ctrl+Z)"

    qtbot.keyClick(tab.view, Qt.Key.Key_Z, CTRL)
    assert [r.title for r in tab.model.records()] == original
    assert tab.redo_button.isEnabled() and not tab.undo_button.isEnabled()

    qtbot.keyClick(tab.view, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert [r.title for r in tab.model.records()] == moved
    qtbot.keyClick(tab.view, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(tab.view, Qt.Key.Key_Y, CTRL)
    assert [r.title for r in tab.model.records()] == moved


def test_alt_up_and_the_buttons_move_too(tab, qtbot):
    select(tab, 2)
    qtbot.keyClick(tab.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert tab.model.record_at(1).title == "Morning break"
    tab.down_button.click()
    assert tab.model.record_at(2).title == "Morning break"
    select(tab, 0)
    assert not tab.up_button.isEnabled()


def test_ctrl_z_in_a_text_field_undoes_the_text_not_the_agenda(tab, demo_console, qtbot):
    select(tab, 0)
    qtbot.keyClick(tab.view, Qt.Key.Key_Down, CTRL)
    moved = [r.title for r in tab.model.records()]
    tab.day_bar.start.setFocus()
    qtbot.waitUntil(tab.day_bar.start.hasFocus)
    qtbot.keyClick(tab.day_bar.start, Qt.Key.Key_Z, CTRL)
    assert [r.title for r in tab.model.records()] == moved
    assert demo_console.ctx.services.agenda.can_undo()


def test_dropping_a_row_moves_it(tab, qtbot):
    original = [r.title for r in tab.model.records()]
    mime = tab.model.mimeData([tab.model.index(0, 0)])
    assert tab.model.dropMimeData(mime, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    expected = original[1:3] + [original[0]] + original[3:]
    qtbot.waitUntil(lambda: [r.title for r in tab.model.records()] == expected)
    assert cell(tab, 2, Col.START) == "09:25"  # after Story circles (40) and the break (15)
    # dropping onto an item puts it before that item; dropping where it already is does nothing
    mime = tab.model.mimeData([tab.model.index(2, 0)])
    assert not tab.model.dropMimeData(mime, Qt.DropAction.MoveAction, 2, 0, QModelIndex())
    assert tab.model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, tab.model.index(0, 0))
    qtbot.waitUntil(lambda: tab.model.record_at(0).title == original[0])


def test_the_view_never_blanks_cells_after_a_drag(tab):
    """After a move-drop a table view may try to clear the dragged cells: nothing may be stored."""
    before = tab.model.records()
    assert not tab.model.setData(tab.model.index(0, int(Col.TITLE)), None)
    assert not tab.model.removeRows(0, 1)
    tab.reload()
    assert tab.model.records() == before


# -- days ------------------------------------------------------------------------------------

def test_day_times_edit_moves_every_start_and_a_bad_end_is_named(tab, qtbot):
    tab.day_bar.start.setTime(QTime(9, 0))
    tab.day_bar.commit_times()
    assert cell(tab, 0, Col.START) == "09:00"
    assert tab.day_bar.plan.text().startswith("15 items · Runs")
    tab.day_bar.end.setTime(QTime(8, 0))
    tab.day_bar.commit_times()
    assert tab.status.text() == "Day times: the day must end after it starts."
    assert cell(tab, 0, Col.START) == "09:00"


def test_copy_this_day_then_undo(tab, qtbot):
    tab.day_bar.copy_button.click()
    assert tab.day_bar.combo.count() == 3
    assert tab.day_bar.combo.currentText() == "Day 3 · Sat 23 Jan"
    assert tab.model.rowCount() == 15
    assert tab.status.text() == "Copied the day to Day 3 · Sat 23 Jan. Undo with Ctrl+Z."
    select(tab, 0)
    qtbot.keyClick(tab.view, Qt.Key.Key_Z, CTRL)
    assert tab.day_bar.combo.count() == 2
    assert tab.day_bar.combo.currentText() == "Day 1 · Thu 21 Jan"


def test_opening_another_file_redraws_and_forgets_history(tab, demo_console, qtbot):
    select(tab, 0)
    qtbot.keyClick(tab.view, Qt.Key.Key_Down, CTRL)
    assert tab.undo_button.isEnabled()
    demo_console.close_convening()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0)
    assert not tab.add_button.isEnabled()
    assert demo_console.open_demo()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 15)
    assert not tab.undo_button.isEnabled()


# -- protocols --------------------------------------------------------------------------------

def test_choosing_a_protocol_sets_minutes_and_shorter_shows_the_fitted_steps(demo_console, qtbot):
    tab = make_tab(demo_console)
    row = row_of(tab, "Team data dive: who started but didn't finish?")
    editor = tab.edit_item(tab.model.record_at(row))
    assert editor.protocol.isVisibleTo(editor)
    index = editor.protocol.findData("Story Circle")
    editor.protocol.setCurrentIndex(index)
    assert editor.minutes.value() == 40
    assert editor.kind.currentData() == "protocol"
    assert editor.fit_table.isHidden()
    editor.minutes.setValue(30)
    assert not editor.fit_table.isHidden()
    assert editor.fit_label.text().startswith("Shortened from 40 minutes to 30")
    fitted = [int(editor.fit_table.item(r, 2).text()) for r in range(editor.fit_table.rowCount())]
    assert sum(fitted) == 30
    assert editor.save()
    qtbot.waitUntil(lambda: cell(tab, row, Col.PROTOCOL) == "Story Circle")
    assert cell(tab, row, Col.MINUTES) == "30"


def test_without_a_protocol_service_the_picker_is_hidden(demo_console, monkeypatch):
    monkeypatch.setattr(demo_console.ctx.services, "protocols", None)
    tab = make_tab(demo_console)
    editor = tab.edit_item(tab.model.record_at(0))
    assert not editor.protocol.isVisibleTo(editor)


# -- re-plan ----------------------------------------------------------------------------------

def test_replan_previews_compress_then_apply_and_undo(tab, demo_console, clock, qtbot):
    late_by_15(demo_console, clock)
    dlg = tab.open_replan()
    assert dlg.choice() == "compress"
    assert dlg.preview_table.rowCount() == 6
    assert dlg.preview_table.item(0, 0).text() == "Story circles: the road that brought us here"
    assert dlg.preview_table.item(0, 1).text() == "08:55 → 09:10"
    assert dlg.preview_table.item(0, 2).text() == "40 → 36"
    assert dlg.message.text() == ("Compressed 6 items by 15 minutes in total; "
                                  "Lunch with your buddy school still starts at 12:00.")
    assert column(tab, Col.START)[1] == "08:55"  # nothing changes before Apply

    dlg.apply_button.click()
    assert not dlg.isVisible()
    assert column(tab, Col.START)[1] == "09:10"
    assert cell(tab, row_of(tab, LUNCH), Col.START) == "12:00"
    assert cell(tab, row_of(tab, LUNCH), Col.FIXED) == "12:00"
    assert tab.status.text().startswith("Re-planned: Compressed 6 items")

    tab.undo_button.click()
    assert column(tab, Col.START)[1] == "08:55"
    assert cell(tab, 1, Col.MINUTES) == "40"


def test_replan_shift_defaults_to_the_delay_and_cancel_changes_nothing(tab, demo_console, clock):
    late_by_15(demo_console, clock)
    agenda = demo_console.ctx.services.agenda
    before = agenda.all_items()
    dlg = tab.open_replan()
    dlg.choose("shift")
    assert dlg.shift_minutes.value() == 15
    assert dlg.message.text().startswith("Moved 14 items 15 minutes later; the day now ends at 16:15.")
    assert dlg.preview_table.rowCount() == 14
    dlg.cancel_button.click()
    assert agenda.all_items() == before
    assert not agenda.can_undo()


def test_replan_that_cannot_work_says_so_in_red(tab, demo_console, clock):
    late_by_15(demo_console, clock)
    dlg = tab.open_replan()
    dlg.min_minutes.setValue(40)
    assert dlg.choice() == "compress"
    assert dlg.message.text().startswith("Does not fully work: Cannot keep 12:00 for Lunch")
    assert dlg.message.accessibleDescription() == "does not fully work"
    assert "#B8360A" in dlg.message.styleSheet()


def test_replan_shorten_or_drop_lists_only_what_is_still_to_come(tab, demo_console, clock):
    late_by_15(demo_console, clock)
    dlg = tab.open_replan()
    dlg.choose("shorten")
    assert dlg.shorten_table.rowCount() == 14  # the running welcome is not offered
    walk = tab.model.record_at(row_of(tab, "Walk to the breakout rooms")).id
    story = tab.model.record_at(1).id
    dlg.shorten_rows[walk][1].setChecked(True)
    dlg.shorten_rows[story][0].setValue(30)
    rows = {dlg.preview_table.item(r, 0).text(): dlg.preview_table.item(r, 3).text()
            for r in range(dlg.preview_table.rowCount())}
    assert rows["Walk to the breakout rooms"] == "Dropped"
    assert rows["Story circles: the road that brought us here"] == "10 min shorter"
    assert dlg.apply()
    assert "Walk to the breakout rooms" not in [r.title for r in tab.model.records()]
    assert tab.undo_button.text() == "Undo shorten or drop items"


# -- how it looks -----------------------------------------------------------------------------

@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)])
def test_render_the_tab_and_the_replan_dialog(tab, demo_console, clock, qtbot, size):
    late_by_15(demo_console, clock)
    tab.refresh_live()
    demo_console.resize(*size)
    qtbot.waitUntil(lambda: demo_console.width() == size[0])
    QApplication.processEvents()
    LOOK.mkdir(parents=True, exist_ok=True)
    w, h = size
    assert demo_console.grab().save(str(LOOK / f"agenda_tab_{w}x{h}.png"))
    title_width = tab.view.columnWidth(int(Col.TITLE))
    assert title_width >= TITLE_MIN
    shown = [c for c in Col if not tab.view.isColumnHidden(int(c))]
    assert sum(tab.view.columnWidth(int(c)) for c in shown) <= tab.view.viewport().width() + 1
    for always in (Col.START, Col.END, Col.TITLE, Col.MINUTES, Col.FIXED, Col.ACTUAL_MINUTES):
        assert always in shown
    if w >= 1920:
        assert shown == list(Col)
    dlg = tab.open_replan()
    dlg.resize(min(dlg.width(), w - 40), min(dlg.height(), h - 80))
    QApplication.processEvents()
    assert dlg.grab().save(str(LOOK / f"replan_{w}x{h}.png"))
    assert dlg.apply_button.isVisible() and dlg.apply_button.geometry().bottom() < dlg.height()


def test_every_button_has_an_accessible_name(tab):
    from PySide6.QtWidgets import QPushButton

    for button in tab.findChildren(QPushButton):
        assert button.accessibleName(), button.text()
