"""File > Export handout…: a PDF built in the background with progress and cancel, then opened."""

from __future__ import annotations

import threading

import pytest

from app.services.core.jobs import Progress
from app.ui.export.dialog import ExportDialog, open_export_dialog
from app.ui.jobs import QtRunner
from tests.export.helpers import pdf_text, run_first_day

pytestmark = pytest.mark.gui


def _export_action(console):
    return next(a for a in console.findChildren(type(console.close_action)) if a.objectName() == "export_handout")


def test_export_is_in_the_file_menu_only_with_a_convening_open(console):
    act = _export_action(console)
    assert not act.isEnabled()
    assert console.open_demo(), console.last_error
    assert act.isEnabled()
    file_menu = console.import_menu.parentWidget()
    names = [a.text() for a in file_menu.actions()]
    assert names.index("E&xport handout…") == names.index("&Import") + 1


def test_facilitator_day_handout_from_the_console_then_open_it(demo_console, sync_jobs, clock, tmp_path):
    run_first_day(demo_console.ctx.services, clock)
    dlg = open_export_dialog(demo_console)
    opened = []
    dlg.opener = opened.append
    dlg.scope.setCurrentIndex(1)  # Day 1
    dlg.private.setChecked(True)
    dlg.paper.setCurrentText("Letter")
    dlg.start(tmp_path / "day one")
    out = tmp_path / "day one.pdf"
    assert dlg.outcome == "done", dlg.status.text()
    assert dlg.status.text() == f"Wrote {out}."
    text = pdf_text(out)
    assert "Roster: sign-in and contacts" in text and "Day 1" in text
    assert dlg.open_button.isVisibleTo(dlg) and dlg.folder_button.isVisibleTo(dlg)
    dlg.open_button.click()
    dlg.folder_button.click()
    assert [u.toLocalFile() for u in opened] == [str(out), str(tmp_path)]
    dlg.close()


def test_a_folder_that_does_not_exist_is_one_sentence(demo_console, sync_jobs, tmp_path):
    dlg = ExportDialog(demo_console.ctx, demo_console)
    target = tmp_path / "gone" / "x.pdf"
    dlg.start(target)
    assert dlg.outcome == "failed"
    assert dlg.status.text().startswith(f"{target}: could not write the PDF")
    assert not dlg.open_button.isVisibleTo(dlg)
    dlg.close()


def test_background_build_reports_progress_on_the_gui_thread(demo_console, qtbot, tmp_path):
    demo_console.ctx.ui.jobs = QtRunner()
    dlg = ExportDialog(demo_console.ctx, demo_console)
    threads = []
    original = dlg._progress

    def progress(p: Progress) -> None:
        threads.append(threading.current_thread() is threading.main_thread())
        original(p)

    dlg._progress = progress
    dlg.start(tmp_path / "bg.pdf")
    assert dlg.running not in (None, True)
    with qtbot.waitSignal(dlg.running.finished, timeout=60_000):
        pass
    qtbot.waitUntil(lambda: dlg.outcome == "done", timeout=10_000)
    assert threads and all(threads)
    assert dlg.progress.value() == dlg.progress.maximum()
    assert (tmp_path / "bg.pdf").exists()
    dlg.close()


def test_cancel_stops_a_background_build_and_writes_nothing(demo_console, qtbot, tmp_path):
    demo_console.ctx.ui.jobs = QtRunner()
    service = demo_console.ctx.services.export
    reached, release = threading.Event(), threading.Event()
    real_job = service.pdf_job

    def held_job(handout, out):
        job = real_job(handout, out)

        def run(token):
            gen = job(token)
            yield next(gen)
            reached.set()
            release.wait(30)  # the worker waits here until the test has pressed Cancel
            yield from gen
        return run

    service.pdf_job = held_job
    try:
        dlg = ExportDialog(demo_console.ctx, demo_console)
        dlg.start(tmp_path / "stopped.pdf")
        assert reached.wait(30)
        dlg.reject()  # Cancel while it runs: stops the build, keeps the dialog
        assert dlg.status.text() == "Stopping…"
        release.set()
        qtbot.waitUntil(lambda: dlg.outcome == "cancelled", timeout=30_000)
    finally:
        release.set()
        service.pdf_job = real_job
    assert dlg.status.text() == "Stopped; no PDF was written."
    assert list(tmp_path.glob("*stopped*")) == []
    assert dlg.export_button.isEnabled()
    dlg.close()


def test_items_past_the_day_are_refused_in_the_dialog(demo_console, sync_jobs, tmp_path):
    dlg = ExportDialog(demo_console.ctx, demo_console)
    dlg.scope.setCurrentIndex(2)  # Day 2
    dlg.only_items.setChecked(True)
    dlg.first_item.setValue(3)
    dlg.last_item.setValue(40)
    n = len(demo_console.ctx.services.agenda.items(demo_console.ws.days()[1].id))
    dlg.start(tmp_path / "x.pdf")
    assert dlg.status.text() == f"Items 3 to 40: day 2 has {n} items."
    assert dlg.outcome == "" and not (tmp_path / "x.pdf").exists()
    assert dlg.export_button.isEnabled()
    dlg.close()


def test_the_handout_is_in_the_convenings_language_and_a_spanish_console_still_prints_on_letter(
        demo_console, sync_jobs, tmp_path):
    from app.ui.i18n import install, uninstall

    demo_console.ctx.workspace.set_languages("en", "es")     # File > Settings…: the handout in Spanish
    install("es")
    try:
        dlg = open_export_dialog(demo_console)
        assert dlg.lang.currentData() == "es"                 # what Settings chose, changeable for this export
        dlg.paper.setCurrentIndex(dlg.paper.findData("Letter"))
        assert dlg.paper.currentText() != "Letter"            # shown in Spanish ("Carta"): the size is the data
        dlg.start(tmp_path / "es")
        assert dlg.outcome == "done", dlg.status.text()
        assert dlg.options().paper == "Letter" and dlg.options().lang == "es"
        dlg.close()
    finally:
        uninstall()
    text = pdf_text(tmp_path / "es.pdf")
    assert "Versión compartida" in text and "Shared version" not in text
