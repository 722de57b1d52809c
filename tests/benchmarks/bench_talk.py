"""Talk tracking: a tap to its durable commit, against a bare sqlite3 commit with the same pragmas
(WAL, synchronous=FULL, foreign keys on) in the same run; every live figure for 10,000 turns
among 150 people; and the seating map's update after a tap with 150 people seated at tables (the
service's map data, the widget taking it, and one full paint, offscreen). The taps run with a
protocol item running at a step, as in the room.

    PYTHONPATH=. .venv/bin/python tests/benchmarks/bench_talk.py

Last line: RESULT tap_ms=<median tap> floor_ms=<median bare commit> ratio=<tap/floor> metrics_ms=<median>
map_ms=<median map update>.
Targets: ratio <= 2, metrics_ms <= 20, map_ms <= 16.
"""

from __future__ import annotations

import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

TAPS = int(os.environ.get("BENCH_TAPS", "200"))
PEOPLE = 150


def bare_floor(path: Path):
    """One UPDATE (end the previous turn) and one INSERT (the new one), committed: what a tap must write."""
    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON"):
        conn.execute(f"PRAGMA {pragma}")
    conn.execute("CREATE TABLE seg (id INTEGER PRIMARY KEY, participant_id INTEGER, item_id INTEGER, step INTEGER,"
                 " started_us INTEGER, ended_us INTEGER, conversation_id INTEGER, seen_us INTEGER)")
    state = {"open": None, "n": 0}

    def once() -> float:
        t0 = time.perf_counter()
        conn.execute("BEGIN")
        if state["open"] is not None:
            conn.execute("UPDATE seg SET ended_us = ? WHERE id = ?", (state["n"], state["open"]))
        cur = conn.execute("INSERT INTO seg (participant_id, item_id, step, started_us, ended_us, conversation_id,"
                           " seen_us) VALUES (?, NULL, NULL, ?, NULL, 1, ?)", (state["n"] % PEOPLE, state["n"],
                                                                                  state["n"]))
        conn.execute("COMMIT")
        state["open"] = cur.lastrowid
        state["n"] += 1
        return time.perf_counter() - t0

    return once, conn.close


def service_taps(tmp: Path):
    import datetime as dt

    from app.domain.clock import FakeClock
    from app.services.agenda.service import ItemData
    from app.services.core.records import ConveningDetails, DayDetails
    from app.services.core.workspace import Workspace
    from app.services.root import Services
    from app.store import models as m

    clock = FakeClock()
    ws = Workspace(clock, tmp / "data")
    ws.new(tmp / "bench.convene", ConveningDetails("Bench", timezone="UTC", days=(DayDetails(dt.date(2027, 1, 21)),)))
    with ws.require().session() as s:
        for n in range(PEOPLE):
            s.add(m.Participant(name=f"Person {n:03d}"))
    services = Services(ws)
    agenda, protocols, live, talk = services.agenda, services.protocols, services.live, services.talk
    # A protocol item running at a step, as in the room: every turn is tied to both.
    item = agenda.add_item(ws.days()[0].id, ItemData(title="Consultancy", kind="protocol", minutes=45))
    protocols.attach(item, "Consultancy on a Dilemma")
    live.goto(item, 1)
    _label, members = talk.scope_members("room")
    talk.start_conversation(members)
    rng = random.Random(1)

    def once() -> float:
        clock.advance(rng.uniform(2, 40))
        who = rng.choice(members)
        t0 = time.perf_counter()
        talk.tap(who)   # returns after the commit
        return time.perf_counter() - t0

    def close() -> None:
        services.close()
        ws.close()

    return once, close


