"""A run chart drawn as vectors with reportlab: the values in time order joined by a line, the median as a
dashed line, the points of a signal (shift or trend) in orange, and the team's PDSA cycles marked on the
plot as dotted upright lines ("C1", "C2") at their dates. The words for the signals are set under it by the section."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable

from app.domain.improvement.model import value_text
from app.domain.run_chart import cycle_x
from app.export.fonts import SANS, SANS_BOLD
from app.export.handout import ChartPicture
from app.i18n.dates import period

INK = colors.HexColor("#1f2a44")
LINE = colors.HexColor("#0072B2")
SIGNAL = colors.HexColor("#D55E00")
MEDIAN = colors.HexColor("#6b7280")
GRID = colors.HexColor("#d5d9df")
CYCLE = colors.HexColor("#009E73")
LABEL_PT = 7.5
LEFT, RIGHT, TOP, BOTTOM = 44.0, 64.0, 8.0, 30.0
MAX_X_LABELS = 6


class RunChartFlowable(Flowable):
    def __init__(self, chart: ChartPicture, height: float = 150.0, lang: str = "en") -> None:
        super().__init__()
        self.chart = chart
        self.lang = lang            # one language (a bilingual handout draws its first): the axis and "median"
        self.plot_height = height
        self.width = self.height = 0.0

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        self.height = self.plot_height + TOP + BOTTOM
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        ch = self.chart
        w = self.width - LEFT - RIGHT
        h = self.plot_height
        x0, y0 = LEFT, BOTTOM
        values = ch.values
        low = min(values + ((ch.median,) if ch.median is not None else ()))
        high = max(values + ((ch.median,) if ch.median is not None else ()))
        if high == low:
            low, high = low - 1, high + 1
        pad = (high - low) * 0.1
        low, high = low - pad, high + pad

        def y(v: float) -> float:
            return y0 + (v - low) / (high - low) * h

        n = len(values)
        xs = [x0 + (w * (i + 0.5) / n) for i in range(n)]
        c.saveState()
        c.setStrokeColor(GRID)
        c.setLineWidth(0.5)
        c.rect(x0, y0, w, h, stroke=1, fill=0)
        c.setFont(SANS, LABEL_PT)
        c.setFillColor(INK)
        for v in (min(values), max(values)):
            c.drawRightString(x0 - 4, y(v) - LABEL_PT / 3, value_text(v, ch.unit))
        # x labels: the first, the last, and evenly between
        step = max(1, -(-n // MAX_X_LABELS))
        shown = sorted(set(range(0, n, step)) | {n - 1})
        for i in shown:
            if i != n - 1 and n - 1 - i < step * 0.6:
                continue
            c.drawCentredString(xs[i], y0 - 10, period(ch.periods[i], self.lang))
        # the median
        if ch.median is not None:
            c.setStrokeColor(MEDIAN)
            c.setDash(4, 3)
            c.setLineWidth(1)
            c.line(x0, y(ch.median), x0 + w, y(ch.median))
            c.setDash()
            c.setFillColor(MEDIAN)
            from app.export.words import One

            median = One(self.lang)._("median {value}", value=value_text(ch.median, ch.unit))
            c.drawString(x0 + w + 4, y(ch.median) - LABEL_PT / 3, median)
        # the line and the points
        c.setStrokeColor(LINE)
        c.setLineWidth(1.2)
        if n > 1:
            path = c.beginPath()
            path.moveTo(xs[0], y(values[0]))
            for i in range(1, n):
                path.lineTo(xs[i], y(values[i]))
            c.drawPath(path, stroke=1, fill=0)
        flagged = {i for rule, first, last in ch.signals if rule in ("shift", "trend") for i in range(first, last + 1)}
        for i, v in enumerate(values):
            colour = SIGNAL if i in flagged else LINE
            c.setFillColor(colour)
            c.setStrokeColor(colour)
            c.circle(xs[i], y(v), 3.2 if i in flagged else 2.4, stroke=0, fill=1)
        # the team's PDSA cycles: a dotted upright line at each one's date, "C1" at the top of the plot
        c.setFont(SANS_BOLD, LABEL_PT)
        placed: list[float] = []
        for day, number in ch.cycles:
            x = cycle_x(day, ch.periods, xs) if n > 1 else (xs[0] if ch.periods and day == ch.periods[0] else None)
            if x is None:
                continue
            drop = 9 if any(abs(x - p) < 14 for p in placed) else 0
            placed.append(x)
            c.setStrokeColor(CYCLE)
            c.setFillColor(CYCLE)
            c.setLineWidth(0.8)
            c.setDash(1, 2)
            c.line(x, y0, x, y0 + h)
            c.setDash()
            c.drawString(x + 2, y0 + h - 9 - drop, f"C{number}")
        c.restoreState()
