"""The plain values the improvement service hands out (never ORM rows).

The domain's values (Cycle, Measure, Value, DriverNode) come from app/domain/improvement/model.py;
here are the ones only this service makes: the rows of the network's CSV files and what a carry did.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.domain.improvement.model import Cycle, DriverNode, Measure, Value
from app.domain.run_chart import RunChart
from app.i18n import _, ngettext

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
        counts = (
            (self.measures, ngettext("{n} measure", "{n} measures", self.measures)),
            (self.values, ngettext("{n} measure value", "{n} measure values", self.values)),
            (self.drivers, ngettext("{n} driver diagram entry", "{n} driver diagram entries", self.drivers)),
            (self.cycles, ngettext("{n} PDSA cycle", "{n} PDSA cycles", self.cycles)),
            (self.links, ngettext("{n} link to a change idea", "{n} links to change ideas", self.links)))
        parts = [said.format(n=n) for n, said in counts if n]
        out = [_("Carried {parts} from “{source}”.").format(parts=", ".join(parts), source=self.source) if parts
               else _("“{source}” has nothing more to carry: no measures, driver diagram or PDSA cycles that are not "
                      "here already.").format(source=self.source)]
        if self.already:
            out.append(ngettext("{n} had been carried before and was left as it is.",
                                "{n} had been carried before and were left as they are.",
                                self.already).format(n=self.already))
        if self.gone:
            names = ", ".join(f"{name} ({n})" for name, n in self.gone.items())
            out.append(_("Values not carried, because the team is not in this convening: {names}.").format(names=names))
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

    def sentence(self, undo: bool = True) -> str:
        """What was imported; with `undo`, how to take it back (the console has Edit > Undo, the command line not)."""
        rows = self.added + self.replaced
        out = ngettext("Imported {n} value from {file}", "Imported {n} values from {file}", rows).format(
            n=rows, file=self.file)
        if self.replaced:
            out += " " + _("({n} replaced a value already here for the same team, measure and period)").format(
                n=self.replaced)
        return out + "." + (" " + _("Edit > Undo takes the import back.") if undo else "")
