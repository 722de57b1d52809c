"""One countdown as the screen shows it: the number, its zone, its words.

The screen shows a single integer, `display_seconds = ceil(remaining)`. Each
integer is therefore on screen for exactly one second of running time: "00:01"
until the last second is used up, "00:00" for the first second past zero, then
"+00:01". Nothing here counts ticks; every value comes from `remaining`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum


class Zone(str, Enum):
    NORMAL = "normal"
    WARNING = "warning"  # 0 < display <= warning threshold
    ZERO = "zero"  # display == 0
    OVERTIME = "overtime"  # display < 0


LABELS: dict[Zone, str] = {
    Zone.NORMAL: "",
    Zone.WARNING: "Wrapping up",
    Zone.ZERO: "Time",
    Zone.OVERTIME: "Overtime",
}


@dataclass(frozen=True)
class Countdown:
    allotted: float  # planned + adjustments, seconds
    elapsed: float  # running seconds so far
    remaining: float  # allotted - elapsed; negative in overtime
    display_seconds: int  # ceil(remaining): the one integer the screen shows
    zone: Zone
    text: str  # "09:59", "00:00", "+01:23", "1:05:00", "+1:02:03"
    label: str  # words, so colour is never the only cue
    progress: float  # elapsed / allotted, clamped to 0..1

    def seconds_to_next_change(self) -> float:
        """Running seconds until `display_seconds` drops by one; in (0, 1]."""
        return self.remaining - (self.display_seconds - 1)


def format_clock(display_seconds: int) -> str:
    """Text for a countdown value: "09:59", "1:05:00", "+01:23" in overtime."""
    sign = "+" if display_seconds < 0 else ""
    total = abs(display_seconds)
    hours, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{seconds:02d}"
    return f"{sign}{minutes:02d}:{seconds:02d}"


def zone_for(display_seconds: int, warning_seconds: float) -> Zone:
    if display_seconds < 0:
        return Zone.OVERTIME
    if display_seconds == 0:
        return Zone.ZERO
    if display_seconds <= warning_seconds:
        return Zone.WARNING
    return Zone.NORMAL


def make_countdown(allotted: float, elapsed: float, warning_seconds: float) -> Countdown:
    remaining = allotted - elapsed
    display = math.ceil(remaining)
    zone = zone_for(display, warning_seconds)
    if allotted <= 0:
        progress = 1.0
    else:
        progress = min(1.0, max(0.0, elapsed / allotted))
    return Countdown(
        allotted=allotted,
        elapsed=elapsed,
        remaining=remaining,
        display_seconds=display,
        zone=zone,
        text=format_clock(display),
        label=LABELS[zone],
        progress=progress,
    )
