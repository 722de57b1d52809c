"""Suggested clusters as a job (progress, Stop) and each captured note embedded in the background,
with real widgets offscreen and the console's QtRunner on a real thread pool."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.store import models as m
from tests.services.test_wall_service import BUS_DEBT, CountingEncoder, RefusingEncoder

pytestmark = pytest.mark.gui


class GatedEncoder(CountingEncoder):
    """A model whose loading waits until the test opens the gate (a slow model, without sleeping)."""

    key = "test/gated"

    def __init__(self) -> None:
        super().__init__()
        self.gate = threading.Event()
        self.loaded = False

    def load(self) -> None:
        assert self.gate.wait(30), "the test never opened the gate"
        self.loaded = True


@pytest.fixture
def tab(lone_wall_tab):
    return lone_wall_tab


def use(monkeypatch, encoder):
    monkeypatch.setattr("app.services.wall.encoder.embedder", lambda: encoder)
    return encoder


def new_board(tab, qtbot, texts=BUS_DEBT):
    tab.new_title.setFocus()
    qtbot.keyClicks(tab.new_title, "Barriers")
    qtbot.keyClick(tab.new_title, Qt.Key.Key_Return)
    return tab.service.add_notes(tab.board.board_id, texts)


def test_suggesting_is_a_job_with_progress_and_the_wall_keeps_taking_notes(tab, qtbot, monkeypatch):
    enc = use(monkeypatch, GatedEncoder())
    new_board(tab, qtbot)
    qtbot.mouseClick(next(b for b in tab.findChildren(type(tab.stop_suggest_button)) if b.text() == "Suggest"),
                     Qt.MouseButton.LeftButton)
    assert tab.suggest_busy.isVisible() and tab.suggesting is not None   # the model is still "loading"
    tab.capture.setFocus()
    qtbot.keyClicks(tab.capture, "Buses after tutoring")
    qtbot.keyClick(tab.capture, Qt.Key.Key_Return)                       # the console was not blocked
    assert tab.capture.toPlainText() == "" and len(tab.board.notes) == len(BUS_DEBT) + 1
    enc.gate.set()
    qtbot.waitUntil(lambda: tab.suggest_box.isVisible(), timeout=30_000)
    assert not tab.suggest_busy.isVisible() and tab.suggestion_list.count() >= 2
    assert "suggested clusters" in tab.status.text()


def test_stop_ends_the_suggestion_and_nothing_is_proposed(tab, qtbot, monkeypatch):
    enc = use(monkeypatch, GatedEncoder())
    new_board(tab, qtbot)
    tab.suggest()
    assert tab.suggest_busy.isVisible()
    qtbot.mouseClick(tab.stop_suggest_button, Qt.MouseButton.LeftButton)
    assert not tab.suggest_busy.isVisible() and tab.status.text().startswith("Stopped suggesting")
    enc.gate.set()
    tab.ctx.ui.jobs.wait()
    QApplication.processEvents()   # the finished job's queued signals arrive (none may show a proposal)
    assert not tab.suggest_box.isVisible() and tab.suggestions == []
    with tab.ws.require().read() as s:
        assert s.query(m.NoteVector).count() == 0
    tab.suggest()                                                        # and it can be asked again
    qtbot.waitUntil(lambda: tab.suggest_box.isVisible(), timeout=30_000)


def test_captured_notes_are_embedded_in_the_background_and_kept(tab, qtbot, monkeypatch):
    enc = use(monkeypatch, CountingEncoder())
    new_board(tab, qtbot, [])
    tab.capture.setFocus()
    for text in BUS_DEBT:
        qtbot.keyClicks(tab.capture, text)
        qtbot.keyClick(tab.capture, Qt.Key.Key_Return)
    assert enc.embedded == []                                            # typing never waits for the model
    qtbot.waitUntil(lambda: tab.vectors.kept == len(BUS_DEBT), timeout=30_000)   # after a pause in typing
    assert sorted(enc.embedded) == sorted(BUS_DEBT)                      # one job for the burst, each note once
    with tab.ws.require().read() as s:
        assert s.query(m.NoteVector).count() == len(BUS_DEBT)
    use(monkeypatch, RefusingEncoder(enc.key, BUS_DEBT))                 # the suggestion embeds no note again
    tab.suggest()
    qtbot.waitUntil(lambda: tab.suggest_box.isVisible() or "Could not" in tab.status.text(), timeout=30_000)
    assert tab.suggest_box.isVisible(), tab.status.text()


def test_the_cycle_collector_pauses_while_jobs_run_and_comes_back_after_the_last(qtbot):
    """A closed window's garbage is never collected on a job's thread (that crashed Qt's timers:
    tests/ui/test_wall_ui.py segfaulted after the console test); it is collected on the GUI thread."""
    import gc

    from app.services.core.jobs import Callbacks, Progress
    from app.ui.jobs import QtRunner

    gates = [threading.Event(), threading.Event()]
    ended = []

    def job_for(gate):
        def job(token):
            yield Progress(0, 1)
            assert gate.wait(30)
            return True
        return job

    assert gc.isenabled()
    first, second = QtRunner(), QtRunner()            # two open files' runners share one collector
    first.start(job_for(gates[0]), Callbacks(done=ended.append))
    second.start(job_for(gates[1]), Callbacks(done=ended.append))
    assert not gc.isenabled()
    gates[0].set()
    qtbot.waitUntil(lambda: len(ended) == 1, timeout=30_000)
    QApplication.processEvents()
    assert not gc.isenabled()                          # one job still runs
    gates[1].set()
    qtbot.waitUntil(lambda: len(ended) == 2, timeout=30_000)
    qtbot.waitUntil(gc.isenabled, timeout=30_000)
