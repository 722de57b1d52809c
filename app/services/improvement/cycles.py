"""PDSA cycles on commitments: record, edit, delete (each one undoable step), and read them by team."""

from __future__ import annotations

from sqlalchemy import func, select

from app.domain.improvement.model import Cycle, CycleData, ImprovementError
from app.i18n import _
from app.services.improvement.steps import CYCLE, Steps
from app.store import models as m


class Cycles:
    def __init__(self, steps: Steps) -> None:
        self.steps = steps
        self.ws = steps.ws

    def cycles(self, commitment_id: int | None = None, team_id: int | None = None) -> list[Cycle]:
        """Cycles by team name, then commitment (carried first, as the Commitments tab lists them), then number."""
        with self.ws.require().read() as s:
            q = (select(m.PdsaCycle, m.Commitment, m.Team.name)
                 .join(m.Commitment, m.PdsaCycle.commitment_id == m.Commitment.id)
                 .join(m.Team, m.Commitment.team_id == m.Team.id))
            if commitment_id is not None:
                q = q.where(m.PdsaCycle.commitment_id == commitment_id)
            if team_id is not None:
                q = q.where(m.Commitment.team_id == team_id)
            rows = s.execute(q).all()
            out = [(c.position, c.source == "", Cycle(p.id, c.id, c.team_id, team, c.change, p.number, p.tested_on,
                                                     p.change_idea, p.prediction, p.what_happened, p.learned,
                                                     p.decision, p.source))
                   for p, c, team in rows]
        out.sort(key=lambda t: (t[2].team.casefold(), t[1], t[0], t[2].commitment_id, t[2].number, t[2].id))
        return [c for _pos, _here, c in out]

    def cycle(self, cycle_id: int) -> Cycle | None:
        return next((c for c in self.cycles() if c.id == cycle_id), None)

    def counts(self) -> dict[int, int]:
        """Commitment id -> how many cycles it has."""
        with self.ws.require().read() as s:
            return dict(s.execute(select(m.PdsaCycle.commitment_id, func.count(m.PdsaCycle.id))
                                  .group_by(m.PdsaCycle.commitment_id)).all())

    def _team_of(self, s, commitment_id: int) -> str:
        return s.scalar(select(m.Team.name).join(m.Commitment, m.Commitment.team_id == m.Team.id)
                        .where(m.Commitment.id == commitment_id)) or "a team"

    def add(self, commitment_id: int, data: CycleData) -> int:
        values = data.cleaned()
        day = data.tested_on or self.steps.today()
        with self.ws.require().read() as s:
            team = self._team_of(s, commitment_id)

        def change(s) -> int:
            if s.get(m.Commitment, commitment_id) is None:
                raise ImprovementError(_("Commitment: that commitment no longer exists."))
            last = s.scalar(select(func.max(m.PdsaCycle.number)).where(m.PdsaCycle.commitment_id == commitment_id))
            now = self.steps.now_us()
            row = m.PdsaCycle(commitment_id=commitment_id, number=(last or 0) + 1, tested_on=day, source="",
                              source_ref="", created_us=now, updated_us=now, **values)
            s.add(row)
            s.flush()
            return row.id

        return self.steps.record(_("add a PDSA cycle of {team}").format(team=team), CYCLE, [], change, "cycles", lambda r: [r])

    def update(self, cycle_id: int, data: CycleData) -> None:
        values = data.cleaned()

        def change(s) -> None:
            row = self._get(s, cycle_id)
            for k, v in values.items():
                setattr(row, k, v)
            if data.tested_on is not None:
                row.tested_on = data.tested_on
            row.updated_us = self.steps.now_us()

        self.steps.record(_("edit PDSA cycle {cycle}").format(cycle=self._label(cycle_id)), CYCLE, [cycle_id], change, "cycles")

    def delete(self, cycle_id: int) -> None:
        label = self._label(cycle_id)

        def change(s) -> None:
            s.delete(self._get(s, cycle_id))

        self.steps.record(_("delete PDSA cycle {cycle}").format(cycle=label), CYCLE, [cycle_id], change, "cycles")

    def _label(self, cycle_id: int) -> str:
        with self.ws.require().read() as s:
            row = s.get(m.PdsaCycle, cycle_id)
            return f"{row.number} of {self._team_of(s, row.commitment_id)}" if row is not None else ""

    @staticmethod
    def _get(s, cycle_id: int) -> m.PdsaCycle:
        row = s.get(m.PdsaCycle, cycle_id)
        if row is None:
            raise ImprovementError(_("That PDSA cycle no longer exists."))
        return row
