"""Importing rosters from real CSV files: plan first (stores nothing), then all rows or none."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from app.domain.people.teams import UNASSIGNED
from app.services.core.changes import TeamsChanged
from app.services.people import imports as roster_import
from app.services.people.imports import PARTICIPANTS, TEAMS, RosterError, RosterImporter
from app.services.people.records import ParticipantData, TeamData
from app.services.people.service import PeopleService
from app.store import models as m
from tests.conftest import TESTS

ROSTERS = TESTS / "fixtures" / "rosters"


@pytest.fixture
def people(services) -> PeopleService:
    return services.people


@pytest.fixture
def roster(services) -> RosterImporter:
    return services.people.imports


@pytest.fixture
def subs(services):
    """An owner of the test's own subscriptions, closed before the services' leak check."""
    owner = services.workspace.bus.owner("test")
    yield owner
    owner.close()


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def stored(people) -> list[tuple[str, str]]:
    return [(p.name, p.team_name) for p in people.participants()]


# --- files from Excel -------------------------------------------------------------------

ACCENTED = "Nombre;Correo;Escuela;Cargo\r\nJosé Núñez;jose@riverbend.org;;Profesor\r\nZoë Brontë;zoe@riverbend.org;;Counsellor\r\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (codecs.BOM_UTF8 + ACCENTED.encode("utf-8"), "utf-8-sig"),
        (ACCENTED.encode("cp1252"), "cp1252"),
        (codecs.BOM_UTF8 + ACCENTED.encode("cp1252"), "cp1252"),  # a BOM, then Windows-1252 bytes
    ],
    ids=["utf8-bom", "windows-1252", "bom-then-windows-1252"],
)
def test_semicolon_files_in_excel_encodings_keep_their_accents(tmp_path, roster, people, data, encoding):
    plan = roster.plan_file(write(tmp_path, "registro.csv", data), PARTICIPANTS)
    assert (plan.encoding, plan.delimiter) == (encoding, ";")
    report = roster.apply(plan)
    assert report.added == 2
    by_name = {p.name: p for p in people.participants()}
    assert set(by_name) == {"José Núñez", "Zoë Brontë"}
    assert by_name["José Núñez"].role == "teacher"
    assert by_name["Zoë Brontë"].role == "counselor"
    assert by_name["José Núñez"].email == "jose@riverbend.org"


def test_planning_stores_nothing(tmp_path, roster, people):
    plan = roster.plan_file(write(tmp_path, "p.csv", "Name,Email\nAna,ana@x.org\nBen,ben@x.org\n"), PARTICIPANTS)
    assert len(plan.to_add) == 2
    assert people.participants() == []


# --- teams, then participants --------------------------------------------------------------


def test_teams_then_participants_whose_team_names_differ_in_case(tmp_path, roster, people):
    teams = write(tmp_path, "teams.csv", "School,District,Grades,Aim\n"
                  "Riverbend High,Riverbend USD,9-12,FAFSA nights\nWestlake Academy,Cedar Plains,6-12,Advisory\n")
    assert roster.apply(roster.plan_file(teams, TEAMS)).added == 2
    assert {t.name: t.level for t in people.teams()} == {"Riverbend High": "9-12", "Westlake Academy": "6-12"}

    people_csv = write(tmp_path, "people.csv", "Name,Team\nAna,RIVERBEND HIGH\nBen,  westlake   academy \nChi,\n")
    plan = roster.plan_file(people_csv, PARTICIPANTS)
    assert plan.skipped == ()
    roster.apply(plan)
    assert stored(people) == [("Ana", "Riverbend High"), ("Ben", "Westlake Academy"), ("Chi", "")]
    assert {t.name: t.members for t in people.teams()} == {"Riverbend High": 1, "Westlake Academy": 1}


def test_participants_before_teams_create_the_missing_teams(tmp_path, roster, people):
    people.add_team(TeamData("Riverbend High"))
    path = write(tmp_path, "people.csv",
                 "Name,School\nAna,Riverbend High\nBen,Lincoln Middle\nCy,lincoln  middle\nDee,Kern COE\n")
    plan = roster.plan_file(path, PARTICIPANTS)
    assert plan.skipped == ()
    report = roster.apply(plan)
    assert stored(people) == [("Ana", "Riverbend High"), ("Ben", "Lincoln Middle"), ("Cy", "Lincoln Middle"),
                              ("Dee", "Kern COE")]
    assert {t.name: t.members for t in people.teams()} == {"Riverbend High": 1, "Lincoln Middle": 2, "Kern COE": 1}
    assert report.lines() == ["Added 4 participants.", "Created 2 teams: Lincoln Middle, Kern COE."]


def test_participants_before_teams_unassigned_come_in_without_a_team(tmp_path, roster, people):
    people.add_team(TeamData("Riverbend High"))
    path = write(tmp_path, "people.csv", "Name,School\nAna,Riverbend High\nBen,Lincoln Middle\nCy,Kern COE\n")
    report = roster.apply(roster.plan_file(path, PARTICIPANTS, unknown_teams=UNASSIGNED))
    assert stored(people) == [("Ana", "Riverbend High"), ("Ben", ""), ("Cy", "")]
    assert [t.name for t in people.teams()] == ["Riverbend High"]
    assert report.lines() == [
        "Added 3 participants.",
        "2 people imported without a team: rows 3 and 4 (not in this convening: Lincoln Middle, Kern COE).",
    ]


def test_a_team_added_between_preview_and_import_is_used_not_doubled(tmp_path, roster, people):
    plan = roster.plan_file(write(tmp_path, "p.csv", "Name,School\nAna,St. Mary's\nBen,Eastside\n"), PARTICIPANTS)
    assert [t.name for t in plan.new_teams] == ["St. Mary's", "Eastside"]
    people.add_team(TeamData("ST MARYS"))  # someone adds it on the Teams tab meanwhile
    report = roster.apply(plan)
    assert report.created_teams == ("Eastside",)
    assert stored(people) == [("Ana", "ST MARYS"), ("Ben", "Eastside")]


@pytest.mark.parametrize(
    ("fixture", "people_count", "teams"),
    [
        ("eventbrite_attendees.csv", 11, ["Kern County Office of Education", "Lincoln Middle School",
                                          "Riverbend High School", "St. Mary's Academy", "Westlake Academy"]),
        ("google_forms_responses.csv", 9, ["Eastside Elementary", "Kern County Office of Education",
                                           "Lincoln Middle School", "Riverbend High School"]),
        ("excel_semicolon_cp1252.csv", 7, ["Colegio Montessori", "Escuela Primaria Benito Juárez",
                                           "Lycée Français"]),
    ],
)
def test_common_exports_import_everyone_into_a_real_file(services, workspace, roster, people, fixture, people_count,
                                                        teams):
    report = roster.apply(roster.plan_file(ROSTERS / fixture, PARTICIPANTS))
    assert report.added == people_count == len(people.participants())
    assert sorted(t.name for t in people.teams()) == teams
    assert sorted(report.created_teams) == teams
    assert report.lines()[1] == f"Created {len(teams)} teams: {', '.join(report.created_teams)}."
    # Reopening the file shows the same people in the same teams.
    path = workspace.require().path
    before = stored(people)
    workspace.close()
    workspace.open(path)
    assert stored(services.people) == before
    # Importing the same file again adds nobody and creates no team.
    again = roster.apply(roster.plan_file(ROSTERS / fixture, PARTICIPANTS))
    assert (again.added, again.created_teams) == (0, ())


def test_the_teams_of_an_eventbrite_list_join_existing_teams_by_forgiving_names(roster, people):
    for name in ("Riverbend High School", "St Marys Academy", "Westlake Academy"):
        people.add_team(TeamData(name))
    report = roster.apply(roster.plan_file(ROSTERS / "eventbrite_attendees.csv", PARTICIPANTS))
    assert report.created_teams == ("Kern County Office of Education", "Lincoln Middle School")
    members = {t.name: t.members for t in people.teams()}
    assert members["St Marys Academy"] == 2 and members["Riverbend High School"] == 4


def test_people_already_stored_and_repeated_rows_are_skipped(tmp_path, roster, people):
    people.add_participant(ParticipantData("Ana Ruiz", email="ana@school.org"))
    path = write(tmp_path, "people.csv",
                 "Name,Email\nana ruiz,ANA@school.org\nBen Cho,ben@school.org\nBen  Cho,ben@school.org\nAna Ruiz,\n")
    plan = roster.plan_file(path, PARTICIPANTS)
    assert [p.message for p in plan.skipped] == [
        "row 2: already in this convening: ana ruiz",
        "row 4: duplicate of row 3 (Ben  Cho)",
    ]
    roster.apply(plan)
    # "Ana Ruiz" without an email is a different key from the stored one with an email: kept.
    assert sorted(p.name for p in people.participants()) == ["Ana Ruiz", "Ana Ruiz", "Ben Cho"]


def test_teams_already_stored_are_not_imported_twice(tmp_path, roster, people):
    people.add_team(TeamData("Riverbend High"))
    plan = roster.plan_file(write(tmp_path, "t.csv", "Name\nriverbend high\nWestlake\n"), TEAMS)
    assert [p.message for p in plan.skipped] == ["row 2: already in this convening: riverbend high"]
    roster.apply(plan)
    assert [t.name for t in people.teams()] == ["Riverbend High", "Westlake"]


def test_a_chosen_mapping_replaces_the_guess(tmp_path, roster, people):
    path = write(tmp_path, "p.csv", "Full Name;E-mail;School;Position;Preferred name\nAna Ruiz;ana@x.org;;Teacher;Annie\n")
    guessed = roster.plan_file(path, PARTICIPANTS)
    assert dict(guessed.mapping) == {"name": 0, "email": 1, "team": 2, "role": 3}
    plan = roster.plan(path.read_bytes(), PARTICIPANTS, {"name": 4, "role": 3})
    roster.apply(plan)
    [p] = people.participants()
    assert (p.name, p.email, p.role) == ("Annie", "", "teacher")


# --- files that cannot be read ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("people.xlsx", b"PK\x03\x04rest-of-a-zip", "not a CSV text file"),
        ("empty.csv", b"", "The file is empty"),
        ("noname.csv", "E-mail,School\nana@x.org,Riverbend\n", 'required column "name" is missing'),
        ("nohead.csv", "Phone,Notes\n555,hi\n", "no header row"),
    ],
)
def test_unreadable_files_are_named_in_the_message(tmp_path, roster, people, name, data, problem):
    with pytest.raises(RosterError) as caught:
        roster.plan_file(write(tmp_path, name, data), PARTICIPANTS)
    assert name in str(caught.value)
    assert problem in str(caught.value)
    assert people.participants() == []


def test_a_missing_file_is_named(tmp_path, roster):
    with pytest.raises(RosterError, match="gone.csv does not exist"):
        roster.plan_file(tmp_path / "gone.csv", TEAMS)


# --- all or nothing ------------------------------------------------------------------------------


def count(workspace, model) -> int:
    with workspace.require().read() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_a_failure_after_rows_were_written_leaves_nothing_half_stored(tmp_path, workspace, roster, people):
    people.add_participant(ParticipantData("Already Here"))
    plan = roster.plan_file(write(tmp_path, "p.csv", "Name\n" + "".join(f"Person {i}\n" for i in range(30))),
                            PARTICIPANTS)
    seen_inside: list[int] = []

    def disk_full(session, _context) -> None:
        # The rows are in the database inside the transaction when this runs...
        seen_inside.append(session.execute(select(func.count()).select_from(m.Participant)).scalar())
        raise OSError("disk full")

    event.listen(Session, "after_flush", disk_full)
    try:
        with pytest.raises(OSError, match="disk full"):
            roster.apply(plan)
    finally:
        event.remove(Session, "after_flush", disk_full)

    assert seen_inside == [31]
    assert count(workspace, m.Participant) == 1  # ...and gone after the rollback
    assert [p.name for p in people.participants()] == ["Already Here"]
    # The file still works: the same plan imports cleanly afterwards.
    assert roster.apply(plan).added == 30
    assert count(workspace, m.Participant) == 31


def test_a_failure_part_way_through_the_rows_stores_none_of_them(tmp_path, workspace, roster, subs, monkeypatch):
    plan = roster.plan_file(write(tmp_path, "t.csv", "Name\nA\nB\nC\nD\n"), TEAMS)
    real_team = m.Team
    made: list[str] = []

    def team_then_fail(**values):
        if len(made) == 2:
            raise ValueError("the third row broke")
        made.append(values["name"])
        return real_team(**values)

    monkeypatch.setattr(roster_import.m, "Team", team_then_fail)
    heard: list[str] = []
    subs.on(TeamsChanged, lambda _change: heard.append("teams"))
    with pytest.raises(ValueError, match="third row"):
        roster.apply(plan)
    monkeypatch.undo()
    assert made == ["A", "B"]
    assert count(workspace, m.Team) == 0
    assert heard == []  # nobody was told something changed


def test_a_failure_stores_neither_the_people_nor_the_teams_made_for_them(tmp_path, workspace, roster):
    plan = roster.plan_file(write(tmp_path, "p.csv", "Name,School\nAna,Lincoln\nBen,Kern COE\n"), PARTICIPANTS)

    def disk_full(_session, _context) -> None:
        raise OSError("disk full")

    event.listen(Session, "after_flush", disk_full)
    try:
        with pytest.raises(OSError, match="disk full"):
            roster.apply(plan)
    finally:
        event.remove(Session, "after_flush", disk_full)
    assert (count(workspace, m.Team), count(workspace, m.Participant)) == (0, 0)


def test_five_thousand_rows_are_imported_and_counted(tmp_path, workspace, roster, people):
    people.add_team(TeamData("Riverbend High"))
    lines = ["Name,Email,Team,Role"] + [
        f"Person {i:04d},p{i}@school.org,{'riverbend high' if i % 2 else ''},teacher" for i in range(5000)
    ]
    path = write(tmp_path, "big.csv", "\r\n".join(lines) + "\r\n")
    plan = roster.plan_file(path, PARTICIPANTS)
    assert plan.summary() == "5000 people to add"
    report = roster.apply(plan)
    assert report.added == 5000
    assert count(workspace, m.Participant) == 5000
    assert len(people.participants()) == 5000
    assert people.teams()[0].members == 2500


def test_the_import_command_says_which_of_two_name_columns_it_used(tmp_path, data_dir, clock, capsys):
    from app.cli import run
    from app.services.core.workspace import Workspace
    from tests.conftest import sample_details

    path = tmp_path / "spring.convene"
    ws = Workspace(clock, data_dir)
    ws.new(path, sample_details())
    ws.close()
    people = write(tmp_path, "people.csv", "Name,School,Name\nAna,Roosevelt High,Ana Ruiz\nBen,Lincoln High,Ben Cho\n")
    assert run(["import", str(path), "--participants", str(people)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[:3] == ["people.csv:", "  Added 2 participants.",
                       "  Two columns are headed “Name”: column A is imported, column C is not."]


def test_the_report_after_importing_says_which_of_two_name_columns_it_used(tmp_path, roster, people):
    path = write(tmp_path, "teams.csv", "Name,District,name\nRoosevelt High,Fresno USD,RHS\n")
    report = roster.apply(roster.plan_file(path, TEAMS))
    assert [t.name for t in people.teams()] == ["Roosevelt High"]
    assert "Two columns are headed “Name”: column A is imported, column C is not." in report.lines()
