"""The re-plan dialog's "finish by HH:MM", and the Live tab's status agreeing with the plan afterwards."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt, QTime

from app.services.agenda.service import ItemData
from app.ui.agenda.replan_dialog import FINISH, ReplanDialog
from app.ui.live.chime import SilentPlayer

pytestmark = pytest.mark.gui


@pytest.fixture
def late(demo_console, clock, qtbot):
    c = demo_console
    c.tabs.setCurrentIndex(list(c.tab_widgets).index("Live"))
    tab = c.tab_widgets["Live"]
    tab.driver.player = SilentPlayer()
    agenda = c.ctx.services.agenda
    closing = agenda.all_items()[14]
    assert closing.title == "Closing circle and exit tickets"
    data = ItemData(**{f: getattr(closing, f) for f in ItemData.__dataclass_fields__})
    agenda.update_item(closing.id, replace(data, fixed_start=None))
    qtbot.keyClick(c, Qt.Key.Key_Space)
    clock.advance(40 * 60)  # the welcome has run 15 minutes long
    tab.driver.wake()
    return c, tab, c.ws.days()[0]


def test_finish_by_shows_every_change_applies_and_the_status_agrees(late, qtbot):
    c, tab, day = late
    assert tab.status.text().startswith("Running 15 minutes behind · projected end 16:15")
    dlg = ReplanDialog(c.ctx, day.id, c)
    qtbot.addWidget(dlg)
    assert dlg.finish_by.time() == QTime(16, 0), "the day's planned close to start with"
    dlg.finish_by.setTime(QTime(15, 30))
    assert dlg.choice() == FINISH, "touching the time picks the option"
    assert dlg.message.text().startswith("Compressed ")
    assert "the day now ends at 15:30, by 15:30" in dlg.message.text()
    rows = {dlg.preview_table.item(r, 0).text(): dlg.preview_table.item(r, 2).text()
            for r in range(dlg.preview_table.rowCount())}
    assert "Lunch with your buddy school" not in rows, "lunch keeps its time and length"
    assert rows["Fishbone: what is in our control?"].startswith("45 → ")
    assert dlg.apply()
    tab.driver.wake()
    assert tab.status.text() == "On time · projected end 15:30"


def test_a_finish_time_that_cannot_be_met_says_why_in_red_and_the_minimum_holds(late, qtbot):
    c, tab, day = late
    dlg = ReplanDialog(c.ctx, day.id, c)
    qtbot.addWidget(dlg)
    dlg.choose(FINISH)
    dlg.min_minutes.setValue(30)
    dlg.finish_by.setTime(QTime(14, 0))
    assert dlg.choice() == FINISH
    assert dlg.message.text().startswith("Does not fully work: Cannot finish by 14:00: even at 30 minutes each")
    assert dlg.message.accessibleDescription() == "does not fully work"
    assert all(e.minutes >= 30 or e.fixed_start is not None or e.minutes == r.minutes
               for e, r in zip(dlg.result.new_entries, c.ctx.services.agenda.items(day.id)))
