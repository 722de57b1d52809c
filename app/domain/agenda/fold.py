"""Replaying a timer log: `fold(events, plan)` gives a `RunSnapshot`.

The snapshot is the state after the last event and does not depend on "now";
`snapshot.view(now)` turns it into what the screen shows, in constant time.

Rules of the replay (a stored log must never crash it):
- START begins a run from idle; GOTO ends the current node and makes the
  target current and running (from idle it starts the run there);
  PAUSE/RESUME toggle; ADJUST adds seconds to the current step (and so to its
  item) or to the item; STOP ends the current item and leaves nothing current.
- An event for an unknown item or step, or one that makes no sense in the
  current state (PAUSE while paused, RESUME while running, ADJUST or STOP when
  idle, START while something is current), is skipped.
- An event stamped before the previous accepted one (the wall clock was set
  back) counts as happening at the previous event's time, so no running
  stretch is ever negative.
- For an item with steps, a START/GOTO without a step means its first step.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from app.domain.agenda.countdown import Countdown, make_countdown
from app.domain.agenda.values import EventKind, ItemActual, Plan, TimerEvent

Node = tuple[int, "int | None"]


@dataclass(frozen=True)
class _Tally:
    elapsed: float = 0.0  # running seconds already counted
    adjusted: float = 0.0
    started_at: float | None = None
    ended_at: float | None = None


@dataclass(frozen=True)
class RunView:
    """What the screen shows at one moment."""

    item_id: int | None
    step: int | None
    running: bool
    item: Countdown | None
    step_countdown: Countdown | None
    next_change_in: float | None  # seconds until any shown number changes; None if paused/idle


IDLE_VIEW = RunView(None, None, False, None, None, None)


@dataclass(frozen=True)
class RunSnapshot:
    """State of the run after the last event; read it with `view(now)`."""

    plan: Plan = field(repr=False)
    current_item_id: int | None = None
    current_step: int | None = None
    running: bool = False
    since: float | None = None  # running time is counted up to this wall time
    last_event_at: float | None = None  # time of the last accepted event
    stopped_at_node: Node | None = None  # what was current at the last STOP
    _items: dict[int, _Tally] = field(default_factory=dict, repr=False)
    _steps: dict[tuple[int, int], _Tally] = field(default_factory=dict, repr=False)

    @property
    def idle(self) -> bool:
        return self.current_item_id is None

    def extend(self, events: Iterable[TimerEvent]) -> RunSnapshot:
        """The snapshot after also applying `events` (same as re-folding all)."""
        folder = _Folder(self)
        for event in events:
            folder.apply(event)
        return folder.freeze()

    # -- reading -----------------------------------------------------------------------

    def _live(self, now: float | None) -> float:
        """Running seconds since the last event, at `now` (0 if paused)."""
        if not self.running or now is None or self.since is None or now <= self.since:
            return 0.0
        return now - self.since

    def view(self, now: float) -> RunView:
        """Countdowns at `now`. Constant time whatever the length of the log."""
        item_id = self.current_item_id
        if item_id is None:
            return IDLE_VIEW
        plan_item = self.plan.get(item_id)
        assert plan_item is not None  # the fold only makes planned items current
        live = self._live(now)
        tally = self._items.get(item_id, _Tally())
        item_allotted = plan_item.seconds + tally.adjusted
        item_cd = make_countdown(item_allotted, tally.elapsed + live, plan_item.warning_seconds)
        step_cd = None
        shown: list[tuple[float, float, Countdown]] = [(item_allotted, tally.elapsed, item_cd)]
        step = self.current_step
        if step is not None:
            st = self._steps.get((item_id, step), _Tally())
            step_allotted = plan_item.step_seconds[step] + st.adjusted
            step_cd = make_countdown(
                step_allotted, st.elapsed + live, plan_item.step_warning_seconds(step)
            )
            shown.append((step_allotted, st.elapsed, step_cd))
        next_change = None
        if self.running:
            next_change = min(self._aligned_change(now, a, c, cd) for a, c, cd in shown)
        return RunView(item_id, step, self.running, item_cd, step_cd, next_change)

    def _aligned_change(self, now: float, allotted: float, counted: float, cd: Countdown) -> float:
        """Seconds after `now` at which this countdown's number is one lower.

        Nudged up by a few ulps if float rounding would otherwise make a sample
        taken at exactly `now + result` still show the old number.
        """
        wait = cd.seconds_to_next_change()
        if self.since is not None and now < self.since:  # clock set back: time resumes at `since`
            wait += self.since - now
        for _ in range(64):
            remaining = allotted - (counted + self._live(now + wait))
            if math.ceil(remaining) < cd.display_seconds:
                break
            wait = math.nextafter(wait, math.inf)
        return wait

    def actual(self, item_id: int, now: float | None = None) -> ItemActual:
        """Planned vs actual for an item. Pass `now` to count the running stretch too."""
        plan_item = self.plan.get(item_id)
        if plan_item is None:
            raise KeyError(item_id)
        tally = self._items.get(item_id, _Tally())
        live = self._live(now) if item_id == self.current_item_id else 0.0
        return ItemActual(
            item_id, None, plan_item.seconds, tally.adjusted, tally.elapsed + live,
            tally.started_at, tally.ended_at,
        )

    def step_actual(self, item_id: int, step: int, now: float | None = None) -> ItemActual:
        plan_item = self.plan.get(item_id)
        if plan_item is None or not 0 <= step < len(plan_item.step_seconds):
            raise KeyError((item_id, step))
        tally = self._steps.get((item_id, step), _Tally())
        current = (item_id, step) == (self.current_item_id, self.current_step)
        live = self._live(now) if current else 0.0
        return ItemActual(
            item_id, step, plan_item.step_seconds[step], tally.adjusted, tally.elapsed + live,
            tally.started_at, tally.ended_at,
        )

    def actuals(self, now: float | None = None) -> tuple[ItemActual, ...]:
        """Every planned item's actual, in running order."""
        return tuple(self.actual(item.item_id, now) for item in self.plan.items)


