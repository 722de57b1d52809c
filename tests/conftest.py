"""Shared fixtures: a fresh data folder, a fresh migrated convening file, a console window.

Qt runs offscreen on a two-screen layout (laptop 1440x900 + projector
1920x1080) unless QT_QPA_PLATFORM was set by whoever started pytest (the
single-screen cases are run that way from tests/ui/test_single_screen.py).
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Hypothesis's deadline and "too slow" checks are timing assertions: on a loaded 2-core machine they fail
# tests whose behaviour is right (seen: the protocol round trip's data generation). Speed is measured in
# tests/benchmarks/, never asserted here.
settings.register_profile("convene", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("convene")

TESTS = Path(__file__).resolve().parent
TWO_SCREENS = TESTS / "screens_two.json"
ONE_SCREEN = TESTS / "screens_one.json"

if not os.environ.get("QT_QPA_PLATFORM", "").startswith("offscreen:"):
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={TWO_SCREENS}"
os.environ.setdefault("QT_QPA_FONTDIR", "/usr/share/fonts/truetype")
# The tests read the English messages: a machine whose locale is Spanish must not turn them (app/i18n).
os.environ["CONVENE_LANG"] = "en"

from app.domain.clock import FakeClock  # noqa: E402
from app.services.core.records import ConveningDetails, DayDetails  # noqa: E402
from app.services.core.workspace import Workspace  # noqa: E402

# 2027-01-21 16:30 UTC = 08:30 in Los Angeles, the demo's first morning.
DEMO_MORNING = dt.datetime(2027, 1, 21, 16, 30, tzinfo=dt.UTC).timestamp()


@pytest.fixture
def data_dir(tmp_path, monkeypatch) -> Path:
    d = tmp_path / "data"
    d.mkdir()
    monkeypatch.setenv("CONVENE_DATA_DIR", str(d))
    return d


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(DEMO_MORNING)


def sample_details(title: str = "Spring Convening") -> ConveningDetails:
    return ConveningDetails(
        title=title,
        organisation="Bay Network for Equity",
        location="Oakland",
        resources_url="https://example.org/spring",
        timezone="America/Los_Angeles",
        days=(DayDetails(dt.date(2027, 3, 4)), DayDetails(dt.date(2027, 3, 5))),
    )


@pytest.fixture
def workspace(tmp_path, data_dir, clock):
    ws = Workspace(clock, data_dir)
    ws.new(tmp_path / "spring.convene", sample_details())
    yield ws
    ws.close()


@pytest.fixture
def demo_workspace(tmp_path, data_dir, clock):
    from app.services.console.demo import build_demo

    ws = Workspace(clock, data_dir)
    ws.adopt(build_demo(tmp_path / "demo.convene", clock))
    yield ws
    ws.close()


def _services_of(ws):
    """The composition root over `ws` (docs/ARCHITECTURE.md); closed after the test, and then nothing
    may still listen on the workspace's bus."""
    from app.services.root import Services

    services = Services(ws)
    yield services
    services.close()
    assert ws.bus.listener_count() == 0, f"listeners left on the bus: {ws.bus.owners()}"


@pytest.fixture
def services(workspace):
    """Every service over the fresh file, from the composition root."""
    yield from _services_of(workspace)


@pytest.fixture
def demo_services(demo_workspace):
    """Every service over the demo convening, from the composition root."""
    yield from _services_of(demo_workspace)


@pytest.fixture
def settings(tmp_path):
    from PySide6.QtCore import QSettings

    s = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    s.setValue("ui/quiet_dialogs", True)
    return s


@pytest.fixture
def console(qtbot, data_dir, clock, settings):
    """A console window with no file open (quiet: errors go to console.last_error).

    Its teardown is a leak check (as napari's make_napari_viewer): once the window has closed and
    been deleted, no bus listener and no top-level widget made during the test (shown or not) may be left."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from app.ui.launch import build_console

    before = set(QApplication.topLevelWidgets())
    win = build_console(clock=clock, settings=settings)
    bus = win.ws.bus
    win.show()
    qtbot.waitExposed(win)
    yield win
    from shiboken6 import isValid

    if isValid(win):   # a test may have closed and deleted it already
        win.close()   # closeEvent: the keys, the projector, the file, then the services and the UI parts
        win.deleteLater()
    del win
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()
    assert bus.listener_count() == 0, f"listeners left on the bus after the console closed: {bus.owners()}"
    left = [w for w in QApplication.topLevelWidgets() if w not in before]
    assert not left, f"top-level widgets that outlived the test (made, never deleted): {[type(w).__name__ for w in left]}"


@pytest.fixture
def demo_console(console):
    assert console.open_demo(), console.last_error
    return console


@pytest.fixture
def ui_ctx(workspace, clock, settings):
    """A UiContext over the fresh workspace with every GUI service, without a console window."""
    from app.ui.context import make_context

    ctx = make_context(workspace, clock, settings)
    yield ctx
    ctx.close()


@pytest.fixture
def sync_jobs(console):
    """Background jobs run inline in the console (services/core/jobs.py SyncRunner)."""
    from app.services.core.jobs import SyncRunner

    console.ctx.ui.jobs = SyncRunner()
    return console.ctx.ui.jobs


@pytest.fixture
def console_words(qapp):
    """The console's catalogues on the application (English's plurals: "15 minutes", not "15 minute(s)"), for a
    test outside tests/ui that reads a console text (app/ui/agenda/texts.py): as `make_context` does."""
    from app.ui.i18n import ensure_installed

    ensure_installed()
