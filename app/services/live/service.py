"""Running the day: the one timing engine over stored timer events.

Every press (start, pause, resume, adjust, next, back, stop) is a TimerEvent
with its UTC wall-clock time, committed before anything is shown. The state is
re-folded from the stored log whenever the file or the agenda changes, so after
a crash, a restart or a night of sleep the countdown is where it truly is.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import overload
from zoneinfo import ZoneInfo

from sqlalchemy import select

from app.domain import agenda as timing_rules
from app.domain.agenda import EventKind, Plan, PlanItem, RunSnapshot, RunView, TimerEvent
from app.domain.agenda.replan import (
    ReplanResult,
    compress_to_finish,
    compress_to_next_fixed,
    shift_rest,
    shorten_or_drop,
)
from app.domain.agenda.schedule import DayClock, DayStatus, day_status
from app.services.agenda.service import AgendaService, ItemRecord
from app.services.core.changes import AgendaChanged, Change, ConveningChanged, LiveChanged, ProtocolsChanged
from app.services.core.workspace import Workspace
from app.store import models as m


def to_us(epoch: float) -> int:
    return int(round(epoch * 1_000_000))


@dataclass(frozen=True)
class ItemTimes:
    """Planned and actual times of one item, for the console and the handouts."""

    item_id: int
    planned_start: int       # local minutes
    planned_end: int
    planned_minutes: int
    actual_start: dt.datetime | None   # local time
    actual_end: dt.datetime | None
    actual_seconds: float
    adjusted_seconds: float


class LiveService:
    def __init__(self, workspace: Workspace, agenda: AgendaService) -> None:
        self.ws = workspace
        self.agenda = agenda
        self._snapshot: RunSnapshot | None = None
        self._plan: Plan | None = None
        self._items: list[ItemRecord] = []
        self._tz: ZoneInfo | None = None
        self._schedules: dict[int, object] = {}
        self._days: list | None = None
        self._chosen: tuple[int, dt.date] | None = None  # (day id, the date it was chosen on)
        # Read the run as it stood at this moment (`convene render --at`): later presses have not happened
        # yet. None in the console: every stored event counts (a clock set back must not hide any).
        self.as_of: float | None = None
        self._subs = workspace.bus.owner("live service")
        self._subs.on(ConveningChanged, self._forget_choice)
        self._subs.on_any((ConveningChanged, AgendaChanged, ProtocolsChanged), self._invalidate)

    # -- state --------------------------------------------------------------------
    def close(self) -> None:
        self._subs.close()

    def _forget_choice(self, _change: ConveningChanged) -> None:
        self._chosen = None

    def _invalidate(self, _change: Change | None = None) -> None:
        self._snapshot = None
        self._plan = None
        self._tz = None
        self._schedules.clear()
        self._days = None

    def days(self):
        """The convening's days, cached until something changes (read every second while live)."""
        if self._days is None:
            self._days = self.ws.days()
        return self._days

    def schedule(self, day_id: int):
        """The day's schedule, cached until the agenda changes (read every second while live)."""
        if day_id not in self._schedules:
            self._schedules[day_id] = self.agenda.schedule(day_id)
        return self._schedules[day_id]

    def plan(self) -> Plan:
        if self._plan is None:
            self._items = self.agenda.all_items()
            self._plan = Plan(tuple(
                PlanItem(
                    item_id=r.id,
                    seconds=r.minutes * 60.0,
                    warning_seconds=r.warning_minutes * 60.0,
                    step_seconds=tuple(sm * 60.0 for sm in r.step_minutes),
                    auto_advance=r.auto_advance,
                    day=r.day_id,
                )
                for r in self._items
            ))
        return self._plan

    def items(self) -> list[ItemRecord]:
        self.plan()
        return list(self._items)

    def item_record(self, item_id: int | None) -> ItemRecord | None:
        if item_id is None:
            return None
        for r in self.items():
            if r.id == item_id:
                return r
        return None

    def events(self) -> list[TimerEvent]:
        with self.ws.require().read() as s:
            rows = s.scalars(select(m.TimerEvent).order_by(m.TimerEvent.id)).all()
            out = []
            for r in rows:
                try:
                    kind = EventKind(r.kind)
                except ValueError:
                    continue  # a kind from a newer Convene: skip rather than fail live
                out.append(TimerEvent(kind, r.at_us / 1_000_000, r.item_id, r.step, r.delta))
            if self.as_of is not None:
                out = [e for e in out if e.at <= self.as_of]
            return out

    def snapshot(self) -> RunSnapshot:
        if self._snapshot is None:
            self._snapshot = timing_rules.fold(self.events(), self.plan())
        return self._snapshot

    def view(self, now: float | None = None) -> RunView:
        return self.snapshot().view(self.ws.clock.now() if now is None else now)

    # -- commands -------------------------------------------------------------------
    def _record(self, events: list[TimerEvent]) -> list[TimerEvent]:
        if not events:
            return []
        with self.ws.require().session() as s:
            for e in events:
                s.add(m.TimerEvent(at_us=to_us(e.at), kind=e.kind.value, item_id=e.item_id, step=e.step,
                                   delta=float(e.delta)))
        self._snapshot = self.snapshot().extend(events)
        self.ws.bus.emit(LiveChanged(events=tuple(events)))
        return events

    # -- which day the keys act on --------------------------------------------------------
    def today(self) -> dt.date:
        return self.local(self.ws.clock.now()).date()

    def calendar_day_id(self) -> int | None:
        """The day the calendar says: today's day; else the running item's; else the first with
        something still to run; else the first."""
        days = self.days()
        today = self.today()
        for d in days:
            if d.date == today:
                return d.id
        current = self.current_day_id()
        if current is not None:
            return current
        for d in days:
            if self.ready_item(d.id) is not None:
                return d.id
        return days[0].id if days else None

    def chosen_day_id(self) -> int | None:
        """The day Space, PageDown and PageUp act on: the one picked in the Live tab today,
        else the calendar's."""
        if self._chosen is not None:
            day_id, on = self._chosen
            if on == self.today() and any(d.id == day_id for d in self.days()):
                return day_id
            self._chosen = None
        return self.calendar_day_id()

    def choose_day(self, day_id: int | None) -> None:
        """Pick the day to run (None: follow the calendar). Nothing is stored; listeners repaint."""
        self._chosen = None if day_id is None else (day_id, self.today())
        self.ws.bus.emit(LiveChanged(events=()))

    def ready_item(self, day_id: int | None = None) -> ItemRecord | None:
        """What Space starts on the day (the chosen one by default): its first open item.

        That is the item after the last one of the day that has run, or the day's first
        item when none has; None when the day is done or empty. The Live tab's "Ready:"
        line names exactly this.
        """
        if day_id is None:
            day_id = self.chosen_day_id()
        items = [r for r in self.items() if r.day_id == day_id]
        snap = self.snapshot()
        ran = [i for i, r in enumerate(items) if snap.actual(r.id).started_at is not None]
        nxt = ran[-1] + 1 if ran else 0
        return items[nxt] if nxt < len(items) else None

    def runs_chosen_day(self) -> bool:
        """Whether what is current (running or paused) belongs to the chosen day."""
        current = self.current_day_id()
        return current is not None and current == self.chosen_day_id()

    def _start_ready(self) -> list[TimerEvent]:
        rec = self.ready_item()
        if rec is None:
            return []
        return self._record(timing_rules.goto(self.snapshot(), self.plan(), self.ws.clock.now(), rec.id))

    def start_pause(self) -> list[TimerEvent]:
        """Space: pause or resume the chosen day's item; otherwise start the chosen day's ready item
        (ending an item of another day that was left running)."""
        if not self.runs_chosen_day():
            return self._start_ready()
        return self._record(timing_rules.start_or_pause(self.snapshot(), self.plan(), self.ws.clock.now()))

    def next(self) -> list[TimerEvent]:
        """PageDown: the next step or item of the same day; after the day's last item, end the day."""
        if not self.runs_chosen_day():
            return self._start_ready()
        return self._record(timing_rules.next_(self.snapshot(), self.plan(), self.ws.clock.now()))

    def back(self) -> list[TimerEvent]:
        """PageUp: the previous step or item of the same day; after an accidental end of the
        chosen day, bring back what was stopped."""
        snap = self.snapshot()
        if snap.idle:
            stopped = snap.stopped_at_node
            rec = self.item_record(stopped[0]) if stopped else None
            if rec is None or rec.day_id != self.chosen_day_id():
                return []
        elif not self.runs_chosen_day():
            return []
        return self._record(timing_rules.back(snap, self.plan(), self.ws.clock.now()))

    def adjust(self, seconds: float) -> list[TimerEvent]:
        return self._record(timing_rules.adjust(self.snapshot(), self.plan(), self.ws.clock.now(), seconds))

    def goto(self, item_id: int, step: int | None = None) -> list[TimerEvent]:
        return self._record(timing_rules.goto(self.snapshot(), self.plan(), self.ws.clock.now(), item_id, step))

    def stop(self) -> list[TimerEvent]:
        snap = self.snapshot()
        if snap.idle:
            return []
        return self._record([TimerEvent(EventKind.STOP, self.ws.clock.now())])

    def tick(self) -> list[TimerEvent]:
        """Advance by itself where an item asks to, stamped at the moment it reached zero."""
        return self._record(timing_rules.auto_advance_due(self.snapshot(), self.plan(), self.ws.clock.now()))

    # -- times ----------------------------------------------------------------------
    def tz(self) -> ZoneInfo:
        if self._tz is None:
            try:
                self._tz = ZoneInfo(self.ws.details().timezone)
            except Exception:  # noqa: BLE001
                self._tz = ZoneInfo("UTC")
        return self._tz

    @overload
    def local(self, epoch: float) -> dt.datetime: ...
    @overload
    def local(self, epoch: None) -> None: ...
    @overload
    def local(self, epoch: float | None) -> dt.datetime | None: ...

    def local(self, epoch: float | None) -> dt.datetime | None:
        return None if epoch is None else dt.datetime.fromtimestamp(epoch, self.tz())

    def times(self, day_id: int) -> list[ItemTimes]:
        sched = self.agenda.schedule(day_id)
        snap = self.snapshot()
        now = self.ws.clock.now()
        out = []
        for entry in sched.entries:
            try:
                actual = snap.actual(entry.entry.item_id, now)
            except KeyError:
                actual = None
            out.append(ItemTimes(
                item_id=entry.entry.item_id,
                planned_start=entry.start,
                planned_end=entry.end,
                planned_minutes=entry.entry.minutes,
                actual_start=self.local(actual.started_at) if actual else None,
                actual_end=self.local(actual.ended_at) if actual else None,
                actual_seconds=actual.elapsed if actual else 0.0,
                adjusted_seconds=actual.adjusted if actual else 0.0,
            ))
        return out

    def now_minutes(self) -> float:
        t = self.local(self.ws.clock.now())
        return t.hour * 60 + t.minute + t.second / 60 + t.microsecond / 60e6

    def day_clock(self, day_id: int) -> DayClock:
        """The day's wall clock: its local minutes on its date, as UTC epoch seconds and back.

        On another date than the day's (a rehearsal, the demo), today's date stands in,
        so the pace is measured against today's clock.
        """
        day = next((d for d in self.days() if d.id == day_id), None)
        today = self.local(self.ws.clock.now()).date()
        date = day.date if day is not None and day.date == today else today
        return DayClock(date, self.tz())

    def status(self, day_id: int) -> DayStatus | None:
        """How far the day is behind or ahead, with its projected end (None when not running it).

        Computed on UTC epoch seconds (the same clock as the countdown), shown in local time.
        """
        view = self.view()
        sched = self.schedule(day_id)
        ids = [e.entry.item_id for e in sched.entries]
        if view.item_id not in ids or view.item is None:
            return None
        return day_status(sched, ids.index(view.item_id), view.item.remaining, self.ws.clock.now(),
                          self.day_clock(day_id))

    def other_date(self, day_id: int):
        """The day's date when it is not today (a rehearsal, the demo on another day), else None."""
        day = next((d for d in self.days() if d.id == day_id), None)
        if day is None or day.date == self.local(self.ws.clock.now()).date():
            return None
        return day.date

    def current_day_id(self) -> int | None:
        rec = self.item_record(self.snapshot().current_item_id)
        return rec.day_id if rec else None

    # -- re-planning ------------------------------------------------------------------
    def first_open_index(self, day_id: int) -> tuple[int, float]:
        """Index of the first item of the day a re-plan may change, and when it can start.

        After the running item if it is on this day; otherwise by the clock, on this
        day's date: a day still to come is open from its first item, a day gone by not at all.
        """
        sched = self.agenda.schedule(day_id)
        ids = [e.entry.item_id for e in sched.entries]
        view = self.view()
        wall = self.day_clock(day_id)
        now_s = self.ws.clock.now()
        if view.item_id in ids and view.item is not None:
            i = ids.index(view.item_id)
            return i + 1, wall.minutes(now_s + max(0.0, view.item.remaining))
        day = next((d for d in self.days() if d.id == day_id), None)
        today = self.local(self.ws.clock.now()).date()
        if day is not None and day.date > today:
            return 0, float(sched.entries[0].start if sched.entries else sched.day_start)
        if day is not None and day.date < today:
            return len(ids), float(sched.day_end)
        now = wall.minutes(now_s)
        for i, e in enumerate(sched.entries):
            if e.end > now:
                return i, max(now, e.start)
        return len(ids), now

    _from = first_open_index

    def preview_shift(self, day_id: int, delta_minutes: int | None = None) -> ReplanResult:
        """Shift everything after now by the delay (or by `delta_minutes`)."""
        sched = self.agenda.schedule(day_id)
        idx, start = self._from(day_id)
        if delta_minutes is None:
            planned = sched.entries[idx].start if idx < len(sched.entries) else start
            delta_minutes = max(0, int(round(start - planned)))
        return shift_rest(sched, idx, delta_minutes)

    def preview_compress(self, day_id: int, min_minutes: int = 5) -> ReplanResult:
        sched = self.agenda.schedule(day_id)
        idx, start = self._from(day_id)
        return compress_to_next_fixed(sched, idx, start, min_minutes)

    def preview_finish_by(self, day_id: int, finish_by: int, min_minutes: int = 5) -> ReplanResult:
        """Compress the rest of the day to end by `finish_by` (local minutes), fixed items kept."""
        sched = self.agenda.schedule(day_id)
        idx, start = self._from(day_id)
        return compress_to_finish(sched, idx, start, finish_by, min_minutes)

    def preview_shorten(self, day_id: int, new_minutes: dict[int, int], drop: set[int]) -> ReplanResult:
        sched = self.agenda.schedule(day_id)
        idx, _ = self._from(day_id)
        return shorten_or_drop(sched, idx, new_minutes, drop)
