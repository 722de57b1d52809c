"""`convene next` and `convene network` on the command line: what they print, the exit code, nothing half-written."""

from __future__ import annotations

from pathlib import Path

from app.cli import run
from app.domain.clock import FakeClock
from tests.conftest import DEMO_MORNING
from tests.services.network_files import Opened, digest, make_demo


def test_convene_next_prints_what_it_built_and_refuses_in_one_sentence(tmp_path, data_dir, capsys):
    old = make_demo(tmp_path / "launch.convene", FakeClock(DEMO_MORNING))
    before = digest(old)
    new = tmp_path / "spring.convene"
    assert run(["next", str(old), str(new), "--title", "Spring Convening", "--start", "2027-04-15",
                "--days", "1"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Built from Open Doors to Aid — Launch Intensive (21 January 2027)."
    assert "Carried 12 commitments of 12 teams" in "\n".join(out)
    assert "items of later days went on day 1 (the new convening has 1 day)." in "\n".join(out)
    assert out[-1] == f"Wrote the next convening to {new}"
    assert digest(old) == before
    with Opened(new, FakeClock(DEMO_MORNING), data_dir) as s:
        [day] = s.workspace.days()
        assert len(s.agenda.items(day.id)) == 29   # both days' items, on the one day
    for args, said in (
            ([str(old), str(new), "--title", "X", "--start", "2027-04-15"],
             "convene: spring.convene already exists; choose another name for the new convening."),
            ([str(old), str(tmp_path / "b.convene"), "--title", "X", "--start", "next April"],
             "convene: Start date: “next April” is not a date; write it as YYYY-MM-DD, such as 2027-04-15."),
            ([str(old), str(tmp_path / "b.convene"), "--title", "X", "--start", "2027-04-15", "--days", "0"],
             "convene: Days: give a number from 1 to 14."),
            ([str(tmp_path / "nope.convene"), str(tmp_path / "b.convene"), "--title", "X", "--start", "2027-04-15"],
             "convene: Cannot open “nope.convene”: the file does not exist.")):
        assert run(["next", *args]) == 1
        assert capsys.readouterr().err.strip() == said
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".convene") == ["launch.convene",
                                                                                    "spring.convene"]


def test_convene_network_summarises_the_year(tmp_path, capsys):
    folder = tmp_path / "year"
    folder.mkdir()
    make_demo(folder / "launch.convene", FakeClock(DEMO_MORNING))
    assert run(["network", str(folder), "--same", "Westlake Academy=Westlake Acad"]) == 0
    out = capsys.readouterr().out
    assert "Open Doors to Aid — Launch Intensive (21 January 2027): launch.convene, 12 teams, 48 participants" in out
    assert "12 pairs of teams have met; 54 pairs of this year's latest teams never have." in out
    assert run(["network", str(folder), "--same", "Westlake"]) == 1
    assert capsys.readouterr().err.startswith("convene: --same “Westlake”: write two spellings")
    assert Path(folder / "launch.convene").exists()


def test_every_verb_of_the_command_line_is_handed_to_it():
    """`convene next` and `convene network` went to the window (not in app/__main__.py CLI_COMMANDS)."""
    import argparse

    from app.__main__ import CLI_COMMANDS
    from app.cli import build_parser

    verbs = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction)).choices
    assert set(verbs) - {"render"} == CLI_COMMANDS
