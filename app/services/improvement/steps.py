"""How the improvement parts write: one committed, undoable step, then ImprovementChanged on the bus.

`record` is History.record for one hook; `record_many` makes one step over several hooks (carrying
measures, the driver diagram and cycles from an earlier convening is one Edit > Undo).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import select

from app.services.core.changes import ImprovementChanged
from app.services.core.history import History, Hook, Step, snapshot
from app.services.core.workspace import Workspace
from app.store import models as m

R = TypeVar("R")

CYCLE = Hook("pdsa_cycle", ("pdsa_cycle",))
MEASURE = Hook("measure", ("measure", "measure_value"))
VALUE = Hook("measure_value", ("measure_value",))
DRIVER = Hook("driver", ("driver",))
LINK = Hook("commitment_idea", ("commitment_idea",))
TOPICS = (ImprovementChanged,)


class Steps:
    def __init__(self, workspace: Workspace, history: History) -> None:
        self.ws = workspace
        self.history = history

    def now_us(self) -> int:
        return int(self.ws.clock.now() * 1_000_000)

    def today(self) -> dt.date:
        """The date now where the convening is (its time zone; UTC if the name is unknown)."""
        with self.ws.require().read() as s:
            name = s.scalar(select(m.Convening.timezone)) or "UTC"
        try:
            zone = ZoneInfo(name)
        except Exception:  # noqa: BLE001 - a bad zone reads as UTC, as the live run does
            zone = ZoneInfo("UTC")
        return dt.datetime.fromtimestamp(self.ws.clock.now(), zone).date()

    def record(self, label: str, hook: Hook, ids: list[int], change: Callable[[Any], R], what: str,
               new_ids: Callable[[R], list[int]] = lambda _r: []) -> R:
        result = self.history.record(label, hook, ids, change, TOPICS, new_ids)
        self.ws.bus.emit(ImprovementChanged(what=what))
        return result

    def record_many(self, label: str, change: Callable[[Any], dict[Hook, list[int]]], what: str = "") -> int:
        """One step that adds rows under several hooks: `change(session)` returns {hook: new ids}; the step is
        kept only when it added something. Returns how many rows it added."""
        with self.ws.require().session() as s:
            added = change(s)
            s.flush()
            after, before = [], []
            for hook, ids in added.items():
                if not ids:
                    continue
                snap = snapshot(s, hook, ids)
                empty = snapshot(s, hook, [])
                empty.ids = snap.ids
                after.append(snap)
                before.append(empty)
        count = sum(len(v) for v in added.values())
        if count:
            self.history.push(Step(label, before, after, TOPICS))
            self.ws.bus.emit(ImprovementChanged(what=what))
        return count
