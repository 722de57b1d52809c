"""The agenda: days of items, computed times, edits with undo and redo, and re-planning."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from typing import Any, TypeVar

from sqlalchemy import select

from app.domain.agenda.replan import ReplanResult
from app.domain.agenda.schedule import AgendaEntry, DaySchedule, compute_schedule
from app.i18n import _, translation
from app.services.agenda.suggested import SuggestedDurations
from app.services.core.changes import AgendaChanged
from app.services.core.history import AGENDA_DAY, History, HistoryError
from app.services.core.workspace import Workspace
from app.store import models as m

KINDS = ("session", "protocol", "activity", "break", "meal", "travel")

R = TypeVar("R")  # what an edit's change returns


class AgendaError(ValueError):
    """An agenda edit that cannot be made as asked; the message names the field."""


@dataclass(frozen=True)
class ItemData:
    title: str
    kind: str = "session"
    minutes: int = 30
    fixed_start: int | None = None     # local minutes since midnight
    warning_minutes: float = 2.0
    facilitator: str = ""
    room: str = ""
    notes: str = ""
    auto_advance: bool = False


@dataclass(frozen=True)
class ItemRecord(ItemData):
    id: int = 0
    day_id: int = 0
    position: int = 0
    protocol_name: str = ""
    protocol_minutes: int = 0
    step_minutes: tuple[int, ...] = field(default_factory=tuple)


def check_item(data: ItemData) -> ItemData:
    title = " ".join(data.title.split())
    if not title:
        raise AgendaError(_("Title: an agenda item needs a title."))
    if len(title) > 200:
        raise AgendaError(_("Title: keep it under 200 characters."))
    if data.kind not in KINDS:
        raise AgendaError(_("Kind: “{kind}” is not one of {join}.").format(kind=data.kind, join=', '.join(KINDS)))
    if not 0 <= int(data.minutes) <= 24 * 60:
        raise AgendaError(_("Minutes: between 0 and 1440."))
    if data.fixed_start is not None and not 0 <= data.fixed_start < 24 * 60:
        raise AgendaError(_("Fixed start: a time of day between 00:00 and 23:59."))
    if not 0 <= data.warning_minutes <= 120:
        raise AgendaError(_("Warning: between 0 and 120 minutes before the end."))
    if len(data.notes) > 20_000:
        raise AgendaError(_("Notes: keep them under 20,000 characters."))
    for label, value in (("Facilitator", data.facilitator), ("Room", data.room)):
        if len(value) > 200:
            raise AgendaError(_("{label}: keep it under 200 characters.").format(label=label))
    return replace(data, title=title, minutes=int(data.minutes), facilitator=data.facilitator.strip(),
                   room=data.room.strip())


_ITEM_FIELDS = ("title", "kind", "minutes", "fixed_start", "warning_minutes", "facilitator", "room", "notes",
                "auto_advance")


def scaled_step_minutes(protocol: m.Protocol | None, minutes: int) -> tuple[int, ...]:
    if protocol is None or not protocol.steps:
        return ()
    from app.domain.protocols.scaling import scale_steps

    steps = [s.minutes for s in protocol.steps]
    if minutes == sum(steps):
        return tuple(steps)
    if minutes < len(steps):
        return (1,) * len(steps)  # too short to scale: a minute each (as ProtocolService.item_protocol)
    return tuple(scale_steps(steps, minutes))


class AgendaService:
    def __init__(self, workspace: Workspace, history: History) -> None:
        self.ws = workspace
        self.history = history
        self.suggested = SuggestedDurations(workspace, self)  # how long items ran last time (`convene next`)

    # -- reading ----------------------------------------------------------------
    def items(self, day_id: int) -> list[ItemRecord]:
        with self.ws.require().read() as s:
            rows = s.scalars(
                select(m.AgendaItem).where(m.AgendaItem.day_id == day_id).order_by(m.AgendaItem.position)
            ).all()
            return [self._record(r) for r in rows]

    def all_items(self) -> list[ItemRecord]:
        """Every item of every day, in running order (day 1 then day 2)."""
        with self.ws.require().read() as s:
            rows = s.scalars(
                select(m.AgendaItem).join(m.Day).order_by(m.Day.position, m.AgendaItem.position)
            ).all()
            return [self._record(r) for r in rows]

    def item(self, item_id: int) -> ItemRecord:
        with self.ws.require().read() as s:
            row = s.get(m.AgendaItem, item_id)
            if row is None:
                raise AgendaError(_("That agenda item no longer exists."))
            return self._record(row)

    @staticmethod
    def _record(r: m.AgendaItem) -> ItemRecord:
        proto = r.protocol
        return ItemRecord(
            **{f: getattr(r, f) for f in _ITEM_FIELDS},
            id=r.id, day_id=r.day_id, position=r.position,
            protocol_name=proto.name if proto else "",
            protocol_minutes=proto.minutes if proto else 0,
            step_minutes=scaled_step_minutes(proto, r.minutes),
        )

    def schedule(self, day_id: int) -> DaySchedule:
        with self.ws.require().read() as s:
            day = s.get(m.Day, day_id)
            if day is None:
                raise AgendaError(_("That day no longer exists."))
            entries = [
                AgendaEntry(r.id, r.title, r.minutes, r.fixed_start, r.kind) for r in day.items
            ]
            return compute_schedule(day.start_minutes, day.end_minutes, entries)

    def day_of_item(self, item_id: int) -> int:
        return self.item(item_id).day_id

    # -- history ---------------------------------------------------------------------
    # Snapshots and restore live in services/core/history.py (hook AGENDA_DAY: a day, its items, and
    # what hangs off them); undo and redo here are the workspace's one history.
    def edit(self, label: str, day_ids: list[int], change: Callable) -> object:
        """Run `change(session)` as one committed, undoable edit of the given days.

        Other services use this when they change agenda items (attaching a protocol).
        """
        return self._edit(label, day_ids, change)

    def _edit(self, label: str, day_ids: list[int], change: Callable[[Any], R]) -> R:
        """Run `change(session)` as one committed, undoable edit of the given days."""
        def new_day(result) -> list[int]:
            extra = getattr(result, "_new_day_id", None)
            return [extra] if extra else []

        result = self.history.record(label, AGENDA_DAY, list(day_ids), change, (AgendaChanged,), new_day)
        self.ws.bus.emit(AgendaChanged())
        return result

    def can_undo(self) -> bool:
        return self.history.can_undo()

    def can_redo(self) -> bool:
        return self.history.can_redo()

    def undo_label(self) -> str:
        return self.history.undo_label()

    def redo_label(self) -> str:
        return self.history.redo_label()

    def undo(self) -> str:
        return self._guarded(self.history.undo)

    def redo(self) -> str:
        return self._guarded(self.history.redo)

    @staticmethod
    def _guarded(step: Callable[[], str]) -> str:
        try:
            return step()
        except HistoryError as exc:
            raise AgendaError(str(exc)) from exc

    # -- edits -----------------------------------------------------------------------
    def add_item(self, day_id: int, data: ItemData, index: int | None = None) -> int:
        data = check_item(data)

        def change(s):
            day = s.get(m.Day, day_id)
            if day is None:
                raise AgendaError(_("That day no longer exists."))
            row = m.AgendaItem(position=0, **asdict(data))
            n = len(day.items)
            day.items.insert(n if index is None else max(0, min(index, n)), row)
            for pos, it in enumerate(day.items):
                it.position = pos
            s.flush()
            return row.id

        return self._edit(_("add “{title}”").format(title=data.title), [day_id], change)

    def update_item(self, item_id: int, data: ItemData) -> None:
        data = check_item(data)
        day_id = self.day_of_item(item_id)

        def change(s):
            row = s.get(m.AgendaItem, item_id)
            for k, v in asdict(data).items():
                setattr(row, k, v)

        self._edit(_("edit “{title}”").format(title=data.title), [day_id], change)

    def set_minutes(self, item_id: int, minutes: int) -> None:
        rec = self.item(item_id)
        self.update_item(item_id, replace(ItemData(**{f: getattr(rec, f) for f in _ITEM_FIELDS}), minutes=minutes))

    def delete_item(self, item_id: int) -> None:
        rec = self.item(item_id)

        def change(s):
            row = s.get(m.AgendaItem, item_id)
            day = row.day
            day.items.remove(row)
            s.delete(row)
            for pos, it in enumerate(day.items):
                it.position = pos

        self._edit(_("delete “{title}”").format(title=rec.title), [rec.day_id], change)

    def move_item(self, item_id: int, new_index: int, new_day_id: int | None = None) -> None:
        """Move an item to `new_index` within its day (or another day)."""
        rec = self.item(item_id)
        target_day = new_day_id or rec.day_id
        days = sorted({rec.day_id, target_day})

        def change(s):
            row = s.get(m.AgendaItem, item_id)
            src = row.day
            dst = s.get(m.Day, target_day)
            src_items = [it for it in src.items if it.id != item_id]
            dst_items = src_items if dst is src else [it for it in dst.items]
            idx = max(0, min(new_index, len(dst_items)))
            dst_items.insert(idx, row)
            for it in dst_items:
                it.day_id = dst.id
            for pos, it in enumerate(dst_items):
                it.position = pos
            if dst is not src:
                for pos, it in enumerate(src_items):
                    it.position = pos
            s.flush()
            s.expire(src)
            s.expire(dst)

        self._edit(_("move “{title}”").format(title=rec.title), days, change)

    def duplicate_item(self, item_id: int) -> int:
        rec = self.item(item_id)

        def change(s):
            row = s.get(m.AgendaItem, item_id)
            day = row.day
            copy = m.AgendaItem(position=0, protocol_id=row.protocol_id,
                                **{f: getattr(row, f) for f in _ITEM_FIELDS})
            day.items.insert(list(day.items).index(row) + 1, copy)
            for pos, it in enumerate(day.items):
                it.position = pos
            s.flush()
            return copy.id

        return self._edit(_("duplicate “{title}”").format(title=rec.title), [rec.day_id], change)

    def copy_day(self, day_id: int) -> int:
        """Add a new day after the last one, holding copies of `day_id`'s items."""

        class _Result(int):
            _new_day_id: int

        said = translation(self.ws.data_language())   # the copy's title is stored: in the convening's language

        def change(s):
            src = s.get(m.Day, day_id)
            if src is None:
                raise AgendaError(_("That day no longer exists."))
            last = s.scalars(select(m.Day).order_by(m.Day.position.desc())).first()
            new = m.Day(convening_id=src.convening_id, position=last.position + 1,
                        date=last.date + dt.timedelta(days=1), title=said.gettext("{title} (copy)").format(title=src.title) if src.title else "",
                        start_minutes=src.start_minutes, end_minutes=src.end_minutes)
            s.add(new)
            s.flush()
            for pos, row in enumerate(src.items):
                new.items.append(m.AgendaItem(position=pos, protocol_id=row.protocol_id,
                                              **{f: getattr(row, f) for f in _ITEM_FIELDS}))
            s.flush()
            result = _Result(new.id)
            result._new_day_id = new.id
            return result

        return int(self._edit(_("copy a day"), [day_id], change))

    def set_day_times(self, day_id: int, start_minutes: int, end_minutes: int) -> None:
        if not 0 <= start_minutes < end_minutes <= 24 * 60:
            raise AgendaError(_("Day times: the day must end after it starts."))

        def change(s):
            day = s.get(m.Day, day_id)
            if day is None:
                raise AgendaError(_("That day no longer exists."))
            day.start_minutes, day.end_minutes = start_minutes, end_minutes

        self._edit(_("change the day's times"), [day_id], change)

    def apply_replan(self, day_id: int, result: ReplanResult, label: str = "") -> None:
        """Apply a previewed re-plan as one undoable edit: new lengths, moved fixed starts, drops."""
        keep = {e.item_id: e for e in result.new_entries}

        def change(s):
            day = s.get(m.Day, day_id)
            survivors = []
            for row in list(day.items):
                entry = keep.get(row.id)
                if entry is None:
                    day.items.remove(row)
                    s.delete(row)
                    continue
                row.minutes, row.fixed_start = entry.minutes, entry.fixed_start
                survivors.append(row)
            for pos, row in enumerate(survivors):
                row.position = pos

        self._edit(label or _("re-plan the day"), [day_id], change)