def metrics_ms() -> float:
    from app.domain.talk.goals import EVERYONE_SPEAKS, MAX_RATIO, Goal, check_goals
    from app.domain.talk.lenses import group_shares, is_multi, lens_groups
    from app.domain.talk.metrics import figures
    from app.domain.talk.suppress import suppress
    from app.domain.talk.turns import Turn

    rng = random.Random(2)
    people = list(range(1, PEOPLE + 1))
    lenses = {
        "Role": {p: (rng.choice(["teacher", "principal", "counselor", "district leader", "student"]),) for p in people},
        "Race/ethnicity": {p: tuple(rng.sample(["Black", "Latinx", "White", "Asian", "Native American",
                                                "Prefer not to say"], rng.choice([0, 1, 1, 1, 2]))) for p in people},
        "Years": {p: (rng.choice(["New", "1-2", "3+"]),) for p in people if rng.random() > 0.1},
    }
    turns, t = [], 1_000.0
    for i in range(10_000):
        length = rng.uniform(3, 60)
        turns.append(Turn(i + 1, rng.choice(people) if rng.random() > 0.03 else None, t, t + length))
        t += length + rng.choice((0, 0, 1))
    turns[-1] = Turn(turns[-1].id, turns[-1].speaker, turns[-1].start, None)
    goals = [Goal(EVERYONE_SPEAKS), Goal(MAX_RATIO, "Role", 1.25)]
    times = []
    for _ in range(30):
        t0 = time.perf_counter()
        f = figures(turns, people, t + 5)
        secs = f.seconds_by_person()
        shares = {}
        for name, vals in lenses.items():
            groups = lens_groups(people, vals)
            multi = is_multi(people, vals)
            shares[name] = group_shares(groups, secs, len(people), multi=multi)
            group_shares(suppress(groups, 5).groups, secs, len(people), multi=multi)  # the room's view
        check_goals(goals, f, shares)
        times.append(time.perf_counter() - t0)
    return 1000 * statistics.median(times)


def map_ms(tmp: Path) -> float:
    """After each tap: `talk.seating.view()`, `SeatingMap.set_view`, and the paint that follows (the cells
    that changed, in a shown window, offscreen). A full paint of all 150 is printed beside it."""
    import datetime as dt

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from app.domain.clock import FakeClock
    from app.domain.pairing.tables import TableRules
    from app.services.core.records import ConveningDetails, DayDetails
    from app.services.core.workspace import Workspace
    from app.services.root import Services
    from app.store import models as m
    from app.ui.talk.seating_map import SeatingMap

    app = QApplication.instance() or QApplication([])
    clock = FakeClock()
    ws = Workspace(clock, tmp / "map-data")
    ws.new(tmp / "map.convene", ConveningDetails("Map", timezone="UTC", days=(DayDetails(dt.date(2027, 1, 21)),)))
    with ws.require().session() as s:
        for n in range(PEOPLE):
            s.add(m.Participant(name=f"Participant {n:03d} Hernández"))
    services = Services(ws)
    services.pairing.tables.compute(TableRules())
    talk = services.talk
    _label, members = talk.scope_members("room")
    talk.start_conversation(members)
    painted: list[int] = []

    class Counted(SeatingMap):
        def paint(self, p, area=None) -> None:
            painted.append(1)
            super().paint(p, area)

    widget = Counted()
    widget.resize(900, 560)
    widget.show()
    widget.set_view(talk.seating.view("table"))
    app.processEvents()
    image = QImage(widget.size(), QImage.Format.Format_ARGB32)
    rng = random.Random(3)
    times, full = [], []
    for i in range(60):
        clock.advance(rng.uniform(2, 40))
        talk.tap(rng.choice(members))
        if i % 7 == 0:
            talk.queue.toggle(rng.choice(members))
        t0 = time.perf_counter()
        widget.set_view(talk.seating.view("table"))
        app.processEvents()   # paints what set_view marked (the next event-loop turn)
        times.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        widget.render(image)
        full.append(time.perf_counter() - t0)
    assert widget.pages() == 1, "everyone on one page"
    assert len(painted) >= 2 * 60, "each tap painted its cells (and each full paint ran)"
    print(f"map: a full paint of {PEOPLE} names {1000 * statistics.median(full):.2f} ms")
    widget.deleteLater()
    services.close()
    ws.close()
    app.processEvents()
    return 1000 * statistics.median(times[5:])


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        floor, close_floor = bare_floor(tmp / "floor.sqlite")
        tap, close_tap = service_taps(tmp)
        for _ in range(10):  # warm up both
            floor()
            tap()
        taps, floors = [], []
        for _ in range(TAPS):  # interleaved, so both see the same disk and machine load
            floors.append(floor())
            taps.append(tap())
        close_floor()
        close_tap()
    tap_ms = 1000 * statistics.median(taps)
    floor_ms = 1000 * statistics.median(floors)
    m_ms = metrics_ms()
    with tempfile.TemporaryDirectory() as tmp:
        mp_ms = map_ms(Path(tmp))
    print(f"taps {TAPS}: tap p90 {1000 * statistics.quantiles(taps, n=10)[-1]:.2f} ms, "
          f"floor p90 {1000 * statistics.quantiles(floors, n=10)[-1]:.2f} ms")
    print(f"RESULT tap_ms={tap_ms:.2f} floor_ms={floor_ms:.2f} ratio={tap_ms / floor_ms:.2f} metrics_ms={m_ms:.2f} map_ms={mp_ms:.2f}")


if __name__ == "__main__":
    main()
