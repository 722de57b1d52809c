"""Adding, editing and deleting participants and teams: what is stored, and what is refused and why."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.services.core.changes import PeopleChanged, TeamsChanged
from app.services.people.records import ParticipantData, TeamData
from app.services.people.service import PeopleError, PeopleService


@pytest.fixture
def people(services) -> PeopleService:
    return services.people


@pytest.fixture
def heard(services) -> list[str]:
    """Topics the bus announced, in order (heard through one owner, closed after the test)."""
    topics: list[str] = []
    subs = services.workspace.bus.owner("test: heard")
    for topic, t in ((PeopleChanged, "people"), (TeamsChanged, "teams")):
        subs.on(topic, lambda _change, t=t: topics.append(t))
    yield topics
    subs.close()


# --- teams ------------------------------------------------------------------------


def test_add_team_stores_tidied_values_and_announces_it(people, heard):
    team_id = people.add_team(TeamData("  Riverbend   High ", district="Riverbend USD", level="9-12",
                                       focus="  FAFSA nights\nfor families  "))
    [team] = people.teams()
    assert (team.id, team.name, team.district, team.level) == (team_id, "Riverbend High", "Riverbend USD", "9-12")
    assert team.focus == "FAFSA nights\nfor families"  # line breaks in the aim are kept
    assert team.members == 0
    assert "teams" in heard


def test_team_name_cannot_be_empty(people):
    with pytest.raises(PeopleError, match=r"^Name: it cannot be empty"):
        people.add_team(TeamData("   "))
    assert people.teams() == []


@pytest.mark.parametrize("second", ["riverbend high", "RIVERBEND HIGH", " Riverbend  High "])
def test_team_names_must_differ_whatever_their_case(people, second):
    people.add_team(TeamData("Riverbend High"))
    with pytest.raises(PeopleError, match="already a team called “Riverbend High”"):
        people.add_team(TeamData(second))
    assert [t.name for t in people.teams()] == ["Riverbend High"]


def test_team_names_with_accents_clash_whatever_their_case(people):
    people.add_team(TeamData("Élan Academy"))
    with pytest.raises(PeopleError, match="already a team called “Élan Academy”"):
        people.add_team(TeamData("ÉLAN ACADEMY"))
    assert len(people.teams()) == 1


def test_a_team_can_be_renamed_to_a_new_case_of_its_own_name(people):
    team_id = people.add_team(TeamData("riverbend high"))
    people.update_team(team_id, TeamData("Riverbend High", region="Fresno County"))
    [team] = people.teams()
    assert (team.name, team.region) == ("Riverbend High", "Fresno County")


def test_renaming_a_team_onto_another_is_refused(people):
    people.add_team(TeamData("Riverbend High"))
    other = people.add_team(TeamData("Westlake Academy"))
    with pytest.raises(PeopleError, match="^Name: there is already a team"):
        people.update_team(other, TeamData("riverbend high"))
    assert sorted(t.name for t in people.teams()) == ["Riverbend High", "Westlake Academy"]


def test_long_focus_is_refused_with_its_length(people):
    with pytest.raises(PeopleError, match=r"^Focus: keep it under 500 characters \(it has 501\)"):
        people.add_team(TeamData("Riverbend High", focus="x" * 501))


def test_deleting_a_team_leaves_its_members_in_the_convening_without_a_team(people, heard):
    team_id = people.add_team(TeamData("Riverbend High"))
    keep_id = people.add_team(TeamData("Westlake Academy"))
    for name in ("Ana Ruiz", "Ben Cho"):
        people.add_participant(ParticipantData(name, team_id=team_id))
    people.add_participant(ParticipantData("Chi Obi", team_id=keep_id))
    assert {t.name: t.members for t in people.teams()} == {"Riverbend High": 2, "Westlake Academy": 1}
    heard.clear()

    people.delete_team(team_id)

    assert [t.name for t in people.teams()] == ["Westlake Academy"]
    by_name = {p.name: p for p in people.participants()}
    assert set(by_name) == {"Ana Ruiz", "Ben Cho", "Chi Obi"}
    assert (by_name["Ana Ruiz"].team_id, by_name["Ana Ruiz"].team_name) == (None, "")
    assert by_name["Chi Obi"].team_name == "Westlake Academy"
    assert {"people", "teams"} <= set(heard)


def test_editing_a_team_that_was_deleted_says_so(people):
    team_id = people.add_team(TeamData("Riverbend High"))
    people.delete_team(team_id)
    with pytest.raises(PeopleError, match="no longer exists"):
        people.update_team(team_id, TeamData("Riverbend High"))


# --- participants ------------------------------------------------------------------


def test_add_participant_with_a_team(people, heard):
    team_id = people.add_team(TeamData("Riverbend High"))
    heard.clear()
    pid = people.add_participant(ParticipantData("  Ana   María Pérez ", pronouns="she/her",
                                                 email="ana@riverbend.org", role="counselor", team_id=team_id))
    [p] = people.participants()
    assert (p.id, p.name, p.pronouns, p.email, p.role) == (
        pid, "Ana María Pérez", "she/her", "ana@riverbend.org", "counselor")
    assert (p.team_id, p.team_name) == (team_id, "Riverbend High")
    assert people.teams()[0].members == 1
    assert heard[:2] == ["people", "teams"]


def test_participant_name_cannot_be_empty(people):
    with pytest.raises(PeopleError, match=r"^Name: it cannot be empty"):
        people.add_participant(ParticipantData("  \t "))
    assert people.participants() == []


@pytest.mark.parametrize("email", ["ana", "ana@", "@school.org", "ana maria@school.org"])
def test_an_email_that_is_not_one_is_refused_naming_it(people, email):
    with pytest.raises(PeopleError, match="^Email: .* is not an email address"):
        people.add_participant(ParticipantData("Ana", email=email))
    assert people.participants() == []


def test_editing_keeps_the_record_and_changes_its_values(people):
    a = people.add_team(TeamData("Riverbend High"))
    b = people.add_team(TeamData("Westlake Academy"))
    pid = people.add_participant(ParticipantData("Ana", team_id=a))
    people.update_participant(pid, ParticipantData("Ana Ruiz", pronouns="she/they", team_id=b, role="teacher"))
    [p] = people.participants()
    assert (p.id, p.name, p.pronouns, p.team_name, p.role) == (pid, "Ana Ruiz", "she/they", "Westlake Academy", "teacher")
    assert {t.name: t.members for t in people.teams()} == {"Riverbend High": 0, "Westlake Academy": 1}


def test_an_invalid_edit_changes_nothing(people):
    pid = people.add_participant(ParticipantData("Ana", email="ana@school.org"))
    with pytest.raises(PeopleError, match="^Email"):
        people.update_participant(pid, ParticipantData("Ana Ruiz", email="not an email"))
    [p] = people.participants()
    assert (p.name, p.email) == ("Ana", "ana@school.org")


def test_a_participant_cannot_join_a_team_that_is_gone(people):
    team_id = people.add_team(TeamData("Riverbend High"))
    people.delete_team(team_id)
    with pytest.raises(PeopleError, match="^Team: that team no longer exists"):
        people.add_participant(ParticipantData("Ana", team_id=team_id))
    assert people.participants() == []


def test_delete_participant(people):
    keep = people.add_participant(ParticipantData("Ana"))
    gone = people.add_participant(ParticipantData("Ben"))
    people.delete_participant(gone)
    assert [(p.id, p.name) for p in people.participants()] == [(keep, "Ana")]


def test_participants_are_listed_alphabetically_ignoring_case(people):
    for name in ("bea", "Ana", "Carl"):
        people.add_participant(ParticipantData(name))
    assert [p.name for p in people.participants()] == ["Ana", "bea", "Carl"]


def test_changes_survive_closing_and_reopening_the_file(services, workspace, people):
    team_id = people.add_team(TeamData("Riverbend High"))
    people.add_participant(ParticipantData("Ana", team_id=team_id))
    path = workspace.path
    workspace.close()
    workspace.open(path)
    assert [(p.name, p.team_name) for p in services.people.participants()] == [("Ana", "Riverbend High")]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=1, max_size=80)
       .filter(lambda s: s.split()))
def test_any_typed_name_is_stored_as_typed_with_spaces_tidied(people, name):
    pid = people.add_participant(ParticipantData(name))
    stored = {p.id: p.name for p in people.participants()}[pid]
    assert stored == " ".join(name.split())


def test_counts_match_the_lists(demo_services):
    people = demo_services.people
    assert people.counts() == (len(people.participants()), len(people.teams())) == (48, 12)


# --- undo and redo ------------------------------------------------------------------


def dump(ws) -> dict[str, list[tuple]]:
    """Every row of every table of the file, as SQLite holds it."""
    import sqlite3

    conn = sqlite3.connect(ws.path)
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'alembic_version' ORDER BY name")]
        return {n: sorted(conn.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr) for n in names}
    finally:
        conn.close()


@pytest.fixture
def roster(services, workspace, people):
    """Two teams paired in a round; Ana (with a role lens and talk time in an agenda item) and Ben on Riverbend."""
    from app.services.agenda.service import ItemData
    from app.store import models as m

    river = people.add_team(TeamData("Riverbend High"))
    lake = people.add_team(TeamData("Lakeside Middle"))
    ana = people.add_participant(ParticipantData("Ana Ruiz", role="teacher", team_id=river))
    ben = people.add_participant(ParticipantData("Ben Okafor", team_id=river))
    day = workspace.days()[0].id
    item = services.agenda.add_item(day, ItemData("Story circles"))
    with workspace.require().session() as s:
        lens = m.Lens(name="Role", position=0)
        s.add(lens)
        rnd = m.PairingRound(position=0, title="Round 1")
        s.add(rnd)
        s.flush()
        s.add(m.LensValue(lens_id=lens.id, participant_id=ana, value="teacher"))
        s.add(m.TalkSegment(participant_id=ana, item_id=item, step=1, started_us=10, ended_us=99))
        s.add(m.Pair(round_id=rnd.id, team_a_id=river, team_b_id=lake, explanation="similar aim"))
    return {"river": river, "lake": lake, "ana": ana, "ben": ben, "item": item}


def test_deleting_a_participant_is_undone_with_everything_that_hung_off_them(workspace, people, roster, heard):
    before = dump(workspace)
    people.delete_participant(roster["ana"])
    gone = dump(workspace)
    assert len(gone["participant"]) == 1 and gone["lens_value"] == [] and gone["talk_segment"] == []
    assert people.history.undo_label() == "delete “Ana Ruiz”"

    heard.clear()
    assert people.history.undo() == "delete “Ana Ruiz”"
    assert dump(workspace) == before, "same id, lens value, talk segment and team back"
    assert {"people", "teams"} <= set(heard)
    assert people.history.redo() == "delete “Ana Ruiz”"
    assert dump(workspace) == gone
    people.history.undo()
    ana = next(p for p in people.participants() if p.name == "Ana Ruiz")
    assert (ana.id, ana.team_name) == (roster["ana"], "Riverbend High")


def test_deleting_a_team_is_undone_with_its_members_and_pairs(workspace, people, roster):
    before = dump(workspace)
    people.delete_team(roster["river"])
    gone = dump(workspace)
    assert gone["pair"] == [] and all(p.team_id is None for p in people.participants())
    people.history.undo()
    assert dump(workspace) == before, "same team id, both members in it again, the pair back"
    people.history.redo()
    assert dump(workspace) == gone


def test_deleting_several_people_is_one_step(workspace, people, roster):
    before = dump(workspace)
    people.delete_participants([roster["ana"], roster["ben"]])
    assert people.participants() == []
    assert people.history.undo_label() == "delete 2 participants"
    people.history.undo()
    assert dump(workspace) == before


def test_undo_keeps_a_member_who_joined_another_team_since(workspace, people, roster):
    from app.store import models as m

    people.delete_team(roster["river"])
    with workspace.require().session() as s:  # a roster import (not a history step) put Ben in Lakeside
        s.get(m.Participant, roster["ben"]).team_id = roster["lake"]
    people.history.undo()
    teams = {p.name: p.team_name for p in people.participants()}
    assert teams == {"Ana Ruiz": "Riverbend High", "Ben Okafor": "Lakeside Middle"}


@pytest.mark.parametrize(("team", "name", "why"), [
    ("lake", "Lakeside Middle", "a team added since has taken its place"),  # the newest team: its id is free again
    ("river", "Riverbend High", "a name is already taken"),
])
def test_undo_of_a_deleted_team_whose_place_was_taken_since_says_so_and_changes_nothing(
        workspace, people, roster, team, name, why):
    from app.services.core.history import HistoryError
    from app.store import models as m

    people.delete_team(roster[team])
    with workspace.require().session() as s:  # another team took its name (as an import would, without history)
        s.add(m.Team(name=name))
    before = dump(workspace)
    with pytest.raises(HistoryError, match=f"^Cannot undo “delete the team “{name}””: .*{why}.*Nothing was changed"):
        people.history.undo()
    assert dump(workspace) == before
    assert people.history.can_undo(), "the step stays, to try again once the name is free"


def test_adding_and_editing_people_can_be_undone_too(workspace, people):
    ana = people.add_participant(ParticipantData("Ana Ruiz"))
    people.update_participant(ana, ParticipantData("Ana Ruiz-Soto", pronouns="she/her"))
    assert people.history.undo_label() == "edit “Ana Ruiz-Soto”"
    people.history.undo()
    assert [p.name for p in people.participants()] == ["Ana Ruiz"]
    people.history.undo()
    assert people.participants() == []
    people.history.redo()
    assert [(p.id, p.name) for p in people.participants()] == [(ana, "Ana Ruiz")]


def test_talk_time_comes_back_even_when_its_row_number_was_taken_since(workspace, people, roster):
    from app.store import models as m

    people.delete_participant(roster["ana"])
    with workspace.require().session() as s:  # Ben speaks: the live run records his segment (no history step)
        s.add(m.TalkSegment(participant_id=roster["ben"], item_id=roster["item"], step=2, started_us=200))
    people.history.undo()
    with workspace.require().read() as s:
        segments = sorted((t.participant_id, t.started_us) for t in s.query(m.TalkSegment))
    assert segments == [(roster["ana"], 10), (roster["ben"], 200)]


def test_a_coded_turn_comes_back_with_its_code_when_its_row_number_was_taken_since(workspace, people, roster):
    """Ana's turn was coded "builds on someone"; deleting her and undoing brings the turn back under a new
    row number (Ben's turn took hers meanwhile), and its code follows it there, not onto Ben's turn."""
    from sqlalchemy import select

    from app.store import models as m

    with workspace.require().session() as s:
        conv = m.TalkConversation(title="Story circles", scope="Whole room")
        s.add(conv)
        s.flush()
        code = m.TalkCode(conversation_id=conv.id, position=0, label="builds on someone")
        s.add(code)
        s.flush()
        turn = s.scalar(select(m.TalkSegment.id).where(m.TalkSegment.participant_id == roster["ana"]))
        s.add(m.TalkTurnCode(segment_id=turn, code_id=code.id))
    people.delete_participant(roster["ana"])
    with workspace.require().session() as s:
        s.add(m.TalkSegment(participant_id=roster["ben"], item_id=roster["item"], step=2, started_us=200))
    people.history.undo()
    with workspace.require().read() as s:
        coded = s.execute(select(m.TalkSegment.participant_id, m.TalkSegment.started_us)
                          .join(m.TalkTurnCode, m.TalkTurnCode.segment_id == m.TalkSegment.id)).all()
    assert [tuple(r) for r in coded] == [(roster["ana"], 10)]


def test_undoing_an_edit_keeps_talk_time_recorded_since_and_never_doubles_it(workspace, people, roster):
    from app.store import models as m

    with workspace.require().session() as s:  # Ana is speaking: an open segment
        s.add(m.TalkSegment(participant_id=roster["ana"], item_id=roster["item"], step=3, started_us=500))
    people.update_participant(roster["ana"], ParticipantData("Ana Ruiz", pronouns="she/her", team_id=roster["river"]))
    with workspace.require().session() as s:  # she stops: the live run closes the segment
        seg = s.query(m.TalkSegment).filter_by(started_us=500).one()
        seg.ended_us = 800
    people.history.undo()
    with workspace.require().read() as s:
        segments = sorted((t.started_us, t.ended_us) for t in s.query(m.TalkSegment))
    assert segments == [(10, 99), (500, 800)]
    assert next(p for p in people.participants() if p.name == "Ana Ruiz").pronouns == ""
