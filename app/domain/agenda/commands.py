"""What a key press does to the timer: pure functions returning events to store.

Each command looks at the snapshot, the plan and "now" and returns the events
to append to the log ([] when there is nothing to do). The caller stores them
and re-folds (or `snapshot.extend(events)`); nothing here changes state.
"""

from __future__ import annotations

from app.domain.agenda.fold import Node, RunSnapshot
from app.domain.agenda.values import EventKind, Plan, PlanItem, TimerEvent


def _first_node(item: PlanItem) -> Node:
    return (item.item_id, 0 if item.has_steps else None)


def _last_node(item: PlanItem) -> Node:
    return (item.item_id, len(item.step_seconds) - 1 if item.has_steps else None)


def _node_after(plan: Plan, node: Node) -> Node | None:
    """The next step, else the next item's first node, else None (end of plan or of the item's day)."""
    item_id, step = node
    item = plan.get(item_id)
    if item is None:
        return None
    if step is not None and step + 1 < len(item.step_seconds):
        return (item_id, step + 1)
    position = plan.position(item_id)
    assert position is not None
    if position + 1 < len(plan.items) and plan.items[position + 1].day == item.day:
        return _first_node(plan.items[position + 1])
    return None


def _node_before(plan: Plan, node: Node) -> Node | None:
    item_id, step = node
    if step is not None and step > 0:
        return (item_id, step - 1)
    position = plan.position(item_id)
    if position is None or position == 0:
        return None
    if plan.items[position - 1].day != plan.items[position].day:
        return None  # another day's item starts only when that day is chosen
    return _last_node(plan.items[position - 1])


def _start_point(snapshot: RunSnapshot, plan: Plan) -> Node | None:
    """Where a run from idle begins: the first item, or the one after where the
    last run stopped. None when all is done. The live service does not rely on
    this for a plan with days: it starts the chosen day's first open item."""
    if not plan.items:
        return None
    stopped = snapshot.stopped_at_node
    if stopped is None or plan.get(stopped[0]) is None:
        return _first_node(plan.items[0])
    position = plan.position(stopped[0])
    assert position is not None
    if position + 1 < len(plan.items):
        return _first_node(plan.items[position + 1])
    return None


def _move(snapshot: RunSnapshot, node: Node, now: float) -> list[TimerEvent]:
    kind = EventKind.START if snapshot.idle else EventKind.GOTO
    return [TimerEvent(kind, now, item_id=node[0], step=node[1])]


def _current(snapshot: RunSnapshot) -> Node | None:
    if snapshot.current_item_id is None:
        return None
    return (snapshot.current_item_id, snapshot.current_step)


def start_or_pause(snapshot: RunSnapshot, plan: Plan, now: float) -> list[TimerEvent]:
    """Space bar: start from idle, pause when running, resume when paused."""
    if snapshot.idle:
        node = _start_point(snapshot, plan)
        return [] if node is None else _move(snapshot, node, now)
    kind = EventKind.PAUSE if snapshot.running else EventKind.RESUME
    return [TimerEvent(kind, now)]


def next_(snapshot: RunSnapshot, plan: Plan, now: float) -> list[TimerEvent]:
    """PageDown: next step, else next item, else STOP after the last item.

    From idle it starts where `start_or_pause` would. The target always runs.
    """
    current = _current(snapshot)
    if current is None:
        node = _start_point(snapshot, plan)
        return [] if node is None else _move(snapshot, node, now)
    target = _node_after(plan, current)
    if target is None:
        return [TimerEvent(EventKind.STOP, now)]
    return _move(snapshot, target, now)


def back(snapshot: RunSnapshot, plan: Plan, now: float) -> list[TimerEvent]:
    """PageUp: previous step, else previous item's last step; no-op at the start.

    Going back resumes the earlier node where it left off. From idle after a
    STOP (a clicker pressed once too often) it brings back what was stopped.
    """
    current = _current(snapshot)
    if current is None:
        stopped = snapshot.stopped_at_node
        if stopped is None or plan.get(stopped[0]) is None:
            return []
        return _move(snapshot, stopped, now)
    target = _node_before(plan, current)
    return [] if target is None else _move(snapshot, target, now)


def goto(
    snapshot: RunSnapshot, plan: Plan, now: float, item_id: int, step: int | None = None
) -> list[TimerEvent]:
    """Jump to an item (its first step if it has steps and `step` is None)."""
    item = plan.get(item_id)
    if item is None:
        return []
    if item.has_steps:
        step = 0 if step is None else step
        if not 0 <= step < len(item.step_seconds):
            return []
    elif step is not None:
        return []
    return _move(snapshot, (item_id, step), now)


def adjust(snapshot: RunSnapshot, plan: Plan, now: float, delta: float) -> list[TimerEvent]:
    """+/-: add seconds to the current step (and its item), or to the item.

    Taking time away stops at zero: pressing "-1 min" with 30 s left shows
    "00:00", never a made-up overtime. Nothing to do when idle.
    """
    view = snapshot.view(now)
    if view.item is None or delta == 0:
        return []
    shown = view.step_countdown if view.step_countdown is not None else view.item
    if delta < 0:
        delta = max(delta, -max(shown.remaining, 0.0))
        if delta == 0:
            return []
    return [TimerEvent(EventKind.ADJUST, now, delta=delta)]


def auto_advance_due(snapshot: RunSnapshot, plan: Plan, now: float) -> list[TimerEvent]:
    """Moves owed by auto-advancing nodes, each stamped when its node hit zero.

    The current node (the step if any, else the item) auto-advances when its
    item has `auto_advance`. Stamping at the zero moment rather than at `now`
    means a late check (a busy event loop, a laptop waking up) never adds
    drift; several moves are returned if several nodes ran out meanwhile.
    """
    events: list[TimerEvent] = []
    snap = snapshot
    for _ in range(sum(max(1, len(i.step_seconds)) for i in plan.items) + 1):
        if snap.idle or not snap.running or snap.since is None:
            break
        item = plan.get(snap.current_item_id)
        if item is None or not item.auto_advance:
            break
        left = snap.view(snap.since)  # remaining as of the last event
        shown = left.step_countdown if left.step_countdown is not None else left.item
        assert shown is not None
        zero_at = snap.since + max(shown.remaining, 0.0)
        if zero_at > now:
            break
        moves = next_(snap, plan, zero_at)
        if not moves:
            break
        events.extend(moves)
        snap = snap.extend(moves)
    return events
