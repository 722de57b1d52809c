"""Room capture in the console: Start/Stop on the Wall tab, a real phone (HTTP on 127.0.0.1) whose note
reaches the wall through the queued signal, moderation, closing stops it; the Join scene's legibility."""

from __future__ import annotations

import socket
import threading
import urllib.parse
import urllib.request

import pytest

from tests.services.capture_clients import NONCE
from tests.ui.scene_helpers import SIZES, make_scene, render
from tests.ui.test_scene_legibility import check_legible

pytestmark = pytest.mark.gui


def send_from_a_phone(url: str, texts: list[str]) -> tuple[threading.Thread, list]:
    """A phone in another thread (the GUI thread must stay free to drain)."""
    answers: list = []

    def go() -> None:
        for text in texts:
            with urllib.request.urlopen(url, timeout=30) as r:
                nonce = NONCE.search(r.read().decode()).group(1)
            data = urllib.parse.urlencode({"note": text, "n": nonce}).encode()
            with urllib.request.urlopen(urllib.request.Request(url, data=data), timeout=30) as r:
                answers.append((r.status, r.read().decode()))

    t = threading.Thread(target=go)
    t.start()
    return t, answers


@pytest.fixture
def wall_tab(demo_console):
    c = demo_console
    c.tabs.setCurrentIndex(list(c.tab_widgets).index("Wall"))
    tab = c.tab_widgets["Wall"]
    panel = tab.capture_panel
    panel.interface.setCurrentIndex(panel.interface.findData("127.0.0.1"))
    return c, tab, panel


def refused(url: str) -> bool:
    host, port = url.split("/")[2].rsplit(":", 1)
    try:
        socket.create_connection((host, int(port)), timeout=5).close()
    except ConnectionRefusedError:
        return True
    return False


def test_start_shows_join_a_phone_note_lands_on_the_wall_and_stop_closes_the_port(wall_tab, qtbot):
    console, tab, panel = wall_tab
    before = len(tab.board.view_data.notes)
    service = panel.service
    threads = []
    real_add = service.wall.add_notes
    service.wall.add_notes = lambda *a, **k: threads.append(threading.current_thread()) or real_add(*a, **k)
    panel.start_button.click()
    assert service.running and panel.start_button.text() == "Stop capture"
    assert console.projector.shown_scene_id() == "join"
    assert service.url.removeprefix("http://") in panel.state.text() and "0 notes received" in panel.state.text()
    assert not panel.interface.isEnabled()
    thread, answers = send_from_a_phone(service.url, ["Families need help in Spanish", "Bus schedules change"])
    qtbot.waitUntil(lambda: len(answers) == 2, timeout=30000)
    thread.join()
    assert [s for s, _ in answers] == [200, 200]
    texts = [n.text for n in tab.board.view_data.notes]   # the wall already shows them: no reload asked for
    assert len(texts) == before + 2 and texts[-2:] == ["Families need help in Spanish", "Bus schedules change"]
    assert "2 notes received" in panel.state.text()
    assert threads and set(threads) == {threading.main_thread()}   # committed on the GUI thread, never the server's
    url = service.url
    panel.start_button.click()
    assert not service.running and panel.start_button.text() == "Start capture" and refused(url)
    assert console.projector.shown_scene_id() == "wall"   # the room sees the wall again, not a dead code


def test_moderation_holds_phone_notes_until_the_facilitator_accepts(wall_tab, qtbot):
    _console, tab, panel = wall_tab
    panel.moderate.click()
    assert panel.service.moderate
    before = len(tab.board.view_data.notes)
    panel.start_button.click()
    thread, answers = send_from_a_phone(panel.service.url, ["Keep this", "Not this"])
    qtbot.waitUntil(lambda: len(answers) == 2, timeout=30000)
    thread.join()
    assert all("The facilitator will add it to the wall." in page for _, page in answers)
    assert len(tab.board.view_data.notes) == before and panel.queue_box.isVisibleTo(tab)
    assert [panel.pending.item(i).text() for i in range(panel.pending.count())] == ["Keep this", "Not this"]
    panel.pending.item(1).setCheckState(panel.pending.item(1).checkState().Checked)
    panel.reject_button.click()
    panel.accept_all_button.click()
    assert [n.text for n in tab.board.view_data.notes][before:] == ["Keep this"]
    assert panel.pending.count() == 0 and not panel.queue_box.isVisibleTo(tab)


@pytest.mark.parametrize("close", ["close_convening", "close"], ids=["the convening", "the app"])
def test_closing_the_convening_or_the_app_stops_capture(wall_tab, close):
    console, _tab, panel = wall_tab
    panel.start_button.click()
    url = panel.service.url
    getattr(console, close)()
    assert not panel.service.running and refused(url)


