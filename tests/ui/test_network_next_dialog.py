"""File > New from this convening… in the console, and the Agenda tab's "ran last time" minutes (issue 25, item 1)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication

from app.ui.agenda.agenda_tab import AgendaTab
from app.ui.agenda.items_model import Col
from app.ui.network.next_dialog import NextDialog, open_next_dialog

pytestmark = pytest.mark.gui
LOOK = Path("/tmp/convene-look")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run_first_item(console, clock, minutes: int) -> str:
    live = console.ctx.services.live
    day1 = console.ws.days()[0].id
    first = console.ctx.services.agenda.items(day1)[0]
    live.goto(first.id)
    clock.advance(minutes * 60 + 5)
    live.stop()
    return first.title


def menu_action(console, name: str):
    file_menu = console.import_menu.parentWidget()
    return next(a for a in file_menu.actions() if a.objectName() == name)


def test_the_menu_item_builds_the_next_convening_in_the_background_and_opens_it(demo_console, sync_jobs, clock,
                                                                               tmp_path, qtbot):
    c = demo_console
    title = run_first_item(c, clock, 41)
    old = c.ws.path
    act = menu_action(c, "new_from_this")
    assert act.isEnabled() and act.text() == "New &from this convening…"
    act.trigger()
    dlg = c.next_dialog
    assert isinstance(dlg, NextDialog) and dlg.isVisible() and not dlg.isModal()
    assert dlg.days.value() == 2
    dlg.title.setText("Spring Convening")
    dlg.start.setDate(QDate(2027, 4, 15))
    grab(dlg, "next_dialog")
    new = tmp_path / "spring.convene"
    dlg.start_build(new)
    assert dlg.outcome == "done", dlg.status.text()
    assert c.ws.path == new.resolve()
    assert c.ws.details().title == "Spring Convening"
    assert [d.date.isoformat() for d in c.ws.days()] == ["2027-04-15", "2027-04-16"]
    assert len(c.ctx.services.commitments.commitments(carried=True)) == 12
    assert not dlg.isVisible()
    assert "Carried 12 commitments of 12 teams" in c.messages[-1] and "spring.convene is open." in c.messages[-1]
    # the Agenda tab shows how long the first item ran beside its planned minutes, and applies it on purpose
    tab = c.tab_widgets["Agenda"]
    assert isinstance(tab, AgendaTab)
    c.tabs.setCurrentWidget(tab)
    tab.reload()
    row = next(r for r in range(tab.model.rowCount()) if tab.model.record_at(r).title == title)
    planned = tab.model.record_at(row).minutes
    assert tab.model.index(row, int(Col.MINUTES)).data() == f"{planned}  · ran 41"
    assert "Last time it ran 41 minutes" in tab.model.index(row, int(Col.MINUTES)).data(3)  # ToolTipRole
    assert tab.suggested_button.isVisible()
    grab(c, "agenda_ran_last_time")
    c.resize(1024, 768)
    QApplication.processEvents()
    grab(c, "agenda_ran_last_time_1024")
    button = tab.suggested_button
    corner = button.mapTo(tab, button.rect().bottomRight())
    assert tab.rect().contains(corner) and button.width() >= button.sizeHint().width()   # fits, not squeezed
    tab.suggested_button.click()
    assert tab.model.record_at(row).minutes == 41
    assert tab.model.index(row, int(Col.MINUTES)).data() == "41"
    assert not tab.suggested_button.isVisible()
    assert "Ctrl+Z puts the plan back" in tab.status.text()
    tab.undo()
    assert tab.model.record_at(row).minutes == planned
    assert tab.suggested_button.isVisible()
    del old


def test_a_name_that_exists_is_refused_in_the_dialog_and_nothing_changes(demo_console, sync_jobs, tmp_path):
    c = demo_console
    taken = tmp_path / "taken.convene"
    taken.write_bytes(b"keep me")
    before = digest(c.ws.path)
    dlg = open_next_dialog(c)
    assert dlg is not None
    dlg.title.setText("Spring")
    dlg.start_build(taken)
    assert dlg.status.text() == "taken.convene already exists; choose another name for the new convening."
    assert dlg.outcome == "" and dlg.running is None
    assert taken.read_bytes() == b"keep me"
    assert digest(c.ws.path) == before
    dlg.title.setText("  ")
    dlg.choose_file()
    assert dlg.status.text() == "Title: give the new convening a title."
    dlg.close()


def test_the_menu_item_is_off_without_a_file(console):
    assert not menu_action(console, "new_from_this").isEnabled()


def grab(widget, name: str) -> None:
    LOOK.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    widget.grab().save(str(LOOK / f"{name}.png"))


def test_the_build_runs_on_a_worker_thread_while_the_console_stays_live(demo_console, tmp_path, qtbot):
    """The real job runner (app/ui/jobs.py): the console's event loop keeps turning while the file is built."""
    c = demo_console
    dlg = open_next_dialog(c)
    assert dlg is not None
    dlg.title.setText("Spring Convening")
    seen: list = []
    dlg.progress.valueChanged.connect(seen.append)
    new = tmp_path / "spring.convene"
    dlg.start_build(new)
    assert dlg.running is not None and dlg.running is not True   # started, not finished inline
    qtbot.waitUntil(lambda: dlg.outcome == "done", timeout=60_000)
    assert c.ws.path == new.resolve() and seen
