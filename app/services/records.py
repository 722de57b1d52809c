"""Plain values the services hand to the UI and the command line (never ORM objects)."""

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
class DayRecord:
    id: int
    position: int
    date: dt.date
    title: str
    start_minutes: int
    end_minutes: int


@dataclass(frozen=True)
class TeamData:
    name: str
    district: str = ""
    region: str = ""
    level: str = ""
    focus: str = ""


@dataclass(frozen=True)
class TeamRecord(TeamData):
    id: int = 0
    members: int = 0


@dataclass(frozen=True)
class ParticipantData:
    name: str
    pronouns: str = ""
    email: str = ""
    role: str = ""
    team_id: int | None = None


@dataclass(frozen=True)
class ParticipantRecord(ParticipantData):
    id: int = 0
    team_name: str = ""
