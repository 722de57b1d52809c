"""Buddy-school pairing: criteria and reasons (criteria), the hard rules and
earlier meetings (rules), one round by maximum-weight matching with at most one
trio (matching), several rounds and swaps (plan). Pure: no I/O, no Qt."""

from app.domain.pairing.criteria import MODES, Criterion, TeamProfile, pair_score
from app.domain.pairing.matching import Group, RoundPlan, solve_round
from app.domain.pairing.plan import plan_rounds, swap_teams
from app.domain.pairing.rules import Meeting, Rules

__all__ = [
    "MODES",
    "Criterion",
    "TeamProfile",
    "pair_score",
    "Group",
    "RoundPlan",
    "solve_round",
    "plan_rounds",
    "swap_teams",
    "Meeting",
    "Rules",
]
