"""CSV exports read back with the csv module: the same rows, UTF-8 with a BOM for Excel."""

from __future__ import annotations

import csv
import io

from app.export.csv_files import AGENDA_HEADER, NOTES_HEADER, ROSTER_HEADER
from app.services.export.service import ExportOptions
from tests.export.helpers import MARKUP_NOTE


def _read(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), f"{path.name} has no byte-order mark"
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def test_agenda_notes_and_roster_read_back(ran_demo, tmp_path, demo_services):
    svc = demo_services.export
    handout = svc.handout(ExportOptions(private=True))
    written = svc.write_csv(handout, tmp_path / "out")
    assert [p.name for p in written] == ["agenda.csv", "step_notes.csv", "pairs.csv", "commitments.csv", "wall.csv",
                                         "roster.csv", "talk_turns.csv"]

    agenda = _read(tmp_path / "out" / "agenda.csv")
    assert agenda[0] == AGENDA_HEADER
    items = svc.agenda.all_items()
    assert [r[3] for r in agenda[1:]] == [i.title for i in items]
    first = dict(zip(AGENDA_HEADER, agenda[1]))
    assert first["actual_start"] == "08:30:00" and first["actual_end"] == "08:57:00"
    assert first["actual_minutes"] == "27.0" and first["over_minutes"] == "2.0" and first["status"] == "over"
    assert dict(zip(AGENDA_HEADER, agenda[4]))["status"] == "not run"

    notes = _read(tmp_path / "out" / "step_notes.csv")
    assert notes[0] == NOTES_HEADER
    by_step = {(r[1], r[4]): r[7] for r in notes[1:]}
    assert by_step[("2", "1")] == MARKUP_NOTE
    assert by_step[("2", "2")] == "ليلى حداد shared first; then Zoë"  # logical order, not display order

    roster = _read(tmp_path / "out" / "roster.csv")
    assert roster[0] == ROSTER_HEADER
    people = demo_services.people.participants()
    assert sorted((r[2], r[5]) for r in roster[1:]) == sorted((p.name, p.email) for p in people)


def test_shared_csv_has_no_roster(ran_demo, tmp_path, demo_services):
    svc = demo_services.export
    written = svc.write_csv(svc.handout(ExportOptions()), tmp_path / "out")
    assert [p.name for p in written] == ["agenda.csv", "step_notes.csv", "pairs.csv", "commitments.csv", "wall.csv"]
    assert not (tmp_path / "out" / "roster.csv").exists()
    assert not (tmp_path / "out" / "talk_turns.csv").exists()  # per-person talk stays with the facilitator


# -- talk turns ---------------------------------------------------------------------------------------------

def test_talk_turns_csv_has_a_row_per_turn_with_open_lenses_only(ran_demo, tmp_path, demo_services):
    import datetime as dt

    from app.export.csv_files import TURNS_HEADER, TURNS_TIMES

    svc = demo_services.export
    svc.write_csv(svc.handout(ExportOptions(private=True)), tmp_path / "out")
    rows = _read(tmp_path / "out" / "talk_turns.csv")
    talk = demo_services.talk
    lenses = talk.lenses()
    open_lenses = [lens.name for lens in lenses if not lens.sensitive]
    assert any(lens.sensitive for lens in lenses) and open_lenses
    assert rows[0] == TURNS_HEADER + open_lenses + TURNS_TIMES
    assert not any(lens.name in rows[0] for lens in lenses if lens.sensitive)
    names = talk.names()
    expected = []
    for c in talk.conversations():
        for t in talk.turns(c.id):
            expected.append((c.title, "many voices" if t.speaker is None else names[t.speaker],
                             round(t.seconds(ran_demo.clock.now()), 1)))
    assert len(expected) > 10
    body = [dict(zip(rows[0], r)) for r in rows[1:]]
    assert sorted((r["conversation"], r["speaker"], float(r["seconds"])) for r in body) == sorted(expected)
    assert any(r["speaker"] == "many voices" for r in body)
    role = next(lens for lens in lenses if not lens.sensitive and lens.name == "Years in the network")
    by_name = {names[p]: "; ".join(v) for p, v in talk.values(role.id).items()}
    for r in body:
        if r["speaker"] == "many voices":
            assert all(r[name] == "" for name in open_lenses)
        else:
            assert r["Years in the network"] == by_name.get(r["speaker"], "")
        start = dt.datetime.strptime(r["start"], "%Y-%m-%d %H:%M:%S")
        if r["end"]:
            end = dt.datetime.strptime(r["end"], "%Y-%m-%d %H:%M:%S")
            assert abs((end - start).total_seconds() - float(r["seconds"])) <= 1.0
    assert all(r["item"] for r in body)  # the demo's turns are tied to their agenda item


