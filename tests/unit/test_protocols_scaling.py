"""Fitting protocols into the time the agenda has left."""

from __future__ import annotations

import math
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.protocols import (
    parse_protocol,
    scale_steps,
    scaled,
    speakers_allowed,
)

LIBRARY = Path(__file__).resolve().parents[2] / "resources" / "protocols"

step_lists = st.lists(st.integers(1, 60), min_size=1, max_size=12)


def consultancy():
    path = LIBRARY / "consultancy-on-a-dilemma.toml"
    return parse_protocol(path.read_text(encoding="utf-8"), path.name)


@given(step_lists, st.data())
def test_scaled_steps_sum_exactly_and_keep_a_minute_each(steps: list[int], data) -> None:
    target = data.draw(st.integers(len(steps), 400))
    result = scale_steps(steps, target)
    assert len(result) == len(steps)
    assert sum(result) == target
    assert all(m >= 1 for m in result)


@given(step_lists, st.data())
def test_each_step_is_within_a_minute_of_its_exact_share(steps: list[int], data) -> None:
    target = data.draw(st.integers(len(steps), 400))
    result = scale_steps(steps, target)
    shares = [Fraction(m * target, sum(steps)) for m in steps]
    for got, share in zip(result, shares):
        assert got <= max(1, math.ceil(share))  # never more than its share rounded up
        if min(shares) >= 1:
            assert abs(got - share) < 1


@given(step_lists, st.data())
def test_longer_steps_never_get_less_time(steps: list[int], data) -> None:
    target = data.draw(st.integers(len(steps), 400))
    result = scale_steps(steps, target)
    for i, a in enumerate(steps):
        for j, b in enumerate(steps):
            if a > b:
                assert result[i] >= result[j]


@given(step_lists)
def test_same_length_leaves_steps_unchanged(steps: list[int]) -> None:
    assert scale_steps(steps, sum(steps)) == steps


@given(step_lists, st.data())
def test_too_little_time_for_the_steps_is_refused(steps: list[int], data) -> None:
    target = data.draw(st.integers(0, len(steps) - 1))
    with pytest.raises(ValueError, match=f"too short for {len(steps)} steps"):
        scale_steps(steps, target)


def test_steps_with_a_tiny_share_still_get_a_minute() -> None:
    assert scale_steps([1, 1, 1, 30], 8) == [1, 1, 1, 5]


def test_bad_step_lengths_are_refused() -> None:
    with pytest.raises(ValueError, match="no steps"):
        scale_steps([], 10)
    with pytest.raises(ValueError, match="at least 1"):
        scale_steps([5, 0], 10)


def test_fifty_minute_consultancy_fits_into_forty_five() -> None:
    original = consultancy()
    assert [s.minutes for s in original.steps] == [8, 5, 10, 15, 7, 5]
    short = scaled(original, 45)
    assert short.minutes == 45
    assert [s.minutes for s in short.steps] == [7, 5, 9, 14, 6, 4]
    assert [s.title for s in short.steps] == [s.title for s in original.steps]
    assert [s.script for s in short.steps] == [s.script for s in original.steps]
    assert original.minutes == 50  # the library copy is untouched


def test_a_protocol_cannot_be_squeezed_below_a_minute_per_step() -> None:
    with pytest.raises(ValueError, match="allow at least 6"):
        scaled(consultancy(), 5)


def test_presenter_stays_silent_during_the_consultancy_discussion() -> None:
    steps = {s.title: s for s in consultancy().steps}
    discussion = steps["Discussion while the presenter listens"]
    assert not speakers_allowed(discussion, "presenter")
    assert speakers_allowed(discussion, "participants")
    assert speakers_allowed(steps["The presenter responds"], "presenter")
    assert not speakers_allowed(steps["The presenter responds"], "participants")


def test_empty_speakers_means_everyone_may_speak() -> None:
    debrief = consultancy().steps[-1]
    assert debrief.speakers == ()
    assert all(speakers_allowed(debrief, role) for role in ("presenter", "participants", "anyone"))
