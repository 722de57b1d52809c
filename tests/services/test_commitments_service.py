"""services/commitments/service.py: capture, edit, review, undo, persistence, carry-over between real files, CSV."""

from __future__ import annotations

import csv
import datetime as dt

import pytest

from app.domain.commitments.model import DONE, PARTLY, BrightSpotData, CommitmentData, CommitmentError
from app.services.core.changes import CommitmentsChanged
from app.services.core.records import ConveningDetails, DayDetails
from app.services.core.workspace import Workspace
from app.services.people.records import TeamData
from app.services.root import Services
from app.store import models as m
from tests.conftest import sample_details

TEXT_EVERY_SENIOR = CommitmentData("Text every senior who started the FAFSA but has not submitted", "Ms. Ortiz",
                                   "Friday 7 February", "Submissions on the district tracker",
                                   "A Spanish text template", "hub")


def parts(services: Services):
    return services.history, services.people, services.commitments


@pytest.fixture
def subs(services):
    """An owner of the test's own subscriptions, closed before the services' leak check."""
    owner = services.workspace.bus.owner("test")
    yield owner
    owner.close()


def test_capture_edit_review_and_undo_each_step(services, subs):
    history, people, svc = parts(services)
    team = people.add_team(TeamData("Riverbend High School"))
    heard = []
    subs.on(CommitmentsChanged, lambda _change: heard.append(True))

    cid = svc.add(team, TEXT_EVERY_SENIOR)
    [c] = svc.commitments(team)
    assert (c.team, c.change, c.who, c.by_when, c.support_from) == (
        "Riverbend High School", TEXT_EVERY_SENIOR.change, "Ms. Ortiz", "Friday 7 February", "hub")
    assert heard, "the tab and projector hear about it"

    svc.update(cid, CommitmentData("Text every senior  twice", "Ms. Ortiz and Mr. Vang"))
    svc.set_status(cid, PARTLY, "Texts in Spanish got replies; English ones did not.")
    c = svc.commitment(cid)
    assert (c.change, c.who, c.status, c.learned) == ("Text every senior twice", "Ms. Ortiz and Mr. Vang", PARTLY,
                                                      "Texts in Spanish got replies; English ones did not.")
    assert history.undo_label() == "mark a commitment of Riverbend High School partly"

    history.undo()
    assert svc.commitment(cid).status == "" and svc.commitment(cid).change == "Text every senior twice"
    history.undo()
    assert svc.commitment(cid).change == TEXT_EVERY_SENIOR.change
    history.undo()
    assert svc.commitments() == []
    history.redo()
    assert svc.commitment(cid).change == TEXT_EVERY_SENIOR.change, "redo brings it back with the same id"


def test_delete_is_undone_with_the_bright_spot_linked_again(services, workspace):
    history, people, svc = parts(services)
    team = people.add_team(TeamData("Laguna Flats High School"))
    cid = svc.add(team, TEXT_EVERY_SENIOR)
    svc.set_status(cid, DONE, "Saturday sessions doubled submissions.")
    spot = svc.bright_spot_from_commitment(cid, for_whom="seniors from farmworking families")
    [b] = svc.bright_spots()
    assert (b.team, b.what_worked, b.evidence, b.origin) == (
        "Laguna Flats High School", TEXT_EVERY_SENIOR.change, "Saturday sessions doubled submissions.", "commitment")

    svc.delete(cid)
    assert svc.commitments() == []
    with workspace.require().read() as s:
        assert s.get(m.BrightSpot, spot).commitment_id is None
    history.undo()
    assert [c.id for c in svc.commitments()] == [cid]
    with workspace.require().read() as s:
        assert s.get(m.BrightSpot, spot).commitment_id == cid


def test_bright_spots_from_text_and_from_a_note(services, workspace):
    history, people, svc = parts(services)
    team = people.add_team(TeamData("Heron Point Academy"))
    with workspace.require().session() as s:
        board = m.Board(title="What is working")
        s.add(board)
        s.flush()
        note = m.Note(board_id=board.id, text="Family liaison calls in Hmong before each FAFSA night")
        s.add(note)
        s.flush()
        note_id = note.id
    svc.add_bright_spot(BrightSpotData(team, "A tracker on the staff-room wall", "every senior", "18 of 40 done"))
    svc.bright_spot_from_note(note_id, team, for_whom="Hmong and Lao families")
    spots = svc.bright_spots()
    assert [(b.what_worked, b.origin) for b in spots] == [
        ("A tracker on the staff-room wall", "text"),
        ("Family liaison calls in Hmong before each FAFSA night", "note")]
    history.undo()
    assert len(svc.bright_spots()) == 1
    with pytest.raises(CommitmentError, match="What worked: it cannot be empty"):
        svc.add_bright_spot(BrightSpotData(team, "  "))


