"""Debian's headless Chromium driven over the DevTools protocol (a websocket, with aiohttp's client), for
the tests that use a phone page as a person would: open it, tick, send, read what came back.

The script it runs is the test's (Runtime.evaluate), never the page's: the pages stay without script."""

from __future__ import annotations

import asyncio
import itertools
import json
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import aiohttp


def chromium() -> str:
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    assert exe, "Debian's chromium is needed (packaging/system-deps.sh installs it)"
    return exe


class Browser:
    """One headless Chromium with one page (390x844, a phone), over the DevTools protocol."""

    def __init__(self) -> None:
        self.profile = Path(tempfile.mkdtemp(prefix="convene-chromium-"))
        self.proc: subprocess.Popen | None = None
        self.session: aiohttp.ClientSession | None = None
        self.ws: aiohttp.ClientWebSocketResponse | None = None
        self.ids = itertools.count(1)
        self.events: asyncio.Queue = asyncio.Queue()
        self.waiting: dict[int, asyncio.Future] = {}
        self.reader: asyncio.Task | None = None

    async def __aenter__(self) -> Browser:
        self.proc = subprocess.Popen(
            [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--no-first-run", "--remote-debugging-port=0",
             f"--user-data-dir={self.profile}", "--window-size=390,844", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port_file = self.profile / "DevToolsActivePort"
        for _ in range(300):   # Chromium writes its port here once it listens
            if port_file.exists() and port_file.read_text().strip():
                break
            await asyncio.sleep(0.1)
        port = int(port_file.read_text().split()[0])
        self.session = aiohttp.ClientSession()
        async with self.session.get(f"http://127.0.0.1:{port}/json/list") as r:
            pages = [t for t in await r.json(content_type=None) if t.get("type") == "page"]
        self.ws = await self.session.ws_connect(pages[0]["webSocketDebuggerUrl"], max_msg_size=0)
        self.reader = asyncio.create_task(self._read())
        await self.send("Page.enable")
        await self.send("Runtime.enable")
        await self.send("Page.setBypassCSP", enabled=True)   # so that a test may add axe-core to a page
        return self

    async def __aexit__(self, *_exc) -> None:
        if self.reader is not None:
            self.reader.cancel()
        if self.ws is not None:
            await self.ws.close()
        if self.session is not None:
            await self.session.close()
        if self.proc is not None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        shutil.rmtree(self.profile, ignore_errors=True)

    async def _read(self) -> None:
        assert self.ws is not None
        async for msg in self.ws:
            data = json.loads(msg.data)
            if "id" in data and data["id"] in self.waiting:
                self.waiting.pop(data["id"]).set_result(data)
            elif "method" in data:
                await self.events.put(data)

    async def send(self, method: str, **params: Any) -> dict:
        assert self.ws is not None
        i = next(self.ids)
        fut = asyncio.get_running_loop().create_future()
        self.waiting[i] = fut
        await self.ws.send_str(json.dumps({"id": i, "method": method, "params": params}))
        answer = await asyncio.wait_for(fut, 60)
        if "error" in answer:
            raise RuntimeError(f"{method}: {answer['error']}")
        return answer.get("result", {})

    async def loaded(self) -> None:
        """Wait for the page's next load event."""
        while True:
            event = await asyncio.wait_for(self.events.get(), 60)
            if event["method"] == "Page.loadEventFired":
                return

    async def open(self, url: str) -> None:
        self._drop_events()
        await self.send("Page.navigate", url=url)
        await self.loaded()

    async def run(self, script: str) -> Any:
        """Evaluate `script` in the page (the test's script, not the page's); its value."""
        out = await self.send("Runtime.evaluate", expression=script, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in out:
            raise RuntimeError(out["exceptionDetails"])
        return out["result"].get("value")

    async def submit(self, script: str) -> None:
        """Run `script` (which sends a form) and wait for the page it brings."""
        self._drop_events()
        await self.run(script)
        await self.loaded()

    async def text(self) -> str:
        return await self.run("document.body.innerText")

    def _drop_events(self) -> None:
        while not self.events.empty():
            self.events.get_nowait()


AXE = Path(__file__).resolve().parents[1] / "a11y" / "node_modules" / "axe-core" / "axe.min.js"
# WCAG 2.0, 2.1 and 2.2 at A and AA, and axe's best practices.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"]


async def axe_violations(browser: Browser) -> list[dict]:
    """axe-core's violations on the page open now: [{id, impact, help, targets}] (empty: none)."""
    assert AXE.exists(), f"axe-core is not installed: run `npm ci` in {AXE.parents[2]} (.ci/run does)"
    await browser.run(AXE.read_text(encoding="utf-8"))
    options = json.dumps({"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]})
    script = (f"axe.run(document, {options})"
              ".then(r => r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
              " targets: v.nodes.map(n => n.target.join(' '))})))")
    return await browser.run(script)
