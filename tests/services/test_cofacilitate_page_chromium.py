"""The co-facilitator's device page in Debian's headless Chromium over the DevTools protocol, against a real
co-facilitation run on loopback, at a phone's size (390x844) and an iPad's (1024x1366): joining, tapping a
name (the speaker changes in the file and on the console), sending a cue (it is on the console), going
offline and back (the page says "Reconnecting…" and the tap made meanwhile is applied once), and axe-core's
WCAG 2.2 AA and best-practice rules with no violation on the join, waiting and live pages in both languages.
Screenshots are written to $CONVENE_SHOTS (default: the test's tmp folder) to look at."""

from __future__ import annotations

import asyncio
import base64
import os
import shutil
from pathlib import Path

import pytest
from sqlalchemy import text as sqltext

from tests.services.chromium_cdp import Browser, axe_violations
from tests.services.cofac_clients import Owner

pytestmark = [
    pytest.mark.process,
    pytest.mark.slow,
    pytest.mark.skipif(not (shutil.which("chromium") or shutil.which("chromium-browser")),
                       reason="Debian's chromium is not installed (packaging/system-deps.sh installs it)"),
]

SIZES = [(390, 844, 3, True), (1024, 1366, 2, True)]   # width, height, scale, touch


@pytest.fixture
def room(demo_services):
    talk = demo_services.talk
    talk.choose(talk.conversations()[0].id)
    yield demo_services
    demo_services.cofacilitate.stop()
    demo_services.capture.stop()


async def size(b: Browser, width: int, height: int, scale: int, mobile: bool) -> None:
    await b.send("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=scale,
                 mobile=mobile)


async def until(b: Browser, script: str, seconds: float = 10) -> None:
    for _ in range(int(seconds / 0.05)):
        if await b.run(script):
            return
        await asyncio.sleep(0.05)
    raise AssertionError(f"never true: {script}")


async def shot(b: Browser, folder: Path, name: str) -> None:
    data = await b.send("Page.captureScreenshot", format="png", captureBeyondViewport=True)
    (folder / f"{name}.png").write_bytes(base64.b64decode(data["data"]))


