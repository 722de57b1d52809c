"""A co-facilitator's tap, from the device to durable in the file and visible on the console, while 150 phones
post notes on the same server, against a bare aiohttp handler committing the same row in the same run.

The tap's time is from sending its POST to its answer, which comes only once the tap is committed (WAL,
synchronous=FULL), the talk service (what the console draws) has it, and the devices' snapshot shows it.
The floor: a bare aiohttp server with the same pragmas, whose tap handler reads the JSON and closes the last
turn and opens a new one in one COMMIT, and whose note handler inserts the note, under the same load.

    .venv/bin/python tests/benchmarks/bench_cofacilitate.py

Last line: RESULT tap_p95_ms=... floor_p95_ms=... ratio=... lost=0   (goal: tap_p95_ms <= 100)
"""

from __future__ import annotations

import asyncio
import os
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
PHONES = int(os.environ.get("BENCH_PHONES", "150"))
TAPS = int(os.environ.get("BENCH_TAPS", "300"))


async def load(tap_url: str, note_url: str, people: list[int], token: str, form: bool) -> tuple[list[float], int]:
    """One device tapping TAPS times (one at a time, as the page sends them) while PHONES phones post 3 notes
    each; the taps' times in ms, and how many were acknowledged."""
    from tests.services.capture_clients import phone, send_note
    from tests.services.cofac_clients import Device

    times: list[float] = []
    acked = 0

    async def device() -> None:
        nonlocal acked
        d = Device(tap_url, token, 1)
        try:
            for k in range(TAPS):
                t = time.perf_counter()
                status, body = await d.act("tap", person=people[k % len(people)])
                times.append((time.perf_counter() - t) * 1000)
                acked += status == 200 and bool(body.get("ok"))
        finally:
            await d.close()

    async def one_phone(i: int) -> None:
        await asyncio.sleep((i % 30) * 0.01)
        async with phone(i) as s:
            for k in range(3):
                if form:
                    await send_note(s, note_url, f"Phone {i} note {k}")
                else:
                    async with s.post(note_url, data={"note": f"Phone {i} note {k}"}) as r:
                        await r.read()

    await asyncio.gather(device(), *(one_phone(i) for i in range(PHONES)))
    return times, acked


def ours(tmp: Path) -> tuple[list[float], int, int]:
    from app.domain.clock import SystemClock
    from app.services.console.demo import build_demo
    from app.services.core.workspace import Workspace
    from app.services.root import Services
    from tests.services.cofac_clients import Owner

    path = tmp / "bench.convene"
    build_demo(path).close()
    ws = Workspace(SystemClock(), tmp)
    services = Services(ws)
    ws.open(path)
    talk = services.talk
    people = sorted(talk.names())[:30]
    talk.start_conversation(people, title="Whole room")
    board = services.wall.add_board("Bench")
    owner = Owner(services.capture.drain, services.cofacilitate.drain)
    join = services.capture.start(board, wake=owner.wake)
    url = services.cofacilitate.start(wake=owner.wake)
    token = services.cofacilitate.add_device("Bench")
    try:
        times, acked = owner.run(lambda: load(url, join, people, token, form=True))
    finally:
        services.cofacilitate.stop()
        services.capture.stop()
    with ws.require().read() as s:
        from sqlalchemy import text

        stored = s.execute(text("SELECT count(*) FROM cofac_action WHERE kind = 'tap' AND answer = 'ok'")).scalar()
    ws.close()
    services.close()
    return times, acked, int(stored or 0)


def floor(tmp: Path) -> list[float]:
    import json

    from aiohttp import web

    conn = sqlite3.connect(tmp / "floor.sqlite", isolation_level=None, check_same_thread=False)
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON"):
        conn.execute(f"PRAGMA {pragma}")
    conn.execute("CREATE TABLE talk_segment (id INTEGER PRIMARY KEY, participant_id INTEGER, started_us INTEGER, "
                 "ended_us INTEGER)")
    conn.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT)")

    async def tap(request):
        body = json.loads(await request.read())
        now = int(time.time() * 1e6)
        conn.execute("BEGIN")
        conn.execute("UPDATE talk_segment SET ended_us = ? WHERE ended_us IS NULL", (now,))
        conn.execute("INSERT INTO talk_segment (participant_id, started_us) VALUES (?, ?)", (body["person"], now))
        conn.execute("COMMIT")
        return web.json_response({"seq": body["seq"], "ok": True})

    async def note(request):
        form = await request.post()
        conn.execute("BEGIN")
        conn.execute("INSERT INTO note (text) VALUES (?)", (str(form.get("note", "")),))
        conn.execute("COMMIT")
        return web.Response(text="Received", content_type="text/html")

    ready, stop = threading.Event(), {}

    def serve() -> None:
        loop = asyncio.new_event_loop()
        app = web.Application()
        app.router.add_route("POST", "/f/act", tap)
        app.router.add_route("POST", "/p", note)
        runner = web.AppRunner(app, access_log=None)
        loop.run_until_complete(runner.setup())
        site = web.TCPSite(runner, "127.0.0.1", 0)
        loop.run_until_complete(site.start())
        stop["port"] = site._server.sockets[0].getsockname()[1]
        stop["loop"], stop["event"] = loop, asyncio.Event()
        ready.set()
        loop.run_until_complete(stop["event"].wait())
        loop.run_until_complete(runner.cleanup())
        loop.close()

    t = threading.Thread(target=serve)
    t.start()
    ready.wait()
    base = f"http://127.0.0.1:{stop['port']}"
    try:
        times, _acked = asyncio.run(load(base + "/f/", base + "/p", list(range(1, 31)), "x" * 32, form=False))
    finally:
        stop["loop"].call_soon_threadsafe(stop["event"].set)
        t.join()
    conn.close()
    return times


def p95(times: list[float]) -> float:
    return statistics.quantiles(times, n=20)[-1]


def main() -> None:
    tmp = Path(tempfile.mkdtemp())
    times, acked, stored = ours(tmp)
    floor_times = floor(tmp)
    tap, bare = p95(times), p95(floor_times)
    print(f"taps: {len(times)} sent, {acked} acknowledged, {stored} in the file; median {statistics.median(times):.1f} ms")
    print(f"floor: median {statistics.median(floor_times):.1f} ms")
    print(f"RESULT tap_p95_ms={tap:.1f} floor_p95_ms={bare:.1f} ratio={tap / bare:.2f} lost={acked - stored}")


if __name__ == "__main__":
    main()
