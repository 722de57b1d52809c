"""Roster columns that hold lens values (gender, race/ethnicity, home language...).

A column no field takes can hold a lens: one the convening already has (its
heading is the lens's name) or, when its heading reads like one, a new lens of
that name. Cells may hold several values ("Black; Latinx", "Black, Latinx");
blank cells hold none (the person was not asked, or skipped it). The many ways
of writing "prefer not to say" become one value, kept apart from the rest.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from app.domain.people.fields import normalise_header
from app.i18n import _

PREFER_NOT = "Prefer not to say"  # the same words as app.domain.talk.lenses.PREFER_NOT (a test checks)
VALUE_LIMIT = 200
LENS_NAME_LIMIT = 100
_PREFER = {"prefer not to say", "prefer not to answer", "decline to state", "decline to answer", "rather not say",
           "prefiero no decir", "prefiero no contestar", "prefiero no responder"}
_HINTS = ("gender", "race", "ethnic", "language", "yearsin", "yearsof", "yearsteaching", "yearsexperience",
          "sexualorientation", "disability", "lgbtq", "veteran", "firstgeneration", "genero", "raza", "idioma",
          "etnia")


def split_values(cell: str) -> tuple[str, ...]:
    """A cell's values: "Black; Latinx", "Black, Latinx" and "Black / Latinx" give two. Spaces are
    tidied, repeats (in any case) dropped; blank gives none."""
    out: list[str] = []
    for part in re.split(r"[;,|/\n]", cell or ""):
        v = " ".join(part.split())
        if not v:
            continue
        if v.casefold() in _PREFER:
            v = PREFER_NOT
        if v.casefold() not in {o.casefold() for o in out}:
            out.append(v)
    return tuple(out)


@dataclass(frozen=True)
class LensColumn:
    """Column `index` (heading `heading`) holds values of lens `lens`; `new`: the import creates it."""

    index: int
    heading: str
    lens: str
    new: bool


def lens_name_from(heading: str) -> str:
    """The lens a heading names: "Race/ethnicity (optional)" -> "Race/ethnicity"."""
    plain = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", heading)
    plain = " ".join(plain.replace("?", " ").replace(":", " ").split())
    return plain[:LENS_NAME_LIMIT] or heading.strip()[:LENS_NAME_LIMIT]


def looks_like_lens(heading: str) -> bool:
    key = normalise_header(heading)
    return any(h in key for h in _HINTS)


def guess_lens_columns(headers: Sequence[str], used: Collection[int], known_lenses: Sequence[str]) -> tuple[LensColumn, ...]:
    """Columns no field uses that hold a known lens, or read like a lens (a new one)."""
    known = {normalise_header(n): n for n in known_lenses}
    out = []
    for i, heading in enumerate(headers):
        if i in used or not heading.strip():
            continue
        name = lens_name_from(heading)
        for form in (normalise_header(heading), normalise_header(name)):
            if form in known:
                out.append(LensColumn(i, heading, known[form], False))
                break
        else:
            if looks_like_lens(heading):
                out.append(LensColumn(i, heading, name, True))
    return tuple(out)


def chosen_lens_columns(headers: Sequence[str], chosen: Mapping[int, str], known_lenses: Sequence[str],
                        width: int) -> tuple[LensColumn, ...]:
    """The user's choice (column index -> lens name), checked; a name not known is a new lens."""
    known = {normalise_header(n): n for n in known_lenses}
    out = []
    names: set[str] = set()
    for i, name in sorted(chosen.items()):
        if not isinstance(i, int) or not 0 <= i < width:
            raise ValueError(_("The column chosen for lens “{lens}” does not exist: the file has {n} columns.").format(lens=name, n=width))
        name = " ".join((name or "").split())[:LENS_NAME_LIMIT]
        if not name:
            raise ValueError(_("Column {n}: give the lens a name.").format(n=i + 1))
        key = normalise_header(name)
        if key in names:
            raise ValueError(_("Two columns are chosen for lens “{lens}”; choose one.").format(lens=name))
        names.add(key)
        heading = headers[i] if i < len(headers) else ""
        out.append(LensColumn(i, heading, known.get(key, name), key not in known))
    return tuple(out)


def row_lens_values(cells: Sequence[str], columns: Sequence[LensColumn]) -> tuple[dict[str, tuple[str, ...]], list[str]]:
    """(lens -> values, notes) for one row; a value longer than VALUE_LIMIT is left out with a note."""
    values: dict[str, tuple[str, ...]] = {}
    notes: list[str] = []
    for col in columns:
        cell = cells[col.index] if col.index < len(cells) else ""
        vals = []
        for v in split_values(cell):
            if len(v) > VALUE_LIMIT:
                notes.append(f"a {col.lens} value longer than {VALUE_LIMIT} characters was left out")
            else:
                vals.append(v)
        if vals:
            values[col.lens] = tuple(vals)
    return values, notes
