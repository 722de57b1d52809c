"""The Agenda tab's live status while the day runs: it does its 30-second refresh only while shown
(a running countdown costs less), and shows the day as of now the moment it is opened again."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui


def test_opening_the_agenda_tab_shows_how_late_the_day_runs_now(demo_console, clock, qtbot):
    console = demo_console
    agenda = console.tab_widgets["Agenda"]
    live = console.tab_widgets["Live"]
    console.tabs.setCurrentWidget(agenda)
    qtbot.waitUntil(agenda.isVisible)
    console.ctx.services.live.start_pause()                # 08:30: the welcome starts, on time
    qtbot.waitUntil(lambda: agenda.day_bar.live.text() != "")
    assert "behind" not in agenda.day_bar.live.text()

    console.tabs.setCurrentWidget(live)                     # the facilitator runs the day from the Live tab
    qtbot.waitUntil(lambda: not agenda.isVisible())
    assert not agenda._tick.isActive(), "a hidden Agenda tab wakes up for nothing"
    clock.advance(40 * 60)                                  # the 25-minute welcome runs to 09:10

    console.tabs.setCurrentWidget(agenda)                   # and looks at the day
    assert agenda.day_bar.live.text().startswith("Running 15 minutes behind · projected end 16:15")
    assert agenda._tick.isActive()
