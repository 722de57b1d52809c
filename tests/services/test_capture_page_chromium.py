"""The capture page in Debian's headless Chromium at a phone's size (390x844), saved as a PNG to look at
(CONVENE_LOOK_DIR keeps it). Chromium fetches it over real HTTP on 127.0.0.1 from a running capture."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.process,
    pytest.mark.slow,
    pytest.mark.skipif(not (shutil.which("chromium") or shutil.which("chromium-browser")),
                       reason="Debian's chromium is not installed (packaging/system-deps.sh installs it)"),
]


def chromium() -> str:
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    assert exe, "Debian's chromium is needed (packaging/system-deps.sh installs it)"
    return exe


def screenshot(url: str, out: Path, profile: Path) -> None:
    cmd = [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--disable-component-update", "--no-first-run", f"--user-data-dir={profile}",
           "--hide-scrollbars", f"--screenshot={out}", "--window-size=390,844", url]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert out.exists() and out.stat().st_size > 0, done.stderr[-2000:]


@pytest.mark.parametrize("lang,fishbone", [("en", False), ("es", True)])
def test_the_page_renders_at_a_phone_size(services, tmp_path, qapp, lang, fishbone):
    from PySide6.QtGui import QImage

    wall = services.wall
    board = wall.add_board("Barriers", prompt="What gets in the way of FAFSA completion for our seniors?")
    if fishbone:
        wall.set_layout(board, "fishbone")
    capture = services.capture
    url = capture.start(board, "127.0.0.1", 0)
    try:
        out = Path(os.environ.get("CONVENE_LOOK_DIR") or tmp_path) / f"capture-page-{lang}-390x844.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.unlink(missing_ok=True)
        screenshot(f"{url}?lang={lang}", out, tmp_path / "profile")
    finally:
        capture.stop()
    img = QImage(str(out))
    assert (img.width(), img.height()) == (390, 844)
    # The prompt's yellow band and the blue Send button are drawn: the CSS was applied, nothing fetched.
    colours = {img.pixelColor(x, y).name() for x in range(0, 390, 6) for y in range(0, 844, 6)}
    assert "#fbf3a6" in colours and "#1d4f91" in colours


def test_the_confirmation_renders_at_a_phone_size(tmp_path, qapp):
    from PySide6.QtGui import QImage

    from app.services.capture.page import received_page

    page = tmp_path / "received.html"
    page.write_text(received_page("en", "abcdefgh", "Counselors have <400> students & no time", False),
                    encoding="utf-8")
    out = Path(os.environ.get("CONVENE_LOOK_DIR") or tmp_path) / "capture-received-en-390x844.png"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.unlink(missing_ok=True)
    screenshot(page.as_uri(), out, tmp_path / "profile")
    img = QImage(str(out))
    colours = {img.pixelColor(x, y).name() for x in range(0, 390, 4) for y in range(0, 400, 4)}
    assert "#d9f2e6" in colours   # the green "Received" box
