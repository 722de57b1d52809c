"""The capture page in Debian's headless Chromium at a phone's size (390x844), saved as a PNG to look at
(CONVENE_LOOK_DIR keeps it). Chromium fetches it over real HTTP on 127.0.0.1 from a running capture."""

from __future__ import annotations

import asyncio
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


def test_a_phone_places_its_dots_in_chromium_changes_them_and_is_refused_after_close(services):
    """End to end as a person on a phone: the note page offers voting; tick, send; change; voting closes
    while the page is open; the next send is refused in a sentence and the dots stay as they were."""
    import queue
    import threading

    from app.services.capture.service import OwnerLoop
    from tests.services.chromium_cdp import Browser

    wall, capture = services.wall, services.capture
    board = wall.add_board("Barriers", prompt="What gets in the way of FAFSA completion?")
    ids = wall.add_notes(board, ["A", "B", "C", "D", "E", "F"])
    for k, name in enumerate(["Our beliefs", "Our practices", "Reaching families"]):
        wall.make_cluster(board, ids[2 * k:2 * k + 2], name)
    c = [x.id for x in wall.votes.phone_voting(board).clusters]
    wall.votes.set_vote_rules(board, 3, 2)
    wall.votes.open_voting(board)

    owner = OwnerLoop()
    jobs: queue.SimpleQueue = queue.SimpleQueue()   # work for this (the store's) thread
    closed = threading.Event()

    def drain() -> int:
        while not jobs.empty():
            jobs.get()()
        return capture.drain()

    def close() -> None:
        wall.votes.close_voting(board)
        closed.set()

    def tick(dots: dict[int, int]) -> str:
        clicks = "".join(f"document.querySelector('input[name=c{cid}][value=\"{d}\"]').click();"
                         for cid, d in dots.items())
        return clicks + "document.querySelector('form').requestSubmit();"

    async def phone(url: str):
        async with Browser() as b:
            await b.open(url)
            notes = await b.text()
            await b.submit("document.querySelector('a.vote').click()")
            await b.submit(tick({c[0]: 2, c[2]: 1}))
            kept = await b.text()
            await b.submit(tick({c[0]: 0, c[1]: 1, c[2]: 2}))
            changed = await b.text()
            jobs.put(close)
            owner.wake()
            await asyncio.get_running_loop().run_in_executor(None, closed.wait, 30)
            await b.submit(tick({c[1]: 2, c[2]: 0}))
            late = await b.text()
            return notes, kept, changed, late

    out: dict = {}

    def client(url: str) -> None:
        try:
            out["value"] = asyncio.run(phone(url))
        except BaseException as exc:  # noqa: BLE001 - raised again below
            out["error"] = exc
        finally:
            owner.finish()

    url = capture.start(board, "127.0.0.1", 0, wake=owner.wake)
    t = threading.Thread(target=client, args=(url,))
    t.start()
    try:
        owner.run(drain)
    finally:
        t.join()
        capture.stop()
    if "error" in out:
        raise out["error"]
    notes, kept, changed, late = out["value"]
    assert "Dot voting is open." in notes and "Place your dots" in notes
    assert "Your dots are in: 3 placed." in kept
    assert "Your dots are in: 3 placed." in changed
    assert "Voting has closed, so these dots were not counted." in late
    assert wall.votes.phone_ballots(board) == 1, "one phone, one ballot"
    assert {x.id: x.dots for x in wall.view(board).clusters} == {c[0]: 0, c[1]: 1, c[2]: 2}
