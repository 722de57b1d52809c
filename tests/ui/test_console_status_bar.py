"""The status bar names the open file without crowding out its messages."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui


def test_the_file_is_named_briefly_and_the_whole_path_is_on_hover(demo_console):
    c = demo_console
    path = c.ws.require().path
    assert c.file_label.text() == f"{path.name}  ·  saved as you go"
    assert str(path) in c.file_label.toolTip()
    c.resize(1024, 700)
    message = "Undid: add “Gallery walk: what our students told us” to Day 1 at 10:40"
    c.statusBar().showMessage(message)
    spare = c.statusBar().width() - c.file_label.sizeHint().width()
    assert c.fontMetrics().horizontalAdvance(message) < spare, "a message fits beside the file's name"
