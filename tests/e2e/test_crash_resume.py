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
    live = console.ctx.services["live"]
    if sys.argv[2] == "start":
        QTest.keyClick(console, Qt.Key.Key_Space)        # the clicker's start
        QTest.keyClick(console, Qt.Key.Key_PageDown)     # on to the story circle (a protocol)
        QTest.keyClick(console, Qt.Key.Key_PageDown)     # its second step
        view = live.view()
        print("RUNNING", view.item_id, view.step, repr(time.time()), flush=True)
        app.exec()                                       # until killed
    else:
        app.processEvents()
        view = live.view()
        tab = console.tab_widgets["Live"]
        print("RESUMED", view.item_id, view.step, view.running, view.step_countdown.remaining,
              view.item.remaining, tab.countdown.text(), repr(time.time()), console.projector.shown_scene_id(),
              flush=True)
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
    _, item_id, step, started = line.split()
    started_at = float(started)
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
    _, item2, step2, running, step_remaining, item_remaining, shown, at, scene = resumed[0].split()
    assert scene == "protocol", "with Projector follows on, the room sees the running step again"
    assert (item2, step2) == (item_id, step), "the same item and step are current"
    assert running == "True", "the countdown is still running"
    # The story circle's second step is 3 minutes: the truth is 180 s minus the time since it started.
    truth = 180 - (float(at) - started_at)
    assert float(at) - started_at > 0.5, "time really passed between the two processes"
    assert abs(float(step_remaining) - truth) < 1.0, (step_remaining, truth)
    # And the console's big number is the step's countdown at the true value.
    mins, secs = shown.split(":")
    assert abs(int(mins) * 60 + int(secs) - float(step_remaining)) <= 1
    assert float(item_remaining) > float(step_remaining)
