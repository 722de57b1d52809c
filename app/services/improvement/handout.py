"""Improvement's part of a handout (app/services/export/service.py composes the parts).

A page per team: each commitment's PDSA cycles and the change idea it tests, and the team's run chart of
each measure; the network's run charts; the driver diagram with how many teams test each change idea. The
facilitator version adds a follow-up list (teams without a cycle yet, cycles without a decision, teams
that have not reported a measure's latest period). PDSA cycles and measures belong to no agenda item:
they come with the whole convening and with day 1.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.domain.improvement.model import IDEA
from app.export.handout import ChartPicture, DiagramRow, Improvement, Scope, TeamImprovement
from app.export.words import Words
from app.i18n import EN, in_language

if TYPE_CHECKING:
    from app.services.commitments.service import CommitmentService
    from app.services.improvement.records import TeamChart
    from app.services.improvement.service import ImprovementService


def picture(chart: TeamChart) -> ChartPicture:
    c = chart.chart
    return ChartPicture(chart.measure.name, chart.measure.unit, chart.measure.higher_is_better, chart.team,
                        chart.periods, c.values, c.median, tuple((s.rule, s.first, s.last) for s in c.signals),
                        tuple(str(in_language(x, EN)) for x in c.words()), chart.cycles)   # English, as the section expects


def part(svc: ImprovementService, commitments: CommitmentService, scope: Scope) -> Improvement | None:
    if not scope.with_unlinked:
        return None
    cycles = svc.cycles.cycles()
    measures = svc.measures.measures()
    ideas = {n.id: n.text for n in svc.drivers.nodes() if n.kind == IDEA}
    linked = svc.drivers.ideas_of_commitments()
    charts = {m.id: svc.team_charts(m.id) for m in measures}
    teams = []
    follow_up = []
    w = Words(scope.lang)
    for team_id, name in commitments.teams():
        mine = commitments.commitments(team_id)
        rows = []
        for c in mine:
            its = tuple(x for x in cycles if x.commitment_id == c.id)
            idea = ideas.get(linked.get(c.id, -1), "")
            if its or idea:
                rows.append((c.change, idea, its))
            undecided = [x.number for x in its if not x.decision]
            if undecided:
                follow_up.append(w.pn_("{team}: cycle {cycles} of “{change}” has no decision yet.",
                                       "{team}: cycles {cycles} of “{change}” have no decision yet.",
                                       len(undecided), team=name, cycles=", ".join(map(str, undecided)),
                                       change=c.change))
        if mine and not any(r[2] for r in rows):
            follow_up.append(w.p_("{team}: no PDSA cycle recorded yet on its commitments.", team=name))
        own = tuple(picture(ch) for mid in charts for ch in charts[mid] if ch.team == name)
        if rows or own:
            teams.append(TeamImprovement(name, tuple(rows), own))
    network = []
    for m in measures:
        net = svc.measures.network_chart(m.id)
        if net.periods:
            network.append(picture(net))
            latest = net.periods[-1]
            reported = {v.team_id for v in svc.measures.values(m.id) if v.period == latest}
            missing = [n for i, n in commitments.teams() if i not in reported]
            if missing:
                follow_up.append(w.p_("{measure}: no value for {period} from {teams}.", measure=m.name,
                                      period=f"{latest:%Y-%m-%d}", teams=", ".join(missing)))
    diagram = []
    for root in svc.drivers.tree():
        stack = [(root, 0)]
        while stack:
            node, depth = stack.pop()
            diagram.append(DiagramRow(depth, node.kind, node.text, len(node.teams)))
            stack.extend((child, depth + 1) for child in reversed(node.children))
    if not (teams or network or diagram):
        return None
    return Improvement(tuple(teams), tuple(network), tuple(diagram), tuple(follow_up) if scope.private else ())
