"""Matching the team a participant's row names to the convening's teams.

An attendee list often comes before the teams, and people type their school
as they like ("St. Mary's Academy", "st marys academy "). Nobody is dropped
for it: a team that is not in the convening yet is either created (CREATE,
the default) or the person comes in without a team (UNASSIGNED). Names match
by team_key(): case, spacing, accents composed or not, and punctuation
(". ' ’") do not count.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from app.i18n import _, ngettext

__all__ = [
    "CREATE",
    "UNASSIGNED",
    "UNKNOWN_TEAM_CHOICES",
    "team_key",
    "tidy_team_name",
    "NewTeam",
    "TeamlessRow",
    "TeamMatcher",
    "team_lines",
    "rows_text",
]

CREATE = "create"
UNASSIGNED = "unassigned"
UNKNOWN_TEAM_CHOICES = (CREATE, UNASSIGNED)
"""What to do with a participant whose team is not in the convening."""

_DROPPED = frozenset("'’‘.`´")  # "St. Mary's" is "St Marys"
_NO_TEAM = frozenset({"", "n a", "na", "none", "no", "tbd", "not applicable", "no school", "ninguna", "ninguno"})
"""What people type in a form for "no school": it means no team, not a team called "N/A"."""


def team_key(text: str) -> str:
    """The identity of a team name: "  St. Mary’s  ACADEMY" -> "st marys academy".

    Case and runs of spaces are ignored; apostrophes and full stops are
    dropped; other punctuation counts as a space ("High-School" is "High
    School"). Accents are kept, so "Lycée" and "Lycee" are different names.
    """
    folded = unicodedata.normalize("NFC", text).casefold()
    out = []
    for ch in folded:
        if ch in _DROPPED:
            continue
        out.append(" " if unicodedata.category(ch).startswith("P") else ch)
    return unicodedata.normalize("NFC", " ".join("".join(out).split()))


def tidy_team_name(text: str) -> str:
    """The name a new team gets: the first spelling met, its runs of spaces made one."""
    return " ".join(text.split())


@dataclass(frozen=True)
class NewTeam:
    """A team to create for the participants on ``rows`` (spreadsheet rows)."""

    name: str
    rows: tuple[int, ...]


@dataclass(frozen=True)
class TeamlessRow:
    """A participant imported without a team because ``team`` is not in the convening."""

    row: int
    team: str


class TeamMatcher:
    """Resolve each row's team text against the stored teams, row by row.

    ``resolve`` returns the value to store: the stored spelling of a known
    team; for an unknown one, the new team's name (CREATE) or "" (UNASSIGNED).
    Afterwards ``new_teams`` and ``teamless`` say what happened for whom.
    """

    def __init__(self, known_teams: Collection[str], unknown: str = CREATE) -> None:
        if unknown not in UNKNOWN_TEAM_CHOICES:
            raise ValueError(f"unknown-teams choice {unknown!r}; expected one of {UNKNOWN_TEAM_CHOICES}")
        self.unknown = unknown
        self._known = {team_key(t): t for t in known_teams}
        self._new: dict[str, tuple[str, list[int]]] = {}
        self._teamless: list[TeamlessRow] = []

    def resolve(self, row: int, team: str) -> str:
        if not team:
            return ""
        key = team_key(team)
        if key in _NO_TEAM:
            return ""
        if key in self._known:
            return self._known[key]
        if self.unknown == UNASSIGNED:
            self._teamless.append(TeamlessRow(row, team))
            return ""
        name, rows = self._new.setdefault(key, (tidy_team_name(team), []))
        rows.append(row)
        return name

    @property
    def new_teams(self) -> tuple[NewTeam, ...]:
        return tuple(NewTeam(name, tuple(rows)) for name, rows in self._new.values())

    @property
    def teamless(self) -> tuple[TeamlessRow, ...]:
        return tuple(self._teamless)


def rows_text(rows: Sequence[int], limit: int | None = None) -> str:
    """"row 4", "rows 3, 5 and 9", "rows 3, 5, 7 and 12 more"."""
    shown = list(rows) if limit is None or len(rows) <= limit else list(rows[:limit])
    if len(rows) == 1:
        return _("row {row}").format(row=rows[0])
    if len(shown) < len(rows):
        return _("rows {rows} and {n} more").format(rows=", ".join(map(str, shown)), n=len(rows) - len(shown))
    return _("rows {rows} and {last}").format(rows=", ".join(map(str, shown[:-1])), last=shown[-1])


def _names_text(names: Sequence[str], limit: int | None) -> str:
    if limit is not None and len(names) > limit:
        return _("{names} and {n} more").format(names=", ".join(names[:limit]), n=len(names) - limit)
    return ", ".join(names)


def _distinct(texts: Sequence[str]) -> list[str]:
    seen: dict[str, str] = {}
    for t in texts:
        seen.setdefault(team_key(t), tidy_team_name(t))
    return list(seen.values())


def team_lines(
    new_teams: Sequence[NewTeam] | Sequence[str],
    teamless: Sequence[TeamlessRow],
    done: bool,
    limit: int | None = None,
) -> list[str]:
    """What an import does (or did, when ``done``) about teams, one sentence each.

    "Created 3 teams: A, B and C." / "3 new teams will be created: ...";
    "4 people imported without a team: rows 3, 5, 7 and 9 (not in this convening: X)."
    ``limit`` shortens long lists for a one-line label.
    """
    names = [t.name if isinstance(t, NewTeam) else t for t in new_teams]
    out = []
    if names:
        n = len(names)
        listed = _names_text(names, limit)
        out.append((ngettext("Created {n} team: {names}.", "Created {n} teams: {names}.", n) if done
                    else ngettext("{n} new team will be created: {names}.", "{n} new teams will be created: {names}.", n))
                   .format(n=n, names=listed))
    if teamless:
        n = len(teamless)
        missing = _names_text(_distinct([t.team for t in teamless]), limit)
        said = (ngettext("{n} person imported without a team: {rows} (not in this convening: {teams}).",
                         "{n} people imported without a team: {rows} (not in this convening: {teams}).", n) if done
                else ngettext("{n} person will be imported without a team: {rows} (not in this convening: {teams}).",
                              "{n} people will be imported without a team: {rows} (not in this convening: {teams}).", n))
        out.append(said.format(n=n, rows=rows_text([t.row for t in teamless], limit), teams=missing))
    return out
