"""Ctrl+1 ... Ctrl+9 put the first nine scenes up, in the order the console lists them and Keys help names."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

pytestmark = pytest.mark.gui

EXPECTED = ["welcome", "timer", "protocol", "agenda", "clock", "wall", "pairs", "commitments", "talk"]


def test_ctrl_number_shows_each_of_the_first_nine_scenes(demo_console, qtbot):
    c = demo_console
    for n, scene_id in enumerate(EXPECTED, start=1):
        QTest.keyClick(c.windowHandle(), getattr(Qt.Key, f"Key_{n}"), Qt.KeyboardModifier.ControlModifier)
        assert c.projector.scene_id == scene_id, (n, c.projector.scene_id)


def test_keys_help_names_the_scene_of_every_ctrl_number(demo_console, qtbot):
    c = demo_console
    c.show_keys_help()  # quiet in tests: the text is kept in c.messages rather than shown in a box
    text = c.messages[-1]
    for n, scene_id in enumerate(EXPECTED, start=1):
        assert f"Ctrl+{n}  show {c.projector.scenes[scene_id].title} on the projector" in text
