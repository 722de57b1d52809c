"""Pairing's part of a handout: buddy-school rounds and participants' tables (app/services/export/service.py
composes the parts).

Rounds belong to no agenda item, so a handout of some items leaves them out (the caller asks only for a
whole day or the whole convening); a day's handout has that day's rounds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.export.handout import Contact, PairGroup, PairRound, PairSchool, Scope, SeatingRound, SeatTable
from app.export.words import Words
from app.i18n import in_language

if TYPE_CHECKING:
    from app.services.pairing.service import PairingService
    from app.services.people.service import PeopleService


def rounds(pairing: PairingService, people: PeopleService, scope: Scope) -> tuple[PairRound, ...]:
    """Each round's pairs (and trio) with the reason in words. Contacts (an email each) only in the
    facilitator version: the shared version is gathered without them, like the roster."""
    chosen = scope.of_days(pairing.rounds())
    if not chosen:
        return ()
    teams = {t.id: t for t in people.teams()}
    contacts = _contacts(people) if scope.private else {}
    w = Words(scope.lang)
    out = []
    for r in chosen:
        groups = tuple(
            PairGroup(tuple(PairSchool(name, teams[i].district if i in teams else "", contacts.get(i))
                            for i, name in zip(g.team_ids, g.names)), g.reason)
            for g in r.groups)
        title = r.title or w.p_("Round {number}", number=r.number)
        out.append(PairRound(r.number, _with_day(title, r.day_number, w), groups, r.problems))
    return tuple(out)


def _contacts(people: PeopleService) -> dict[int, Contact]:
    """Each team's first participant (in roster order) who has an email."""
    out: dict[int, Contact] = {}
    for p in people.participants():
        if p.team_id is not None and p.email.strip() and p.team_id not in out:
            out[p.team_id] = Contact(p.name, p.email.strip(), p.role)
    return out


def seating(pairing: PairingService, scope: Scope) -> tuple[SeatingRound, ...]:
    """Seating rounds (a day's handout: that day's), a list per table; who sits where only in the
    facilitator version (the shared one lists nobody by name, as it has no roster)."""
    w = Words(scope.lang)
    out = []
    for r in scope.of_days(pairing.tables.rounds()):
        tables = tuple(SeatTable(t.number, len(t.person_ids), _said(w, t.summary), t.names if scope.private else ())
                       for t in r.tables)
        title = r.title or w.p_("Tables {number}", number=r.number)
        out.append(SeatingRound(r.number, _with_day(title, r.day_number, w), tables, r.quality))
    return tuple(out)


def _said(w: Words, text: str) -> str:
    """A text a service made in the keyboard's language (a Message), said in the handout's language(s)."""
    return w.each(lambda one: str(in_language(text, one.lang)), plain=True)


def _with_day(title: str, day_number: int | None, w: Words | None = None) -> str:
    """A round's heading with its day, unless the title already names it ("Day 2 · Buddy schools")."""
    w = w or Words()
    folded = title.casefold()
    said = {f"day {day_number}", *(one._("day {number}", number=day_number).casefold() for one in w.ones)}
    if not day_number or any(x in folded for x in said):
        return title
    return f"{title} ({w.p_('day {number}', number=day_number)})"