def fold(events: Iterable[TimerEvent], plan: Plan) -> RunSnapshot:
    """Replay a stored log against the plan. Never raises on a bad event."""
    return RunSnapshot(plan).extend(events)


def _valid_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


class _Folder:
    """Mutable working copy used while replaying; frozen into a RunSnapshot."""

    def __init__(self, snap: RunSnapshot) -> None:
        self.plan = snap.plan
        self.item = snap.current_item_id
        self.step = snap.current_step
        self.running = snap.running
        self.since = snap.since
        self.last_at = snap.last_event_at
        self.stopped = snap.stopped_at_node
        self.items = dict(snap._items)
        self.steps = dict(snap._steps)

    def freeze(self) -> RunSnapshot:
        return RunSnapshot(
            self.plan, self.item, self.step, self.running, self.since, self.last_at,
            self.stopped, self.items, self.steps,
        )

    def apply(self, event: TimerEvent) -> None:
        try:
            kind = EventKind(event.kind)
        except ValueError:
            return
        at = event.at
        if not _valid_number(at):
            return
        if self.last_at is not None and at < self.last_at:
            at = self.last_at
        if self._apply(kind, event, float(at)):
            self.last_at = float(at)

    def _apply(self, kind: EventKind, event: TimerEvent, at: float) -> bool:
        """Apply one event; False if it was skipped."""
        if kind in (EventKind.START, EventKind.GOTO):
            if kind is EventKind.START and self.item is not None:
                return False
            target = self._target(event.item_id, event.step)
            if target is None:
                return False
            self._flush(at)
            self._enter(target, at)
        elif kind is EventKind.PAUSE:
            if not self.running:
                return False
            self._flush(at)
            self.running = False
        elif kind is EventKind.RESUME:
            if self.item is None or self.running:
                return False
            self.running = True
            self.since = at
        elif kind is EventKind.ADJUST:
            if self.item is None or not _valid_number(event.delta) or event.delta == 0:
                return False
            self._flush(at)
            self._bump_item(self.item, adjusted=float(event.delta))
            if self.step is not None:
                self._bump_step((self.item, self.step), adjusted=float(event.delta))
        elif kind is EventKind.STOP:
            if self.item is None:
                return False
            self._flush(at)
            self._leave(None, at)
            self.stopped = (self.item, self.step)
            self.item = self.step = None
            self.running = False
            self.since = None
        return True

    def _target(self, item_id: object, step: object) -> Node | None:
        plan_item = self.plan.get(item_id)
        if plan_item is None:
            return None
        if not plan_item.has_steps:
            return (plan_item.item_id, None) if step is None else None
        if step is None:
            return (plan_item.item_id, 0)
        if isinstance(step, bool) or not isinstance(step, int):
            return None
        if not 0 <= step < len(plan_item.step_seconds):
            return None
        return (plan_item.item_id, step)

    def _flush(self, at: float) -> None:
        """Count the running stretch up to `at` into the current item and step."""
        if self.running and self.item is not None and self.since is not None:
            stretch = at - self.since
            if stretch > 0:
                self._bump_item(self.item, elapsed=stretch)
                if self.step is not None:
                    self._bump_step((self.item, self.step), elapsed=stretch)
        if self.item is not None:
            self.since = at

    def _leave(self, target: Node | None, at: float) -> None:
        """Close whatever of the current node the move to `target` ends."""
        if self.item is None:
            return
        if self.step is not None and target != (self.item, self.step):
            self._set_step((self.item, self.step), ended_at=at)
        if target is None or target[0] != self.item:
            self._set_item(self.item, ended_at=at)

    def _enter(self, target: Node, at: float) -> None:
        self._leave(target, at)
        item_id, step = target
        tally = self.items.get(item_id, _Tally())
        self.items[item_id] = replace(
            tally, ended_at=None, started_at=at if tally.started_at is None else tally.started_at
        )
        if step is not None:
            st = self.steps.get((item_id, step), _Tally())
            self.steps[(item_id, step)] = replace(
                st, ended_at=None, started_at=at if st.started_at is None else st.started_at
            )
        self.item, self.step = item_id, step
        self.running = True
        self.since = at

    def _bump_item(self, item_id: int, elapsed: float = 0.0, adjusted: float = 0.0) -> None:
        t = self.items.get(item_id, _Tally())
        self.items[item_id] = replace(
            t, elapsed=t.elapsed + elapsed, adjusted=t.adjusted + adjusted
        )

    def _bump_step(self, key: tuple[int, int], elapsed: float = 0.0, adjusted: float = 0.0) -> None:
        t = self.steps.get(key, _Tally())
        self.steps[key] = replace(t, elapsed=t.elapsed + elapsed, adjusted=t.adjusted + adjusted)

    def _set_item(self, item_id: int, ended_at: float) -> None:
        self.items[item_id] = replace(self.items.get(item_id, _Tally()), ended_at=ended_at)

    def _set_step(self, key: tuple[int, int], ended_at: float) -> None:
        self.steps[key] = replace(self.steps.get(key, _Tally()), ended_at=ended_at)
