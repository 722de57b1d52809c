"""Run chart: one measure over time, for one team or for the network, with its median and signals in words.

The console's Commitments tab (Measures page) chooses what is shown (`show(measure_id, team_id)`; None
for the network: per period the middle value of the teams that reported it). The line joins the values
in time order; the dashed line is the median; points that belong to a shift or a trend are larger and
orange; the team's PDSA cycles are dotted upright lines labelled C1, C2 above the plot. Under the plot,
the most recent signals in plain words (from app/domain/run_chart.py). Every word is at least 4% of the
screen's height, so the chart keeps few labels: the lowest and highest value, the median, and the first
and last period.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from app.domain.improvement.model import value_text
from app.domain.run_chart import cycle_x
from app.i18n import in_language
from app.ui.projector.scene import Scene, margins, register_scene
from app.ui.projector.words import Said, compact, count
from app.ui.theme import Theme

if TYPE_CHECKING:
    from app.services.improvement.records import TeamChart

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
TOP_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
TEXT_SHARE = 0.045
SIGNAL = QColor("#E69F00")
CYCLE = QColor("#009E73")
MAX_SIGNAL_LINES = 2


def period_in(day: dt.date, lang: str) -> str:
    """A period as the axis names it, in the room's first language: "Feb 2027" / "feb 2027" for a month,
    "15 Feb 2027" / "15 feb 2027" for a day (month names from QLocale; dates are short enough to say once)."""
    return QLocale(lang).toString(QDate(day.year, day.month, day.day), "MMM yyyy" if day.day == 1 else "d MMM yyyy")


@register_scene
class RunChartScene(Scene):
    scene_id = "run_chart"
    title = "Run chart"

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self.measure_id: int | None = None   # None: the first measure
        self.team_id: int | None = None      # None: the network
        self._chart: TeamChart | None = None
        self._loaded = False
        self.shown = None                    # the TeamChart painted last (tests read it)

    def show(self, measure_id: int | None, team_id: int | None = None) -> None:
        self.measure_id, self.team_id = measure_id, team_id
        self._loaded = False

    def on_data_changed(self) -> None:
        self._loaded = False

    def chart(self):
        if self._loaded:
            return self._chart
        self._loaded, self._chart = True, None
        services = self.ctx.services
        if services is None or self.ctx.workspace.store is None:
            return None
        imp = services.improvement
        measures = imp.measures.measures()
        measure = next((m for m in measures if m.id == self.measure_id), measures[0] if measures else None)
        if measure is None:
            return None
        if self.team_id is None:
            self._chart = imp.measures.network_chart(measure.id)
        else:
            marks = sorted((c.tested_on, c.number) for c in imp.cycles.cycles(team_id=self.team_id))
            self._chart = imp.measures.team_chart(measure.id, self.team_id, marks)
        return self._chart

    # -- painting ------------------------------------------------------------------------
    def paint_scene(self, p: QPainter, rect: QRect, theme: Theme) -> None:
        area = margins(rect, 0.04)
        H, w, h = rect.height(), area.width(), area.height()
        self.shown = None
        if self.ctx.workspace.store is None:
            self.text(p, "title", area, self.translate("Projector", "No convening open"), H * 0.08, theme.muted)
            return
        ch = self.chart()
        head = QRect(area.x(), area.y(), w, int(h * 0.15))
        if ch is None:
            self.text(p, "title", head, self.translate("Improvement", "Run chart"), H * 0.07, theme.text, bold=True, align=LEFT, wrap=False)
            self.text(p, "empty", QRect(area.x(), head.bottom() + 1, w, h - head.height()),
                      self.translate("Improvement", "No measures yet. Define the network's measures in the "
                                                    "Commitments tab, Measures page."),
                      H * 0.06, theme.muted)
            return
        self.shown = ch
        who = ch.team or compact(self.translate("Improvement", "The network"), " / ")   # "The network / La red"
        self.text(p, "title", head, f"{who} · {ch.measure.label()}", H * 0.065, theme.text, bold=True, align=LEFT,
                  min_px=H * 0.05)
        px = max(self.min_px, int(H * TEXT_SHARE))
        values = ch.chart.values
        if not values:
            self.text(p, "empty", QRect(area.x(), head.bottom() + 1, w, h - head.height()),
                      (self.translate("Improvement", "No values of {measure} yet.") if ch.network
                       else self.translate("Improvement", "No values of {measure} yet from this team.")).format(
                          measure=ch.measure.name),
                      H * 0.06, theme.muted)
            return
        # the most recent signals first: what the room needs to see is what is happening now
        recent = sorted(ch.chart.signals, key=lambda s: (-s.last, s.rule in ("too few runs", "too many runs")))
        first = self.languages[0]   # the domain's sentences (Messages), said in the projector's first language
        words = [str(in_language(s.short or s.words, first)) for s in recent] or \
            [str(in_language(x, first)) for x in ch.chart.words()]
        shown_words = words[:MAX_SIGNAL_LINES]
        if len(words) > MAX_SIGNAL_LINES:
            more = len(words) - MAX_SIGNAL_LINES
            shown_words[-1] = f"{shown_words[-1]} " + str(count(more, self.translate("Improvement", "And 1 more signal."),
                                                                self.translate("Improvement", "And {n} more signals.")))
        line_h = int(px * 1.25)
        words_h = line_h * 2 * len(shown_words) + int(H * 0.01)
        cycles_h = line_h if ch.cycles else int(H * 0.02)
        x_label_h = line_h
        label_w = int(w * 0.16)
        median_w = int(w * 0.2)
        plot = QRect(area.x() + label_w, head.bottom() + 1 + cycles_h, w - label_w - median_w,
                     area.bottom() - head.bottom() - cycles_h - x_label_h - words_h - int(H * 0.03))
        self._plot(p, plot, ch, theme, px, line_h, label_w, median_w)
        y = plot.bottom() + x_label_h + int(H * 0.02)
        per = (area.bottom() - y) // max(1, len(shown_words))
        for n, text in enumerate(shown_words):
            self.text(p, f"signal{n}", QRect(area.x(), y + n * per, w, per), text, px,
                      theme.text if ch.chart.signals else theme.muted, align=TOP_LEFT, min_px=px)

    def _plot(self, p: QPainter, plot: QRect, ch, theme: Theme, px: int, line_h: int, label_w: int,
              median_w: int) -> None:
        values = ch.chart.values
        centre = ch.chart.median
        low, high = min(values + (centre,)), max(values + (centre,))
        if high == low:
            low, high = low - 1, high + 1
        pad = (high - low) * 0.08
        low, high = low - pad, high + pad
        n = len(values)
        xs = [plot.x() + plot.width() * (i + 0.5) / n for i in range(n)]

        def y(v: float) -> float:
            return plot.bottom() - (v - low) / (high - low) * plot.height()

        self.mark("plot", plot)
        p.setPen(QPen(theme.bar_track, max(1, plot.height() // 200)))
        p.drawRect(plot)
        unit = ch.measure.unit
        # the lowest and highest value, left of the plot
        top_v, bottom_v = max(values), min(values)
        for key, v in (("y.high", top_v), ("y.low", bottom_v)):
            r = QRect(plot.x() - label_w, int(y(v)) - line_h // 2, label_w - int(px * 0.4), line_h)
            r.moveTop(max(plot.y(), min(r.top(), plot.bottom() - line_h)))
            if key == "y.low" and top_v == bottom_v:
                continue
            self.text(p, key, r, value_text(v, unit), px, theme.muted, align=RIGHT, wrap=False, min_px=px)
        # the median, dashed, named at the right
        pen = QPen(theme.muted, max(2, plot.height() // 120))
        pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.drawLine(QPointF(plot.x(), y(centre)), QPointF(plot.right(), y(centre)))
        lines = 3 if self.bilingual else 2   # "median" and its value on a line each, and "mediana"
        mr = QRect(plot.right() + int(px * 0.4), int(y(centre)) - line_h * lines // 2, median_w - int(px * 0.4),
                   line_h * lines)
        mr.moveTop(max(plot.y(), min(mr.top(), plot.bottom() - mr.height())))
        said = self.translate("Improvement", "median {value}")   # bilingual: the word "mediana" under it, smaller
        value = value_text(centre, unit)
        median = Said(str.__str__(said).replace("{value}", value),
                      said.second.replace("{value}", "").strip() if said.second else None, said.langs)
        self.text(p, "median", mr, median, px, theme.muted, align=LEFT, min_px=px)
        # the team's cycles: dotted upright lines, named above the plot when there is room
        placed: list[QRect] = []
        for day, number in ch.cycles:
            x = cycle_x(day, ch.periods, xs)
            if x is None:
                continue
            cpen = QPen(CYCLE, max(2, plot.height() // 150))
            cpen.setStyle(Qt.PenStyle.DotLine)
            p.setPen(cpen)
            p.drawLine(QPointF(x, plot.y()), QPointF(x, plot.bottom()))
            r = QRect(int(x) - int(px * 1.2), plot.y() - line_h, int(px * 2.4), line_h)
            if r.left() < plot.x() - label_w or any(r.intersects(o) for o in placed):
                continue
            placed.append(r)
            p.setPen(CYCLE)
            self.text(p, f"cycle{number}", r, f"C{number}", px, CYCLE, bold=True, wrap=False, min_px=px)
        # the line, then the points (a signal's points larger, in orange)
        p.setPen(QPen(theme.accent, max(3, plot.height() // 90)))
        path = QPainterPath(QPointF(xs[0], y(values[0])))
        for i in range(1, n):
            path.lineTo(QPointF(xs[i], y(values[i])))
        p.drawPath(path)
        flagged = {i for s in ch.chart.signals if s.rule in ("shift", "trend") for i in range(s.first, s.last + 1)}
        p.setPen(Qt.PenStyle.NoPen)
        r0 = max(4.0, plot.height() / 55)
        for i, v in enumerate(values):
            big = i in flagged
            p.setBrush(SIGNAL if big else theme.accent)
            rad = r0 * (1.45 if big else 1.0)
            p.drawEllipse(QRectF(xs[i] - rad, y(v) - rad, 2 * rad, 2 * rad))
        p.setBrush(Qt.BrushStyle.NoBrush)
        # the first and the last period, under the plot
        below = plot.bottom() + int(px * 0.2)
        half = plot.width() // 2 - int(px * 0.5)
        self.text(p, "x.first", QRect(plot.x(), below, half, line_h), period_in(ch.periods[0], self.languages[0]), px, theme.muted,
                  align=LEFT, wrap=False, min_px=px)
        if n > 1:
            self.text(p, "x.last", QRect(plot.right() - half, below, half, line_h), period_in(ch.periods[-1], self.languages[0]), px,
                      theme.muted, align=RIGHT, wrap=False, min_px=px)
