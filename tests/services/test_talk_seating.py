"""The seating map's data from the talk service (`talk.seating.view`), over a real migrated file: blocks by
the round of tables in use, by team, A to Z; who has the floor, whose hand is up (their place), who has
not spoken yet; what a web page would get to draw the same map as the Talk tab."""

from __future__ import annotations

import pytest

from app.domain.pairing.tables import TableRules
from app.domain.talk.seating import BY_NAME, BY_TABLE, BY_TEAM, EVERYONE, NO_TEAM
from app.services.people.records import ParticipantData, TeamData


@pytest.fixture
def room(services):
    people = services.people
    north, south = (people.add_team(TeamData(name=n)) for n in ("North High", "South High"))
    names = ("Ana", "Ben", "Chen", "Dee", "Eli", "Fay", "Gus", "Hana")
    ids = [people.add_participant(ParticipantData(name=n, role="teacher", team_id=(north, south)[i % 2]))
           for i, n in enumerate(names)]
    ids.append(people.add_participant(ParticipantData(name="Ivan", role="teacher")))   # no team
    services.talk.start_conversation(ids)
    return services, ids


def test_without_a_round_of_tables_by_table_is_a_to_z_and_says_so(room):
    services, ids = room
    view = services.talk.seating.view(BY_TABLE)
    assert view.note == "No tables for this day yet: A to Z"
    assert [b.label for b in view.blocks] == [EVERYONE] and list(view.blocks[0].people) == ids
    assert view.speaker is None and view.hands == {} and view.spoken == frozenset()


def test_by_the_round_of_tables_by_team_and_a_to_z(room):
    services, ids = room
    services.pairing.tables.compute(TableRules(size=3, min_size=2, max_size=4), titles=["Morning tables"])
    view = services.talk.seating.view(BY_TABLE)
    assert view.note == "Seated as in Morning tables"
    seats = services.pairing.tables.rounds()[-1].tables
    assert [b.label for b in view.blocks] == [f"Table {t.number}" for t in seats]
    assert sorted(p for b in view.blocks for p in b.people) == sorted(ids), "everyone, once"
    teams = services.talk.seating.view(BY_TEAM)
    assert [(b.label, len(b.people)) for b in teams.blocks] == [("North High", 4), ("South High", 4), (NO_TEAM, 1)]
    assert [b.label for b in services.talk.seating.view(BY_NAME).blocks] == [EVERYONE]


def test_the_floor_the_hands_and_who_has_spoken(room, clock):
    services, ids = room
    talk = services.talk
    ana, ben, chen = ids[:3]
    talk.tap(ana)
    clock.advance(10)
    talk.queue.raise_hand(chen)
    talk.queue.raise_hand(ben)
    view = talk.seating.view(BY_NAME)
    assert view.speaker == ana and view.hands == {chen: 1, ben: 2} and view.spoken == frozenset({ana})
    talk.queue.call_next()
    view = talk.seating.view(BY_NAME)
    assert view.speaker == chen and view.hands == {ben: 1} and view.spoken == frozenset({ana, chen})
    talk.set_members(ids[1:])   # Ana left
    assert ana not in [p for b in talk.seating.view(BY_NAME).blocks for p in b.people]
