"""The command line: automation over the same services the GUI uses. No Qt here."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="convene", description="Convene: facilitate a convening.")
    parser.add_argument("--version", action="version", version=f"Convene {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    demo = sub.add_parser("demo", help="write the demo convening to a file, without opening a window")
    demo.add_argument("out", type=Path, help="the .convene file to write")
    imp = sub.add_parser("import", help="import participants and/or teams from CSV files")
    imp.add_argument("file", type=Path, help="the .convene file to import into")
    imp.add_argument("--teams", type=Path, help="a CSV of teams (imported first)")
    imp.add_argument("--participants", type=Path, help="a CSV of participants")
    imp.add_argument("--unknown-teams", choices=("create", "unassigned"), default="create",
                     help="a participant whose team is not in the convening: create the team (default), "
                          "or import the person without a team")
    _notes_parser(sub)
    return parser


def _notes_parser(sub) -> None:
    notes = sub.add_parser("notes", help="sticky notes: suggest clusters for a CSV, import notes to a board")
    verbs = notes.add_subparsers(dest="verb", required=True)
    cl = verbs.add_parser("cluster", help="add “cluster” and “cluster_name” columns to a CSV with a “text” column")
    cl.add_argument("csv", type=Path, help="the CSV of notes (a “text” column; other columns are kept)")
    cl.add_argument("--clusters", type=int, default=None, help="how many clusters (default: chosen from the notes)")
    cl.add_argument("--out", type=Path, default=None, help="write here (default: print the CSV)")
    im = verbs.add_parser("import", help="add the notes of a CSV to a board, making the board if none has that name")
    im.add_argument("file", type=Path, help="the .convene file")
    im.add_argument("--board", required=True, help="the board's title")
    im.add_argument("csv", type=Path, help="the CSV of notes (a “text” column; “team”/“author”, “colour” if there)")


def run(argv: list[str]) -> int:
    """Run one command. Whatever goes wrong, the user sees one sentence and a non-zero exit, never a traceback."""
    args = build_parser().parse_args(argv)
    target = getattr(args, "out", None) or getattr(args, "file", None) or getattr(args, "csv", None)
    try:
        if args.command == "demo":
            return _demo(args.out)
        if args.command == "import":
            return _import(args.file, args.teams, args.participants, args.unknown_teams)
        if args.command == "notes":
            return _notes(args)
        return 2
    except KeyboardInterrupt:
        _err("stopped.")
        return 130
    except Exception as exc:  # noqa: BLE001 - the details go to the log, not the terminal
        from app.services.error_log import sentence

        _err(sentence(exc, f"running “convene {args.command}” on {target}"))
        return 1


def _err(text: str) -> None:
    print(f"convene: {text}", file=sys.stderr)


def _demo(out: Path) -> int:
    from app.services.demo import build_demo
    from app.services.workspace import ConveningFileError

    if out.exists():
        _err(f"{out} already exists; choose another name.")
        return 1
    try:
        store = build_demo(out)
    except ConveningFileError as exc:
        _err(str(exc))
        return 1
    store.close()
    print(f"Wrote the demo convening to {out}")
    return 0


def _import(file: Path, teams: Path | None, participants: Path | None, unknown_teams: str = "create") -> int:
    from app.services.roster_import import PARTICIPANTS, TEAMS, RosterError, RosterImporter
    from app.services.workspace import ConveningFileError, Workspace

    if teams is None and participants is None:
        _err("nothing to import: give --teams FILE.csv and/or --participants FILE.csv")
        return 2
    ws = Workspace()
    try:
        ws.open(file)
    except ConveningFileError as exc:
        _err(str(exc))
        return 1
    importer = RosterImporter(ws)
    status = 0
    try:
        for kind, path in ((TEAMS, teams), (PARTICIPANTS, participants)):
            if path is None:
                continue
            try:
                plan = importer.plan_file(path, kind, unknown_teams=unknown_teams)
            except RosterError as exc:
                _err(str(exc))
                status = 1
                continue
            report = importer.apply(plan)
            print(f"{path.name}:")
            for line in report.lines():
                print(f"  {line}")
    finally:
        ws.close()
    return status


def _notes(args) -> int:
    """`convene notes cluster` and `convene notes import`: the wall's own code, without a window."""
    from app.services.wall import WallError, WallService, cluster_csv, write_clustered
    from app.services.workspace import ConveningFileError, Workspace

    if args.verb == "cluster":
        if args.clusters is not None and args.clusters < 1:
            _err("--clusters: give a whole number of 1 or more.")
            return 2
        try:
            table = cluster_csv(args.csv, args.clusters)
        except WallError as exc:
            _err(str(exc))
            return 1
        if args.out is None:
            sys.stdout.write(write_clustered(table))
        else:
            args.out.write_text(write_clustered(table), encoding="utf-8", newline="")
            print(f"Wrote {len(table.rows)} notes in {table.count} clusters to {args.out}")
        return 0
    ws = Workspace()
    try:
        ws.open(args.file)
    except ConveningFileError as exc:
        _err(str(exc))
        return 1
    try:
        report = WallService(ws).import_csv(args.csv, args.board)
    except WallError as exc:
        _err(str(exc))
        return 1
    finally:
        ws.close()
    for line in report.lines():
        print(line)
    return 0
