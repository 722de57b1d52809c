"""Every scene has a key, and so do Commitments' Show team / Show all / Next page; none clashes with a shortcut.

Ctrl+1 ... Ctrl+9 are the first nine scenes (tests/ui/test_scene_keys.py); F6 Tables, F7 Bright spot,
F8 Top clusters, F9 Join; F10 this team's commitments, Ctrl+8 every team's, Shift+PageDown the next page.
They work from every window (tests/ui/test_keys_table.py); here: their names on the buttons, in the
menu, in Help and in the README, and what they show.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAction, QImage, QKeySequence, QPainter, QShortcut
from PySide6.QtTest import QTest

from app.domain.commitments.model import CommitmentData

pytestmark = pytest.mark.gui

README = Path(__file__).resolve().parents[2] / "README.md"
F_KEYS = {"F6": "tables", "F7": "bright_spot", "F8": "wall_votes", "F9": "join"}


@pytest.mark.parametrize(("key", "scene_id"), list(F_KEYS.items()))
def test_a_function_key_shows_each_scene_after_the_ninth(demo_console, qtbot, key, scene_id):
    c = demo_console
    QTest.keyClick(c.windowHandle(), getattr(Qt.Key, f"Key_{key}"))
    assert c.projector.scene_id == scene_id
    title = c.projector.scenes[scene_id].title
    assert f"({key})" in c.room.scene_buttons[scene_id].toolTip()
    menu = next(a for a in c.menuBar().actions() if a.text() == "&Projector").menu()
    item = next(a.text() for a in menu.actions() if a.text().replace("&", "").startswith(f"Show {title}"))
    assert item.endswith(f"\t{key}")
    c.show_keys_help()   # quiet in tests: the text is kept in c.messages
    assert f"{key}  show {title} on the projector" in c.messages[-1]


def test_the_readme_keys_table_names_every_key():
    text = README.read_text(encoding="utf-8")
    table = text[text.index("| key | does | where |"):]
    table = table[:table.index("\n\n")]
    for key in ("F5", "PageDown", "Shift+PageDown", "Ctrl+1 … Ctrl+9", "F6", "F7", "F8", "F9", "F10", "Ctrl+8",
                "B or `.`", "Space", "`=` or `+`", "`-`", "Esc"):
        assert key in table, key
    assert "Shift: five" not in table and "with Shift: five" not in text


def pages_of_commitments(c) -> int:
    """Paint the Commitments scene once at 1920x1080 (as the room's window does) and return its pages."""
    img = QImage(1920, 1080, QImage.Format.Format_RGB32)
    p = QPainter(img)
    c.projector.paint_room(p, QRect(0, 0, 1920, 1080))
    p.end()
    return c.projector.scenes["commitments"].pages


def test_commitments_keys_show_this_team_every_team_and_the_next_page(demo_console, qtbot):
    c = demo_console
    tab = c.tab_widgets["Commitments"]
    svc = c.ctx.services.commitments
    teams = svc.teams()
    for team_id, _name in teams:   # enough for more than one page of every team's commitments
        for n in range(3):
            svc.add(team_id, CommitmentData(f"Call two families a week ({n + 1})", who="Counselors", by_when="March"))
    tab.reload()
    tab.teams.setCurrentRow(1)
    scene = c.projector.scenes["commitments"]

    QTest.keyClick(c.windowHandle(), Qt.Key.Key_F10)
    assert c.projector.scene_id == "commitments" and scene.team_id == teams[1][0], "this team's, as Show team"
    QTest.keyClick(c.windowHandle(), Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert scene.team_id is None and scene.page == 0, "Ctrl+8: every team's, as Show all"
    assert pages_of_commitments(c) > 1
    QTest.keyClick(c.windowHandle(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ShiftModifier)
    assert scene.page == 1, "Shift+PageDown: the next page, as Next page"
    QTest.keyClick(c.windowHandle(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ShiftModifier)
    assert scene.page == 0
    assert "F10" in tab.show_team_button.toolTip() and "Ctrl+8" in tab.show_all_button.toolTip()
    assert "Shift+PageDown" in tab.next_page_button.toolTip()


LIVE_SEQUENCES = {QKeySequence(k).toString() for k in (
    "F5", "F6", "F7", "F8", "F9", "F10", "PgDown", "PgUp", "Shift+PgDown", "Shift+PgUp", "B", ".", "Space",
    "=", "+", "-", "Esc", *(f"Ctrl+{n}" for n in range(1, 10)))}


def test_no_menu_item_or_shortcut_takes_a_live_key(demo_console):
    c = demo_console
    assert len(list(c.tab_widgets.values())) == len(c.tab_widgets)   # every tab built: their shortcuts too
    taken = {}
    for act in c.findChildren(QAction):
        for seq in act.shortcuts():
            taken[seq.toString()] = act.text()
    for sc in c.findChildren(QShortcut):
        taken[sc.key().toString()] = sc.parent().__class__.__name__
    clash = {k: v for k, v in taken.items() if k in LIVE_SEQUENCES}
    assert not clash, f"shortcuts that the live keys would take: {clash}"


def test_scene_keys_follow_the_scene_not_the_order_its_module_was_imported_in(ui_ctx, qtbot, monkeypatch):
    """A test or the first frame may import one scene module early; Ctrl+2 is still the Timer."""
    from app.ui.console.room_panel import RoomPanel
    from app.ui.keys import CTRL_SCENES
    from app.ui.projector import controller
    from app.ui.projector.scene import SceneContext

    real = controller.registered_scenes()
    monkeypatch.setattr(controller, "registered_scenes", lambda: list(reversed(real)))
    projector = controller.ProjectorController(SceneContext(ui_ctx.workspace, ui_ctx.clock, ui_ctx.services,
                                                            ui_ctx.ui))
    panel = RoomPanel(projector)
    qtbot.addWidget(panel)
    assert list(panel.scene_buttons)[:9] == list(CTRL_SCENES)
    assert panel.scene_buttons["timer"].toolTip() == "Show Timer on the projector (Ctrl+2)"
    assert panel.scene_buttons["tables"].toolTip() == "Show Tables on the projector (F6)"
