"""The console's language applies at once (issue 26): Settings builds the console again in the new language over the
same services, file, projector window and running timer; the old window's subscriptions end with it. When a phone
server runs, another window is open or a text is being typed, it waits for the next start and says why."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from app.services.agenda.service import ItemData
from app.ui.console.settings_dialog import SettingsDialog
from app.ui.i18n import current_language, uninstall
from app.ui.launch import follow_replacements

pytestmark = pytest.mark.gui


@pytest.fixture
def switches(qapp):
    """Follows a console through its language switches (`follow(console)`: the windows built in its place, in
    `built`); after the test the one still open is closed and deleted (the console fixture's leak check then
    finds nothing left of any of them) and the console's language is English again."""

    class Switches:
        built: list = []
        following = False

        def follow(self, console):
            """Follow the test's first console; the windows built in its place are followed with it."""
            if not self.following:
                follow_replacements(console, self.built.append)
                self.following = True
            return self

        def front(self, console):
            return self.built[-1] if self.built else console

    switches = Switches()
    switches.built = []
    yield switches
    for w in reversed(switches.built):
        if isValid(w) and w.isVisible():
            w.close()
            w.deleteLater()
    _settle()
    uninstall()


def _settle() -> None:
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()


def _choose(console, lang: str, switches):
    """File > Settings…, the console's language, OK: the window now in front (a new one when it switched)."""
    switches.follow(console)
    before = len(switches.built)
    dlg = console.settings_dialog()
    assert isinstance(dlg, SettingsDialog)
    dlg.console_lang.setCurrentIndex(dlg.console_lang.findData(lang))
    dlg.accept()
    _settle()
    return switches.built[-1] if len(switches.built) > before else console


def c_items(console):
    return console.ctx.services.agenda.all_items()


def _remaining(console) -> float:
    return console.ctx.services.live.view().item.remaining


def test_switching_to_spanish_and_back_while_the_timer_runs(demo_console, switches, clock, qtbot):
    c = demo_console
    c.tabs.setCurrentIndex(list(c.tab_widgets).index("Live"))
    c.projector.open_window()
    projector, window = c.projector, c.projector.window
    live = c.ctx.services.live
    live.start_pause()
    clock.advance(61)
    left = _remaining(c)
    day = c.ws.days()[0].id
    c.ctx.services.agenda.add_item(day, ItemData("Coffee", "break", 15))   # an undo step from before the switch
    bus = c.ws.bus
    owners = sorted(bus.owners())
    thumbnails = len(projector.thumbnails)

    es = _choose(c, "es", switches)
    assert es is not c and not isValid(c), "the English window is gone"
    assert current_language() == "es"
    assert [a.text() for a in es.menuBar().actions()][:2] == ["&Archivo", "&Edición"]
    assert es.tabs.tabText(es.tabs.currentIndex()) == "En vivo" and es.ws.store is not None
    assert es.projector is projector and projector.window is window and window.isVisible()
    assert live.snapshot().running and _remaining(es) == pytest.approx(left), "the timer did not skip"
    clock.advance(30)
    assert _remaining(es) == pytest.approx(left - 30), "and it keeps going"
    es.tab_widgets["Live"].driver.wake()
    assert es.tab_widgets["Live"].countdown.text(), "the new Live tab shows the countdown"
    assert sorted(bus.owners()) == owners, "the old window's subscriptions ended, the new one's took their place"
    assert len(projector.thumbnails) == thumbnails, "the old room panel's thumbnail went with it"
    assert es.undo_action.isEnabled() and es.undo_action.text().startswith("&Deshacer"), "the history is the same"
    qtbot.keyClick(es, Qt.Key.Key_B)   # one clicker filter (the new window's): Blank once, not twice
    assert projector.blanked
    qtbot.keyClick(es, Qt.Key.Key_B)
    assert not projector.blanked

    en = _choose(es, "en", switches)
    assert en is not es and [a.text() for a in en.menuBar().actions()][:2] == ["&File", "&Edit"]
    assert live.snapshot().running and _remaining(en) == pytest.approx(left - 30)
    assert sorted(bus.owners()) == owners
    assert en.projector is projector and window.isVisible()
    assert switches.built == [es, en]   # launch.follow_replacements: the error hook and the app hold the new one
    en.undo_action.trigger()
    assert "Coffee" not in [i.title for i in c_items(en)], "Undo from the rebuilt console undoes the earlier step"
    box = en.request_quit()   # the timer still runs: the new window asks before quitting, as the first did
    assert box is not None and box.isVisible()
    box.reject()


