"""Tables: this round's participant tables as cards ("Table 3", the names, "4 schools · 5 roles").

Text is never under 4.2% of the screen height; names that do not fit their
card are elided; cards flow in as many columns as fit and page every
rounds.PAGE_SECONDS ("page 1 of 2"). Only names and counts reach the room.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QPainter

from app.i18n import in_language
from app.ui.projector.paint import font
from app.ui.projector.scene import margins, register_scene
from app.ui.projector.scenes.rounds import RoundScene
from app.ui.projector.words import compact
from app.ui.theme import Theme

if TYPE_CHECKING:
    from app.services.root import Services

TITLE, HEAD, NAME, FOOT = 0.075, 0.05, 0.042, 0.042
CARD_CHARS = 17  # a card is wide enough for about this many characters of a name


@register_scene
class TablesScene(RoundScene):
    scene_id = "tables"
    title = "Tables"

    def rounds_of(self, services: Services) -> list:
        return services.pairing.tables.rounds()

    def _summary(self, table) -> str:
        """A table's "4 schools · 5 roles" (a Message the service made) in the projector's first language."""
        return str(in_language(table.summary, self.languages[0]))

    def paint_scene(self, p: QPainter, rect: QRect, theme: Theme) -> None:
        area = margins(rect, 0.04)
        H = rect.height()
        self.sizes = {}
        r = self._round()
        if r is None or not r.tables:
            self.text(p, "title", area, self.none_text("tables"), H * TITLE, theme.muted, wrap=False)
            self.sizes["title"] = min(t.px for t in self.texts if t.key.startswith("title"))
            self.pages = 1
            return
        title_h = int(H * TITLE * 1.3)
        name_px, head_px = int(H * NAME), int(H * HEAD)
        name_fm = QFontMetrics(font(name_px))
        step, head_step = int(name_px * 1.12), int(head_px * 1.15)
        top = area.y() + title_h + int(H * 0.01)
        avail_h = area.bottom() - top
        gap = int(H * 0.025)
        pad = int(H * 0.012)
        longest = max((name_fm.horizontalAdvance(n) for t in r.tables for n in (*t.names, self._summary(t))), default=0)
        card_w_min = min(area.width(), max(name_fm.averageCharWidth() * CARD_CHARS, longest) + 2 * pad)
        cols = max(1, (area.width() + gap) // (card_w_min + gap))
        card_w = (area.width() - gap * (cols - 1)) // cols
        most = max(len(t.names) for t in r.tables)
        card_h = head_step + (most + 1) * step + pad
        rows = max(1, (avail_h + gap) // (card_h + gap))
        per_page = cols * rows
        self.pages = (len(r.tables) + per_page - 1) // per_page
        page = self.page_now()
        people = sum(len(t.names) for t in r.tables)
        foot_said = self.translate("Rounds", "{tables} tables · {people} people").format(
            tables=len(r.tables), people=people)
        if self.pages > 1:
            foot_said = self.translate("Rounds", "{counts} · page {n} of {count}").format(
                counts=foot_said, n=page + 1, count=self.pages)
        feet = self.lines_of(foot_said)   # two languages: a line each, beside the title
        foot_w = max(QFontMetrics(font(int(H * FOOT))).horizontalAdvance(f) for f in feet) + pad
        fallback = self.translate("Rounds", "Tables {n}").format(n=r.number)
        heading = self.heading(r, fallback)
        if QFontMetrics(font(int(H * TITLE), bold=True)).horizontalAdvance(heading) > area.width() - foot_w:
            heading = r.title or compact(fallback, " / ")  # the day only where it fits beside the count
            if QFontMetrics(font(int(H * TITLE), bold=True)).horizontalAdvance(heading) > area.width() - foot_w:
                heading = r.title or str.__str__(fallback)
        self._line(p, "title", QRect(area.x(), area.y(), area.width() - foot_w, title_h),
                   heading, int(H * TITLE), theme.text, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, bold=True)
        line_h = title_h // len(feet)
        for n, foot in enumerate(feet):
            self._line(p, "footer" if n == 0 else "footer_2", QRect(area.right() - foot_w, area.y() + n * line_h,
                                                                    foot_w, line_h),
                       foot, int(H * FOOT), theme.muted, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for k, t in enumerate(r.tables[page * per_page:(page + 1) * per_page]):
            x = area.x() + (k % cols) * (card_w + gap)
            y = top + (k // cols) * (card_h + gap)
            p.fillRect(QRect(x, y, card_w, card_h), theme.bar_track)
            inner = card_w - 2 * pad
            self._line(p, f"table{k}.head", QRect(x + pad, y + pad // 2, inner, head_step),
                       compact(self.translate("Rounds", "Table {n}").format(n=t.number)),   # "Table 3 · Mesa 3"
                       head_px, theme.accent, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, bold=True)
            yy = y + pad // 2 + head_step
            for name in t.names:
                self._line(p, f"table{k}.name", QRect(x + pad, yy, inner, step), name, name_px,
                           theme.text, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                yy += step
            self._line(p, f"table{k}.summary", QRect(x + pad, y + card_h - step - pad // 2, inner, step),
                       self._summary(t), name_px, theme.muted, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