def test_the_device_page_taps_cues_reconnects_and_passes_axe_at_phone_and_tablet_sizes(room, tmp_path):
    cofac, talk = room.cofacilitate, room.talk
    shots = Path(os.environ.get("CONVENE_SHOTS", tmp_path))
    owner = Owner(cofac.drain)
    url = cofac.start(wake=owner.wake)
    members = talk.conversation().members
    names = talk.names()
    found: dict[str, list] = {}
    seen: dict[str, object] = {}

    async def pages():
        async with Browser() as b:
            await b.send("Network.enable")
            for width, height, scale, mobile in SIZES:
                tag = f"{width}x{height}"
                await size(b, width, height, scale, mobile)
                await b.run("localStorage.clear()") if await b.run("location.protocol === 'http:'") else None
                for lang in ("en", "es"):
                    await b.open(f"{url}?lang={lang}")
                    await until(b, "!document.getElementById('join').hidden")
                    found[f"join {lang} {tag}"] = await axe_violations(b)
                    await shot(b, shots, f"cofac-join-{lang}-{tag}")
                # join as a person would: type a name, ask, wait for the lead
                await b.open(url)
                await until(b, "!document.getElementById('join').hidden")
                await b.run(f"document.getElementById('name').value = 'Ana {tag}';"
                            "document.getElementById('join-form').requestSubmit()")
                await until(b, "!document.getElementById('wait').hidden")
                found[f"waiting {tag}"] = await axe_violations(b)
                await shot(b, shots, f"cofac-waiting-{tag}")
                device = await owner.do(lambda tag=tag: next(d for d in cofac.devices() if d.name == f"Ana {tag}"))
                await owner.do(lambda device=device: cofac.accept(device.id))
                await until(b, "!document.getElementById('live').hidden && "
                               "document.querySelectorAll('#seats button').length > 0")
                # tap a name: the floor is that person's, in the file and on the console
                person = members[1]
                await b.run(f"document.querySelector('#seats button[data-person=\"{person}\"]').click()")
                await until(b, f"document.querySelector('#seats button[data-person=\"{person}\"]')"
                               ".getAttribute('aria-pressed') === 'true'")
                seen[f"speaker {tag}"] = await owner.do(lambda: talk.open_turn().speaker)
                seen[f"spoken {tag}"] = await b.run("document.getElementById('speaker').textContent")
                # a cue: on the console at once
                await b.run("document.querySelector('[data-cue=two_minutes]').click()")
                await until(b, "document.getElementById('status').textContent.indexOf('2 minutes') >= 0")
                seen[f"cues {tag}"] = await owner.do(lambda: [(c.device, c.text) for c in cofac.cues])
                # the running item's countdown, redrawn each second
                if not await owner.do(lambda: room.live.view().running):
                    await owner.do(room.live.start_pause)
                await until(b, "/^\\d\\d:\\d\\d$/.test(document.getElementById('clock').textContent)")
                first = await b.run("document.getElementById('clock').textContent")
                await until(b, f"document.getElementById('clock').textContent !== {first!r}", 3)
                seen[f"clock {tag}"] = await b.run("document.getElementById('item').textContent")
                found[f"live {tag}"] = await axe_violations(b)
                await shot(b, shots, f"cofac-live-{tag}")
                # the laptop is gone: "Reconnecting…"; a tap made meanwhile is sent when it is back, once
                await b.send("Network.emulateNetworkConditions", offline=True, latency=0, downloadThroughput=-1,
                             uploadThroughput=-1)
                other = members[2]
                await b.run(f"document.querySelector('#seats button[data-person=\"{other}\"]').click()")
                await until(b, "document.getElementById('status').className === 'off'")
                seen[f"offline {tag}"] = await b.run("document.getElementById('status').textContent")
                await shot(b, shots, f"cofac-reconnecting-{tag}")
                await b.send("Network.emulateNetworkConditions", offline=False, latency=0, downloadThroughput=-1,
                             uploadThroughput=-1)
                await until(b, f"document.querySelector('#seats button[data-person=\"{other}\"]')"
                               ".getAttribute('aria-pressed') === 'true'")
                seen[f"after {tag}"] = await owner.do(lambda: talk.open_turn().speaker)
                await owner.do(lambda device=device: cofac.revoke(device.id))
                await until(b, "!document.getElementById('join').hidden")
                await owner.do(lambda: cofac.cues.clear())
            # a device given its token in the address (convene serve's), then the laptop stops co-facilitation
            token = await owner.do(lambda: cofac.add_device("Automation"))
            await b.open(f"{url}?lang=en#device={token}")   # a new document (a bare hash change loads nothing)
            await until(b, "!document.getElementById('live').hidden")
            seen["address kept"] = await b.run("location.hash")
            board = await owner.do(lambda: room.wall.add_board("Ideas"))
            await owner.do(lambda: room.capture.start(board))       # the server stays (for the phones)...
            await owner.do(cofac.stop)                               # ...but this address is closed
            await until(b, "document.getElementById('status').textContent.indexOf('Scan the new code') >= 0")
            seen["gone"] = await b.run("document.getElementById('status').textContent")

    owner.run(pages)
    assert seen["address kept"] == ""                        # the token does not stay in the address bar
    assert seen["gone"].startswith("This co-facilitator address is closed")
    assert {k: v for k, v in found.items() if v} == {}
    for width, height, _s, _m in SIZES:
        tag = f"{width}x{height}"
        assert seen[f"speaker {tag}"] == members[1]
        assert seen[f"spoken {tag}"] == f"Speaking: {names[members[1]]}"
        assert seen[f"cues {tag}"] == [(f"Ana {tag}", "2 minutes")]
        assert seen[f"offline {tag}"].startswith("Reconnecting")
        assert seen[f"clock {tag}"] == room.live.item_record(room.live.view().item_id).title
        assert seen[f"after {tag}"] == members[2]
    with room.workspace.require().read() as s:
        taps = s.execute(sqltext("SELECT d.name, a.detail FROM cofac_action a JOIN cofac_device d "
                                 "ON d.id = a.device_id WHERE a.kind = 'tap' ORDER BY a.id")).all()
    assert [(n, d) for n, d in taps] == [(f"Ana {w}x{h}", f'{{"person": {p}}}') for w, h, _s, _m in SIZES
                                         for p in (members[1], members[2])]   # the offline tap once


def test_the_breakout_page_passes_axe_at_phone_and_tablet_sizes(room, tmp_path):
    cofac = room.cofacilitate
    shots = Path(os.environ.get("CONVENE_SHOTS", tmp_path))
    found: dict[str, list] = {}
    url = cofac.start_breakout()
    texts: dict[str, str] = {}

    async def pages(running: bool):
        async with Browser() as b:
            for width, height, scale, mobile in SIZES:
                await size(b, width, height, scale, mobile)
                for lang in ("en", "es"):
                    await b.open(f"{url}?lang={lang}")
                    name = f"{'running' if running else 'idle'} {lang} {width}x{height}"
                    found[name] = await axe_violations(b)
                    texts[name] = await b.text()
                    await shot(b, shots, f"breakout-{name.replace(' ', '-')}")

    asyncio.run(pages(False))
    room.live.start_pause()
    cofac.broadcast("5 minutes: finish your list")
    asyncio.run(pages(True))
    cofac.stop_breakout()
    assert {k: v for k, v in found.items() if v} == {}
    assert "Back in the main room at" in texts["running en 390x844"]
    assert "Vuelvan a la sala principal a las" in texts["running es 1024x1366"]
    assert "5 minutes: finish your list" in texts["running es 390x844"]
    assert "No breakout is running now" in texts["idle en 1024x1366"]