def test_a_taken_port_is_said_in_the_panel(wall_tab, monkeypatch):
    _console, _tab, panel = wall_tab
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    port = taken.getsockname()[1]
    real = panel.bridge.start
    monkeypatch.setattr(panel.bridge, "start", lambda board, host, _port=None: real(board, host, port))
    try:
        panel.start_button.click()
    finally:
        taken.close()
    assert not panel.service.running
    assert panel.state.text() == f"Port {port} on 127.0.0.1 is already in use; choose another port."


@pytest.mark.parametrize("size", SIZES)
def test_join_scene_is_legible_with_its_qr_address_and_prompt(ctx, size):
    wall = ctx.services.wall
    board = wall.boards()[0].id
    capture = ctx.services.capture
    off = make_scene(ctx, "join")
    assert not off.available()
    capture.start(board, "127.0.0.1", 0)
    try:
        scene = make_scene(ctx, "join")
        assert scene.available()
        render(scene, size, "dark", name="join")
        render(scene, size, "light", name="join")
        check_legible(scene, size, f"join {size}")
        keys = {t.key: t for t in scene.texts}
        assert capture.url.removeprefix("http://") in " ".join(keys["address"].lines)
        assert not keys["address"].elided
        assert "prompt" in keys
        qr = dict(scene.drawn)["qr"]
        assert qr.height() >= size[1] * 0.5   # a phone can read it from the back of the room
        capture.url = "http://192.168.100.200:65535/" + capture.token   # the longest address there can be
        render(scene, size, "dark", name="join-long")
        check_legible(scene, size, f"join long {size}")
        assert not {t.key: t for t in scene.texts}["address"].elided
    finally:
        capture.stop()


def test_the_live_protocol_step_of_a_board_starts_capture_in_one_click(live_console, qtbot):
    console, live_tab = live_console
    console.ctx.settings.setValue("capture/address", "127.0.0.1")   # as if chosen on the Wall tab: loopback only
    live = console.ctx.services.live
    item = next(r for r in live.items() if r.title == "Fishbone: what is in our control?")
    other = next(r for r in live.items() if r.title == "Meet your buddy school")
    live.goto(other.id)
    live_tab.refresh()
    assert not live_tab.step_capture.isVisibleTo(live_tab)   # no board for this item
    live.goto(item.id, 0)
    live_tab.refresh()
    button = live_tab.step_capture
    assert button.isVisibleTo(live_tab)
    assert button.text() == "Capture notes from phones for “Why do seniors miss the FAFSA?”"
    button.click()
    service = console.ctx.services.capture
    assert service.running and service.board_id == button.board_id and service.address.startswith("127.0.0.1:")
    assert console.projector.shown_scene_id() == "join"
    assert button.text().startswith("Stop capture for")
    url = service.url
    button.click()
    assert not service.running and refused(url)
    assert button.text().startswith("Capture notes from phones")


def test_the_console_still_fits_a_1024_pixel_screen_while_capture_runs(wall_tab, qtbot):
    console, tab, panel = wall_tab
    panel.service.wall.update_board(tab.board.board_id, title="A board with a long title " * 4)
    panel.start_button.click()
    console.resize(1024, 768)
    qtbot.waitUntil(lambda: console.width() == 1024)
    assert console.minimumSizeHint().width() <= 1024
    assert panel.service.url.removeprefix("http://") in panel.state.text()
    panel.start_button.click()


@pytest.mark.parametrize("size", SIZES)
def test_while_voting_is_open_join_leads_phones_to_the_voting_page(ctx, size):
    wall = ctx.services.wall
    board = wall.boards()[0].id
    capture = ctx.services.capture
    wall.votes.open_voting(board)
    capture.start(board, "127.0.0.1", 0)
    try:
        scene = make_scene(ctx, "join")
        render(scene, size, "dark", name="join-voting")
        check_legible(scene, size, f"join voting {size}")
        keys = {t.key: t for t in scene.texts}
        assert " ".join(keys["heading"].lines) == "Place your dots from your phone"
        assert " ".join(keys["address"].lines) == capture.url.removeprefix("http://") + "/dots"
        capture.url = "http://192.168.100.200:65535/" + capture.token   # the longest address there can be
        render(scene, size, "dark", name="join-voting-long")
        check_legible(scene, size, f"join voting long {size}")
        assert not {t.key: t for t in scene.texts}["address"].elided
    finally:
        capture.stop()
    wall.votes.close_voting(board)
    capture.start(board, "127.0.0.1", 0)
    try:
        scene = make_scene(ctx, "join")
        render(scene, size)
        assert " ".join({t.key: t for t in scene.texts}["heading"].lines) == "Add your note from your phone"
    finally:
        capture.stop()