def test_with_another_window_open_it_waits_for_the_next_start_and_says_why(demo_console, switches):
    c = demo_console
    c.tab_widgets["Protocols"].select("Story Circle")
    editor = c.tab_widgets["Protocols"].edit_selected()
    assert _choose(c, "es", switches) is c, "no switch: the editor's typing would be lost"
    assert current_language() == "en"
    assert "next time Convene starts" in c.statusBar().currentMessage()
    assert "close “Edit “Story Circle”” first" in c.statusBar().currentMessage()
    editor.reject()


def test_a_text_being_typed_keeps_the_language_until_the_next_start(demo_console, switches, qtbot):
    c = demo_console
    wall = c.tab_widgets["Wall"]
    c.tabs.setCurrentWidget(wall)
    from PySide6.QtWidgets import QLineEdit

    box = next(b for b in wall.findChildren(QLineEdit) if b.isEnabled() and not b.isReadOnly())
    qtbot.keyClicks(box, "Hungry")
    assert _choose(c, "es", switches) is c
    assert "holds text not yet added" in c.statusBar().currentMessage() and box.text() == "Hungry"
    assert QApplication.instance() is not None


def test_while_co_facilitators_phones_are_connected_it_waits_and_the_server_keeps_running(demo_console, switches,
                                                                                           qtbot):
    c = demo_console
    cofac = c.ctx.services.cofacilitate
    c.cofac_action.trigger()
    panel = c.cofac_panel
    panel.interface.setCurrentIndex(panel.interface.findData("127.0.0.1"))
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    try:
        assert cofac.running
        url = cofac.url
        panel.hide()   # the panel closed: only the server (and this window's bridge to it) is left
        assert _choose(c, "es", switches) is c
        assert "phones are connected" in c.statusBar().currentMessage()
        assert cofac.running and cofac.url == url and current_language() == "en"
    finally:
        cofac.stop()


def test_without_a_file_open_the_welcome_page_switches_too(console, switches):
    es = _choose(console, "es", switches)
    assert es is not console and es.stack.currentWidget() is es.welcome
    assert es.windowTitle() == "Convene" and [a.text() for a in es.menuBar().actions()][0] == "&Archivo"


def test_look_at_the_switched_console_and_the_settings_dialog(demo_console, switches):
    from pathlib import Path

    look = Path("/tmp/convene-look")
    look.mkdir(parents=True, exist_ok=True)
    c = demo_console
    c.resize(1024, 768)
    dlg = c.settings_dialog()
    _settle()
    assert dlg.restart_note.height() >= dlg.restart_note.heightForWidth(dlg.restart_note.width()), "not cut"
    assert dlg.grab().save(str(look / "settings-en.png"))
    dlg.reject()
    es = _choose(c, "es", switches)
    assert es.size().width() == 1024 and es.size().height() == 768, "the new window takes the old one's place"
    _settle()
    assert es.grab().save(str(look / "console-switched-es-1024x768.png"))
    again = es.settings_dialog()
    _settle()
    assert again.grab().save(str(look / "settings-es.png"))
    again.reject()


def test_while_background_work_runs_it_waits(demo_console, switches, qtbot):
    import threading

    c = demo_console
    release = threading.Event()

    def job(_token):
        release.wait(10)
        return "done"
        yield   # a generator, as jobs are

    handle = c.ctx.ui.jobs.start(job)
    try:
        assert c.ctx.ui.jobs.busy()
        assert _choose(c, "es", switches) is c
        assert "work is still running in the background" in c.statusBar().currentMessage()
    finally:
        release.set()
    qtbot.waitUntil(lambda: not c.ctx.ui.jobs.busy(), timeout=5000)
    assert handle is not None
    assert _choose(c, "es", switches) is not c, "once it has ended, the switch happens"


def test_if_the_new_console_cannot_be_built_the_old_one_carries_on_in_its_language(demo_console, switches, qtbot,
                                                                                   monkeypatch):
    from app.ui.console import room_panel

    c = demo_console

    def broken(*_args, **_kwargs):
        raise RuntimeError("room panel could not be built")

    monkeypatch.setattr(room_panel.RoomPanel, "__init__", broken)
    with qtbot.capture_exceptions() as raised:
        assert _choose(c, "es", switches) is c
    assert raised and "room panel could not be built" in str(raised[0][1])
    assert isValid(c) and c.isVisible() and current_language() == "en"
    assert [a.text() for a in c.menuBar().actions()][0] == "&File"
    assert c.projector.console is c and c.ctx.projector is c.projector
    qtbot.keyClick(c, Qt.Key.Key_B)   # its clicker filter is back (once)
    assert c.projector.blanked
