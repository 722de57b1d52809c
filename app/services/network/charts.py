"""The measures across the year: per measure, the network's run chart and one per team, over every
convening's values (NetworkYear.measures: each value once), with the team's PDSA cycles of the year marked.

Built with the improvement capability's own chart makers (app/services/improvement/measures.py
`team_chart_of`, `network_chart_of`: the run-chart rules of app/domain/run_chart.py), so a chart of the year
says its signals in the same plain words as the handout of one convening.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.domain.improvement.model import Measure, value_text
from app.services.improvement.measures import network_chart_of, team_chart_of
from app.services.improvement.records import TeamChart
from app.services.network.records import NetworkYear


@dataclass(frozen=True)
class MeasureCharts:
    measure: Measure
    network: TeamChart                 # per period, the median of the teams that reported it
    teams: tuple[TeamChart, ...]       # one per team that reported it, by name


def year_charts(year: NetworkYear) -> list[MeasureCharts]:
    """Per measure of the year (in the order they first appear), the network's run chart and each team's."""
    by_measure: dict[str, list] = {}
    for r in year.measures:
        by_measure.setdefault(r.measure, []).append(r)
    marks: dict[str, list[tuple]] = {}
    for c in year.pdsa:
        marks.setdefault(c.team, []).append((c.tested_on, c.cycle))
    out = []
    for n, (name, rows) in enumerate(by_measure.items(), start=1):
        measure = Measure(n, name, rows[-1].unit, rows[-1].higher_is_better)
        teams: dict[str, list] = {}
        for r in rows:
            teams.setdefault(r.team, []).append((r.period, r.value))
        out.append(MeasureCharts(
            measure, network_chart_of(measure, [(r.period, r.value) for r in rows]),
            tuple(team_chart_of(measure, team, points, sorted(set(marks.get(team, []))))
                  for team, points in sorted(teams.items(), key=lambda kv: kv[0].casefold()))))
    return out


def points_text(chart: TeamChart) -> str:
    """"Feb 2027: 31.5% · May 2027: 44%": each value of the chart with its period."""
    return " · ".join(f"{period_words(p)}: {value_text(v, chart.measure.unit)}"
                      for p, v in zip(chart.periods, chart.chart.values, strict=True))


def period_words(day: dt.date) -> str:
    """A period as the run charts label it: "Feb 2027" for a month, "3 Feb 2027" for a day."""
    return f"{day:%b %Y}" if day.day == 1 else f"{day.day} {day:%b %Y}"
