"""domain/commitments/carry.py: which team gets which commitment, and the sentences that say so."""

from __future__ import annotations

from app.domain.commitments.carry import OldCommitment, plan_carry
from app.domain.people.teams import team_key


def old(ref, team, change="Text seniors"):
    return OldCommitment(ref, team, {"change": change})


def test_one_of_each_reads_in_the_singular():
    plan = plan_carry("Launch (21 January 2027)", ["Edison High", "Roosevelt High"],
                      [old("a:1", "Roosevelt  High."), old("a:2", "Edison High")],
                      {7: "Roosevelt High", 8: "Lincoln Middle"}, {"a:9"}, team_key)
    assert [(team_id, c.ref) for team_id, c in plan.carried] == [(7, "a:1")]
    assert plan.lines() == [
        "Carried 1 commitment of 1 team from “Launch (21 January 2027)”.",
        "“Roosevelt  High.” is taken to be “Roosevelt High”.",
        "Not carried, because the team is not in this convening: Edison High (1). "
        "Add the team (same name) and carry again to bring them.",
        "New since “Launch (21 January 2027)”, so nothing to carry: Lincoln Middle.",
    ]


def test_nothing_to_carry_and_all_carried_before():
    assert plan_carry("Fall", [], [], {1: "A"}, set(), team_key).lines() == [
        "“Fall” has no commitments to carry over.", "New since “Fall”, so nothing to carry: A."]
    plan = plan_carry("Fall", ["A"], [old("f:1", "A")], {1: "A"}, {"f:1"}, team_key)
    assert plan.carried == [] and plan.lines() == [
        "1 commitment had been carried over before and was left as it is."]
