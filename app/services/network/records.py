"""The plain values the network hands out (never ORM objects, never an open file)."""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

from app.services.improvement.records import MeasureRow, PdsaRow


@dataclass(frozen=True)
class ConveningRecord:
    file: str                 # the file's name in the folder
    title: str
    label: str                # "Title (21 January 2027)": how the network names it (as carried commitments do)
    first_day: dt.date | None
    revision: str             # the file's schema revision as found (an older one is read through an upgraded copy)
    teams: tuple[str, ...]    # the network's names of its teams
    people: int
    organisation: str = ""


@dataclass(frozen=True)
class PairRow:
    convening: str
    round: str
    teams: tuple[str, ...]    # two, or three for a trio; the network's names


@dataclass(frozen=True)
class TableRow:
    """One table of one round of participants' tables (people by name)."""

    convening: str
    round: str
    table: int
    people: tuple[str, ...]


@dataclass(frozen=True)
class CommitmentRow:
    convening: str
    team: str
    change: str
    status: str               # done, partly, not yet, or "" (not reviewed)
    carried_from: str         # the convening it was carried from ("" when made at this one)
    learned: str = ""


@dataclass(frozen=True)
class BrightSpotRow:
    convening: str
    team: str
    what_worked: str
    for_whom: str
    evidence: str


@dataclass(frozen=True)
class TalkRow:
    """One group of one lens at one convening, after the one suppression rule (no group under k people)."""

    convening: str
    lens: str
    group: str
    share_of_people: float | None   # None when no group can be shown
    share_of_talk: float | None
    suppressed: bool = False         # nothing of this lens can be shown by group at this convening


@dataclass(frozen=True)
class SkippedFile:
    file: str
    reason: str


@dataclass(frozen=True)
class NetworkYear:
    """Every convening file of a folder, in date order, and what they hold across the year."""

    folder: Path
    convenings: tuple[ConveningRecord, ...] = ()
    pairs: tuple[PairRow, ...] = ()
    tables: tuple[TableRow, ...] = ()
    commitments: tuple[CommitmentRow, ...] = ()
    bright_spots: tuple[BrightSpotRow, ...] = ()
    talk: tuple[TalkRow, ...] = ()
    skipped: tuple[SkippedFile, ...] = ()
    same: tuple[tuple[str, str], ...] = ()     # spellings said to be one team
    merged: tuple[tuple[str, tuple[str, ...]], ...] = field(default=())  # name -> its other spellings met
    extra: tuple[tuple[str, tuple[str, ...], tuple[tuple[str, ...], ...]], ...] = ()  # other capabilities' CSVs
    # PDSA cycles and measure values, each once (in the file that recorded it), with the network's team names
    # and the convening's label; values in measure, team, period order (app/services/network/charts.py).
    pdsa: tuple[PdsaRow, ...] = ()
    measures: tuple[MeasureRow, ...] = ()

    @property
    def teams(self) -> tuple[str, ...]:
        """Every team of the year, by name."""
        return tuple(sorted({t for c in self.convenings for t in c.teams}, key=str.casefold))

    def met(self) -> dict[frozenset[str], tuple[str, ...]]:
        """Each two teams that were paired (or in one trio), with the convenings they met at, in order."""
        out: dict[frozenset[str], list[str]] = {}
        for p in self.pairs:
            for a, b in combinations(p.teams, 2):
                seen = out.setdefault(frozenset((a, b)), [])
                if p.convening not in seen:
                    seen.append(p.convening)
        return {k: tuple(v) for k, v in out.items()}

    def never_met(self) -> list[tuple[str, str]]:
        """Each two teams of the latest convening that have not been paired all year."""
        if not self.convenings:
            return []
        met = self.met()
        latest = sorted(self.convenings[-1].teams, key=str.casefold)
        return [(a, b) for a, b in combinations(latest, 2) if frozenset((a, b)) not in met]

    def tablemates(self) -> dict[frozenset[str], int]:
        """Each two people who sat at one table, with how many times across the year."""
        out: dict[frozenset[str], int] = {}
        for t in self.tables:
            for a, b in combinations(sorted(set(t.people)), 2):
                key = frozenset((a, b))
                out[key] = out.get(key, 0) + 1
        return out

    def tablemates_of(self) -> dict[str, tuple[int, int]]:
        """Each person at tables this year: (how many different people they sat with, how many they never did)."""
        people = sorted({p for t in self.tables for p in t.people}, key=_alphabetical)
        met: dict[str, set[str]] = {p: set() for p in people}
        for t in self.tables:
            for p in t.people:
                met[p].update(q for q in t.people if q != p)
        return {p: (len(met[p]), len(people) - 1 - len(met[p])) for p in people}

    def outcomes(self) -> dict[str, int]:
        """How the commitments that were reviewed turned out: status -> count (carried ones, as reviewed)."""
        out: dict[str, int] = {}
        for c in self.commitments:
            out[c.status or "not reviewed"] = out.get(c.status or "not reviewed", 0) + 1
        return out


def _alphabetical(name: str) -> tuple[str, str]:
    """"Ángel" with the A's, not after Z."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return bare.casefold(), name
