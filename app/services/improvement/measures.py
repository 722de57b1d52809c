"""The network's measures: definitions, each team's value per period, a CSV import, and run charts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path

from sqlalchemy import func, select

from app.domain.improvement.measures_csv import read_rows
from app.domain.improvement.model import (
    ImprovementError,
    Measure,
    MeasureData,
    Value,
    parse_period,
    parse_value,
)
from app.domain.people.teams import team_key
from app.domain.run_chart import analyse, median
from app.i18n import _, ngettext
from app.services.improvement.records import ImportReport, TeamChart
from app.services.improvement.steps import MEASURE, VALUE, Steps
from app.store import models as m

MAX_CSV_BYTES = 5_000_000


def measure_key(name: str) -> str:
    return " ".join(name.split()).casefold()


class Measures:
    def __init__(self, steps: Steps) -> None:
        self.steps = steps
        self.ws = steps.ws

    # -- definitions ---------------------------------------------------------------------
    def measures(self) -> list[Measure]:
        with self.ws.require().read() as s:
            rows = s.scalars(select(m.Measure).order_by(m.Measure.position, m.Measure.id)).all()
            return [Measure(r.id, r.name, r.unit, r.higher_is_better) for r in rows]

    def measure(self, measure_id: int) -> Measure | None:
        return next((x for x in self.measures() if x.id == measure_id), None)

    def _check_name(self, s, name: str, other_than: int | None = None) -> None:
        for row_id, existing in s.execute(select(m.Measure.id, m.Measure.name)):
            if row_id != other_than and measure_key(existing) == measure_key(name):
                raise ImprovementError(_("Name: the network already has a measure called “{existing}”.").format(existing=existing))

    def add(self, data: MeasureData) -> int:
        values = data.cleaned()

        def change(s) -> int:
            self._check_name(s, values["name"])
            pos = s.scalar(select(func.max(m.Measure.position)))
            row = m.Measure(position=(pos or 0) + 1, created_us=self.steps.now_us(), **values)
            s.add(row)
            s.flush()
            return row.id

        return self.steps.record(_("add the measure {name}").format(name=values["name"]), MEASURE, [], change, "measures",
                                 lambda r: [r])

    def update(self, measure_id: int, data: MeasureData) -> None:
        values = data.cleaned()

        def change(s) -> None:
            row = self._get(s, measure_id)
            self._check_name(s, values["name"], measure_id)
            for k, v in values.items():
                setattr(row, k, v)

        self.steps.record(_("edit the measure {name}").format(name=values["name"]), MEASURE, [measure_id], change, "measures")

    def delete(self, measure_id: int) -> None:
        name = (self.measure(measure_id) or Measure(0, "", "", True)).name

        def change(s) -> None:
            s.delete(self._get(s, measure_id))

        self.steps.record(_("delete the measure {name} and its values").format(name=name), MEASURE, [measure_id], change, "measures")

    @staticmethod
    def _get(s, measure_id: int) -> m.Measure:
        row = s.get(m.Measure, measure_id)
        if row is None:
            raise ImprovementError(_("Measure: that measure no longer exists."))
        return row

    # -- values --------------------------------------------------------------------------
    def values(self, measure_id: int | None = None, team_id: int | None = None) -> list[Value]:
        """Values by measure, team name, then period."""
        with self.ws.require().read() as s:
            q = (select(m.MeasureValue, m.Team.name, m.Measure.position)
                 .join(m.Team, m.MeasureValue.team_id == m.Team.id)
                 .join(m.Measure, m.MeasureValue.measure_id == m.Measure.id))
            if measure_id is not None:
                q = q.where(m.MeasureValue.measure_id == measure_id)
            if team_id is not None:
                q = q.where(m.MeasureValue.team_id == team_id)
            rows = sorted(s.execute(q).all(), key=lambda r: (r[2], r[0].measure_id, r[1].casefold(), r[0].period))
        return [Value(v.id, v.measure_id, v.team_id, team, v.period, v.value, v.source) for v, team, _pos in rows]

    def set_value(self, measure_id: int, team_id: int, period: dt.date | str, value: float | str) -> int:
        """The team's value for the period (typed text is read as the console's fields are); replaces one there."""
        day = parse_period(period) if isinstance(period, str) else period
        number = parse_value(value) if isinstance(value, str) else float(value)
        parse_value(str(number))   # the same bounds as typed text
        with self.ws.require().read() as s:
            existing = s.scalar(select(m.MeasureValue.id).where(
                m.MeasureValue.measure_id == measure_id, m.MeasureValue.team_id == team_id,
                m.MeasureValue.period == day))
            team = s.scalar(select(m.Team.name).where(m.Team.id == team_id))
            name = s.scalar(select(m.Measure.name).where(m.Measure.id == measure_id))

        def change(s) -> int:
            if s.get(m.Team, team_id) is None:
                raise ImprovementError(_("Team: that team no longer exists."))
            self._get(s, measure_id)
            if existing is not None:
                row = s.get(m.MeasureValue, existing)
                row.value = number
                return existing
            row = m.MeasureValue(measure_id=measure_id, team_id=team_id, period=day, value=number, source="",
                                 created_us=self.steps.now_us())
            s.add(row)
            s.flush()
            return row.id

        ids = [existing] if existing is not None else []
        return self.steps.record(_("record {measure} of {team} for {day}").format(measure=name, team=team, day=f"{day:%Y-%m-%d}"), VALUE, ids, change, "measures",
                                 lambda r: [r])

    def delete_value(self, value_id: int) -> None:
        def change(s) -> None:
            row = s.get(m.MeasureValue, value_id)
            if row is None:
                raise ImprovementError(_("That value no longer exists."))
            s.delete(row)

        self.steps.record(_("delete a measure value"), VALUE, [value_id], change, "measures")

    def import_csv(self, path: Path | str) -> ImportReport:
        """Values from a CSV file (team, measure, period, value): all of them as one step, or none with one
        sentence naming the row and column that is not right."""
        from app.domain.people.decode import RosterError, decode_csv

        path = Path(path)
        try:
            if path.stat().st_size > MAX_CSV_BYTES:
                raise ImprovementError(_("{name}: the file is over {value} MB; is it the right file?").format(name=path.name, value=MAX_CSV_BYTES // 1000000))
            data = path.read_bytes()
        except OSError as exc:
            raise ImprovementError(_("{name}: it cannot be read ({value}).").format(name=path.name, value=exc.strerror or exc)) from exc
        try:
            table = decode_csv(data)
        except RosterError as exc:
            raise ImprovementError(_("{file}: {problem}").format(file=path.name, problem=exc)) from exc
        with self.ws.require().read() as s:
            teams: dict[str, int] = {}
            for team_id, name in s.execute(select(m.Team.id, m.Team.name)):
                teams.setdefault(team_key(name), team_id)
            measures = {measure_key(name): mid for mid, name in s.execute(select(m.Measure.id, m.Measure.name))}
        if not measures:
            raise ImprovementError(_("{name}: the network has no measures yet; define them first (name, unit, better when higher or lower).").format(name=path.name))
        try:
            rows = read_rows(table.headers, table.rows, teams, measures, team_key, measure_key)
        except ImprovementError as exc:
            raise ImprovementError(_("{file}: {problem}").format(file=path.name, problem=exc)) from exc

        with self.ws.require().read() as s:
            existing = {(v.measure_id, v.team_id, v.period): v.id for v in s.scalars(select(m.MeasureValue))}
        replaced = [existing[(r.measure_id, r.team_id, r.period)] for r in rows
                    if (r.measure_id, r.team_id, r.period) in existing]
        now = self.steps.now_us()

        def change(s) -> list[int]:
            ids = []
            for r in rows:
                key = (r.measure_id, r.team_id, r.period)
                if key in existing:
                    s.get(m.MeasureValue, existing[key]).value = r.value
                    continue
                row = m.MeasureValue(measure_id=r.measure_id, team_id=r.team_id, period=r.period, value=r.value,
                                     source="", created_us=now)
                s.add(row)
                s.flush()
                ids.append(row.id)
            return ids

        self.steps.record(ngettext("import {n} measure value from {file}", "import {n} measure values from {file}", len(rows)).format(n=len(rows), file=path.name), VALUE, replaced, change, "measures",
                          lambda r: list(r))
        return ImportReport(len(rows) - len(replaced), len(replaced), path.name)

    # -- run charts ----------------------------------------------------------------------
    def team_chart(self, measure_id: int, team_id: int, cycles: list[tuple[dt.date, int]] | None = None) -> TeamChart:
        measure = self.measure(measure_id)
        if measure is None:
            raise ImprovementError(_("Measure: that measure no longer exists."))
        vals = self.values(measure_id, team_id)
        with self.ws.require().read() as s:
            team = s.scalar(select(m.Team.name).where(m.Team.id == team_id)) or ""
        return team_chart_of(measure, team, [(v.period, v.value) for v in vals], cycles or ())

    def network_chart(self, measure_id: int) -> TeamChart:
        """Per period, the middle value (median) of the teams that reported it, as one run chart."""
        measure = self.measure(measure_id)
        if measure is None:
            raise ImprovementError(_("Measure: that measure no longer exists."))
        return network_chart_of(measure, [(v.period, v.value) for v in self.values(measure_id)])


# The run charts from plain values: used above for the open file, and by the network across a year of files
# (app/services/network/charts.py).
def team_chart_of(measure: Measure, team: str, points: Sequence[tuple[dt.date, float]],
                  cycles: Sequence[tuple[dt.date, int]] = ()) -> TeamChart:
    """A team's run chart of `points` (period, value), in period order; its PDSA cycles marked."""
    ordered = sorted(points, key=lambda p: p[0])
    chart = analyse([v for _p, v in ordered], measure.higher_is_better)
    return TeamChart(measure, team, tuple(p for p, _v in ordered), chart, tuple(cycles))


def network_chart_of(measure: Measure, points: Iterable[tuple[dt.date, float]]) -> TeamChart:
    """Per period, the middle value (median) of the teams' values (period, value), as one run chart."""
    by_period: dict[dt.date, list[float]] = {}
    for period, value in points:
        by_period.setdefault(period, []).append(value)
    periods = sorted(by_period)
    chart = analyse([median(by_period[p]) for p in periods], measure.higher_is_better)
    return TeamChart(measure, "", tuple(periods), chart, (), tuple(len(by_period[p]) for p in periods))
