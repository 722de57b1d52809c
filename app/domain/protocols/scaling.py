"""Fitting a protocol into the time the agenda actually has."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from app.domain.protocols.model import Protocol
from app.i18n import _


def scale_steps(step_minutes: Sequence[int], target: int) -> list[int]:
    """Share `target` whole minutes among steps in proportion to their lengths.

    Every step keeps at least 1 minute and the result sums exactly to
    `target`. A step whose fair share is under a minute gets 1 minute and the
    rest is shared again among the others; the remaining steps then get their
    share rounded down, and the minutes left over go to the largest remainders
    (ties: the longer step, then the earlier one). So when every share is at
    least a minute, each step is within 1 minute of its exact share.
    """
    weights = list(step_minutes)
    if not weights:
        raise ValueError(_("There are no steps to fit into the time."))
    if any(isinstance(w, bool) or not isinstance(w, int) or w < 1 for w in weights):
        raise ValueError(_("Each step needs a whole number of minutes, at least 1: {minutes}").format(minutes=weights))
    if isinstance(target, bool) or not isinstance(target, int):
        raise ValueError(_("The time to fit into must be a whole number of minutes, not {value}.").format(value=repr(target)))
    if target < len(weights):
        raise ValueError(_("{minutes} minutes is too short for {steps} steps: each step needs at least 1 minute, "
                           "so allow at least {steps}.").format(minutes=target, steps=len(weights)))

    result = [0] * len(weights)
    free = list(range(len(weights)))
    pool = target
    while True:  # pin steps whose share is below one minute to exactly 1
        weight = sum(weights[i] for i in free)
        tiny = [i for i in free if weights[i] * pool < weight]
        if not tiny:
            break
        for i in tiny:
            result[i] = 1
        pool -= len(tiny)
        free = [i for i in free if i not in tiny]

    weight = sum(weights[i] for i in free)
    for i in free:
        result[i] = weights[i] * pool // weight
    left = pool - sum(result[i] for i in free)
    by_remainder = sorted(free, key=lambda i: (-(weights[i] * pool % weight), -weights[i], i))
    for i in by_remainder[:left]:
        result[i] += 1
    return result


def scaled(p: Protocol, target_minutes: int) -> Protocol:
    """The same protocol with its steps rescaled to fill `target_minutes`."""
    minutes = scale_steps([s.minutes for s in p.steps], target_minutes)
    steps = tuple(dataclasses.replace(s, minutes=m) for s, m in zip(p.steps, minutes))
    return dataclasses.replace(p, minutes=target_minutes, steps=steps)
