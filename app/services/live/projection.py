"""When the rest of a day's items will start, given how the run is going (read-only).

The running item ends at now + what is left of it (overtime counts as none
left); each later item takes its planned minutes, and an item with a fixed
start waits for it when the day is early. Items already started keep their
actual times, which the caller reads from `LiveService.times`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.services.live.service import LiveService


def projected_starts(live: LiveService, day_id: int) -> dict[int, float]:
    """Local minutes since midnight at which each not-yet-started item of the day is expected to start."""
    sched = live.schedule(day_id)
    entries = list(sched.entries)
    if not entries:
        return {}
    snap = live.snapshot()
    now = live.ws.clock.now()

    def started(item_id: int) -> bool:
        try:
            return snap.actual(item_id, now).started_at is not None
        except KeyError:
            return False

    view = live.view(now)
    ids = [e.entry.item_id for e in entries]
    if view.item_id in ids and view.item is not None:
        first = ids.index(view.item_id) + 1
        cursor = live.now_minutes() + max(0.0, view.item.remaining) / 60
    else:
        done = [i for i, item_id in enumerate(ids) if started(item_id)]
        first = done[-1] + 1 if done else 0
        if first >= len(entries):
            return {}
        day = next((d for d in live.days() if d.id == day_id), None)
        cursor = float(entries[first].start)
        if day is not None and day.date == live.local(now).date():
            cursor = max(cursor, live.now_minutes())
    out: dict[int, float] = {}
    for e in entries[first:]:
        if started(e.entry.item_id):
            continue
        fixed = e.entry.fixed_start
        start = cursor if fixed is None else max(cursor, float(fixed))
        out[e.entry.item_id] = start
        cursor = start + e.entry.minutes
    return out
