"""What the live scenes read, cached until the services say something changed."""

from __future__ import annotations

from app.domain.agenda.schedule import format_hhmm
from app.ui.projector.scene import Scene


class LiveData:
    def __init__(self, ctx) -> None:
        self.ctx = ctx
        self._schedules: dict[int, object] = {}

    def clear(self) -> None:
        self._schedules.clear()

    @property
    def live(self):
        return (self.ctx.services.live if self.ctx.services is not None else None)

    @property
    def agenda(self):
        return (self.ctx.services.agenda if self.ctx.services is not None else None)

    def ready(self) -> bool:
        return self.ctx.workspace.store is not None and self.live is not None

    def schedule(self, day_id: int):
        if day_id not in self._schedules:
            self._schedules[day_id] = self.agenda.schedule(day_id)
        return self._schedules[day_id]

    def next_after(self, item_id: int | None):
        items = self.live.items()
        ids = [r.id for r in items]
        if item_id not in ids:
            return None
        i = ids.index(item_id)
        return items[i + 1] if i + 1 < len(items) else None

    def up_next(self):
        """The item Space would start: the chosen day's first open item (what "Ready:" names)."""
        return self.live.ready_item()

    def current_record(self, view):
        """The item the room should see as running: the current one, unless it belongs to another
        day than the one being run (an item left running overnight is not shown counting on)."""
        if view.item_id is None or not self.live.runs_chosen_day():
            return None
        return self.live.item_record(view.item_id)

    def start_text(self, record, view_now_remaining: float | None, now_minutes: float) -> str:
        """When `record` (the next item) starts: its fixed time, else now + what is left."""
        if record.fixed_start is not None:
            return format_hhmm(record.fixed_start)
        if view_now_remaining is None:
            for e in self.schedule(record.day_id).entries:
                if e.entry.item_id == record.id:
                    return format_hhmm(e.start)
            return ""
        return format_hhmm(now_minutes + max(0.0, view_now_remaining) / 60 + 0.5 / 60)


class LiveScene(Scene):
    """A scene over the live run: cached data, repaint timing, the no-file message."""

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self.data = LiveData(ctx)

    def on_data_changed(self) -> None:
        self.data.clear()

    def next_change_in(self) -> float | None:
        if not self.data.ready():
            return None
        return self.data.live.view(self.ctx.clock.now()).next_change_in

    def not_ready(self, p, area, theme) -> bool:
        """Say so on screen and return True when there is no convening to show."""
        if self.data.ready():
            return False
        self.text(p, "title", area, self.translate("Projector", "No convening open"), area.height() * 0.08,
                  theme.muted)
        return True
