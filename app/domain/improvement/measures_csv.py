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
                    raise ImprovementError(f"Row 1: two columns are “{name}” (columns {found[name] + 1} and "
                                           f"{i + 1}); keep one.")
                found[name] = i
    missing = [c for c in COLUMNS if c not in found]
    if missing:
        raise ImprovementError(f"Row 1: there is no “{missing[0]}” column; the heading row needs team, measure, "
                               "period and value.")
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
        raise ImprovementError("The file has a heading row and no values under it.")
    for number, cells in rows:
        def cell(name: str, cells: Sequence[str] = cells) -> str:
            i = cols[name]
            return cells[i].strip() if i < len(cells) else ""

        where = f"Row {number}, column “{{}}”"
        team_text = cell("team")
        team_id = teams.get(team_key(team_text))
        if team_id is None:
            what = f"“{team_text}” is not a team of this convening" if team_text else "the team is missing"
            raise ImprovementError(f"{where.format(heading['team'])}: {what}; add the team or correct the name.")
        measure_text = cell("measure")
        measure_id = measures.get(measure_key(measure_text))
        if measure_id is None:
            what = f"“{measure_text}” is not one of the network's measures" if measure_text else "the measure is missing"
            raise ImprovementError(f"{where.format(heading['measure'])}: {what}; define it first or correct the name.")
        period = parse_period(cell("period"), where.format(heading["period"]))
        value = parse_value(cell("value"), where.format(heading["value"]))
        key = (team_id, measure_id, period)
        if key in seen:
            raise ImprovementError(f"Row {number}: the same team, measure and period as row {seen[key]}; "
                                   "keep one of them.")
        seen[key] = number
        out.append(CsvValue(number, team_id, measure_id, period, value))
    return out