def test_bad_input_names_the_field_and_stores_nothing(services):
    _, people, svc = parts(services)
    team = people.add_team(TeamData("Riverbend High School"))
    with pytest.raises(CommitmentError, match="Change to test: it cannot be empty"):
        svc.add(team, CommitmentData("   "))
    with pytest.raises(CommitmentError, match="By when: keep it under 100 characters"):
        svc.add(team, CommitmentData("Text seniors", by_when="x" * 101))
    with pytest.raises(CommitmentError, match="Status"):
        cid = svc.add(team, CommitmentData("Text seniors"))
        svc.set_status(cid, "finished")
    assert [c.change for c in svc.commitments()] == ["Text seniors"]


def test_commitments_persist_across_closing_and_opening(tmp_path, data_dir, clock):
    ws = Workspace(clock, data_dir)
    ws.new(tmp_path / "fall.convene", sample_details())
    with Services(ws) as services:
        _, people, svc = parts(services)
        team = people.add_team(TeamData("Riverbend High School"))
        svc.add(team, TEXT_EVERY_SENIOR)
    ws.close()
    again = Workspace(clock, data_dir)
    again.open(tmp_path / "fall.convene")
    try:
        with Services(again) as services_again:
            [c] = services_again.commitments.commitments()
            assert (c.team, c.change, c.measure) == ("Riverbend High School", TEXT_EVERY_SENIOR.change,
                                                     "Submissions on the district tracker")
    finally:
        again.close()


# -- carry-over between two real files ------------------------------------------------------------------
def make_file(path, data_dir, clock, title, date, teams, commitments=()):
    ws = Workspace(clock, data_dir)
    ws.new(path, ConveningDetails(title, timezone="America/Los_Angeles", days=(DayDetails(date),)))
    with Services(ws) as services:
        _, people, svc = parts(services)
        ids = {name: people.add_team(TeamData(name)) for name in teams}
        for team, change in commitments:
            svc.add(ids[team], CommitmentData(change, who="the senior team", measure="submissions"))
    ws.close()


@pytest.fixture
def two_files(tmp_path, data_dir, clock):
    old = tmp_path / "launch.convene"
    new = tmp_path / "spring.convene"
    make_file(old, data_dir, clock, "Launch Intensive", dt.date(2027, 1, 21),
              ["St. Mary's Academy", "Riverbend High School", "Westlake Academy"],
              [("St. Mary's Academy", "FAFSA Fridays in the library"),
               ("Riverbend High School", "Bilingual family night"),
               ("Riverbend High School", "Text reminders"),
               ("Westlake Academy", "Advisory lesson on aid")])
    make_file(new, data_dir, clock, "Spring Convening", dt.date(2027, 4, 15),
              ["st marys ACADEMY", "Riverbend High School", "Kaweah Valley High School"])
    return old, new


def test_carry_matches_teams_by_name_and_reports_new_and_gone(two_files, data_dir, clock):
    old, new = two_files
    ws = Workspace(clock, data_dir)
    ws.open(new)
    services = Services(ws)
    try:
        history, _, svc = parts(services)
        plan = svc.carry(old)
        got = [(c.team, c.change, c.source, c.status) for c in svc.commitments()]
        assert got == [
            ("Riverbend High School", "Bilingual family night", "Launch Intensive (21 January 2027)", ""),
            ("Riverbend High School", "Text reminders", "Launch Intensive (21 January 2027)", ""),
            ("st marys ACADEMY", "FAFSA Fridays in the library", "Launch Intensive (21 January 2027)", ""),
        ]
        assert plan.gone == {"Westlake Academy": 1}
        assert plan.new == ["Kaweah Valley High School"]
        lines = plan.lines()
        assert lines[0] == "Carried 3 commitments of 2 teams from “Launch Intensive (21 January 2027)”."
        assert "“St. Mary's Academy” is taken to be “st marys ACADEMY”." in lines
        assert any("not in this convening: Westlake Academy (1)" in line for line in lines)
        assert any("Kaweah Valley High School" in line for line in lines)

        again = svc.carry(old)
        assert again.carried == [] and again.already == 3 and len(svc.commitments()) == 3, "never brought twice"

        history.undo()
        assert svc.commitments() == [], "the whole carry is one undo step"
    finally:
        services.close()
        ws.close()


