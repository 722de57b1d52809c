"""Run-chart rules: median, shift, trend, too few / too many runs; hand-worked series and properties."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.run_chart import (
    SHIFT,
    TOO_FEW_RUNS,
    TOO_MANY_RUNS,
    TREND,
    analyse,
    count_runs,
    median,
    runs_limits,
    shifts,
    trends,
)


def rules(values, better=None):
    return [(s.rule, s.first, s.last) for s in analyse(values, better).signals]


# -- hand-worked series ------------------------------------------------------------------------------------
def test_median_of_odd_and_even_counts():
    assert median([3, 1, 2]) == 2
    assert median([4, 1, 3, 2]) == 2.5
    with pytest.raises(ValueError):
        median([])


def test_six_above_the_median_is_a_shift_five_is_not():
    # median of these 12 is 5.5: points 1-6 below, 7-12 above
    series = [1, 2, 3, 4, 5, 3, 9, 8, 7, 9, 8, 7]
    assert median(series) == 6.0
    assert (SHIFT, 0, 5) in rules(series) and (SHIFT, 6, 11) in rules(series)
    five = [9, 1, 9, 9, 9, 9, 9, 1, 1, 2, 1, 2]   # median 5.5: five above, then five below
    assert [r for r in rules(five) if r[0] == SHIFT] == []
    # median 1: the 1s sit on it and are skipped, so the 9 of point 2 and the five of points 8-12 are six above
    assert [r for r in rules([1, 9, 1, 1, 1, 1, 1, 9, 9, 9, 9, 9, 1]) if r[0] == SHIFT] == [(SHIFT, 1, 11)]


def test_points_on_the_median_neither_break_nor_count():
    # median 5; above: 6 7 (5) 8 (5) 9 6 7 -> six above with two on the median between them
    series = [1, 2, 3, 4, 1, 6, 7, 5, 8, 5, 9, 6, 7, 2, 3, 1, 5]
    assert median(series) == 5
    [(first, last, side)] = [s for s in shifts(series, 5) if s[2] > 0]
    assert (first, last, side) == (5, 12, 1)
    sig = next(s for s in analyse(series).signals if s.rule == SHIFT and s.direction > 0)
    assert sig.words.startswith("A shift: 6 points in a row above the median (points 6 to 13)")


def test_five_going_up_is_a_trend_four_is_not():
    assert trends([1, 2, 3, 4, 5]) == [(0, 4, 1)]
    assert trends([1, 2, 3, 4, 3]) == []
    assert trends([9, 7, 5, 3, 1, 2]) == [(0, 4, -1)]


def test_ties_in_a_trend_neither_break_nor_count():
    # 1 2 2 3 4: only four different points going up -> no trend; 1 2 2 3 4 5 -> five, spanning six points
    assert trends([1, 2, 2, 3, 4]) == []
    assert trends([1, 2, 2, 3, 4, 5]) == [(0, 5, 1)]
    sig = next(s for s in analyse([1, 2, 2, 3, 4, 5], True).signals if s.rule == TREND)
    assert sig.words == "A trend: 5 points in a row going up (points 1 to 6), the better way."


def test_lower_is_better_names_a_falling_trend_the_better_way():
    sig = next(s for s in analyse([9, 8, 7, 6, 5], higher_is_better=False).signals if s.rule == TREND)
    assert sig.better is True and "going down" in sig.words and sig.words.endswith("the better way.")


def test_too_few_runs_hand_worked():
    # 14 points, 7 low then 7 high: 2 runs; with 14 useful observations chance gives at least 4
    series = [1, 2, 1, 2, 1, 2, 1, 8, 9, 8, 9, 8, 9, 8]
    assert count_runs(series, median(series)) == (14, 2)
    assert runs_limits(14)[0] == 4
    found = next(s for s in analyse(series).signals if s.rule == TOO_FEW_RUNS)
    assert "crosses the median once" in found.words and "at least 4 runs" in found.words


def test_too_many_runs_hand_worked():
    # 14 points alternating low/high: 14 runs; chance gives at most 12 for 14 useful observations
    series = [1, 9] * 7
    assert count_runs(series, median(series)) == (14, 14)
    assert runs_limits(14)[1] == 12
    assert (TOO_MANY_RUNS, 0, 13) in rules(series)


def test_runs_are_not_judged_under_ten_useful_points():
    assert runs_limits(9) is None
    assert not [r for r in rules([1, 9] * 4) if r[0] in (TOO_FEW_RUNS, TOO_MANY_RUNS)]


@pytest.mark.parametrize(("useful", "limits"), [(10, (3, 9)), (14, (4, 12)), (20, (7, 15)), (30, (11, 21))])
def test_the_runs_limits_computed_from_the_distribution(useful, limits):
    assert runs_limits(useful) == limits


def test_a_flat_series_says_no_signal_and_few_points_say_so():
    assert analyse([]).words() == ["No values yet."]
    assert analyse([3, 4]).words() == ["Only 2 points so far: too few to see a signal."]
    assert analyse([5, 3, 6, 4, 5, 3, 6, 4]).words()[0].startswith("No signal of change yet")


# -- properties ---------------------------------------------------------------------------------------------
series_st = st.lists(st.integers(min_value=-50, max_value=50), min_size=1, max_size=60)


def brute_shifts(values, centre):
    """Every maximal stretch of same-side points (on-centre skipped) of six or more, found the slow way."""
    useful = [(i, (v > centre) - (v < centre)) for i, v in enumerate(values) if v != centre]
    out, k = [], 0
    while k < len(useful):
        j = k
        while j + 1 < len(useful) and useful[j + 1][1] == useful[k][1]:
            j += 1
        if j - k + 1 >= 6:
            out.append((useful[k][0], useful[j][0], useful[k][1]))
        k = j + 1
    return out


@settings(max_examples=300, deadline=None)
@given(series_st)
def test_shifts_match_a_slow_count(values):
    centre = median(values)
    assert shifts(values, centre) == brute_shifts(values, centre)


@settings(max_examples=300, deadline=None)
@given(series_st)
def test_every_trend_is_five_distinct_steps_one_way(values):
    for first, last, direction in trends(values):
        distinct = [values[i] for i in range(first, last + 1) if i == first or values[i] != values[i - 1]]
        assert len(distinct) >= 5
        assert all((b - a) * direction > 0 for a, b in zip(distinct, distinct[1:]))


@settings(max_examples=300, deadline=None)
@given(series_st)
def test_inserting_a_copy_of_a_point_changes_no_trend_count(values):
    """Ties do not count: repeating a point in place never adds, removes or lengthens a trend."""
    i = len(values) // 2
    doubled = values[:i + 1] + [values[i]] + values[i + 1:]
    assert len(trends(doubled)) == len(trends(values))


@settings(max_examples=300, deadline=None)
@given(series_st)
def test_runs_count_the_crossings(values):
    centre = median(values)
    useful, runs = count_runs(values, centre)
    signs = [(v > centre) - (v < centre) for v in values if v != centre]
    assert useful == len(signs)
    assert runs == (0 if not signs else 1 + sum(1 for a, b in zip(signs, signs[1:]) if a != b))


@settings(max_examples=200, deadline=None)
@given(series_st, st.integers(min_value=1, max_value=5), st.integers(min_value=-100, max_value=100))
def test_signals_do_not_change_when_the_scale_or_the_origin_does(values, scale, shift):
    moved = [v * scale + shift for v in values]
    assert rules(moved) == rules(values)


@settings(max_examples=200, deadline=None)
@given(series_st)
def test_flipping_the_series_swaps_above_and_below_and_up_and_down(values):
    a = analyse(values).signals
    b = analyse([-v for v in values]).signals
    assert [(s.rule, s.first, s.last, -s.direction) for s in a] == [(s.rule, s.first, s.last, s.direction) for s in b]


def test_the_limits_hold_chance_to_about_five_percent():
    """Random series of 20 different values: about 5% (two tails of at most 2.5%) show a runs signal."""
    rng = random.Random(7)
    hits = 0
    for _ in range(4000):
        values = rng.sample(range(1000), 20)
        hits += any(s.rule in (TOO_FEW_RUNS, TOO_MANY_RUNS) for s in analyse(values).signals)
    assert 0.01 < hits / 4000 < 0.06
