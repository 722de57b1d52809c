"""File > Co-facilitator… in a real console: the panel starts the room's server, shows the QR code and the
address on the console only, a device over real HTTP asks to join and is accepted with one click, its tap
gives the floor on the console, its cue shows at once in the console's cue strip until dismissed, and Revoke
ends it."""

from __future__ import annotations

import asyncio
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from tests.services.cofac_clients import Device

pytestmark = pytest.mark.gui


class Phone:
    """A co-facilitator's device on its own thread (the console's thread keeps its event loop turning)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        self.device = self.run(self._make())

    async def _make(self) -> Device:
        return Device(self.url)

    def run(self, coro, timeout: float = 20):
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    def start(self, coro):
        return asyncio.run_coroutine_threadsafe(coro, self.loop)

    def close(self) -> None:
        self.run(self.device.close())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)
        self.loop.close()


def buttons(widget, text: str) -> list[QPushButton]:
    return [b for b in widget.findChildren(QPushButton) if b.text() == text and b.isVisible()]


def test_the_lead_accepts_a_device_whose_tap_and_cue_reach_the_console(demo_console, qtbot, tmp_path):
    c = demo_console
    services = c.ctx.services
    talk, cofac = services.talk, services.cofacilitate
    talk_tab = c.tab_widgets["Talk"]                                # the Talk tab, built, as the lead has it
    scene_before = c.projector.scene_id
    c.cofac_action.trigger()
    panel = c.cofac_panel
    qtbot.waitExposed(panel)
    assert "no device can join" in panel.address.text() and not panel.qr.isVisible()
    panel.interface.setCurrentIndex(panel.interface.findData("127.0.0.1"))
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    assert cofac.running and panel.qr.text == cofac.url and panel.qr.isVisible()
    assert panel.address.text() == cofac.url.removeprefix("http://")
    assert c.projector.scene_id == scene_before                  # the facilitator's code is never projected
    phone = Phone(cofac.url)
    try:
        joined = phone.start(phone.device.join("Maria's iPad"))
        qtbot.waitUntil(lambda: bool(buttons(panel, "Accept")), timeout=5000)
        assert joined.result(5)[0] == 200
        assert any(w.text() == "Maria's iPad · waiting" for w in panel.findChildren(QLabel))
        panel.grab().save(str(tmp_path / "panel-waiting.png"))
        qtbot.mouseClick(buttons(panel, "Accept")[0], Qt.MouseButton.LeftButton)
        assert [d.state for d in cofac.devices()] == ["accepted"]
        assert buttons(panel, "Revoke")

        person = talk.conversation().members[0]
        tapped = phone.start(phone.device.act("tap", person=person))
        qtbot.waitUntil(lambda: tapped.done(), timeout=5000)
        assert tapped.result()[1]["ok"]
        assert talk.open_turn().speaker == person                 # the console's talk service, committed
        qtbot.waitUntil(lambda: talk_tab.map.view is not None and talk_tab.map.view.speaker == person, timeout=2000)

        assert not c.cue_strip.parentWidget().isVisible()
        cued = phone.start(phone.device.act("cue", text="slow_down"))
        qtbot.waitUntil(lambda: c.cue_strip.parentWidget().isVisible(), timeout=5000)
        words = [w.text() for w in c.cue_strip.findChildren(QLabel)]
        assert any(w.startswith("Maria's iPad: Slow down for the interpreters") for w in words), words
        assert cued.result(5)[1]["ok"]
        c.grab().save(str(tmp_path / "console-cue.png"))
        qtbot.mouseClick(buttons(c.cue_strip, "Dismiss")[0], Qt.MouseButton.LeftButton)
        assert cofac.cues == [] and not c.cue_strip.parentWidget().isVisible()

        qtbot.mouseClick(buttons(panel, "Revoke")[0], Qt.MouseButton.LeftButton)
        assert [d.state for d in cofac.devices()] == ["revoked"]
        refused = phone.run(phone.device.act("tap", person=person))
        assert refused[0] == 403
    finally:
        phone.close()
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    assert not cofac.running and "no device can join" in panel.address.text()


def test_the_panel_serves_the_breakout_page_puts_its_code_up_and_says_5_minutes(demo_console, qtbot, tmp_path):
    import urllib.request

    c = demo_console
    cofac = c.ctx.services.cofacilitate
    c.ctx.services.live.start_pause()
    c.cofac_action.trigger()
    panel = c.cofac_panel
    panel.interface.setCurrentIndex(panel.interface.findData("127.0.0.1"))
    assert not panel.say_box.isVisible() and not panel.project_button.isEnabled()
    qtbot.mouseClick(panel.breakout_button, Qt.MouseButton.LeftButton)
    url = cofac.breakout_url
    assert url and panel.breakout_address.text() == url.removeprefix("http://")
    qtbot.mouseClick(panel.project_button, Qt.MouseButton.LeftButton)
    assert c.projector.scene_id == "breakout"
    qtbot.mouseClick(panel.say_five, Qt.MouseButton.LeftButton)
    assert cofac.broadcast_text == "five_minutes"
    assert panel.said.text() == "The phones show: 5 minutes left: start wrapping up."
    panel.grab().save(str(tmp_path / "panel-breakout.png"))
    request = urllib.request.Request(url, headers={"Accept-Language": "es"})
    with urllib.request.urlopen(request, timeout=10) as r:
        page = r.read().decode()
    assert "Quedan 5 minutos: vayan cerrando." in page and "Vuelvan a la sala principal a las" in page
    panel.say_typed.setText("x" * 150)   # the field holds 140: what is typed beyond is not taken
    assert len(panel.say_typed.text()) == 140
    panel.say_typed.setText("Table 3: bring your chart paper")
    qtbot.mouseClick(panel.say_send, Qt.MouseButton.LeftButton)
    assert cofac.broadcast_text == "Table 3: bring your chart paper" and panel.say_typed.text() == ""
    qtbot.mouseClick(panel.breakout_button, Qt.MouseButton.LeftButton)
    assert not cofac.breakout_url and c.projector.scene_id != "breakout"


def test_after_a_crash_nothing_listens_until_start_takes_the_devices_back(demo_console, qtbot, tmp_path):
    """The file as a crash leaves it (the take-back record, two accepted devices): the panel says Start takes
    them back, nothing listens until the lead asks, and then the same token opens the same address."""
    import json
    import secrets
    import socket

    from sqlalchemy import text as sqltext

    from app.services.cofacilitate.devices import token_hash
    from app.services.cofacilitate.service import TAKEBACK_KEY, new_token

    c = demo_console
    services = c.ctx.services
    talk, cofac = services.talk, services.cofacilitate
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    facilitator, tokens = new_token(), [secrets.token_urlsafe(24) for _ in range(2)]
    with services.workspace.require().session() as s:
        ids = []
        for name in ("Ana's tablet", "Luis's phone"):
            s.execute(sqltext("INSERT INTO cofac_device (name, joined_us, accepted_us) VALUES (:n, 1, 2)"), {"n": name})
            ids.append(s.execute(sqltext("SELECT max(id) FROM cofac_device")).scalar())
        record = {"token": facilitator, "host": "127.0.0.1", "port": port,
                  "devices": [{"id": i, "hash": token_hash(t), "name": n}
                              for i, t, n in zip(ids, tokens, ("Ana's tablet", "Luis's phone"), strict=True)]}
        s.execute(sqltext("INSERT INTO convene_meta (key, value) VALUES (:k, :v)"),
                  {"k": TAKEBACK_KEY, "v": json.dumps(record)})
    c.cofac_action.trigger()
    panel = c.cofac_panel
    qtbot.waitExposed(panel)
    assert not cofac.running and not services.capture.room.running             # nothing starts by itself
    assert panel.state.text() == "Co-facilitation ended in a crash: Start takes back its 2 devices."
    panel.interface.setCurrentIndex(panel.interface.findData("127.0.0.1"))
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    assert cofac.url == f"http://127.0.0.1:{port}/{facilitator}/"
    assert panel.state.text() == "Taking back 2 devices from before the crash."
    assert any(w.text() == "Ana's tablet · in" for w in panel.findChildren(QLabel))
    panel.grab().save(str(tmp_path / "panel-taken-back.png"))
    phone = Phone(cofac.url)
    try:
        phone.device.token = tokens[0]
        person = talk.conversation().members[0]
        tapped = phone.start(phone.device.act("tap", seq=1, person=person))
        qtbot.waitUntil(lambda: tapped.done(), timeout=5000)
        assert tapped.result()[1]["ok"] and talk.open_turn().speaker == person
    finally:
        phone.close()
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    assert not cofac.running and panel.state.text() == "" and cofac.crash_record() is None
