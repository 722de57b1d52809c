"""Agenda: the day at a glance, the current item marked, actual times beside planned ones.

Rows keep one size (4.5% of the height). A title too long for its line wraps to a second
line, and only then is cut with "…"; the running item's title is never cut. When a title is
cut or the day does not fit, Shift+PageDown / Shift+PageUp (the keys that turn the Pairs'
pages) page through the day with every title in full; the list follows the run again as soon
as the run moves on.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QPainter

from app.domain.agenda.schedule import format_hhmm
from app.services.live.projection import projected_starts
from app.ui.projector.bilingual import SECOND_SHARE
from app.ui.projector.glyphs import drawable
from app.ui.projector.paint import FAMILY, Fitted, draw_lines, fit_text, font, wrap_lines
from app.ui.projector.scene import margins, register_scene
from app.ui.projector.scenes.live_data import LiveScene
from app.ui.projector.words import Said, once
from app.ui.projector.words import count as plural
from app.ui.theme import Theme

ROW_SHARE = 0.075   # each row 7.5% of the screen height: about 11 rows on one screen
TEXT_SHARE = 0.045  # row text 4.5%, above the 4% floor; rows never shrink, the list follows the run
TITLE_LINES = 2     # a title wraps to a second line before it is cut (the running item's: never cut)


@register_scene
class AgendaScene(LiveScene):
    scene_id = "agenda"
    title = "Agenda"

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self._rows: tuple | None = None
        self.visible: list[tuple[int, str, str, str]] = []
        self.pages = 1                          # pages of the day with every title in full
        self.manual_page: int | None = None     # a page turned by hand (None: the list follows the run)
        self._turned_on: tuple[int | None] | None = None  # (the running item,) when turned by hand
        self._pages: list[tuple[int, int]] = [(0, 0)]
        self._first_shown = 0
        self._cut_in_view = False

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
        self.pages, self._pages, self._first_shown, self._cut_in_view = 1, [(0, 0)], 0, False
        if self.not_ready(p, area, theme):
            return
        n, day, rows = self.rows()
        if day is None:
            self.text(p, "title", area, self.translate("Agenda", "No agenda yet"), h * 0.08, theme.muted)
            return
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        # the day's title as typed, once: "Day / Día 1: Who we are"
        heading = (once(self.translate("Agenda", "Day {n}: {title}"), "title", day.title.split(':', 1)[-1].strip(), n=n)
                   if day.title else self.translate("Agenda", "Day {n}").format(n=n))
        self.text(p, "title", QRect(area.x(), area.y(), w, int(h * 0.11)), heading, H * 0.07, theme.text,
                  bold=True, align=left, wrap=False)
        current = self.data.live.snapshot().current_item_id
        projected = projected_starts(self.data.live, day.id)

        # Rows keep one readable size; a title wraps to a second line before it is cut (the running
        # item's is never cut); when the rows do not all fit, the window follows the run.
        row_h = max(1, int(H * ROW_SHARE))
        px = max(self.min_px, int(H * TEXT_SHARE))
        bold = font(px, bold=True)
        plain = font(px)
        fm_bold, fm = QFontMetrics(bold), QFontMetrics(plain)
        gap = int(w * 0.025)
        time_w = fm_bold.horizontalAdvance("88:88") + gap
        # a label in two languages ("ran 25 min" over "duró 25 min", smaller) takes two lines of its row
        labels = {r.id: self._label(r, t, r.id == current) for r, t in rows}
        fm_second = QFontMetrics(font(max(self.min_px, int(px * SECOND_SHARE))))
        label_w = max((max(fm_bold.horizontalAdvance(x), fm_second.horizontalAdvance(x.second or ""))
                       for x in labels.values()), default=0) + 2
        two = {rid for rid, x in labels.items() if x.second}
        title_x = area.x() + time_w
        title_w = max(1, w - time_w - label_w - gap)
        ids = [r.id for r, _ in rows]
        top = area.y() + int(h * 0.14)
        footer_h = int(H * (0.12 if self.bilingual else 0.07))   # bilingual: a line per language
        if self.manual_page is not None and self._turned_on is not None and (current,) != self._turned_on:
            self.manual_page, self._turned_on = None, None   # the run moved on: the list follows it again
        page_room = area.bottom() + 1 - top - footer_h
        limit = max(1, 1 + (page_room - row_h) // fm_bold.lineSpacing())  # lines that fit on a page
        whole = self._layout(rows, current, title_w, row_h, px, limit, limit, two)   # every title in full
        capped = self._layout(rows, current, title_w, row_h, px, TITLE_LINES, limit, two)
        # Pages of titles in full, from the day's first item: what Shift+PageDown turns through.
        self._pages = self._paginate([lay[2] for lay in whole], page_room)
        self.pages = len(self._pages)
        if self.manual_page is not None:
            self.manual_page = min(self.manual_page, self.pages - 1)
            first, count = self._pages[self.manual_page]
            layout = whole
        else:
            layout = capped
            heights = [lay[2] for lay in layout]
            first, count = 0, len(rows)
            if sum(heights) > area.bottom() + 1 - top:
                focus = ids.index(current) if current in ids else next(
                    (i for i, (r, t) in enumerate(rows) if t is None or t.actual_start is None), len(rows) - 1)
                first, count = self._window(heights, max(0, focus - 1), page_room)
        shown = rows[first:first + count]
        self._first_shown = first
        self._cut_in_view = any(layout[i][1] for i in range(first, first + count))

        y = top
        for i, (r, t) in enumerate(shown, start=first):
            label = labels[r.id]
            is_current = r.id == current
            lines, elided, this_h = layout[i]
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
            p.drawText(cell, int(left), start_text)
            self.mark(f"row{i}.time", cell)
            self.record_text(f"row{i}.time", px, cell, (start_text,))
            p.setPen(color)
            pad = (row_h - m.height()) // 2  # the first line level with the time
            cell = QRect(title_x, y + pad, title_w, this_h - 2 * pad)
            used = draw_lines(p, cell, Fitted(f, list(lines), elided), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            self.mark(f"row{i}.title", used)
            self.record_text(f"row{i}.title", px, cell, lines, elided)
            cell = QRect(area.right() + 1 - label_w, y, label_w, row_h)
            if label.second:   # the second language under the first, smaller, level with the title's lines
                cell = QRect(area.right() + 1 - label_w, y + pad, label_w, this_h - pad)
                self.text(p, f"row{i}.actual", cell, label, px, theme.accent if is_current else theme.muted,
                          bold=is_current, align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                          wrap=False, min_px=px)
            else:
                p.setPen(theme.accent if is_current else theme.muted)
                p.drawText(cell, int(right), label)
                self.mark(f"row{i}.actual", cell)
                self.record_text(f"row{i}.actual", px, cell, (label,))
            self.visible.append((r.id, start_text, " ".join(lines), str(label)))
            y += this_h
        after = len(rows) - first - len(shown)
        last = rows[-1][0]
        end = projected.get(last.id)
        until = (self.translate("Agenda", "day ends {time}").format(
            time=format_hhmm(int(round(end + last.minutes)), say_day=True)) if end is not None else Said(""))
        more = Said("")
        if self.manual_page is not None:
            more = self.translate("Agenda", "page {n} of {count}").format(n=self.manual_page + 1, count=self.pages)
        elif after > 0:
            more = plural(after, self.translate("Agenda", "1 more item"), self.translate("Agenda", "{n} more items"))
        if more and until:
            more = self.translate("Agenda", "{more} · {until}").format(more=more, until=until)
        elif until and self.manual_page is not None:
            more = until
        if more:
            self.text(p, "more", QRect(area.x(), area.bottom() + 1 - footer_h, w, footer_h), more, px,
                      theme.muted, align=left | Qt.AlignmentFlag.AlignBottom, wrap=False)

    @staticmethod
    def _layout(rows, current, width: int, row_h: int, px: int, most: int, limit: int, two=frozenset()):
        """Each row's title lines, whether they were cut, and the row's height: a title wraps to at
        most `most` lines, the running item's to as many as it needs (at most `limit`, a page); a row
        whose label is in two languages (its id in `two`) is at least two lines high."""
        out = []
        for r, _t in rows:
            is_current = r.id == current
            f = font(px, bold=is_current)
            m = QFontMetrics(f)
            title = drawable(r.title, FAMILY, is_current)
            need = len(wrap_lines(title, f, width))
            n = min(limit if is_current else most, need)
            fitted = fit_text(QRect(0, 0, width, n * m.lineSpacing()), title, px, bold=is_current, min_px=px)
            n = max(1, len(fitted.lines))
            out.append((tuple(fitted.lines), fitted.elided,
                        row_h + (max(n, 2 if r.id in two else 1) - 1) * m.lineSpacing()))
        return out

    @staticmethod
    def _paginate(heights: list[int], room: int) -> list[tuple[int, int]]:
        """(first row, count) of each page, filled in order from the first row."""
        pages: list[tuple[int, int]] = []
        first, used = 0, 0
        for i, hgt in enumerate(heights):
            if i > first and used + hgt > room:
                pages.append((first, i - first))
                first, used = i, 0
            used += hgt
        pages.append((first, len(heights) - first))
        return pages

    @staticmethod
    def _window(heights: list[int], start: int, room: int) -> tuple[int, int]:
        """(first row, count): from `start` as many rows as fit in `room`; near the end of the day,
        earlier rows fill what is left."""
        end, used = start, 0
        while end < len(heights) and (end == start or used + heights[end] <= room):
            used += heights[end]
            end += 1
        while start > 0 and used + heights[start - 1] <= room:
            start -= 1
            used += heights[start]
        return start, end - start

    def turn(self, delta: int) -> bool:
        """Shift+PageDown / Shift+PageUp: page through the day with every title in full. The first
        turn shows the rows in view in full when one of them was cut; the list follows the run
        again once the run moves on. False when there is nothing more to show."""
        if self.pages <= 1 and (self.manual_page is not None or not self._cut_in_view):
            return False
        if self.manual_page is None:
            base = next((n for n, (first, count) in enumerate(self._pages)
                         if first <= self._first_shown < first + count), 0)
            page = base if (delta > 0 and self._cut_in_view) else base + delta
        else:
            page = self.manual_page + delta
        self.manual_page = page % max(1, self.pages)
        self._turned_on = (self.data.live.snapshot().current_item_id if self.data.ready() else None,)
        return True

    def _label(self, r, t, is_current: bool) -> Said:
        if is_current:
            return self.translate("Agenda", "now")
        if t is not None and t.actual_end is not None:
            return self.translate("Agenda", "ran {n} min").format(n=max(0, round(t.actual_seconds / 60)))
        return self.translate("Agenda", "{n} min").format(n=r.minutes)
