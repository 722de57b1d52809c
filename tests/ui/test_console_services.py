"""The console's services come from one composition root: exporting handouts during the day builds no
second set of services, so nothing stale listens on the bus and ends the turn being tracked.

The defect this guards against (issue 20, measured on d8b8757): each export built its own TalkService,
whose bus listeners were never released; on the next Save As a stale one's `recover()` ended the turn
the Talk tab was tracking. Every export added three listeners."""

from __future__ import annotations

from app.services.export.service import ExportOptions


def test_exports_leave_the_open_turn_and_the_listeners_as_they_were(demo_console, sync_jobs, tmp_path, clock):
    console = demo_console
    services = console.ctx.services
    bus = console.ws.bus
    talk = services.talk
    people = [p.id for p in services.people.participants()][:6]
    talk.start_conversation(people, title="Opening circle")
    clock.advance(5)
    talk.tap(people[2])
    clock.advance(40)
    speaker = talk.open_turn()
    assert speaker is not None and speaker.speaker == people[2]
    listening = bus.listener_count()

    for n in range(10):
        handout = services.export.handout(ExportOptions(private=n % 2 == 0))
        sync_jobs.start(services.export.pdf_job(handout, tmp_path / f"handout{n}.pdf"))
        services.export.write_csv(handout, tmp_path / f"csv{n}")
    assert (tmp_path / "handout9.pdf").stat().st_size > 0 and list((tmp_path / "csv9").glob("*.csv"))
    assert bus.listener_count() == listening   # the export read through the console's own services

    assert console.save_as(tmp_path / "copy.convene"), console.last_error
    assert console.ws.path == (tmp_path / "copy.convene").resolve()
    still = talk.open_turn()
    assert still is not None and still.speaker == people[2] and still.end is None   # the floor is kept
    assert console.tab_widgets["Talk"].talk is talk                                   # the tab's own service

    console.close_convening()
    console.close()
    _delete(console)
    assert bus.listener_count() == 0, bus.owners()


def _delete(window) -> None:
    """Delete the window now (as the app does when it quits), so what it owned ends."""
    from PySide6.QtCore import QCoreApplication, QEvent

    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_closing_the_console_releases_every_listener(console, tmp_path):
    """Open, Save As, reopen and close: the console's window, tabs, services and UI parts all end what
    they listened to (the console fixture checks it again after deleting the window)."""
    assert console.open_demo(), console.last_error
    bus = console.ws.bus
    assert bus.listener_count() > 0
    assert console.save_as(tmp_path / "copy.convene")
    assert console.open_demo(), console.last_error   # another file: the services forget the copy
    console.close()
    owners_left = bus.owners()   # the services and the UI parts ended theirs as the console closed
    assert not {"talk service", "live service", "capture service", "undo history", "wall board"} & set(owners_left)
    _delete(console)
    assert bus.listener_count() == 0, bus.owners()   # and the tabs theirs as they were deleted
