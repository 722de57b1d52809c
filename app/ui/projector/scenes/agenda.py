"""Agenda: the day at a glance, the current item marked, actual times beside planned ones."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter

from app.domain.timing.schedule import format_hhmm
from app.ui.projector.paint import font, fitted_font
from app.ui.projector.scene import margins, register_scene
from app.ui.projector.scenes.live_data import LiveScene
from app.ui.theme import Theme


@register_scene
class AgendaScene(LiveScene):
    scene_id = "agenda"
    title = "Agenda"

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self._rows = None

    def on_data_changed(self) -> None:
        super().on_data_changed()
        self._rows = None

    def next_change_in(self) -> float | None:
        return None  # changes only when the run or the agenda does

    def _day(self):
        ws = self.ctx.workspace
        live = self.data.live
        day_id = live.current_day_id()
        days = ws.days()
        if day_id is None:
            up = self.data.up_next()
            day_id = up.day_id if up else (days[0].id if days else None)
        for n, d in enumerate(days, start=1):
            if d.id == day_id:
                return n, d
        return None, None

    def rows(self):
        if self._rows is None:
            n, day = self._day()
            if day is None:
                self._rows = (None, None, [])
            else:
                times = {t.item_id: t for t in self.data.live.times(day.id)}
                items = self.data.agenda.items(day.id)
                self._rows = (n, day, [(r, times.get(r.id)) for r in items])
        return self._rows

    def paint_scene(self, p: QPainter, rect: QRect, theme: Theme) -> None:
        area = margins(rect, 0.04)
        h, w = area.height(), area.width()
        if self.not_ready(p, area, theme):
            return
        n, day, rows = self.rows()
        if day is None:
            self.text(p, "title", area, "No agenda yet", h * 0.08, theme.muted)
            return
        heading = f"Day {n}" + (f": {day.title.split(':', 1)[-1].strip()}" if day.title else "")
        self.text(p, "title", QRect(area.x(), area.y(), w, int(h * 0.11)), heading, h * 0.07, theme.text,
                  bold=True, align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, wrap=False)
        current = self.data.live.snapshot().current_item_id
        top = area.y() + int(h * 0.14)
        avail = area.bottom() - top
        count = max(1, len(rows))
        row_h = min(int(h * 0.09), avail // count)
        px = int(row_h * 0.62)
        time_w = int(w * 0.12)
        actual_w = int(w * 0.17)
        title_w = w - 2 * time_w - actual_w - int(w * 0.03)
        # One size for every title, the largest with which the longest fits on one line.
        longest = max((r.title for r, _ in rows), key=len, default="")
        title_font = fitted_font(QRect(0, 0, title_w, row_h), longest, px, wrap=False)
        for i, (r, t) in enumerate(rows):
            y = top + i * row_h
            is_current = r.id == current
            done = t is not None and t.actual_end is not None and not is_current
            color = theme.text if (is_current or not done) else theme.muted
            if is_current:
                p.fillRect(QRect(area.x(), y, w, row_h), theme.bar_track)
            p.setPen(theme.accent if is_current else color)
            p.setFont(font(px, bold=is_current))
            marker = "▶ " if is_current else ""
            start = t.planned_start if t else 0
            cell = QRect(area.x(), y, time_w + int(w * 0.03), row_h)
            p.drawText(cell, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), marker + format_hhmm(start))
            self.mark(f"row{i}.time", cell)
            tf = font(title_font.pixelSize(), bold=is_current)
            p.setFont(tf)
            p.setPen(color)
            cell = QRect(area.x() + time_w + int(w * 0.03), y, title_w, row_h)
            p.drawText(cell, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), r.title)
            self.mark(f"row{i}.title", cell)
            actual = ""
            if t is not None and t.actual_start is not None:
                actual = t.actual_start.strftime("%H:%M")
                actual += "–" + (t.actual_end.strftime("%H:%M") if t.actual_end is not None and not is_current else "now")
            p.setFont(font(int(px * 0.8)))
            p.setPen(theme.muted if not is_current else theme.accent)
            cell = QRect(area.right() - actual_w - time_w, y, actual_w + time_w, row_h)
            label = f"ran {actual}" if actual else f"{r.minutes} min"
            p.drawText(cell, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), label)
            self.mark(f"row{i}.actual", cell)
