"""The one timing engine: agenda items and, inside them, protocol steps.

A countdown is a pure function of a stored event log, the plan and the clock:

    snapshot = fold(events, plan)          # once per change to the log
    view = snapshot.view(clock.now())      # every repaint, O(1)
    events += next_(snapshot, plan, clock.now())

Schedule the next repaint `view.next_change_in` seconds ahead; sampling at
exactly that moment shows the next number. All arithmetic is on UTC epoch
seconds, so midnight, daylight-saving changes and a night of sleep need no
special case. The pieces live in `timing_values`, `timing_countdown`,
`timing_fold` and `timing_commands`; this module is the one to import.
"""

from app.domain.timing_commands import (
    adjust,
    auto_advance_due,
    back,
    goto,
    next_,
    start_or_pause,
)
from app.domain.timing_countdown import Countdown, Zone, format_clock, make_countdown
from app.domain.timing_fold import RunSnapshot, RunView, fold
from app.domain.timing_values import EventKind, ItemActual, Plan, PlanItem, TimerEvent

__all__ = [
    "Countdown",
    "EventKind",
    "ItemActual",
    "Plan",
    "PlanItem",
    "RunSnapshot",
    "RunView",
    "TimerEvent",
    "Zone",
    "adjust",
    "auto_advance_due",
    "back",
    "fold",
    "format_clock",
    "goto",
    "make_countdown",
    "next_",
    "start_or_pause",
]
