"""Agenda: the day at a glance, the current item marked, actual times beside planned ones."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QPainter

from app.domain.agenda.schedule import format_hhmm
from app.services.live.projection import projected_starts
from app.ui.projector.glyphs import drawable
from app.ui.projector.paint import FAMILY, draw_lines, fit_text, font
from app.ui.projector.scene import margins, register_scene
from app.ui.projector.scenes.live_data import LiveScene
from app.ui.theme import Theme

ROW_SHARE = 0.075   # each row 7.5% of the screen height: about 11 rows on one screen
TEXT_SHARE = 0.045  # row text 4.5%, above the 4% floor; rows never shrink, the list follows the run


@register_scene
class AgendaScene(LiveScene):
    scene_id = "agenda"
    title = "Agenda"

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self._rows: tuple | None = None
        self.visible: list[tuple[int, str, str, str]] = []

    def on_data_changed(self) -> None:
        super().on_data_changed()
        self._rows = None

    def next_change_in(self) -> float | None:
        return None  # changes only when the run or the agenda does

    def _day(self):
        ws = self.ctx.workspace
        live = self.data.live
        day_id = live.chosen_day_id()  # the day being run: today's, or the one picked in the Live tab
        days = ws.days()
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
        H = rect.height()
        self.visible = []
        if self.not_ready(p, area, theme):
            return
        n, day, rows = self.rows()
        if day is None:
            self.text(p, "title", area, "No agenda yet", h * 0.08, theme.muted)
            return
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        heading = f"Day {n}" + (f": {day.title.split(':', 1)[-1].strip()}" if day.title else "")
        self.text(p, "title", QRect(area.x(), area.y(), w, int(h * 0.11)), heading, H * 0.07, theme.text,
                  bold=True, align=left, wrap=False)
        current = self.data.live.snapshot().current_item_id
        projected = projected_starts(self.data.live, day.id)

        # Rows keep one readable size; when they do not all fit, the window follows the run.
        row_h = max(1, int(H * ROW_SHARE))
        px = max(self.min_px, int(H * TEXT_SHARE))
        bold = font(px, bold=True)
        plain = font(px)
        fm_bold, fm = QFontMetrics(bold), QFontMetrics(plain)
        gap = int(w * 0.025)
        time_w = fm_bold.horizontalAdvance("88:88") + gap
        labels = {r.id: self._label(r, t, r.id == current) for r, t in rows}
        label_w = max((fm_bold.horizontalAdvance(x) for x in labels.values()), default=0)
        title_x = area.x() + time_w
        title_w = max(1, w - time_w - label_w - gap)
        ids = [r.id for r, _ in rows]
        # The running item's title may take two lines rather than be cut.
        tall = current in ids and fm_bold.horizontalAdvance(drawable(rows[ids.index(current)][0].title, FAMILY,
                                                                      True)) > title_w
        top = area.y() + int(h * 0.14)
        footer_h = int(H * 0.07)
        room = max(1, (area.bottom() + 1 - top) // row_h - (1 if tall else 0))
        first = 0
        if len(rows) > room:
            room = max(1, (area.bottom() + 1 - top - footer_h) // row_h - (1 if tall else 0))
            focus = ids.index(current) if current in ids else next(
                (i for i, (r, t) in enumerate(rows) if t is None or t.actual_start is None), len(rows) - 1)
            first = max(0, min(focus - 1, len(rows) - room))
        shown = rows[first:first + room]

        y = top
        for i, (r, t) in enumerate(shown, start=first):
            label = labels[r.id]
            is_current = r.id == current
            this_h = row_h * 2 if (is_current and tall) else row_h
            done = t is not None and t.actual_end is not None and not is_current
            color = theme.text if (is_current or not done) else theme.muted
            if is_current:  # a band and a bar at the edge, besides the accent colour and "now"
                p.fillRect(QRect(area.x() - gap // 2, y, w + gap, this_h), theme.bar_track)
                p.fillRect(QRect(rect.x(), y, max(3, (area.x() - rect.x()) // 2), this_h), theme.accent)
            f, m = (bold, fm_bold) if is_current else (plain, fm)
            p.setFont(f)
            if t is not None and t.actual_start is not None:
                start_text = t.actual_start.strftime("%H:%M")
            elif r.id in projected:
                start_text = format_hhmm(int(round(projected[r.id])))
            else:
                start_text = format_hhmm(t.planned_start if t else 0)
            cell = QRect(area.x(), y, time_w, row_h)
            p.setPen(theme.accent if is_current else color)
            time_text = start_text
            p.drawText(cell, int(left), time_text)
            self.mark(f"row{i}.time", cell)
            self.record_text(f"row{i}.time", px, cell, (time_text,))
            title = drawable(r.title, FAMILY, is_current)
            p.setPen(color)
            if this_h > row_h:
                pad = (row_h - m.height()) // 2  # first line level with the time
                cell = QRect(title_x, y + pad, title_w, this_h - 2 * pad)
                fitted = fit_text(cell, title, px, bold=True, min_px=px)
                used = draw_lines(p, cell, fitted, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.mark(f"row{i}.title", used)
                self.record_text(f"row{i}.title", px, cell, fitted.lines, fitted.elided)
                shown_title = " ".join(fitted.lines)
            else:
                shown_title = m.elidedText(title, Qt.TextElideMode.ElideRight, title_w)
                cell = QRect(title_x, y, title_w, row_h)
                p.drawText(cell, int(left), shown_title)
                self.mark(f"row{i}.title", QRect(title_x, y, m.horizontalAdvance(shown_title), row_h))
                self.record_text(f"row{i}.title", px, cell, (shown_title,), shown_title != title)
            cell = QRect(area.right() + 1 - label_w, y, label_w, row_h)
            p.setPen(theme.accent if is_current else theme.muted)
            p.drawText(cell, int(right), label)
            self.mark(f"row{i}.actual", cell)
            self.record_text(f"row{i}.actual", px, cell, (label,))
            self.visible.append((r.id, start_text, shown_title, label))
            y += this_h
        after = len(rows) - first - len(shown)
        if after > 0:
            last = rows[-1][0]
            end = projected.get(last.id)
            until = f" · day ends {format_hhmm(int(round(end + last.minutes)))}" if end is not None else ""
            more = f"{after} more item{'s' if after != 1 else ''}{until}"
            self.text(p, "more", QRect(area.x(), area.bottom() + 1 - footer_h, w, footer_h), more, px,
                      theme.muted, align=left, wrap=False)

    @staticmethod
    def _label(r, t, is_current: bool) -> str:
        if is_current:
            return "now"
        if t is not None and t.actual_end is not None:
            return f"ran {max(0, round(t.actual_seconds / 60))} min"
        return f"{r.minutes} min"
