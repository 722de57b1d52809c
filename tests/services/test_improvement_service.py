"""services/improvement: PDSA cycles, measures and their CSV import, the driver diagram, carrying from an
earlier real file, and the network's rows; each change one undo step, on a real migrated file."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain.commitments.model import CommitmentData
from app.domain.improvement.model import ADAPT, ADOPT, CycleData, ImprovementError, MeasureData
from app.services.core.changes import ImprovementChanged
from app.services.core.records import ConveningDetails, DayDetails
from app.services.core.workspace import Workspace
from app.services.people.records import TeamData
from app.services.root import Services

D = dt.date


@pytest.fixture
def subs(services):
    owner = services.workspace.bus.owner("test")
    yield owner
    owner.close()


def team_with_commitment(services, name="Riverbend High School", change="Text every senior who started"):
    team = services.people.add_team(TeamData(name))
    cid = services.commitments.add(team, CommitmentData(change, "Ms. Ortiz", "Friday"))
    return team, cid


# -- PDSA cycles ---------------------------------------------------------------------------------------
def test_cycles_are_numbered_per_commitment_edited_and_undone(services, subs, clock):
    _team, cid = team_with_commitment(services)
    cycles = services.improvement.cycles
    heard = []
    subs.on(ImprovementChanged, heard.append)
    first = cycles.add(cid, CycleData("Texts in Spanish", "Half of the families will reply", decision=""))
    second = cycles.add(cid, CycleData("Texts in Spanish, evenings", tested_on=D(2027, 2, 3)))
    got = cycles.cycles(cid)
    assert [(c.number, c.change_idea) for c in got] == [(1, "Texts in Spanish"), (2, "Texts in Spanish, evenings")]
    assert got[0].tested_on == D(2027, 1, 21), "undated: the day it was recorded, in the convening's time zone"
    assert got[1].tested_on == D(2027, 2, 3)
    assert heard and heard[-1] == ImprovementChanged(what="cycles")
    cycles.update(first, CycleData("Texts in Spanish", "Half will reply", "14 of 40 replied",
                                   "Evening texts get answers", ADAPT))
    assert cycles.cycle(first).decision_word == "adapt"
    assert services.history.undo_label().startswith("edit PDSA cycle 1 of Riverbend")
    services.history.undo()
    assert cycles.cycle(first).decision == "" and cycles.cycle(first).what_happened == ""
    cycles.delete(second)
    assert [c.number for c in cycles.cycles(cid)] == [1]
    services.history.undo()
    assert [c.number for c in cycles.cycles(cid)] == [1, 2]


def test_a_cycle_as_typed_is_refused_with_its_field(services):
    _team, cid = team_with_commitment(services)
    cycles = services.improvement.cycles
    with pytest.raises(ImprovementError, match="^Change idea: it cannot be empty"):
        cycles.add(cid, CycleData("   "))
    with pytest.raises(ImprovementError, match="^Decision: “maybe” is not adopt, adapt or abandon"):
        cycles.add(cid, CycleData("x", decision="maybe"))
    with pytest.raises(ImprovementError, match="^Prediction: keep it under 500"):
        cycles.add(cid, CycleData("x", prediction="p" * 501))
    assert cycles.cycles() == [] and not services.history.undo_label().startswith("add a PDSA")


def test_deleting_a_commitment_takes_its_cycles_and_undo_brings_them_back(services):
    _team, cid = team_with_commitment(services)
    services.improvement.cycles.add(cid, CycleData("Texts in Spanish", decision=ADOPT))
    services.commitments.delete(cid)
    assert services.improvement.cycles.cycles() == []
    services.history.undo()
    [c] = services.improvement.cycles.cycles()
    assert (c.commitment_id, c.decision) == (cid, ADOPT)


# -- measures ------------------------------------------------------------------------------------------
def test_measures_and_values_with_undo(services):
    team, _ = team_with_commitment(services)
    ms = services.improvement.measures
    fafsa = ms.add(MeasureData("FAFSA completion", "%", True))
    with pytest.raises(ImprovementError, match="^Name: the network already has a measure called “FAFSA completion”"):
        ms.add(MeasureData("  fafsa   COMPLETION "))
    ms.set_value(fafsa, team, "2027-01", "42,5")
    ms.set_value(fafsa, team, D(2027, 2, 1), 47)
    ms.set_value(fafsa, team, "2027-01-01", "44 %")   # the same period again: replaced
    assert [(v.period, v.value) for v in ms.values(fafsa)] == [(D(2027, 1, 1), 44.0), (D(2027, 2, 1), 47.0)]
    services.history.undo()
    assert ms.values(fafsa)[0].value == 42.5
    with pytest.raises(ImprovementError, match="^Period: “Jan” is not a date"):
        ms.set_value(fafsa, team, "Jan", "3")
    with pytest.raises(ImprovementError, match="^Value: “lots” is not a number"):
        ms.set_value(fafsa, team, "2027-03", "lots")
    ms.delete(fafsa)
    assert ms.measures() == [] and ms.values() == []
    services.history.undo()
    assert [m.name for m in ms.measures()] == ["FAFSA completion"] and len(ms.values()) == 2


def write(path, text, encoding="utf-8"):
    path.write_bytes(text.encode(encoding))
    return path


@pytest.fixture
def network(services):
    people = services.people
    teams = {n: people.add_team(TeamData(n)) for n in ("Riverbend High School", "St. Mary's Academy")}
    fafsa = services.improvement.measures.add(MeasureData("FAFSA completion", "%"))
    services.improvement.measures.add(MeasureData("Families reached", "families"))
    return teams, fafsa


def test_csv_import_reads_every_row_in_one_step(services, network, tmp_path):
    teams, fafsa = network
    ms = services.improvement.measures
    ms.set_value(fafsa, teams["Riverbend High School"], "2027-01", 10)
    path = write(tmp_path / "values.csv", "Team;Measure;Month;Value\n"
                                          "riverbend high school;FAFSA completion;2027-01;41,5\n"
                                          "St Marys Academy;fafsa completion;2027-01-01;38\n"
                                          "St Marys Academy;Families reached;2027-02;12\n", "cp1252")
    report = ms.import_csv(path)
    assert (report.added, report.replaced) == (2, 1)
    assert report.sentence() == ("Imported 3 values from values.csv (1 replaced a value already here for the same "
                                 "team, measure and period). Edit > Undo takes the import back.")
    assert sorted((v.team, v.period, v.value) for v in ms.values(fafsa)) == [
        ("Riverbend High School", D(2027, 1, 1), 41.5), ("St. Mary's Academy", D(2027, 1, 1), 38.0)]
    services.history.undo()
    assert [(v.team, v.value) for v in ms.values()] == [("Riverbend High School", 10.0)]


@pytest.mark.parametrize(("body", "message"), [
    ("team,measure,value\nRiverbend High School,FAFSA completion,3\n",
     "values.csv: Row 1: there is no “period” column; the heading row needs team, measure, period and value."),
    ("team,measure,period,value\nRiverbend High School,FAFSA completion,2027-01,3\nWestlake,FAFSA completion,2027-01,4\n",
     "values.csv: Row 3, column “team”: “Westlake” is not a team of this convening; add the team or correct the name."),
    ("Team,Measure,Period,Value\nRiverbend High School,FAFSA completion,2027-01,3\nRiverbend High School,Completion,2027-01,4\n",
     "values.csv: Row 3, column “Measure”: “Completion” is not one of the network's measures; define it first or correct the name."),
    ("team,measure,period,value\nRiverbend High School,FAFSA completion,January,3\n",
     "values.csv: Row 2, column “period”: “January” is not a date; write it as 2027-01-15, or the month as 2027-01."),
    ("team,measure,period,value\nRiverbend High School,FAFSA completion,2027-01,\"3,5,6\"\n",
     "values.csv: Row 2, column “value”: “3,5,6” is not a number."),
    ("team,measure,period,value\nRiverbend High School,FAFSA completion,2027-01,3\n\nRiverbend High School,FAFSA completion,2027-01-01,4\n",
     "values.csv: Row 4: the same team, measure and period as row 2; keep one of them."),
    ("team,measure,period,value\n", "values.csv: The file has a heading row and no values under it."),
])
def test_a_messy_csv_is_refused_with_one_sentence_and_nothing_written(services, network, tmp_path, body, message):
    ms = services.improvement.measures
    label = services.history.undo_label()
    with pytest.raises(ImprovementError) as err:
        ms.import_csv(write(tmp_path / "values.csv", body))
    assert str(err.value) == message
    assert ms.values() == [] and services.history.undo_label() == label


def test_a_binary_file_is_refused(services, network, tmp_path):
    with pytest.raises(ImprovementError, match="^values.csv: This is not a CSV text file"):
        services.improvement.measures.import_csv(write(tmp_path / "values.csv", "PK\x03\x04\x00\x00binary"))


def test_team_and_network_run_charts(services, network):
    teams, fafsa = network
    ms = services.improvement.measures
    river, mary = teams["Riverbend High School"], teams["St. Mary's Academy"]
    for month, (a, b) in enumerate([(10, 20), (12, 22), (13, 20), (15, 26), (17, 30), (21, 28)], start=1):
        ms.set_value(fafsa, river, D(2027, month, 1), a)
        ms.set_value(fafsa, mary, D(2027, month, 1), b)
    cid = services.commitments.add(river, CommitmentData("Text every senior"))
    services.improvement.cycles.add(cid, CycleData("Texts", tested_on=D(2027, 3, 10)))
    charts = services.improvement.team_charts(fafsa)
    assert [c.team for c in charts] == ["Riverbend High School", "St. Mary's Academy"]
    river_chart = charts[0]
    assert river_chart.chart.values == (10, 12, 13, 15, 17, 21) and river_chart.cycles == ((D(2027, 3, 10), 1),)
    assert any(s.rule == "trend" and s.better for s in river_chart.chart.signals)
    net = ms.network_chart(fafsa)
    assert net.network and net.chart.values == (15, 17, 16.5, 20.5, 23.5, 24.5) and net.teams_reporting == (2,) * 6


# -- driver diagram ------------------------------------------------------------------------------------
def test_the_driver_tree_is_edited_and_counts_the_teams_testing_an_idea(services):
    river, c1 = team_with_commitment(services)
    _mary, c2 = team_with_commitment(services, "St. Mary's Academy", "FAFSA Fridays")
    dr = services.improvement.drivers
    aim = dr.set_aim("Raise FAFSA completion among first-generation seniors by 10 points")
    families = dr.add(aim, "Families know the steps and the dates")
    texts = dr.add(families, "Texts in the language spoken at home")
    assert dr.node(texts).kind == "secondary", "under a primary driver comes a secondary driver by default"
    idea = dr.add(texts, "Evening texts from a counsellor")
    assert dr.node(idea).kind == "idea"
    with pytest.raises(ImprovementError, match="^Primary driver: it goes under the aim"):
        dr.add(idea, "x", "primary")
    with pytest.raises(ImprovementError, match="^Aim: the diagram has one aim"):
        dr.add(None, "Another aim")
    dr.link(c1, idea)
    dr.link(c2, idea)
    assert dr.node(idea).teams == ("Riverbend High School", "St. Mary's Academy")
    with pytest.raises(ImprovementError, match="^Change idea: choose a change idea"):
        dr.link(c1, families)
    dr.link(c2, None)
    assert dr.node(idea).teams == ("Riverbend High School",)
    dr.delete(families)
    assert [n.kind for n in dr.nodes()] == ["aim"] and dr.idea_of(c1) is None
    services.history.undo()
    assert [n.kind for n in dr.nodes()] == ["aim", "primary", "secondary", "idea"] and dr.idea_of(c1) == idea
    second = dr.add(aim, "Counsellors have time")
    assert dr.move(second, -1) and [n.text for n in dr.tree()[0].children][0] == "Counsellors have time"
    assert not dr.move(second, -1)
    dr.set_aim("A new aim")
    assert dr.aim() == "A new aim" and len(dr.tree()) == 1


# -- across files ----------------------------------------------------------------------------------------
def details(title, day):
    return ConveningDetails(title=title, timezone="America/Los_Angeles", days=(DayDetails(day),))


@pytest.fixture
def earlier(tmp_path, data_dir, clock):
    """An earlier convening file with a measure, values, a diagram, a commitment linked to an idea, two cycles."""
    ws = Workspace(clock, data_dir)
    ws.new(tmp_path / "fall.convene", details("Fall Convening", D(2026, 10, 1)))
    with Services(ws) as s:
        river = s.people.add_team(TeamData("Riverbend High School"))
        gone = s.people.add_team(TeamData("Westlake Academy"))
        cid = s.commitments.add(river, CommitmentData("Text every senior who started"))
        imp = s.improvement
        fafsa = imp.measures.add(MeasureData("FAFSA completion", "%"))
        imp.measures.set_value(fafsa, river, "2026-09", 30)
        imp.measures.set_value(fafsa, river, "2026-10", 33)
        imp.measures.set_value(fafsa, gone, "2026-10", 50)
        aim = imp.drivers.set_aim("Raise FAFSA completion by 10 points")
        idea = imp.drivers.add(imp.drivers.add(aim, "Families know the steps"), "Evening texts", "idea")
        imp.drivers.link(cid, idea)
        imp.cycles.add(cid, CycleData("Texts in Spanish", "Half reply", "14 of 40", "Evenings", ADAPT, D(2026, 10, 8)))
        imp.cycles.add(cid, CycleData("Evening texts", "More replies", tested_on=D(2026, 10, 20)))
    ws.close()
    return tmp_path / "fall.convene"


@pytest.fixture
def later(tmp_path, data_dir, clock, earlier):
    ws = Workspace(clock, data_dir)
    ws.new(tmp_path / "winter.convene", details("Winter Convening", D(2027, 1, 21)))
    services = Services(ws)
    services.people.add_team(TeamData("riverbend HIGH school"))
    services.commitments.carry(earlier)
    yield services
    services.close()
    ws.close()


def test_carry_from_brings_measures_values_diagram_cycles_and_links_once(later, earlier):
    imp = later.improvement
    before = earlier.read_bytes()
    report = imp.carry_from(earlier)
    assert report.lines() == [
        "Carried 1 measure, 2 measure values, 3 driver diagram entries, 2 PDSA cycles, 1 link to a change idea from "
        "“Fall Convening (1 October 2026)”.",
        "Values not carried, because the team is not in this convening: Westlake Academy (1)."]
    assert (report.measures, report.values, report.drivers, report.cycles, report.links) == (1, 2, 3, 2, 1)
    [fafsa] = imp.measures.measures()
    assert [(v.team, v.period, v.value, v.source) for v in imp.measures.values()] == [
        ("riverbend HIGH school", D(2026, 9, 1), 30.0, "Fall Convening (1 October 2026)"),
        ("riverbend HIGH school", D(2026, 10, 1), 33.0, "Fall Convening (1 October 2026)")]
    [carried] = later.commitments.commitments()
    got = imp.cycles.cycles(carried.id)
    assert [(c.number, c.change_idea, c.decision, c.tested_on, c.carried) for c in got] == [
        (1, "Texts in Spanish", ADAPT, D(2026, 10, 8), True), (2, "Evening texts", "", D(2026, 10, 20), True)]
    assert imp.drivers.aim() == "Raise FAFSA completion by 10 points"
    idea = imp.drivers.idea_of(carried.id)
    assert imp.drivers.node(idea).text == "Evening texts" and imp.drivers.node(idea).teams == ("riverbend HIGH school",)

    again = imp.carry_from(earlier)
    assert (again.measures, again.values, again.drivers, again.cycles, again.links) == (0, 0, 0, 0, 0)
    assert again.already == 4 and len(imp.cycles.cycles()) == 2 and len(imp.drivers.nodes()) == 3

    later.history.undo()   # the carry is one step: everything it brought goes
    assert imp.measures.measures() == [] and imp.cycles.cycles() == [] and imp.drivers.nodes() == []
    assert len(later.commitments.commitments()) == 1, "the commitments' own carry is its own step"
    later.history.redo()
    assert len(imp.cycles.cycles()) == 2 and len(imp.measures.values()) == 2 and imp.drivers.idea_of(carried.id)
    assert earlier.read_bytes() == before, "the earlier file is only read"


def test_carry_from_refuses_a_conflict_and_writes_nothing(later, earlier):
    imp = later.improvement
    imp.measures.add(MeasureData("FAFSA completion", "students"))
    label = later.history.undo_label()
    with pytest.raises(ImprovementError, match="^Measure “FAFSA completion”: here it is in “students”, higher is "
                                               "better, in “Fall Convening \\(1 October 2026\\)” in “%”"):
        imp.carry_from(earlier)
    assert imp.drivers.nodes() == [] and imp.cycles.cycles() == [] and imp.measures.values() == []
    assert later.history.undo_label() == label
    with pytest.raises(ImprovementError, match="is the convening open now"):
        imp.carry_from(later.workspace.path)


def test_network_rows_are_plain_rows_of_this_file(later, earlier):
    imp = later.improvement
    imp.carry_from(earlier)
    [carried] = later.commitments.commitments()
    imp.cycles.add(carried.id, CycleData("Texts from the buddy school", decision=ADOPT, tested_on=D(2027, 1, 21)))
    [fafsa] = imp.measures.measures()
    team = carried.team_id
    imp.measures.set_value(fafsa.id, team, "2027-01", 41)
    rows = imp.network_rows()
    assert [(r.convening, r.team, r.commitment, r.cycle, r.change_idea, r.decision, r.carried_from) for r in rows.pdsa] == [
        ("Winter Convening (21 January 2027)", "riverbend HIGH school", "Text every senior who started", 1,
         "Texts in Spanish", ADAPT, "Fall Convening (1 October 2026)"),
        ("Winter Convening (21 January 2027)", "riverbend HIGH school", "Text every senior who started", 2,
         "Evening texts", "", "Fall Convening (1 October 2026)"),
        ("Winter Convening (21 January 2027)", "riverbend HIGH school", "Text every senior who started", 3,
         "Texts from the buddy school", ADOPT, ""),
    ]
    assert [(r.period, r.team, r.measure, r.unit, r.value, bool(r.carried_from)) for r in rows.measures] == [
        (D(2026, 9, 1), "riverbend HIGH school", "FAFSA completion", "%", 30.0, True),
        (D(2026, 10, 1), "riverbend HIGH school", "FAFSA completion", "%", 33.0, True),
        (D(2027, 1, 1), "riverbend HIGH school", "FAFSA completion", "%", 41.0, False),
    ]


def test_the_network_csv_rows_of_a_file_count_each_cycle_and_value_once(later, earlier):
    from app.services.improvement.network import (
        MEASURES_CSV_HEADER,
        PDSA_CSV_HEADER,
        measures_csv_rows,
        pdsa_csv_rows,
    )

    imp = later.improvement
    imp.carry_from(earlier)
    [carried] = later.commitments.commitments()
    imp.cycles.add(carried.id, CycleData("Texts from the buddy school", "Ten reply", "Twelve replied", "Buddies help",
                                         ADOPT, D(2027, 1, 21)))
    [fafsa] = imp.measures.measures()
    imp.measures.set_value(fafsa.id, carried.team_id, "2027-01", 41.5)
    rows = imp.network_rows()
    assert PDSA_CSV_HEADER == ("convening", "team", "commitment", "cycle", "change_idea", "prediction",
                               "what_happened", "learned", "decision")
    assert pdsa_csv_rows(rows, "Winter") == [
        ("Winter", "riverbend HIGH school", "Text every senior who started", "3", "Texts from the buddy school",
         "Ten reply", "Twelve replied", "Buddies help", "adopt")], "the carried cycles belong to the earlier file"
    assert len(pdsa_csv_rows(rows, "Winter", carried=True)) == 3
    assert MEASURES_CSV_HEADER == ("convening", "date", "team", "measure", "value")
    assert measures_csv_rows(rows, "Winter") == [("Winter", "2027-01-01", "riverbend HIGH school", "FAFSA completion",
                                                  "41.5")]
    assert [r[1] for r in measures_csv_rows(rows, "Winter", carried=True)] == ["2026-09-01", "2026-10-01",
                                                                               "2027-01-01"]
