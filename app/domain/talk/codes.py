"""Codes on turns: a few low-inference codes the facilitator gives to a turn ("asks a question"),
counted by person (the facilitator's own view) or by group of a lens (what may be shared, after the
one suppression rule), and who followed whom: consecutive turns by people, by group.

Who followed whom is read from the order of the turns alone: a turn by a person after another
person's turn (silence between them does not break it; "many voices" does).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from app.domain.talk.lenses import Group
from app.domain.talk.turns import Turn
from app.i18n import _

MAX_CODES = 4
MAX_LABEL = 60
DEFAULT_CODES = ("builds on someone", "asks a question", "brings evidence", "invited in")


class CodeError(ValueError):
    """Codes that cannot be used as given; the message says what to change."""


def check_labels(labels: Iterable[str]) -> tuple[str, ...]:
    """The labels cleaned (spaces folded, empty ones dropped); refused if more than four, too long or repeated."""
    out: list[str] = []
    for raw in labels:
        label = " ".join(str(raw).split())
        if not label:
            continue
        if len(label) > MAX_LABEL:
            raise CodeError(_("Code “{code}…”: keep each code under {limit} characters.").format(code=label[:20], limit=MAX_LABEL))
        if label.casefold() in (x.casefold() for x in out):
            raise CodeError(_("Code “{code}” is there twice; give each code its own words.").format(code=label))
        out.append(label)
    if len(out) > MAX_CODES:
        raise CodeError(_("Up to {limit} codes, one key each; this list has {n}.").format(limit=MAX_CODES, n=len(out)))
    return tuple(out)


def by_person(turns: Sequence[Turn], coded: Mapping[int, Iterable[int]]) -> dict[int, dict[int, int]]:
    """person -> code -> how many of their turns have it (many-voices turns are nobody's)."""
    out: dict[int, dict[int, int]] = {}
    for t in turns:
        if t.speaker is None:
            continue
        for code in coded.get(t.id, ()):
            row = out.setdefault(t.speaker, {})
            row[code] = row.get(code, 0) + 1
    return out


def by_group(groups: Sequence[Group], turns: Sequence[Turn], coded: Mapping[int, Iterable[int]]) -> dict[str, dict[int, int]]:
    """group label -> code -> count, over the groups given (already suppressed for sharing). A person in
    two groups (a multi-valued lens) counts in both."""
    per_person = by_person(turns, coded)
    out: dict[str, dict[int, int]] = {}
    for g in groups:
        row: dict[int, int] = {}
        for p in g.members:
            for code, n in per_person.get(p, {}).items():
                row[code] = row.get(code, 0) + n
        out[g.label] = row
    return out


def followed(turns: Sequence[Turn], groups: Sequence[Group]) -> dict[tuple[str, str], int]:
    """(group before, group after) -> how many times a turn by someone of the second group came right
    after a turn by someone of the first (over the groups given; many voices breaks the chain)."""
    of: dict[int, list[str]] = {}
    for g in groups:
        for p in g.members:
            of.setdefault(p, []).append(g.label)
    out: dict[tuple[str, str], int] = {}
    prev: int | None = None
    for t in sorted(turns, key=lambda t: (t.start, t.id)):
        if t.speaker is None:
            prev = None
            continue
        if prev is not None and prev != t.speaker:
            for a in of.get(prev, ()):
                for b in of.get(t.speaker, ()):
                    out[(a, b)] = out.get((a, b), 0) + 1
        prev = t.speaker
    return out
