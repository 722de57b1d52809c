"""The console builds a tab when the facilitator first goes to it (or something asks for it),
not when a file opens: opening on the day loads the tab in front and nothing else."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.services.people.records import ParticipantData
from app.ui.console.tabs import TABS

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]


def test_only_the_tab_in_front_is_built_when_a_file_opens(demo_console):
    c = demo_console
    assert c.tab_widgets.built() == ["Live"]
    assert [c.tabs.tabText(i) for i in range(c.tabs.count())] == [t for t, _m, _c in TABS]


def test_going_to_a_tab_builds_it_in_its_place_without_moving_the_facilitator(demo_console, qtbot):
    c = demo_console
    wall_at = [t for t, _m, _c in TABS].index("Wall")
    c.tabs.setCurrentIndex(wall_at)
    assert "Wall" in c.tab_widgets.built()
    assert type(c.tabs.widget(wall_at)).__name__ == "WallTab"
    assert c.tabs.currentIndex() == wall_at and c.tabs.tabText(wall_at) == "Wall"
    # asked for by name (a key that needs it), a tab is built without coming to the front
    people = c.tab_widgets["People"]
    assert c.tabs.currentIndex() == wall_at
    assert c.tabs.indexOf(people) == [t for t, _m, _c in TABS].index("People")
    assert c.tab_widgets["People"] is people                     # built once


def test_a_tab_built_late_shows_what_changed_before_it_existed(demo_console, qtbot):
    c = demo_console
    team = c.ctx.services.people.teams()[0]
    c.ctx.services.people.add_participant(ParticipantData(name="Ximena Late-Arrival", role="Family member",
                                                          team_id=team.id))
    assert "People" not in c.tab_widgets.built()
    c.tabs.setCurrentIndex([t for t, _m, _c in TABS].index("People"))
    people = c.tab_widgets["People"]
    model = people.model
    names = {model.index(r, 0).data() for r in range(model.rowCount())}
    assert "Ximena Late-Arrival" in names


PROBE = """
import sys
import app.ui.launch as launch
real = launch._hard_exit
HEAVY = ('numpy', 'rustworkx', 'reportlab', 'PIL', 'aiohttp', 'PySide6.QtNetwork', 'alembic',
         'app.export.handout', 'app.ui.wall.wall_tab', 'app.ui.pairing.pairing_tab')
def leave(code):
    from PySide6.QtWidgets import QApplication
    consoles = [w for w in QApplication.topLevelWidgets() if hasattr(w, 'tab_widgets')]
    print('BUILT', ' '.join(consoles[0].tab_widgets.built()), flush=True)
    print('LOADED', ' '.join(m for m in HEAVY if m in sys.modules), flush=True)
    return real(code)
launch._hard_exit = leave
launch.run_gui([sys.argv[1]])
"""


def test_opening_an_existing_file_loads_only_what_the_front_tab_needs(tmp_path):
    screens = Path(__file__).resolve().parents[1] / "screens_two.json"    # a laptop and a projector
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screens}", CONVENE_DATA_DIR=str(tmp_path / "data"),
               CONVENE_EXIT_WHEN_SHOWN="1")
    path = tmp_path / "existing.convene"
    made = subprocess.run([sys.executable, "-m", "app", "demo", str(path)], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
    assert made.returncode == 0, made.stderr
    out = subprocess.run([sys.executable, "-c", PROBE, str(path)], env=env, cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    lines = {ln.split(" ", 1)[0]: ln.split(" ", 1)[1:] for ln in out.stdout.splitlines() if " " in ln or ln}
    assert "READY" in out.stdout and "both=True" in out.stdout, out.stdout + out.stderr
    assert lines.get("BUILT") == ["Live"], out.stdout
    assert lines.get("LOADED", [""]) in ([], [""]), out.stdout
