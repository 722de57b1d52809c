"""Plain records of teams and participants that the people services hand out (never ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass


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
