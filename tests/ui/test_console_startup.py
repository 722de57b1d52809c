"""The first frame: before the store loads, the console names what is opening and the room's
screen shows its Welcome scene, without taking the keyboard from the console."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from app.services.console.peek import demo_details
from app.ui.startup import show_first_frame

pytestmark = pytest.mark.gui


@pytest.fixture
def first_frame(qtbot, settings):
    made = []

    def make(details, want_projector=True):
        shell, early = show_first_frame(details, settings, want_projector)
        made.extend(w for w in (shell, early) if w is not None)
        for w in made:
            qtbot.addWidget(w)
        qtbot.waitExposed(shell)
        return shell, early

    yield make
    for w in made:
        w.close()


def test_both_windows_up_with_the_convening_named(first_frame):
    details = demo_details()
    shell, early = first_frame(details)
    assert details.title in shell.windowTitle()
    assert shell.message == f"Opening “{details.title}”…"
    assert early is not None and early.isVisible()
    screens = QGuiApplication.screens()
    assert len(screens) == 2
    # The room's screen is the one the console is not on, and the Welcome fills it.
    assert early.screen() is not shell.screen()
    assert early.geometry() == early.screen().geometry()


def test_early_projector_paints_the_welcome_title_and_never_takes_focus(first_frame, qtbot):
    details = demo_details()
    shell, early = first_frame(details)
    qtbot.waitExposed(early)
    assert early.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    assert early.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert early.focusPolicy() == Qt.FocusPolicy.NoFocus
    image = early.grab().toImage()
    background = early.theme.background.rgb()
    drawn = dict(early.scene.drawn)
    assert {"title", "clock"} <= set(drawn)
    title = drawn["title"]
    # Inside the title's box some pixels are text (not the background colour) ...
    ink = sum(1 for x in range(title.left(), title.right(), 4) for y in range(title.top(), title.bottom(), 4)
              if image.pixel(x, y) != background)
    assert ink > 20
    # ... and the corner of the screen is plain background (the scene painted every pixel).
    assert image.pixel(2, 2) == background


def test_shell_alone_when_nothing_is_opening(first_frame):
    shell, early = first_frame(None, want_projector=False)
    assert early is None
    assert shell.message == "Starting Convene…"
    assert shell.windowTitle() == "Convene"
    image = shell.grab().toImage()
    # The message is painted in the middle of the window.
    mid_row = image.height() // 2
    colours = {image.pixel(x, mid_row) for x in range(0, image.width(), 2)}
    assert len(colours) > 1



def test_the_first_frame_does_not_load_the_about_dialog_or_package_metadata(tmp_path):
    """The window icon is set before the first frame; the About dialog and its package metadata
    (importlib.metadata costs ~50 ms there) wait until the console loads."""
    import os
    import subprocess
    import sys

    code = (
        "import os, sys\n"
        "import app.ui.startup as st\n"
        "real = st.show_first_frame\n"
        "def shown(*a, **k):\n"
        "    out = real(*a, **k)\n"
        "    print('LOADED', ' '.join(m for m in ('app.ui.about', 'app.services.console.about', 'importlib.metadata')"
        " if m in sys.modules), flush=True)\n"
        "    os._exit(0)\n"
        "st.show_first_frame = shown\n"
        "from app.ui.launch import run_gui\n"
        "run_gui(['--demo'])\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CONVENE_DATA_DIR=str(tmp_path / "data"))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env)
    assert "LOADED" in out.stdout, out.stdout + out.stderr
    assert out.stdout.split("LOADED", 1)[1].strip() == "", out.stdout
