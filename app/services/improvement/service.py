"""Improvement between convenings: PDSA cycles on commitments, the network's measures with run charts, and
the driver diagram. The façade; its parts are attributes: `improvement.cycles`, `improvement.measures`,
`improvement.drivers`, `improvement.phone` (a team's PDSA cycles from a phone while room capture runs).

Every change is committed at once and is one step of the workspace's history (Edit > Undo brings it
back). Listeners hear ImprovementChanged(what="cycles" | "measures" | "drivers" | "").

For the network across files (`convene next`, `convene network`): `carry_from(old_path)` copies the
network-level rows of an earlier convening file into this one, and `network_rows()` hands out this
file's rows of pdsa.csv and measures.csv (see network.py).
"""

from __future__ import annotations

from pathlib import Path

from app.domain.improvement.model import ImprovementError
from app.services.core.history import History
from app.services.core.workspace import Workspace
from app.services.improvement import network
from app.services.improvement.cycles import Cycles
from app.services.improvement.drivers import Drivers
from app.services.improvement.measures import Measures
from app.services.improvement.phone import PhoneCheckin
from app.services.improvement.records import CarryReport, NetworkRows, TeamChart
from app.services.improvement.steps import Steps

__all__ = ["ImprovementService", "ImprovementError"]


class ImprovementService:
    def __init__(self, workspace: Workspace, history: History) -> None:
        self.ws = workspace
        self.steps = Steps(workspace, history)
        self.cycles = Cycles(self.steps)
        self.measures = Measures(self.steps)
        self.drivers = Drivers(self.steps)
        self.phone = PhoneCheckin(workspace, self.cycles, self.measures)   # PDSA cycles from a team's phone, via room capture

    def carry_from(self, old_path: Path | str) -> CarryReport:
        """Bring the earlier convening's measures and values, driver diagram, and the PDSA cycles and change
        ideas of the commitments carried from it, as one undoable step; nothing when anything is refused
        (ImprovementError, or ConveningFileError when the file cannot be opened)."""
        return network.carry_from(self.steps, old_path)

    def network_rows(self) -> NetworkRows:
        """This file's rows of pdsa.csv and measures.csv, as plain records."""
        return network.network_rows(self.steps)

    def team_charts(self, measure_id: int) -> list[TeamChart]:
        """A run chart per team that has reported the measure (by team name), its PDSA cycles marked."""
        marks: dict[int, list] = {}
        for c in self.cycles.cycles():
            marks.setdefault(c.team_id, []).append((c.tested_on, c.number))
        teams = sorted({(v.team_id, v.team) for v in self.measures.values(measure_id)}, key=lambda t: t[1].casefold())
        return [self.measures.team_chart(measure_id, team_id, sorted(marks.get(team_id, [])))
                for team_id, _name in teams]
