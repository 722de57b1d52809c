"""Plan a roster import from CSV bytes: what will be added, what is skipped and why.

Pure: takes bytes and what is already stored, returns values. The service
layer reads the file, calls plan_import, shows the plan, and stores
``plan.to_add``. Nothing here touches a file or a database.

Row rules (each skipped row gets one message naming its spreadsheet row):
empty name; a value longer than its limit; an email that is not an email
address; a duplicate of an earlier row or of a stored record. A role we do
not recognise becomes "other" with a note, not an error. A participant whose
team is not in the convening (when ``known_teams`` is given) is never skipped
for it: the team is created, or the person comes in without one (see teams.py).

Every cell loses the invisible control characters the capture page takes out
too (bidirectional controls such as U+202E; see app/domain/user_text.py). When
a column that is not imported has the heading of one that is (two "Name"
columns), the plan says which one is used (``column_notes``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from app.domain.people.decode import DecodedCsv, RosterError, decode_csv
from app.domain.people.fields import (
    DEFAULT_LIMIT,
    FIELD_LIMITS,
    NAME_PARTS,
    PARTICIPANT_FIELDS,
    PARTICIPANTS,
    ROLES,
    TEAM_FIELDS,
    TEAMS,
    fields_for,
    guess_mapping,
    normalise_header,
    normalise_role,
)
from app.domain.people.lenses import LensColumn, chosen_lens_columns, guess_lens_columns, row_lens_values
from app.domain.people.teams import CREATE, NewTeam, TeamlessRow, TeamMatcher, team_key, team_lines
from app.domain.user_text import without_controls
from app.i18n import _, ngettext

__all__ = [
    "PARTICIPANTS",
    "TEAMS",
    "PARTICIPANT_FIELDS",
    "TEAM_FIELDS",
    "NAME_PARTS",
    "ROLES",
    "RosterError",
    "DecodedCsv",
    "decode_csv",
    "guess_mapping",
    "RowProblem",
    "RosterRow",
    "RosterPlan",
    "plan_import",
    "dedupe_key",
]

_EMAIL = re.compile(r"^[^@\s<>(),;:\"\[\]]+@(?:[^\W_](?:[\w-]*[^\W_])?\.)+[^\W\d_]{2,}$")
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


@dataclass(frozen=True)
class RowProblem:
    """Why a row was skipped (or, as a note, changed): "row 7: name is empty"."""

    row: int
    message: str

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class RosterRow:
    """A row to add: every field of its kind present (empty string when blank)."""

    row: int
    values: Mapping[str, str]
    notes: tuple[str, ...] = ()
    lenses: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # lens name -> values (participants)


@dataclass(frozen=True)
class RosterPlan:
    """What importing a file would do; nothing has been stored yet."""

    kind: str
    mapping: Mapping[str, int]
    ignored_columns: tuple[str, ...]
    to_add: tuple[RosterRow, ...]
    skipped: tuple[RowProblem, ...]
    blank_rows: int
    encoding: str
    delimiter: str
    headers: tuple[str, ...] = field(default=())
    unknown_teams: str = CREATE
    new_teams: tuple[NewTeam, ...] = ()
    teamless: tuple[TeamlessRow, ...] = ()
    lens_columns: tuple[LensColumn, ...] = ()
    column_notes: tuple[str, ...] = ()  # "Two columns are headed “Name”: column A is imported, column C is not."

    @property
    def new_lenses(self) -> tuple[str, ...]:
        return tuple(c.lens for c in self.lens_columns if c.new)

    def lens_lines(self) -> list[str]:
        """What the import does with lens columns: "Race/ethnicity (new lens): values for 12 people"."""
        out = []
        for c in self.lens_columns:
            n = sum(1 for r in self.to_add if c.lens in r.lenses)
            said = (ngettext("Column “{heading}” → lens {lens} (a new lens): values for {n} person.",
                             "Column “{heading}” → lens {lens} (a new lens): values for {n} people.", n) if c.new
                    else ngettext("Column “{heading}” → lens {lens}: values for {n} person.",
                                  "Column “{heading}” → lens {lens}: values for {n} people.", n))
            out.append(said.format(heading=c.heading, lens=c.lens, n=n))
        return out

    @property
    def missing_teams(self) -> tuple[str, ...]:
        """Team names in the file that are not in the convening, whichever way they are handled."""
        names = [t.name for t in self.new_teams]
        seen = {team_key(n) for n in names}
        for t in self.teamless:
            if team_key(t.team) not in seen:
                seen.add(team_key(t.team))
                names.append(" ".join(t.team.split()))
        return tuple(names)

    def team_lines(self, limit: int | None = None) -> list[str]:
        """What this import will do about teams: "2 new teams will be created: ..."."""
        return team_lines(self.new_teams, self.teamless, done=False, limit=limit)

    @property
    def notes(self) -> tuple[RowProblem, ...]:
        """Changes made to rows that are still added (e.g. a role set to "other")."""
        return tuple(RowProblem(r.row, n) for r in self.to_add for n in r.notes)

    def summary(self) -> str:
        """One line for the import dialog: "12 to add, 2 skipped, 1 blank row"."""
        n = len(self.to_add)
        parts = [(ngettext("{n} person to add", "{n} people to add", n) if self.kind == PARTICIPANTS
                  else ngettext("{n} team to add", "{n} teams to add", n)).format(n=n)]
        if self.new_teams:
            parts.append(ngettext("{n} new team", "{n} new teams", len(self.new_teams)).format(n=len(self.new_teams)))
        if self.teamless:
            parts.append(ngettext("{n} person without a team", "{n} people without a team", len(self.teamless))
                         .format(n=len(self.teamless)))
        if self.lens_columns:
            parts.append(ngettext("{n} lens column", "{n} lens columns", len(self.lens_columns))
                         .format(n=len(self.lens_columns)))
        if self.skipped:
            parts.append(ngettext("{n} row skipped", "{n} rows skipped", len(self.skipped)).format(n=len(self.skipped)))
        if self.blank_rows:
            parts.append(ngettext("{n} blank row left out", "{n} blank rows left out", self.blank_rows)
                         .format(n=self.blank_rows))
        return ", ".join(parts)


def _fold(text: str) -> str:
    folded = unicodedata.normalize("NFC", text).casefold()
    return unicodedata.normalize("NFC", " ".join(folded.split()))


def dedupe_key(kind: str, values: Mapping[str, str]) -> str:
    """The identity used to spot duplicates.

    Participants: case-folded, whitespace-collapsed name, plus the email when
    there is one ("ana maría pérez <ana@school.org>"); accents are kept, so
    "José" and "Jose" are different people. Teams: team_key() of the name,
    the same key participants' teams are matched by.
    """
    fields_for(kind)
    if kind == TEAMS:
        return team_key(values.get("name", ""))
    name = _fold(values.get("name", ""))
    email = _fold(values.get("email", ""))
    return f"{name} <{email}>" if email else name


def plan_import(
    data: bytes,
    kind: str,
    existing_keys: Collection[str] = (),
    mapping: Mapping[str, int] | None = None,
    known_teams: Collection[str] | None = None,
    unknown_teams: str = CREATE,
    known_lenses: Collection[str] = (),
    lens_columns: Mapping[int, str] | None = None,
) -> RosterPlan:
    """Read roster bytes and decide, row by row, what to add and what to skip.

    ``existing_keys`` are dedupe_key()s of records already stored.
    ``mapping`` (field -> column index) replaces the guessed one when the
    user has chosen columns. ``known_teams`` (team names) turns on team
    matching: a participant's team is spelled as the stored one when
    team_key() matches; one that is not stored becomes a new team
    (``unknown_teams`` CREATE) or is left empty (UNASSIGNED), and the plan
    says which rows that concerns. Participants' columns no field takes can
    hold lenses (see lenses.py): guessed from ``known_lenses`` and the
    headings, or as chosen in ``lens_columns`` (column index -> lens name).
    """
    fields = fields_for(kind)
    decoded = decode_csv(data)
    if mapping is None:
        chosen = guess_mapping(decoded.headers, kind)
        _check_guessed(chosen, decoded, kind)
    else:
        chosen = _check_override(dict(mapping), decoded, kind)

    used = set(chosen.values())
    lens_cols: tuple[LensColumn, ...] = ()
    if kind == PARTICIPANTS:
        if lens_columns is None:
            lens_cols = guess_lens_columns(decoded.headers, used, list(known_lenses))
        else:
            width = max([len(decoded.headers), *(len(cells) for _, cells in decoded.rows)])
            taken = sorted(set(lens_columns) & used)
            if taken:
                raise RosterError(_("Column {column} is chosen for a field and for a lens; choose one.")
                                  .format(column=_column_letter(taken[0])))
            try:
                lens_cols = chosen_lens_columns(decoded.headers, dict(lens_columns), list(known_lenses), width)
            except ValueError as exc:
                raise RosterError(*exc.args) from exc
        used |= {c.index for c in lens_cols}
    twins, column_notes = _same_headings(decoded.headers, chosen, used)
    ignored = tuple(
        f"{header} (column {_column_letter(i)}; column {_column_letter(twins[i])} is imported)" if i in twins
        else header or f"column {_column_letter(i)} (no heading)"
        for i, header in enumerate(decoded.headers)
        if i not in used
    )
    matcher = None if known_teams is None else TeamMatcher(known_teams, unknown_teams)
    existing = set(existing_keys)
    seen: dict[str, int] = {}
    to_add: list[RosterRow] = []
    skipped: list[RowProblem] = []

    for row, cells in decoded.rows:
        cells = tuple(_clean_cell(c) for c in cells)
        values = _row_values(cells, chosen, fields)
        problems, notes = _check_values(values, kind)
        if problems:
            skipped.append(RowProblem(row, _("row {row}: {problems}").format(row=row, problems="; ".join(problems))))
            continue
        key = dedupe_key(kind, values)
        if key in existing:
            skipped.append(RowProblem(row, _("row {row}: already in this convening: {name}").format(row=row, name=values["name"])))
        elif key in seen:
            skipped.append(RowProblem(row, _("row {row}: duplicate of row {earlier} ({name})").format(
                row=row, earlier=seen[key], name=values["name"])))
        else:
            seen[key] = row
            if matcher is not None and kind == PARTICIPANTS:
                values["team"] = matcher.resolve(row, values["team"])
            lens_values, lens_notes = row_lens_values(cells, lens_cols)
            notes = list(notes) + lens_notes
            to_add.append(RosterRow(row, MappingProxyType(values), tuple(_("row {row}: {problems}").format(row=row, problems=n) for n in notes),
                                    MappingProxyType(lens_values)))

    return RosterPlan(
        kind=kind,
        mapping=MappingProxyType(dict(chosen)),
        ignored_columns=ignored,
        to_add=tuple(to_add),
        skipped=tuple(skipped),
        blank_rows=decoded.blank_rows,
        encoding=decoded.encoding,
        delimiter=decoded.delimiter,
        headers=decoded.headers,
        unknown_teams=unknown_teams,
        new_teams=matcher.new_teams if matcher is not None else (),
        teamless=matcher.teamless if matcher is not None else (),
        lens_columns=lens_cols,
        column_notes=tuple(column_notes),
    )


def _clean_cell(cell: str) -> str:
    cleaned = without_controls(cell)
    return cell if cleaned is cell else cleaned.strip()


def _same_headings(headers: tuple[str, ...], chosen: Mapping[str, int],
                   used: set[int]) -> tuple[dict[int, int], list[str]]:
    """Columns not imported that have the heading of an imported one: {left-out column: imported column},
    and one sentence per heading saying which column is used."""
    keys = [normalise_header(h) for h in headers]
    twins: dict[int, int] = {}
    notes: list[str] = []
    for index in sorted(set(chosen.values())):
        key = keys[index] if index < len(keys) else ""
        others = [i for i, k in enumerate(keys) if key and k == key and i != index and i not in used]
        if not others:
            continue
        twins.update(dict.fromkeys(others, index))
        letters = [_column_letter(i) for i in others]
        if len(others) == 1:
            said = _("Two columns are headed “{heading}”: column {column} is imported, column {other} is not.")
        else:
            said = _("{n} columns are headed “{heading}”: column {column} is imported, columns {others} and {other} are "
                     "not.")
        notes.append(said.format(n=len(others) + 1, heading=headers[index], column=_column_letter(index),
                                 others=", ".join(letters[:-1]), other=letters[-1]))
    return twins, notes


def _row_values(cells: tuple[str, ...], mapping: Mapping[str, int], fields: tuple[str, ...]) -> dict[str, str]:
    def cell(field_name: str) -> str:
        index = mapping.get(field_name)
        return cells[index] if index is not None and index < len(cells) else ""

    values = {f: cell(f) for f in fields}
    if "name" not in mapping:  # participants with First / Last name columns
        values["name"] = " ".join(p for p in (cell(NAME_PARTS[0]), cell(NAME_PARTS[1])) if p)
    return values


def _check_values(values: dict[str, str], kind: str) -> tuple[list[str], list[str]]:
    """Return (problems that skip the row, notes on a kept row); may tidy values."""
    problems: list[str] = []
    notes: list[str] = []
    if not values["name"]:
        problems.append(_("name is empty"))
    for name, value in values.items():
        limit = FIELD_LIMITS.get(name, DEFAULT_LIMIT)
        if len(value) > limit:
            problems.append(_("{field} is longer than {limit} characters (it has {n})").format(field=name, limit=limit, n=len(value)))
    if kind != PARTICIPANTS:
        return problems, notes

    email = values["email"]
    if email.casefold().startswith("mailto:"):
        email = values["email"] = email[len("mailto:"):].strip()
    if email and len(email) <= DEFAULT_LIMIT and not _EMAIL.match(email):
        problems.append(_("email '{email}' is not an email address").format(email=email))

    original_role = values["role"]
    role, recognised = normalise_role(original_role)
    values["role"] = role
    if not recognised:
        notes.append(_("role '{role}' is not one we know, so it was set to 'other' (roles: {roles})").format(
            role=original_role, roles=", ".join(ROLES)))
    return problems, notes


def _check_guessed(mapping: Mapping[str, int], decoded: DecodedCsv, kind: str) -> None:
    if "name" in mapping or all(p in mapping for p in NAME_PARTS):
        return
    found = ", ".join(f'"{h}"' for h in decoded.headers if h) or _("(none)")
    row = decoded.header_row
    if not mapping or any(_EMAIL.match(h) for h in decoded.headers):
        examples = '"Name", "Email", "Team"' if kind == PARTICIPANTS else '"Name", "District", "Focus"'
        raise RosterError(_(
            "The file has no header row: row {row} should hold column headings such as "
            "{examples}, but it reads {found}. Add a row of headings at the top, or choose "
            "the columns yourself.").format(row=row, examples=examples, found=found))
    raise RosterError(_(
        'The required column "name" is missing. The headings found in row {row} are: {found}. '
        'Rename the column that holds the names to "Name", or choose it yourself in the column list.')
        .format(row=row, found=found))


def _check_override(mapping: dict[str, int], decoded: DecodedCsv, kind: str) -> dict[str, int]:
    allowed = set(fields_for(kind)) | (set(NAME_PARTS) if kind == PARTICIPANTS else set())
    width = max([len(decoded.headers), *(len(cells) for _, cells in decoded.rows)])
    for name, index in mapping.items():
        if name not in allowed:
            raise RosterError(_('"{field}" is not a field of {kind}; the fields are: {fields}.').format(
                field=name, kind=kind, fields=", ".join(sorted(allowed))))
        if not isinstance(index, int) or not 0 <= index < width:
            raise RosterError(_('The column chosen for "{field}" does not exist: the file has {n} columns.').format(
                field=name, n=width))
    if "name" not in mapping and not all(p in mapping for p in NAME_PARTS):
        raise RosterError(_('Choose which column holds the name: it is required.'))
    return mapping


def _column_letter(index: int) -> str:
    """0 -> "A", 25 -> "Z", 26 -> "AA", as spreadsheets label columns."""
    label = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        label = _LETTERS[rem] + label
    return label
