"""Commitments' part of a handout (app/services/export/service.py composes the parts).

Per team, by name: its commitments (carried ones with their status) and its bright spots. A handout of
some items holds the commitments captured during them. Carried commitments and bright spots belong to
no item: they come with the whole convening and with day 1.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.export.handout import Scope, TeamCommitments

if TYPE_CHECKING:
    from app.services.commitments.service import CommitmentService


def teams(svc: CommitmentService, scope: Scope) -> tuple[TeamCommitments, ...]:
    commitments = svc.commitments()
    spots = svc.bright_spots()
    if not scope.whole:
        from sqlalchemy import select

        from app.store import models as m

        in_scope = {r.item_id for d in scope.days for r in d.rows}
        with svc.ws.require().read() as s:
            captured = {i for i, item in s.execute(select(m.Commitment.id, m.Commitment.item_id))
                        if item in in_scope}
        commitments = [c for c in commitments if c.id in captured or (c.carried and scope.with_unlinked)]
        spots = spots if scope.with_unlinked else []
    out = []
    for team_id, name in svc.teams():
        mine = tuple(c for c in commitments if c.team_id == team_id)
        bright = tuple(b for b in spots if b.team_id == team_id)
        if mine or bright:
            out.append(TeamCommitments(name, mine, bright))
    return tuple(out)
