"""People's part of a handout: the roster by team (the facilitator version only; the export asks for it
only then). app/services/export/service.py composes the parts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.export.handout import RosterPerson, RosterTeam

if TYPE_CHECKING:
    from app.services.people.service import PeopleService


def roster(people: PeopleService) -> tuple[RosterTeam, ...]:
    teams = people.teams()
    by_team: dict[int | None, list[RosterPerson]] = {}
    for p in people.participants():
        by_team.setdefault(p.team_id, []).append(RosterPerson(p.name, p.role, p.pronouns, p.email))
    out = [RosterTeam(t.name, t.district, tuple(by_team.get(t.id, ()))) for t in teams if by_team.get(t.id)]
    if by_team.get(None):
        out.append(RosterTeam("", "", tuple(by_team[None])))
    return tuple(out)
