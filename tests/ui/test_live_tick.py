"""A running countdown's second costs only the digits: no layout pass over the console each second
(issue 21: a running countdown had grown to 2.2% of a core; the label's new text re-laid out, and so
repainted, the whole console every second)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget


class LayoutRequests(QObject):
    """Counts the layout passes asked for in one widget and everything inside it."""

    def __init__(self, within) -> None:
        super().__init__()
        self.within = within
        self.where: list[str] = []

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.LayoutRequest and (
                watched is self.within or (isinstance(watched, QWidget) and self.within.isAncestorOf(watched))):
            self.where.append(type(watched).__name__)
        return False


def test_each_second_of_a_running_countdown_lays_nothing_out(demo_console, clock, qtbot):
    console = demo_console
    tab = console.tab_widgets["Live"]
    console.tabs.setCurrentWidget(tab)
    console.ctx.services.live.start_pause()
    tab.refresh()
    qtbot.wait(50)   # let the start settle (the first second may resize the label once)
    spy = LayoutRequests(tab)
    QApplication.instance().installEventFilter(spy)
    try:
        shown = []
        for _ in range(5):
            clock.advance(1.0)
            tab.refresh()
            QApplication.processEvents()
            shown.append(tab.countdown.text())
    finally:
        QApplication.instance().removeEventFilter(spy)
    assert len(set(shown)) == 5          # the number did change every second
    assert spy.where == []                # and nothing in the tab was laid out again for it
