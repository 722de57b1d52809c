"""The plain values the improvement service hands out (never ORM rows).

The domain's values (Cycle, Measure, Value, DriverNode) come from app/domain/improvement/model.py;
here are the ones only this service makes: the rows of the network's CSV files and what a carry did.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.domain.improvement.model import Cycle, DriverNode, Measure, Value
from app.domain.run_chart import RunChart

__all__ = ["Cycle", "DriverNode", "Measure", "Value", "PdsaRow", "MeasureRow", "NetworkRows", "CarryReport",
           "TeamChart", "ImportReport"]


@dataclass(frozen=True)
class PdsaRow:
    """One row of pdsa.csv."""

    convening: str        # the convening this file is ("Fall Convening (21 January 2027)")
    team: str
    commitment: str       # the commitment's change
    cycle: int            # its number on the commitment, from 1
    change_idea: str
    prediction: str
    what_happened: str
    learned: str
    decision: str         # adopt, adapt, abandon or ""
    tested_on: dt.date
    carried_from: str = ""   # "" when recorded in this file; else the convening it was carried from


@dataclass(frozen=True)
class MeasureRow:
    """One row of measures.csv."""

    convening: str
    period: dt.date
    team: str
    measure: str
    unit: str
    value: float
    carried_from: str = ""
    higher_is_better: bool = True   # the measure's direction (for its run chart across the year)


@dataclass(frozen=True)
class NetworkRows:
    pdsa: tuple[PdsaRow, ...] = ()
    measures: tuple[MeasureRow, ...] = ()


@dataclass
class CarryReport:
    """What `carry_from` brought in, counted, and the teams whose rows stayed behind."""

    source: str
    measures: int = 0
    values: int = 0
    drivers: int = 0
    cycles: int = 0
    links: int = 0
    already: int = 0                                       # rows carried before: not brought twice
    gone: dict[str, int] = field(default_factory=dict)     # old team -> values left behind

    def lines(self) -> list[str]:
        parts = [f"{n} {one if n == 1 else many}" for n, one, many in (
            (self.measures, "measure", "measures"), (self.values, "measure value", "measure values"),
            (self.drivers, "driver diagram entry", "driver diagram entries"), (self.cycles, "PDSA cycle", "PDSA cycles"),
            (self.links, "link to a change idea", "links to change ideas")) if n]
        out = [f"Carried {', '.join(parts)} from “{self.source}”." if parts
               else f"“{self.source}” has nothing more to carry: no measures, driver diagram or PDSA cycles "
                    "that are not here already."]
        if self.already:
            out.append(f"{self.already} had been carried before and were left as they are.")
        if self.gone:
            names = ", ".join(f"{name} ({n})" for name, n in self.gone.items())
            out.append(f"Values not carried, because the team is not in this convening: {names}.")
        return out


@dataclass(frozen=True)
class TeamChart:
    """One run chart: a team's values of a measure (or the network's), with its cycles marked."""

    measure: Measure
    team: str                                  # "" for the network
    periods: tuple[dt.date, ...]
    chart: RunChart
    cycles: tuple[tuple[dt.date, int], ...] = ()   # (date, cycle number) of the team's PDSA cycles
    teams_reporting: tuple[int, ...] = ()      # the network: how many teams each point is the middle of

    @property
    def network(self) -> bool:
        return not self.team


@dataclass(frozen=True)
class ImportReport:
    added: int
    replaced: int
    file: str

    def sentence(self) -> str:
        rows = self.added + self.replaced
        out = f"Imported {rows} value{'s' if rows != 1 else ''} from {self.file}"
        if self.replaced:
            out += f" ({self.replaced} replaced a value already here for the same team, measure and period)"
        return out + ". Edit > Undo takes the import back."