def test_a_turn_knows_its_step_and_an_open_turn_runs_to_now(demo_workspace, clock, tmp_path, demo_services):
    svc = demo_services.export
    item = next(i for i in svc.agenda.items(demo_workspace.days()[0].id) if i.protocol_name)
    proto = svc.protocols.item_protocol(item.id)
    svc.live.goto(item.id, 1)
    talk = demo_services.talk
    people = sorted(talk.names())[:3]
    talk.start_conversation(people, title="Step two check")
    talk.tap(people[0])
    clock.advance(42)
    talk.many_voices()
    clock.advance(8)
    talk.tap(people[1])
    clock.advance(15)  # still talking when the export is made
    svc.write_csv(svc.handout(ExportOptions(private=True)), tmp_path / "out")
    rows = _read(tmp_path / "out" / "talk_turns.csv")
    mine = [dict(zip(rows[0], r)) for r in rows[1:] if r[0] == "Step two check"]
    names = talk.names()
    assert [(r["speaker"], r["seconds"]) for r in mine] == [(names[people[0]], "42.0"), ("many voices", "8.0"),
                                                           (names[people[1]], "15.0")]
    assert {(r["item"], r["step"], r["step_title"]) for r in mine} == {(item.title, "2", proto.steps[1].title)}
    assert mine[-1]["end"] == "" and mine[0]["end"] == mine[1]["start"]


# -- every CSV read back; nothing runs as a formula ---------------------------------------------------------

FORMULAS = ["=HYPERLINK(\"http://evil.example\",\"click\")", "+1+2", "-2+3", "@SUM(A1:A9)", "\t=1+1",
            "\r=1+1", "'=already quoted", "''+twice"]
SAFE = ["-5", "+3.5", "1-2", "O'Connell", "a, \"quoted\"\nsecond line", "ليلى حداد", "山田太郎"]


def _tricky_demo(services):
    ws = services.workspace
    svc = services.export
    wall = services.wall
    board = wall.boards()[0].id
    wall.add_notes(board, FORMULAS + SAFE)
    item = svc.agenda.items(ws.days()[0].id)[1]
    for n, text in enumerate(FORMULAS[:4]):
        svc.protocols.set_step_note(item.id, 2 + n, text)
    return svc


def test_every_csv_reads_back_the_same_rows(ran_demo, tmp_path, demo_services):
    from app.domain.csv_cells import unguard
    from app.export import csv_files as cf

    svc = _tricky_demo(demo_services)
    h = svc.handout(ExportOptions(private=True))
    svc.write_csv(h, tmp_path / "out")
    expected = {"agenda.csv": (cf.AGENDA_HEADER, cf.agenda_rows(h)),
                "step_notes.csv": (cf.NOTES_HEADER, cf.notes_rows(h)),
                "pairs.csv": (cf.PAIRS_HEADER, cf.pairs_rows(h)),
                "commitments.csv": (cf.COMMITMENTS_HEADER, cf.commitments_rows(h)),
                "wall.csv": (cf.WALL_HEADER, cf.wall_rows(h)),
                "roster.csv": (cf.ROSTER_HEADER, cf.roster_rows(h)),
                "talk_turns.csv": (cf.turns_header(h), cf.turns_rows(h))}
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(expected)
    for name, (header, rows) in expected.items():
        back = _read(tmp_path / "out" / name)
        assert rows, name  # the demo fills every file
        assert [[unguard(c) for c in r] for r in back] == [header, *rows], name
    wall = [r[3] for r in _read(tmp_path / "out" / "wall.csv")]
    for text in SAFE:
        assert text in wall  # written as typed, no apostrophe


def test_no_csv_cell_starts_like_a_formula(ran_demo, tmp_path, demo_services):
    svc = _tricky_demo(demo_services)
    svc.write_csv(svc.handout(ExportOptions(private=True)), tmp_path / "out")
    for path in (tmp_path / "out").iterdir():
        for row in _read(path):
            for cell in row:
                assert not cell.startswith(("=", "@", "\t", "\r"))
                assert not cell.startswith(("-", "+")) or cell[1:].replace(".", "").isdigit(), (path.name, cell)
    notes = {r[3] for r in _read(tmp_path / "out" / "wall.csv")}
    assert "'=HYPERLINK(\"http://evil.example\",\"click\")" in notes and "'-2+3" in notes
    assert "''=already quoted" in notes and "-5" in notes


def test_the_other_csv_writers_guard_formula_cells_too(ran_demo, demo_services):
    """Pairs and tables saved from the Pairing tab, a clustered notes file, the commitments file."""
    import dataclasses

    from app.export.commitments_csv import write_csv as commitments_csv
    from app.services.people.records import TeamData
    from app.services.wall.notes_csv import ClusteredCsv, write_clustered

    people = demo_services.people
    team = next(t for t in people.teams() if t.members)
    people.update_team(team.id, TeamData("=EVIL()", team.district, team.region, team.level, team.focus))
    pairing = demo_services.pairing
    pairs = list(csv.reader(io.StringIO(pairing.as_csv(pairing.rounds()))))
    assert any("'=EVIL()" in r for r in pairs) and not any("=EVIL()" in r for r in pairs)
    from app.domain.pairing.tables import TableRules

    tables = demo_services.pairing.tables
    seats = list(csv.reader(io.StringIO(tables.as_csv(tables.compute(TableRules(size=6, min_size=5, max_size=7))))))
    assert any("'=EVIL()" in r for r in seats) and not any("=EVIL()" in r for r in seats)
    clustered = write_clustered(ClusteredCsv(["note"], [["@SUM(A1)"], ["fine"]], [1, 1], {1: "+cmd"}))
    assert list(csv.reader(io.StringIO(clustered)))[1:] == [["'@SUM(A1)", "1", "'+cmd"], ["fine", "1", "'+cmd"]]
    c = dataclasses.replace(demo_services.commitments.commitments()[0], change="=1+1")
    out = io.StringIO()
    commitments_csv(out, [c])
    assert list(csv.reader(io.StringIO(out.getvalue())))[1][1] == "'=1+1"