def test_carry_refuses_the_open_file_and_a_missing_one(two_files, data_dir, clock, tmp_path):
    _, new = two_files
    ws = Workspace(clock, data_dir)
    ws.open(new)
    services = Services(ws)
    try:
        svc = services.commitments
        with pytest.raises(CommitmentError, match="is the convening open now"):
            svc.carry(new)
        with pytest.raises(Exception, match="gone.convene"):
            svc.carry(tmp_path / "gone.convene")
        assert svc.commitments() == []
    finally:
        services.close()
        ws.close()


def test_csv_export_has_a_row_per_commitment(services, tmp_path):
    _, people, svc = parts(services)
    team = people.add_team(TeamData("Cedar Plains High School"))
    svc.add(team, TEXT_EVERY_SENIOR)
    svc.add(team, CommitmentData("Stop the paper sign-in sheet at FAFSA nights, “just because”"))
    out = tmp_path / "commitments.csv"
    assert svc.export_csv(out) == 2
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:4] == ["Team", "Change to test", "Who", "By when"]
    assert rows[1][:3] == ["Cedar Plains High School", TEXT_EVERY_SENIOR.change, "Ms. Ortiz"]
    assert rows[2][1] == "Stop the paper sign-in sheet at FAFSA nights, “just because”"
    assert rows[1][9] == "this convening"


def test_the_demo_has_a_commitment_for_every_team_and_two_bright_spots(demo_services):
    svc = demo_services.commitments
    teams = [name for _, name in svc.teams()]
    commitments = svc.commitments()
    assert sorted({c.team for c in commitments}) == sorted(teams) and len(teams) == 12
    assert {c.item for c in commitments} == {"Next week at our school"}
    assert [b.team for b in svc.bright_spots()] == ["Laguna Flats High School", "Orange Grove High School"]


def test_deleting_a_team_takes_its_commitments_and_undo_brings_them_back(demo_services):
    history, people, svc = parts(demo_services)
    team_id, name = svc.teams()[0]
    before = svc.commitments(team_id)
    people.delete_team(team_id)
    assert svc.commitments(team_id) == []
    history.undo()
    assert svc.commitments(team_id) == before


def test_a_commitment_not_yet_done_keeps_travelling_through_the_year(tmp_path, data_dir, clock):
    """Fall -> Winter -> Spring: what a team carried into Winter and has not done goes on to Spring with the
    name of the convening where it was made; what it reported done at Winter stays behind."""
    fall, winter, spring = (tmp_path / f"{n}.convene" for n in ("fall", "winter", "spring"))
    make_file(fall, data_dir, clock, "Fall Convening", dt.date(2026, 10, 8), ["Riverbend High School"],
              [("Riverbend High School", "Bilingual family night"), ("Riverbend High School", "Text reminders")])
    make_file(winter, data_dir, clock, "Winter Convening", dt.date(2027, 1, 21), ["Riverbend High School"],
              [("Riverbend High School", "FAFSA Fridays in the library")])
    make_file(spring, data_dir, clock, "Spring Convening", dt.date(2027, 4, 15), ["Riverbend High School"])
    ws = Workspace(clock, data_dir)
    ws.open(winter)
    with Services(ws) as services:
        svc = services.commitments
        svc.carry(fall)
        by_change = {c.change: c for c in svc.commitments()}
        svc.set_status(by_change["Text reminders"].id, DONE, "Replies doubled.")
        svc.set_status(by_change["Bilingual family night"].id, PARTLY, "Held once; the second is in March.")
    ws.close()
    ws = Workspace(clock, data_dir)
    ws.open(spring)
    with Services(ws) as services:
        svc = services.commitments
        plan = svc.carry(winter)
        got = sorted((c.change, c.source) for c in svc.commitments())
        assert got == [("Bilingual family night", "Fall Convening (8 October 2026)"),
                       ("FAFSA Fridays in the library", "Winter Convening (21 January 2027)")]
        assert len(plan.carried) == 2
        assert svc.carry(winter).already == 2, "never brought twice"
    ws.close()
