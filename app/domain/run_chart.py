"""Run-chart rules: the median of a series and the four usual signals of non-random change, in plain words.

A run chart plots a measure over time with its median as the centre line. Four rules, as improvement
teams use them (after Provost and Murray; Perla, Provost and Murray 2011, "The run chart"), say when
the pattern is unlikely to be chance:

- a **shift**: six or more points in a row all above or all below the median. A point exactly on the
  median neither breaks a shift nor counts toward it.
- a **trend**: five or more points in a row each going up, or each going down. When two or more
  points in a row have the same value, only the first counts (a tie neither breaks nor extends it).
- **too few runs** / **too many runs**: a run is a stretch of points on one side of the median (points
  on it left out). For the number of points not on the median (the "useful observations", ten or more)
  there is a fewest and a most number of runs that chance alone gives; outside them is a signal.

The limits are computed here from the exact distribution of the number of runs (Swed and Eisenhart,
1943) with half the useful observations on each side and each tail at most 2.5%, the way the printed
tables are built; a printed table may differ by one at a few sizes where it was rounded another way.

Pure Python: no I/O, no Qt, nothing else of ours.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from math import comb

from app.i18n import _, ngettext

SHIFT_POINTS = 6
TREND_POINTS = 5
MIN_USEFUL_FOR_RUNS = 10
TAIL = 0.025

SHIFT = "shift"
TREND = "trend"
TOO_FEW_RUNS = "too few runs"
TOO_MANY_RUNS = "too many runs"


def median(values: Sequence[float]) -> float:
    """The middle value (the mean of the two middle ones for an even count); a series must not be empty."""
    if not values:
        raise ValueError("the median of no values")
    ordered = sorted(values)
    n = len(ordered)
    mid = n // 2
    return float(ordered[mid]) if n % 2 else (ordered[mid - 1] + ordered[mid]) / 2.0


@dataclass(frozen=True)
class Signal:
    """One signal found in a series: which rule, the points it spans (0-based, inclusive), and its words."""

    rule: str
    first: int
    last: int
    words: str
    direction: int = 0   # +1 above the median / going up, -1 below / going down, 0 for the runs rules
    better: bool | None = None   # in the better direction of the measure (None: not said, or not a direction)
    short: str = ""      # the same in fewer words, for the projector
    count: int = 0       # a shift's or a trend's points (ties and points on the median not counted), as said


@dataclass(frozen=True)
class RunChart:
    values: tuple[float, ...]
    median: float | None
    useful: int                 # points not on the median
    runs: int                   # runs among the useful points
    runs_limits: tuple[int, int] | None   # (fewest, most) runs chance gives; None under 10 useful points
    signals: tuple[Signal, ...]

    def words(self) -> list[str]:
        """Each signal as a sentence; or one sentence saying there is none, or too few points to tell (in the
        keyboard's language; each a Message, so `.in_(lang)` says it in another)."""
        if not self.values:
            return [_("No values yet.")]
        if self.signals:
            return [s.words for s in self.signals]
        if len(self.values) < TREND_POINTS:
            n = len(self.values)
            return [ngettext("Only {n} point so far: too few to see a signal.",
                             "Only {n} points so far: too few to see a signal.", n).format(n=n)]
        return [_("No signal of change yet: the points vary as chance alone would let them.")]


def sides(values: Sequence[float], centre: float) -> list[int]:
    """+1 above the centre, -1 below, 0 on it, per point."""
    return [(v > centre) - (v < centre) for v in values]


def shifts(values: Sequence[float], centre: float, length: int = SHIFT_POINTS) -> list[tuple[int, int, int]]:
    """(first, last, side) of each stretch of `length` or more points on one side, points on the centre skipped."""
    found: list[tuple[int, int, int]] = []
    side, first, last, count = 0, -1, -1, 0
    for i, s in enumerate(sides(values, centre)):
        if s == 0:
            continue
        if s == side:
            count += 1
            last = i
            continue
        if count >= length:
            found.append((first, last, side))
        side, first, last, count = s, i, i, 1
    if count >= length:
        found.append((first, last, side))
    return found


def trends(values: Sequence[float], length: int = TREND_POINTS) -> list[tuple[int, int, int]]:
    """(first, last, direction) of each stretch of `length` or more points going one way; ties are skipped."""
    kept = [i for i, v in enumerate(values) if i == 0 or v != values[i - 1]]
    found: list[tuple[int, int, int]] = []
    direction, start = 0, 0
    for k in range(1, len(kept)):
        step = 1 if values[kept[k]] > values[kept[k - 1]] else -1
        if step != direction:
            if direction and k - start >= length:
                found.append((kept[start], kept[k - 1], direction))
            direction, start = step, k - 1
    if direction and len(kept) - start >= length:
        found.append((kept[start], kept[-1], direction))
    return found


def count_runs(values: Sequence[float], centre: float) -> tuple[int, int]:
    """(useful observations, runs): points not on the centre, and the stretches of them on one side."""
    useful = [s for s in sides(values, centre) if s]
    runs = sum(1 for i, s in enumerate(useful) if i == 0 or s != useful[i - 1])
    return len(useful), runs


def _runs_distribution(n1: int, n2: int) -> dict[int, float]:
    total = comb(n1 + n2, n1)
    out = {}
    for r in range(2, n1 + n2 + 1):
        k = r // 2
        if r % 2 == 0:
            ways = 2 * comb(n1 - 1, k - 1) * comb(n2 - 1, k - 1)
        else:
            ways = comb(n1 - 1, k) * comb(n2 - 1, k - 1) + comb(n1 - 1, k - 1) * comb(n2 - 1, k)
        out[r] = ways / total
    return out


@lru_cache(maxsize=256)
def runs_limits(useful: int) -> tuple[int, int] | None:
    """(fewest, most) runs that chance gives for `useful` observations; fewer or more is a signal.

    None under MIN_USEFUL_FOR_RUNS: too few points to judge the runs."""
    if useful < MIN_USEFUL_FOR_RUNS:
        return None
    n1 = useful // 2
    dist = _runs_distribution(n1, useful - n1)
    cum, low = 0.0, 2
    for r in sorted(dist):
        cum += dist[r]
        if cum > TAIL:
            low = r
            break
    cum, high = 0.0, useful
    for r in sorted(dist, reverse=True):
        cum += dist[r]
        if cum > TAIL:
            high = r
            break
    return low, high


def analyse(values: Sequence[float], higher_is_better: bool | None = None, unit: str = "") -> RunChart:
    """The median, runs and every signal of `values` (in time order), each in plain words."""
    vals = tuple(float(v) for v in values)
    if not vals:
        return RunChart((), None, 0, 0, None, ())
    centre = median(vals)
    signals: list[Signal] = []
    for first, last, side in shifts(vals, centre):
        n = sum(1 for s in sides(vals[first:last + 1], centre) if s)
        better = None if higher_is_better is None else (side > 0) == higher_is_better
        said = (_("A shift: {n} points in a row above the median ({span}){better}.") if side > 0
                else _("A shift: {n} points in a row below the median ({span}){better}."))
        short = (_("Shift: {n} points in a row above the median{better}.") if side > 0
                 else _("Shift: {n} points in a row below the median{better}."))
        signals.append(Signal(SHIFT, first, last, said.format(n=n, span=_span(first, last), better=_better(better)),
                              side, better, short.format(n=n, better=_better(better)), n))
    for first, last, direction in trends(vals):
        n = sum(1 for i in range(first, last + 1) if i == first or vals[i] != vals[i - 1])
        better = None if higher_is_better is None else (direction > 0) == higher_is_better
        said = (_("A trend: {n} points in a row going up ({span}){better}.") if direction > 0
                else _("A trend: {n} points in a row going down ({span}){better}."))
        short = (_("Trend: {n} points in a row going up{better}.") if direction > 0
                 else _("Trend: {n} points in a row going down{better}."))
        signals.append(Signal(TREND, first, last, said.format(n=n, span=_span(first, last), better=_better(better)),
                              direction, better, short.format(n=n, better=_better(better)), n))
    useful, runs = count_runs(vals, centre)
    limits = runs_limits(useful)
    if limits is not None:
        low, high = limits
        crossings = runs - 1
        if runs < low:
            signals.append(Signal(TOO_FEW_RUNS, 0, len(vals) - 1,
                                  _("Too few runs: the line {crosses}; with {useful} points off the median, chance "
                                    "alone gives at least {low} runs.").format(crosses=_crosses(crossings),
                                                                              useful=useful, low=low), 0,
                                  short=_("Too few runs: {runs}, where chance gives at least {low}.").format(
                                      runs=runs, low=low)))
        elif runs > high:
            signals.append(Signal(TOO_MANY_RUNS, 0, len(vals) - 1,
                                  _("Too many runs: the line {crosses}; with {useful} points off the median, chance "
                                    "alone gives at most {high} runs, so something may be alternating (two sources "
                                    "of data mixed, or a schedule).").format(crosses=_crosses(crossings),
                                                                             useful=useful, high=high), 0,
                                  short=_("Too many runs: {runs}, where chance gives at most {high}.").format(
                                      runs=runs, high=high)))
    runs_rules = (TOO_FEW_RUNS, TOO_MANY_RUNS)
    signals.sort(key=lambda s: (s.rule in runs_rules, s.first, s.rule))
    return RunChart(vals, centre, useful, runs, limits, tuple(signals))


def _span(first: int, last: int) -> str:
    return _("points {first} to {last}").format(first=first + 1, last=last + 1)


def _better(better: bool | None) -> str:
    if better is None:
        return ""
    return _(", the better way") if better else _(", the worse way")


def _crosses(n: int) -> str:
    if n == 0:
        return _("never crosses the median")
    return ngettext("crosses the median once", "crosses the median {n} times", n).format(n=n)


def cycle_x(day: dt.date, periods: tuple[dt.date, ...], xs: list[float]) -> float | None:
    """Where a cycle of `day` sits along the axis: between the two periods around it; None outside them."""
    if not periods or day < periods[0] or day > periods[-1]:
        return None
    for i in range(len(periods) - 1):
        a, b = periods[i], periods[i + 1]
        if a <= day <= b:
            span = (b - a).days or 1
            return xs[i] + (xs[i + 1] - xs[i]) * (day - a).days / span
    return xs[-1]

