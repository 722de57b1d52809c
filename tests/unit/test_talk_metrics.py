"""Talk-time figures on hand-checked cases and as properties."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.people.lenses import PREFER_NOT as ROSTER_PREFER_NOT
from app.domain.people.lenses import split_values
from app.domain.talk.goals import EVERYONE_SPEAKS, MAX_RATIO, Goal, GoalError, check_goals
from app.domain.talk.lenses import (
    NOT_ASKED,
    OVER,
    PREFER_NOT,
    UNDER,
    group_shares,
    is_multi,
    lens_groups,
)
from app.domain.talk.metrics import balance_index, figures
from app.domain.talk.rules import default_role, speaker_flag
from app.domain.talk.summaries import balance_over_time, summarize
from app.domain.talk.turns import Turn, TurnError, check_edit, overlapping, tap

T0 = 1_000.0


def turns_of(*spans):
    return [Turn(i + 1, who, T0 + a, None if b is None else T0 + b) for i, (who, a, b) in enumerate(spans)]


def test_person_figures_hand_checked():
    # Ana 0-60 and 100-130, Ben 60-100, many voices 130-140, Ana again from 150 (open), now = T0+170.
    ts = turns_of((1, 0, 60), (2, 60, 100), (1, 100, 130), (None, 130, 140), (1, 150, None))
    f = figures(ts, [1, 2, 3], T0 + 170)
    ana, ben, cy = f.people[1], f.people[2], f.people[3]
    assert ana.seconds == 110 and ana.turns == 3 and ana.longest == 60 and ana.speaking
    assert math.isclose(ana.mean, 110 / 3)
    assert ben.seconds == 40 and ben.since_last == 70 and not ben.speaking
    assert ana.since_last == 0
    assert cy.seconds == 0 and cy.since_last is None and f.not_spoken == (3,)
    assert f.person_seconds == 150 and f.many_seconds == 10
    assert math.isclose(ana.share, 110 / 150) and math.isclose(ben.share, 40 / 150)
    assert f.speaker == 1


def test_balance_index_is_one_minus_gini():
    assert balance_index([10, 10, 10, 10]) == 1.0
    assert math.isclose(balance_index([40, 0, 0, 0]), 0.25)  # one of four does all: 1/n
    # Gini of (0, 10, 30) = sum|xi-xj| / (2 n^2 mean) = (10+30+20)*2 / (2*9*(40/3)) = 0.5
    assert math.isclose(balance_index([0, 10, 30]), 0.5)
    assert balance_index([0, 0]) is None and balance_index([]) is None


def test_tap_moves_the_floor_and_tap_again_is_silence():
    open_ana = Turn(1, 1, T0, None)
    t = tap(open_ana, 2, T0 + 5)
    assert (t.close_id, t.close_at, t.opens, t.open_for) == (1, T0 + 5, True, 2)
    t = tap(open_ana, 1, T0 + 5)
    assert (t.close_id, t.opens) == (1, False)
    t = tap(None, 3, T0)
    assert t.close_id is None and t.opens and t.open_for == 3
    # A clock that stepped back never gives a turn a negative length.
    assert tap(open_ana, 2, T0 - 30).close_at == T0


def test_edit_refuses_overlap_backwards_and_future():
    ts = turns_of((1, 0, 60), (2, 60, 100), (3, 120, None))
    with pytest.raises(TurnError, match="overlap"):
        check_edit(ts, 1, T0, T0 + 70, T0 + 200)
    with pytest.raises(TurnError, match="after it starts"):
        check_edit(ts, 2, T0 + 90, T0 + 80, T0 + 200)
    with pytest.raises(TurnError, match="future"):
        check_edit(ts, 2, T0 + 60, T0 + 300, T0 + 200)
    with pytest.raises(TurnError, match="overlap"):
        check_edit(ts, 2, T0 + 60, T0 + 130, T0 + 200)  # into the open turn
    with pytest.raises(TurnError, match="latest"):
        check_edit(ts, 1, T0, None, T0 + 200)
    check_edit(ts, 2, T0 + 60, T0 + 120, T0 + 200)  # touching is fine


def test_lens_groups_alone_or_in_combination_and_distinct_unknowns():
    values = {1: ["Black", "Latinx"], 2: ["Black"], 3: [PREFER_NOT], 4: [], 5: ["White"]}
    groups = {g.label: g.members for g in lens_groups([1, 2, 3, 4, 5], values)}
    assert groups["Black"] == {1, 2} and groups["Latinx"] == {1}
    assert groups[PREFER_NOT] == {3} and groups[NOT_ASKED] == {4}
    assert [g.label for g in lens_groups([1, 2, 3, 4, 5], values)][-2:] == [PREFER_NOT, NOT_ASKED]
    assert is_multi([1, 2], values) and not is_multi([2, 3], values)
    shares = group_shares(lens_groups([1, 2, 3, 4, 5], values), {1: 30, 2: 30, 5: 40}, 5, multi=True)
    by = {s.label: s for s in shares.groups}
    assert math.isclose(by["Black"].talk_share, 0.6) and math.isclose(by["Black"].people_share, 0.4)
    assert math.isclose(by["Black"].ratio, 1.5) and by["Black"].direction == OVER
    assert by[NOT_ASKED].direction == UNDER and "▼" in by[NOT_ASKED].marker()
    assert "▲" in by["Black"].marker() and "over" in by["Black"].marker()
    assert sum(s.talk_share for s in shares.groups) > 1.0 and shares.multi


def test_split_values():
    assert split_values("Black; Latinx") == ("Black", "Latinx")
    assert split_values("Black, Latinx") == ("Black", "Latinx")
    assert split_values("  ") == ()
    assert split_values("Prefer not to answer") == (PREFER_NOT,)
    assert split_values("Asian;asian") == ("Asian",)
    assert ROSTER_PREFER_NOT == PREFER_NOT, "the roster and the talk figures name it the same way"


def test_goals():
    ts = turns_of((1, 0, 90), (2, 90, 100))
    f = figures(ts, [1, 2, 3], T0 + 100)
    values = {1: ["teacher"], 2: ["principal"], 3: ["principal"]}
    shares = {"Role": group_shares(lens_groups([1, 2, 3], values), f.seconds_by_person(), 3)}
    st_ = check_goals([Goal(EVERYONE_SPEAKS), Goal(MAX_RATIO, "Role", 1.25)], f, shares, name=lambda p: f"P{p}")
    assert not st_[0].met and "P3" in st_[0].detail
    assert not st_[1].met and "teacher 2.7×" in st_[1].detail
    with pytest.raises(GoalError):
        Goal.from_dict({"kind": MAX_RATIO, "lens": "", "limit": 1.25})


def test_speaker_flag():
    assert default_role(["presenter", "facilitator", "participants"]) == "participants"
    assert speaker_flag("Clarifying questions", ["participants"], "Ana", "participants") is None
    msg = speaker_flag("Discussion", ["participants", "facilitator"], "Ana", "presenter")
    assert "presenter is meant to be silent" in msg and "Ana" in msg
    assert speaker_flag("Open", [], "Ana", "presenter") is None


def test_summaries_per_key_and_balance_over_time():
    ts = [Turn(1, 1, T0, T0 + 30), Turn(2, 2, T0 + 30, T0 + 60), Turn(3, 1, T0 + 100, T0 + 160)]
    step = {1: 0, 2: 0, 3: 1}
    out = summarize(ts, lambda t: step[t.id], {0: [1, 2], 1: [1, 2]}, T0 + 200)
    assert [(s.key, s.person_seconds, s.speakers, s.balance) for s in out] == [(0, 60, 2, 1.0), (1, 60, 1, 0.5)]
    curve = balance_over_time(ts, [1, 2], T0 + 200, points=2)
    assert curve[0] == (80.0, 1.0) and math.isclose(curve[1][1], 1 - (2 * (30 + 2 * 90) / (2 * 120) - 1.5))


# -- properties ------------------------------------------------------------------------------

taps = st.lists(st.tuples(st.one_of(st.none(), st.integers(1, 8)), st.floats(0, 120), st.booleans()),
                max_size=60)


def play(events):
    """Turns made by a tap sequence (speaker, seconds later, silence?) as the service makes them."""
    turns: list[Turn] = []
    now = T0
    for who, gap, quiet in events:
        now += gap
        current = turns[-1] if turns and turns[-1].end is None else None
        t = tap(current, who, now) if not quiet else tap(current, current.speaker if current else who, now)
        if t.close_id is not None:
            turns[-1] = Turn(current.id, current.speaker, current.start, t.close_at)
        if t.opens and not (quiet and current is not None):
            turns.append(Turn(len(turns) + 1, t.open_for, now, None))
    return turns, now


@settings(max_examples=200, deadline=None)
@given(taps, st.floats(0, 500))
def test_taps_never_overlap_and_shares_sum_to_all_tracked_talk(events, later):
    turns, now = play(events)
    now += later
    assert overlapping(turns, now) == []
    f = figures(turns, list(range(1, 9)), now)
    tracked = sum(t.seconds(now) for t in turns)
    assert math.isclose(f.person_seconds + f.many_seconds, tracked, rel_tol=1e-9, abs_tol=1e-6)
    if f.person_seconds > 0:
        assert math.isclose(sum(p.share for p in f.people.values()), 1.0, rel_tol=1e-9)
        assert 0.0 <= f.balance <= 1.0
    assert all(p.longest <= p.seconds + 1e-9 for p in f.people.values())


@settings(max_examples=200, deadline=None)
@given(taps, st.integers(0, 59), st.floats(-200, 4000), st.floats(0, 300))
def test_accepted_edits_keep_turns_apart(events, pick, start, length):
    turns, now = play(events)
    if not turns:
        return
    target = turns[pick % len(turns)]
    new_start = T0 + start
    new_end = None if target.end is None else new_start + length
    try:
        check_edit(turns, target.id, new_start, new_end, now)
    except TurnError:
        return
    edited = [Turn(t.id, t.speaker, new_start, new_end) if t.id == target.id else t for t in turns]
    assert overlapping(edited, now) == []
