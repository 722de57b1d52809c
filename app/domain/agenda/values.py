"""The stored values of the timing engine: events, the plan, and actuals.

A timer is never a ticking counter. It is a log of `TimerEvent`s stamped with
UTC epoch seconds, read against a `Plan`; everything shown is computed from
those two and the clock.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class EventKind(str, Enum):
    START = "start"
    PAUSE = "pause"
    RESUME = "resume"
    ADJUST = "adjust"
    GOTO = "goto"
    STOP = "stop"


@dataclass(frozen=True)
class TimerEvent:
    """One thing the facilitator did to the timer, as stored."""

    kind: EventKind
    at: float  # UTC epoch seconds when it happened
    item_id: int | None = None  # START/GOTO: target item
    step: int | None = None  # START/GOTO: target protocol step (None if the item has none)
    delta: float = 0.0  # ADJUST: seconds added to the current step if any, else the item


@dataclass(frozen=True)
class PlanItem:
    """One agenda item as the timer sees it."""

    item_id: int
    seconds: float  # planned duration
    warning_seconds: float = 120.0  # amber threshold for the item countdown
    step_seconds: tuple[float, ...] = ()  # protocol steps, planned seconds each
    auto_advance: bool = False  # when the step (or item) hits zero, move on by itself
    day: int | None = None  # which day it belongs to: PageDown/PageUp and auto-advance stay within a day

    def __post_init__(self) -> None:
        if self.seconds < 0 or self.warning_seconds < 0:
            raise ValueError(f"item {self.item_id}: durations cannot be negative")
        if any(s < 0 for s in self.step_seconds):
            raise ValueError(f"item {self.item_id}: step durations cannot be negative")

    @property
    def has_steps(self) -> bool:
        return bool(self.step_seconds)

    def step_warning_seconds(self, step: int) -> float:
        """Amber threshold for a step: a quarter of the step, at most the item's.

        Steps are often one or two minutes long; a two-minute warning would
        make them amber from the first second.
        """
        return min(self.warning_seconds, self.step_seconds[step] / 4)


@dataclass(frozen=True)
class Plan:
    """Items in running order across the whole convening (day 1 then day 2)."""

    items: tuple[PlanItem, ...]
    _index: dict[int, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        index: dict[int, int] = {}
        for position, item in enumerate(self.items):
            if item.item_id in index:
                raise ValueError(f"item {item.item_id} appears twice in the plan")
            index[item.item_id] = position
        object.__setattr__(self, "_index", index)

    def get(self, item_id: object) -> PlanItem | None:
        try:
            position = self._index.get(item_id)  # type: ignore[call-overload]
        except TypeError:  # an unhashable id read from a damaged log
            return None
        return None if position is None else self.items[position]

    def position(self, item_id: object) -> int | None:
        """Where the item sits in running order, or None if it is not planned."""
        try:
            return self._index.get(item_id)  # type: ignore[call-overload]
        except TypeError:
            return None


@dataclass(frozen=True)
class ItemActual:
    """What really happened to an item (step is None) or to one of its steps."""

    item_id: int
    step: int | None
    planned: float  # planned seconds
    adjusted: float  # seconds added (or taken) while it was current
    elapsed: float  # running seconds while it was current, over all visits
    started_at: float | None  # first time it became current (UTC epoch)
    ended_at: float | None  # last time it stopped being current; None if current or never run

    @property
    def allotted(self) -> float:
        return self.planned + self.adjusted
