"""Start Convene on a file, start a countdown, SIGKILL it, start it again: the countdown is true."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import TWO_SCREENS

pytestmark = [pytest.mark.process, pytest.mark.gui]

RUNNER = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from app.ui.launch import build_console

    app = QApplication([])
    console = build_console()
    console.ctx.settings.setValue("ui/quiet_dialogs", True)
    assert console.open_path(sys.argv[1]), console.last_error
    console.show()
    live = console.ctx.services.live
    if sys.argv[2] == "start":
        QTest.keyClick(console, Qt.Key.Key_Space)        # the clicker's start
        QTest.keyClick(console, Qt.Key.Key_PageDown)     # on to the story circle (a protocol)
        before = time.time()
        QTest.keyClick(console, Qt.Key.Key_PageDown)     # its second step starts between before and after
        after = time.time()
        view = live.view()
        print("RUNNING", view.item_id, view.step, repr(before), repr(after), flush=True)
        app.exec()                                       # until killed
    else:
        shown_from = time.time()
        app.processEvents()                              # the console shows its big number in here
        now = time.time()
        view = live.view(now)
        tab = console.tab_widgets["Live"]
        print("RESUMED", view.item_id, view.step, view.running, view.step_countdown.remaining,
              view.item.remaining, tab.countdown.text(), repr(shown_from), repr(now),
              console.projector.shown_scene_id(), flush=True)
    """
)


def _run(args, env):
    return subprocess.Popen([sys.executable, "-c", RUNNER, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env)


def test_sigkill_mid_countdown_then_restart_shows_the_true_time(tmp_path, data_dir):
    path = tmp_path / "day.convene"
    subprocess.run([sys.executable, "-m", "app", "demo", str(path)], check=True, capture_output=True)
    env = dict(os.environ, PYTHONPATH=str(Path.cwd()), CONVENE_DATA_DIR=str(data_dir),
               QT_QPA_PLATFORM=f"offscreen:configfile={TWO_SCREENS}", CONVENE_NO_HARD_EXIT="1")

    first = _run([str(path), "start"], env)
    line = first.stdout.readline()
    assert line.startswith("RUNNING"), line + first.stderr.read()
    _, item_id, step, before, after = line.split()
    started_from, started_by = float(before), float(after)
    # Killed at once: the second process starts a second or two later by itself, and the
    # truth below is measured from the wall clock, whatever that gap turns out to be.
    first.send_signal(signal.SIGKILL)
    first.wait(timeout=30)
    first.stdout.close()
    first.stderr.close()
    assert first.returncode == -signal.SIGKILL

    second = _run([str(path), "resume"], env)
    out, err = second.communicate(timeout=120)
    resumed = [ln for ln in out.splitlines() if ln.startswith("RESUMED")]
    assert resumed, out + err
    _, item2, step2, running, step_remaining, item_remaining, shown, shown_from, at, scene = resumed[0].split()
    assert scene == "protocol", "with Projector follows on, the room sees the running step again"
    assert (item2, step2) == (item_id, step), "the same item and step are current"
    assert running == "True", "the countdown is still running"
    # The story circle's second step is 3 minutes: the truth is 180 s minus the time since it started,
    # which was between `before` and `after` in the first process (bounds, so a busy machine cannot
    # make this test fail: only a countdown that is wrong can).
    at = float(at)
    assert at - started_by > 0.5, "time really passed between the two processes"
    remaining = float(step_remaining)
    assert 180 - (at - started_from) - 0.01 <= remaining <= 180 - (at - started_by) + 0.01, (
        remaining, 180 - (at - started_from), 180 - (at - started_by))
    # And the console's big number was the step's countdown at some moment while it was drawn
    # (whole seconds, so within a second of the true value at either end).
    mins, secs = shown.split(":")
    label = int(mins) * 60 + int(secs)
    drawn_late, drawn_early = remaining, remaining + (at - float(shown_from))
    assert drawn_late - 1 <= label <= drawn_early + 1, (label, drawn_late, drawn_early)
    assert float(item_remaining) > float(step_remaining)
