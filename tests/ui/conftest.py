"""UI test fixtures (scene context, the Live tab) and hooks: the projector scenes' legibility table, printed after the run."""

from __future__ import annotations

import pytest

from tests.ui.scene_helpers import MEASUREMENTS


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    if not MEASUREMENTS:
        return
    tr = terminalreporter
    tr.section("projector text, % of screen height (font pixel size; digits: ink height)")
    tr.write_line(f"{'scene / state':<28} {'size':<10} {'element':<16} {'% height':>8}")
    seen = set()
    for name, size, key, share in MEASUREMENTS:
        if (name, size, key) in seen:
            continue
        seen.add((name, size, key))
        flag = "" if share >= 4.0 else "  < 4%"
        tr.write_line(f"{name:<28} {size:<10} {key:<16} {share:8.1f}{flag}")
    low = min(MEASUREMENTS, key=lambda m: m[3])
    tr.write_line(f"smallest: {low[2]} in {low[0]} at {low[1]}: {low[3]:.1f}%")


@pytest.fixture
def ctx(qapp, demo_services, clock):
    """A scene context over the demo convening (scene tests); its UI parts (the wall board) close after the test."""
    from tests.ui.scene_helpers import scene_context

    c = scene_context(demo_services, clock)
    yield c
    c.ui.close()


@pytest.fixture
def live_console(demo_console):
    """The demo console on its Live tab, chimes silent: (console, live tab)."""
    from app.ui.live.chime import SilentPlayer

    c = demo_console
    c.tabs.setCurrentIndex(list(c.tab_widgets).index("Live"))
    tab = c.tab_widgets["Live"]
    tab.driver.player = SilentPlayer()
    return c, tab


@pytest.fixture
def lone_wall_tab(ui_ctx, qtbot):
    """A Wall tab on its own over an empty convening, shown at 1400x900; its background jobs finish before teardown."""
    from tests.ui.scene_helpers import open_wall_tab

    yield open_wall_tab(ui_ctx, qtbot)
    ui_ctx.ui.jobs.wait()


@pytest.fixture
def spanish(qapp):
    """The console's language is Spanish for this test, installed before any window is built, as `convene`
    does at start-up (English again after it)."""
    from app.ui.i18n import install, uninstall

    installed = install("es")
    assert len(installed) == 2, "our convene_es.qm and Qt's qtbase_es.qm both load"
    yield
    uninstall()
