"""Reading measure values from a CSV table: every row checked before anything is written.

The table has a heading row naming the columns team, measure, period (or date, or month) and value,
in any order, any case. A row is refused with one sentence naming its row (as a spreadsheet numbers
it, the heading being row 1) and column; the caller writes nothing unless every row is good.
Teams and measures are matched with keys the caller passes in (the roster's forgiving team key).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app.domain.improvement.model import ImprovementError, parse_period, parse_value
from app.i18n import _

COLUMNS = ("team", "measure", "period", "value")
ALIASES = {"team": ("team", "school", "team name"), "measure": ("measure", "measure name"),
           "period": ("period", "date", "month", "week"), "value": ("value", "result", "count")}


@dataclass(frozen=True)
class CsvValue:
    row: int
    team_id: int
    measure_id: int
    period: dt.date
    value: float


def _heading(text: str) -> str:
    return " ".join(text.strip().lower().replace("_", " ").split())


def columns(headers: Sequence[str]) -> dict[str, int]:
    """Which column holds each of team, measure, period, value; one sentence when one is missing or twice."""
    found: dict[str, int] = {}
    for i, h in enumerate(headers):
        key = _heading(h)
        for name, words in ALIASES.items():
            if key in words:
                if name in found:
                    raise ImprovementError(_("Row 1: two columns are “{name}” (columns {first} and {second}); keep one.")
                                           .format(name=name, first=found[name] + 1, second=i + 1))
                found[name] = i
    missing = [c for c in COLUMNS if c not in found]
    if missing:
        raise ImprovementError(_("Row 1: there is no “{name}” column; the heading row needs team, measure, "
                                 "period and value.").format(name=missing[0]))
    return found


def read_rows(headers: Sequence[str], rows: Sequence[tuple[int, Sequence[str]]], teams: dict[str, int],
              measures: dict[str, int], team_key: Callable[[str], str],
              measure_key: Callable[[str], str] = lambda s: " ".join(s.split()).casefold()) -> list[CsvValue]:
    """Every row as a value, or ImprovementError for the first row that is not right (nothing is kept)."""
    cols = columns(headers)
    heading = {name: headers[i].strip() or name for name, i in cols.items()}
    out: list[CsvValue] = []
    seen: dict[tuple[int, int, dt.date], int] = {}
    if not rows:
        raise ImprovementError(_("The file has a heading row and no values under it."))
    for number, cells in rows:
        def cell(name: str, cells: Sequence[str] = cells) -> str:
            i = cols[name]
            return cells[i].strip() if i < len(cells) else ""

        def where(column: str, number: int = number) -> str:
            return _("Row {number}, column “{column}”").format(number=number, column=column)

        team_text = cell("team")
        team_id = teams.get(team_key(team_text))
        if team_id is None:
            said = (_("{where}: “{team}” is not a team of this convening; add the team or correct the name.")
                    if team_text else _("{where}: the team is missing; add the team or correct the name."))
            raise ImprovementError(said.format(where=where(heading["team"]), team=team_text))
        measure_text = cell("measure")
        measure_id = measures.get(measure_key(measure_text))
        if measure_id is None:
            said = (_("{where}: “{measure}” is not one of the network's measures; define it first or correct the name.")
                    if measure_text else _("{where}: the measure is missing; define it first or correct the name."))
            raise ImprovementError(said.format(where=where(heading["measure"]), measure=measure_text))
        period = parse_period(cell("period"), where(heading["period"]))
        value = parse_value(cell("value"), where(heading["value"]))
        key = (team_id, measure_id, period)
        if key in seen:
            raise ImprovementError(_("Row {number}: the same team, measure and period as row {earlier}; keep one of "
                                     "them.").format(number=number, earlier=seen[key]))
        seen[key] = number
        out.append(CsvValue(number, team_id, measure_id, period, value))
    return out
