"""Words a convening stores by itself (a round's default title, a conversation's scope, a copied day's title)
are in the convening's language: its handout's first language (Spanish for a Spanish or bilingual handout),
whoever is at the keyboard; English otherwise, as before."""

from __future__ import annotations

import pytest

from app.domain.pairing.tables import TableRules
from app.i18n import set_language
from app.services.people.records import ParticipantData, TeamData


def _room(services) -> list[int]:
    people = services.people
    teams = [people.add_team(TeamData(name=n, district=d, level="9-12"))
             for n, d in (("Lincoln High", "North"), ("Roosevelt High", "South"), ("Garfield High", "East"))]
    return [people.add_participant(ParticipantData(name=n, role="teacher", team_id=teams[k % 3]))
            for k, n in enumerate(("Ana", "Ben", "Chen", "Dee", "Eli", "Fay"))]


def _stored(services) -> dict[str, str]:
    """Each default word, made by the action that makes it in the console."""
    ids = _room(services)
    out = {}
    from app.domain.pairing import Criterion

    services.pairing.set_criteria([Criterion("district", "different", 2), Criterion("level", "same", 1)])
    first = services.pairing.compute_rounds(1)[0]   # three teams: one trio
    out["round"] = first.title
    out["reason"] = first.groups[0].reason
    out["again"] = services.pairing.compute_rounds(1)[0].groups[0].reason   # the same trio: met before
    services.pairing.tables.compute(TableRules(size=3, min_size=2, max_size=4))
    seating = services.pairing.tables.rounds()[0]
    out["tables"] = seating.title
    label, members = services.talk.scope_members("room")
    conv = services.talk.start_conversation(members, scope=label)
    out["room"] = services.talk.conversation(conv).scope
    conv = services.talk.start_conversation(ids[:2])   # no scope given: the whole room
    out["default"] = services.talk.conversation(conv).scope
    label, _members = services.talk.scope_members(f"table:{seating.id}:1")
    out["table"] = label
    day = services.workspace.days()[0]
    copied = services.agenda.copy_day(day.id)
    out["copy"] = next(d.title for d in services.workspace.days() if d.id == copied)
    return out


@pytest.fixture
def titled_days(workspace):
    """The fixture's convening with a title on its first day (a copied day's title says it is a copy)."""
    details = workspace.details()
    first = details.days[0]
    workspace.update_details(details.__class__(**{**details.__dict__, "days": (
        first.__class__(first.date, "Opening day", first.start_minutes, first.end_minutes), *details.days[1:])}))
    return workspace


@pytest.mark.parametrize("handout", ["es", "bilingual"])
def test_a_spanish_convening_stores_its_own_words_in_spanish(titled_days, services, handout):
    set_language("en")   # the keyboard's language does not decide: the file's does
    services.workspace.set_languages("es", handout)
    assert services.workspace.data_language() == "es"
    assert _stored(services) == {
        "round": "Ronda 1", "tables": "Mesas 1", "room": "Toda la sala", "default": "Toda la sala",
        "table": "Mesa 1, Mesas 1", "copy": "Opening day (copia)",
        "reason": "las tres: distritos diferentes; las tres de nivel 9-12; primera vez juntas",
        "again": "las tres: distritos diferentes; las tres de nivel 9-12; ya coincidieron en Ronda 1"}


def test_an_english_convening_stores_them_in_english_whatever_the_keyboard(titled_days, services):
    set_language("es")
    try:
        assert services.workspace.data_language() == "en"
        assert _stored(services) == {
            "round": "Round 1", "tables": "Tables 1", "room": "Whole room", "default": "Whole room",
            "table": "Table 1, Tables 1", "copy": "Opening day (copy)",
            "reason": "all different districts; all three 9-12 schools; first time together",
            "again": "all different districts; all three 9-12 schools; met before in Round 1"}
        # what the console shows (not stored) speaks the keyboard's language
        assert services.talk.table_scopes()[0][0].startswith("Mesa 1, Tables 1 (")
    finally:
        set_language("en")
