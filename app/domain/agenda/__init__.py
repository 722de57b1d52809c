"""The one timing engine: agenda items and, inside them, protocol steps.

A countdown is a pure function of a stored event log, the plan and the clock:

    snapshot = fold(events, plan)          # once per change to the log
    view = snapshot.view(clock.now())      # every repaint, O(1)
    events += next_(snapshot, plan, clock.now())

Schedule the next repaint `view.next_change_in` seconds ahead; sampling at
exactly that moment shows the next number. All arithmetic is on UTC epoch
seconds, so midnight, daylight-saving changes and a night of sleep need no
special case. The pieces live in `values`, `countdown`, `fold` and
`commands`; the day's planned times and re-planning in `schedule` and
`replan`. Import the engine from this package.
"""

from app.domain.agenda.commands import (
    adjust,
    auto_advance_due,
    back,
    goto,
    next_,
    start_or_pause,
)
from app.domain.agenda.countdown import Countdown, Zone, format_clock, make_countdown
from app.domain.agenda.fold import RunSnapshot, RunView, fold
from app.domain.agenda.values import EventKind, ItemActual, Plan, PlanItem, TimerEvent

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
