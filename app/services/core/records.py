"""The convening's own plain values: its details and its days (never ORM objects)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class DayDetails:
    date: dt.date
    title: str = ""
    start_minutes: int = 8 * 60 + 30
    end_minutes: int = 16 * 60


@dataclass(frozen=True)
class ConveningDetails:
    title: str
    organisation: str = ""
    location: str = ""
    resources_url: str = ""
    timezone: str = "UTC"
    aim: str = ""
    days: tuple[DayDetails, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class ConveningLanguages:
    projector: str = "en"
    handout: str = "en"


@dataclass(frozen=True)
class DayRecord:
    id: int
    position: int
    date: dt.date
    title: str
    start_minutes: int
    end_minutes: int
