"""Planning rounds and tables runs as a background job (QtRunner): the window keeps answering, progress arrives
on the GUI thread, Stop leaves the file as it was, and the result is stored on the GUI thread."""

from __future__ import annotations

import threading

import pytest

from app.ui.context import make_context
from app.ui.jobs import QtRunner

pytestmark = pytest.mark.gui


@pytest.fixture
def tab(qtbot, demo_workspace, clock, settings):
    from app.ui.pairing.pairing_tab import PairingTab

    ctx = make_context(demo_workspace, clock, settings, jobs=QtRunner())
    w = PairingTab(ctx)
    qtbot.addWidget(w)
    w.resize(1400, 800)
    w.show()
    qtbot.waitExposed(w)
    yield w
    ctx.ui.jobs.wait()
    ctx.close()


def _held(real):
    """Wrap a service's job factory so its worker waits, after its first step, until the test lets it go."""
    reached, release, threads = threading.Event(), threading.Event(), []

    def factory(*args, **kwargs):
        job = real(*args, **kwargs)

        def run(token):
            gen = job(token)
            threads.append(threading.current_thread() is threading.main_thread())
            yield next(gen)
            reached.set()
            release.wait(30)
            return (yield from gen)
        return run
    return factory, reached, release, threads


def test_planning_rounds_runs_off_the_gui_thread_and_is_stored_on_it(tab, qtbot):
    service = tab.pairing
    before = len(service.rounds())
    factory, reached, release, threads = _held(service.plan_job)
    service.plan_job = factory
    progress_threads = []
    real_progress = tab.job._progress
    tab.job._progress = lambda p: (progress_threads.append(threading.current_thread() is threading.main_thread()),
                                   real_progress(p))
    tab.count.setValue(4)
    tab.plan_button.click()
    assert reached.wait(30), "the job started on a worker"
    # The plan is still being made, yet the window answers: the buttons say so and another round can be shown.
    assert tab.job.running and tab.job.isVisible()
    assert not tab.plan_button.isEnabled() and not tab.next_button.isEnabled()
    tab.round_box.setCurrentIndex(0)
    assert tab.table.rowCount() == 6
    assert len(service.rounds()) == before, "nothing is stored until the job is done"
    release.set()
    qtbot.waitUntil(lambda: tab.job.outcome == "done", timeout=60_000)
    assert threads == [False], "the plan was computed on a worker thread"
    assert progress_threads and all(progress_threads), "progress arrives on the GUI thread"
    rounds = service.rounds()
    assert len(rounds) == before + 4
    assert tab.round_box.currentData() == rounds[before].id
    assert tab.plan_button.isEnabled() and not tab.job.isVisible()


def test_stop_leaves_the_file_as_it_was(tab, qtbot):
    service = tab.pairing
    before = [r.id for r in service.rounds()]
    factory, reached, release, _ = _held(service.plan_job)
    service.plan_job = factory
    tab.next_button.click()
    assert reached.wait(30)
    tab.job.stop_button.click()
    release.set()
    qtbot.waitUntil(lambda: tab.job.outcome == "cancelled", timeout=60_000)
    assert [r.id for r in service.rounds()] == before
    assert tab.problems.text() == "Planning rounds stopped; nothing was changed."
    assert tab.next_button.isEnabled()


def test_a_plan_made_while_rounds_changed_is_not_stored(tab, qtbot):
    service = tab.pairing
    factory, reached, release, _ = _held(service.plan_job)
    service.plan_job = factory
    tab.next_button.click()
    assert reached.wait(30)
    service.delete_round(service.rounds()[-1].id)  # the facilitator deletes a round meanwhile
    count = len(service.rounds())
    release.set()
    qtbot.waitUntil(lambda: tab.job.outcome == "done", timeout=60_000)
    assert len(service.rounds()) == count
    assert tab.problems.text() == ("The rounds or teams changed while the plan was being made; nothing was stored. "
                                   "Plan again.")


def test_tables_are_planned_in_the_background(tab, qtbot):
    panel = tab.tables
    service = panel.service
    before = len(service.rounds())
    factory, reached, release, threads = _held(service.compute_job)
    service.compute_job = factory
    panel.rounds_spin.setValue(2)
    panel.plan_button.click()
    assert reached.wait(30)
    assert panel.job.running and not panel.plan_button.isEnabled()
    release.set()
    qtbot.waitUntil(lambda: panel.job.outcome == "done", timeout=60_000)
    assert threads == [False]
    assert len(service.rounds()) == before + 2
    assert panel.round_box.currentData() == service.rounds()[before].id
