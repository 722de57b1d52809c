"""The command line: automation over the same services the GUI uses. No Qt here."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from app import __version__
from app.i18n import HANDOUT_LANGS, LANGS, N_, _, language, ngettext

if TYPE_CHECKING:  # the services load with the command that needs them (`convene --version` stays quick)
    from app.services.capture.service import OwnerLoop
    from app.services.root import Services


# argparse's own words (its headings and its errors), which it looks up with a module-level `_` at the moment it
# says them: given the same catalogue as ours, so `convene --help` and its errors are in one language.
ARGPARSE_WORDS = (
    N_("usage: "), N_("positional arguments"), N_("options"), N_("show this help message and exit"),
    N_("show program's version number and exit"), N_("argument %(argument_name)s: %(message)s"),
    N_("unrecognized arguments: %s"), N_("the following arguments are required: %s"), N_("expected one argument"),
    N_("invalid %(type)s value: %(value)r"), N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("%(prog)s: error: %(message)s\n"),
)


def build_parser() -> argparse.ArgumentParser:
    setattr(argparse, "_", _)  # noqa: B010 - argparse has no other way in
    parser = argparse.ArgumentParser(prog="convene", description=_("Convene: facilitate a convening."))
    parser.add_argument("--version", action="version", version=f"Convene {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    demo = sub.add_parser("demo", help=_("write the demo convening to a file, without opening a window"))
    demo.add_argument("out", type=Path, help=_("the .convene file to write"))
    demo.add_argument("--lang", choices=LANGS, default=None,
                      help=_("the language of the demo's data, projector and handout: en or es "
                             "(default: the system's language)"))
    imp = sub.add_parser("import", help=_("import participants and/or teams from CSV files"))
    imp.add_argument("file", type=Path, help=_("the .convene file to import into"))
    imp.add_argument("--teams", type=Path, help=_("a CSV of teams (imported first)"))
    imp.add_argument("--participants", type=Path, help=_("a CSV of participants"))
    imp.add_argument("--unknown-teams", choices=("create", "unassigned"), default="create",
                     help=_("a participant whose team is not in the convening: create the team (default), "
                          "or import the person without a team"))
    pair = sub.add_parser("pair", help=_("pair teams as buddy schools for the next round(s), printed as CSV"))
    pair.add_argument("file", type=Path, help=_("the .convene file whose teams and criteria to use"))
    pair.add_argument("--rounds", type=int, default=None, help=_("how many rounds to plan and store (default 1)"))
    pair.add_argument("--history", type=Path, action="append", default=[],
                      help=_("an earlier .convene file (or a CSV team_a,team_b,team_c,round) whose pairs are not to be repeated"))
    pair.add_argument("--day", type=int, default=None, help=_("the day (1, 2, ...) the rounds are for; its handout prints them"))
    tables = sub.add_parser("tables", help=_("seat participants at tables for the next round(s), printed as CSV"))
    tables.add_argument("file", type=Path, help=_("the .convene file whose participants to seat"))
    tables.add_argument("--size", type=int, default=6, help=_("people per table (default 6)"))
    tables.add_argument("--min", dest="min_size", type=int, default=None, help=_("fewest at a table (default size-1)"))
    tables.add_argument("--max", dest="max_size", type=int, default=None, help=_("most at a table (default size+1)"))
    tables.add_argument("--rounds", type=int, default=1, help=_("how many rounds of tables (default 1)"))
    tables.add_argument("--alike", default="", help=_("group by this attribute (e.g. role) instead of mixing"))
    tables.add_argument("--mix", action="append", default=None, help=_("mix by this attribute (default role); repeatable"))
    tables.add_argument("--teams", choices=("apart", "together", "ignore"), default="apart",
                        help=_("keep each team's people apart (default), together, or ignore teams"))
    tables.add_argument("--day", type=int, default=None, help=_("the day (1, 2, ...) the tables are for"))
    _export_parser(sub)
    _talk_parser(sub)
    _notes_parser(sub)
    _add_carry(sub)
    _add_measures(sub)
    _capture_parser(sub)
    _serve_parser(sub)
    _network_parsers(sub)
    _render_stub(sub)
    return parser


def _render_stub(sub) -> None:
    """`convene render` is listed here, but app/__main__.py hands it to app/ui/render.py (it paints with Qt)."""
    render = sub.add_parser(
        "render", add_help=False,
        help=_("paint one projector scene of a file to a PNG, as the projector shows it at a given time; the "
             "file is only read (see: convene render --help)"))
    render.add_argument("rest", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)


def _export_parser(sub) -> None:
    exp = sub.add_parser("export", help=_("write a PDF handout and/or CSV files"))
    exp.add_argument("file", type=Path, help=_("the .convene file to export from"))
    exp.add_argument("--pdf", type=Path, metavar="OUT.pdf", help=_("write the handout to this PDF"))
    exp.add_argument("--csv", type=Path, metavar="DIR",
                     help=_("write agenda.csv, step_notes.csv, pairs.csv, commitments.csv and wall.csv "
                          "(and roster.csv and talk_turns.csv with --private) to this folder, UTF-8 with a "
                          "BOM; a cell beginning = + - @ gets an apostrophe so that it cannot run as a formula"))
    exp.add_argument("--day", type=int, metavar="N", help=_("only day N (from 1)"))
    exp.add_argument("--items", metavar="A-B",
                     help=_("only items A to B (numbered within --day, or across the whole convening)"))
    exp.add_argument("--private", action="store_true",
                     help=_("the facilitator version: private notes and the roster with emails"))
    exp.add_argument("--paper", choices=("a4", "letter"), help=_("paper size (default: from the locale)"))
    exp.add_argument("--lang", choices=HANDOUT_LANGS, default=None,
                     help=_("the handout's language: en, es, or bilingual (Spanish, then English); "
                            "default: the convening's (Settings)"))


def _talk_parser(sub) -> None:
    talk = sub.add_parser("talk", help=_("talk-time summaries (no names), as CSV"))
    talk.add_argument("file", type=Path, help=_("the .convene file to read"))
    talk.add_argument("--by", choices=("item", "step", "day", "conversation"), default="item",
                      help=_("one row per agenda item (default), protocol step, day, or tracked conversation "
                           "(with its goals and whether each was met)"))


def _talk(file: Path, by: str) -> int:
    from app.domain import csv_cells

    services = _open(file, recover_turns=True)
    if services is None:
        return 1
    with _closing(services):
        rows = services.talk.summaries.summary_rows(by)
    fields = ["what", "talk_minutes", "many_voices_minutes", "speakers", "turns", "balance"]
    out = csv_cells.SafeDictWriter(sys.stdout, fieldnames=fields + (["goals"] if by == "conversation" else []),
                                   lineterminator="\n")
    out.writeheader()
    out.writerows(rows)
    return 0


def _notes_parser(sub) -> None:
    notes = sub.add_parser("notes", help=_("sticky notes: suggest clusters for a CSV, import notes to a board"))
    verbs = notes.add_subparsers(dest="verb", required=True)
    cl = verbs.add_parser("cluster", help=_("add “cluster” and “cluster_name” columns to a CSV with a “text” column"))
    cl.add_argument("csv", type=Path, help=_("the CSV of notes (a “text” column; other columns are kept)"))
    cl.add_argument("--clusters", type=int, default=None, help=_("how many clusters (default: chosen from the notes)"))
    cl.add_argument("--out", type=Path, default=None, help=_("write here (default: print the CSV)"))
    im = verbs.add_parser("import", help=_("add the notes of a CSV to a board, making the board if none has that name"))
    im.add_argument("file", type=Path, help=_("the .convene file"))
    im.add_argument("--board", required=True, help=_("the board's title"))
    im.add_argument("csv", type=Path, help=_("the CSV of notes (a “text” column; “team”/“author”, “colour” if there)"))


def _add_carry(sub) -> None:
    carry = sub.add_parser("carry", help=_("bring the commitments of an earlier convening into a new one"))
    carry.add_argument("old", type=Path, help=_("the earlier .convene file (only read; like any file Convene opens, "
                                              "it is backed up first and upgraded if it is older)"))
    carry.add_argument("file", type=Path, help=_("the .convene file to carry them into"))
    carry.add_argument("--csv", type=Path, help=_("also write every commitment of the new file to this CSV file"))


def _add_measures(sub) -> None:
    measures = sub.add_parser("measures", help=_("the network's shared measures: import the teams' values"))
    verbs = measures.add_subparsers(dest="verb", required=True)
    im = verbs.add_parser("import", help=_("add the values of a CSV (team, measure, period, value) as one step; "
                                         "nothing is written if any row is not right"))
    im.add_argument("file", type=Path, help=_("the .convene file (its measures are defined in the console)"))
    im.add_argument("csv", type=Path, help=_("the CSV: columns team, measure, period (2027-01 or 2027-01-15), value"))


def run(argv: list[str]) -> int:
    """Run one command. Whatever goes wrong, the user sees one sentence and a non-zero exit, never a traceback."""
    args = build_parser().parse_args(argv)
    target = (getattr(args, "out", None) or getattr(args, "file", None) or getattr(args, "csv", None)
              or getattr(args, "new", None) or getattr(args, "folder", None))
    try:
        if args.command == "demo":
            return _demo(args.out, args.lang or language())
        if args.command == "import":
            return _import(args.file, args.teams, args.participants, args.unknown_teams)
        if args.command == "export":
            return _export(args)
        if args.command == "talk":
            return _talk(args.file, args.by)
        if args.command == "notes":
            return _notes(args)
        if args.command == "carry":
            return _carry(args.old, args.file, args.csv)
        if args.command == "measures":
            return _measures_import(args.file, args.csv)
        if args.command == "pair":
            return _pair(args.file, args.rounds, args.history, args.day)
        if args.command == "tables":
            return _tables(args)
        if args.command == "capture":
            return _capture(args)
        if args.command == "serve":
            return _serve(args)
        if args.command == "next":
            return _next(args)
        if args.command == "network":
            return _network(args)
        if args.command == "render":
            _err(_("render paints with Qt: run it as “convene render” (or “python -m app render”)."))
        return 2
    except KeyboardInterrupt:
        _err(_("stopped."))
        return 130
    except Exception as exc:  # noqa: BLE001 - the details go to the log, not the terminal
        from app.services.core.error_log import sentence

        _err(sentence(exc, _("running “convene {command}” on {target}").format(command=args.command, target=target)))
        return 1


def _err(text: str) -> None:
    print(f"convene: {text}", file=sys.stderr)


def _open(file: Path, recover_turns: bool = False) -> Services | None:
    """The services of the convening at `file`, opened for this command (the composition root, as in
    the console); None (with the sentence said) if it cannot be opened.

    With `recover_turns` the services are built before the file opens, so the talk service ends a
    turn that a crash left open (as the console does); otherwise after, and the file is only read
    as it was left."""
    from app.services.core.workspace import ConveningFileError, Workspace
    from app.services.root import Services

    ws = Workspace()
    services = Services(ws) if recover_turns else None
    try:
        ws.open(file)
    except ConveningFileError as exc:
        if services is not None:
            services.close()
        _err(str(exc))
        return None
    return services if services is not None else Services(ws)


@contextmanager
def _closing(services: Services) -> Iterator[Services]:
    """Close the file and end the services' subscriptions, however the command ends."""
    try:
        yield services
    finally:
        services.workspace.close()
        services.close()


def _demo(out: Path, lang: str = "en") -> int:
    from app.services.console.demo import build_demo
    from app.services.core.workspace import ConveningFileError

    if out.exists():
        _err(_("{file} already exists; choose another name.").format(file=out))
        return 1
    try:
        store = build_demo(out, lang=lang)
    except ConveningFileError as exc:
        _err(str(exc))
        return 1
    store.close()
    print(_("Wrote the demo convening to {file}").format(file=out))
    return 0


def _import(file: Path, teams: Path | None, participants: Path | None, unknown_teams: str = "create") -> int:
    from app.services.people.imports import PARTICIPANTS, TEAMS, RosterError

    if teams is None and participants is None:
        _err(_("nothing to import: give --teams FILE.csv and/or --participants FILE.csv"))
        return 2
    services = _open(file)
    if services is None:
        return 1
    importer = services.people.imports
    status = 0
    with _closing(services):
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
    return status


def _day_id(ws, number: int | None) -> int | None:
    """The id of day `number` (from 1); ValueError with the sentence to print when there is no such day."""
    if number is None:
        return None
    days = ws.days()
    if not 1 <= number <= len(days):
        raise ValueError(ngettext("Day {day}: this convening has {n} day; choose 1 to {n}.",
                                  "Day {day}: this convening has {n} days; choose 1 to {n}.", len(days)).format(
                                      day=number, n=len(days)))
    return days[number - 1].id


def _pair(file: Path, rounds: int | None, history: list[Path], day: int | None = None) -> int:
    from app.services.pairing.service import PairingError

    services = _open(file)
    if services is None:
        return 1
    ws, service = services.workspace, services.pairing
    try:
        for old in history:  # every file refused before any is read: nothing brought in from the others
            service.check_history_size(old)
        for old in history:
            for line in service.import_history(old).lines():
                print(line, file=sys.stderr)
        if rounds is None and history:
            return 0
        planned = service.compute_rounds(rounds or 1, day_id=_day_id(ws, day))
        sys.stdout.write(service.as_csv(planned))
        said = set()
        for r in planned:
            for problem in r.problems:
                if problem not in said:  # the plan's note is on each round it concerns: said once
                    said.add(problem)
                    print(problem, file=sys.stderr)
    except (PairingError, ValueError) as exc:
        _err(f"{file}: {exc}")
        return 1
    finally:
        ws.close()
        services.close()
    return 0


def _tables(args) -> int:
    from app.services.pairing.tables import TableRules, TablesError

    services = _open(args.file)
    if services is None:
        return 1
    ws = services.workspace
    mix = tuple(args.mix) if args.mix else (() if args.alike else ("role",))
    rules = TableRules(size=args.size, min_size=args.min_size if args.min_size is not None else max(2, args.size - 1),
                       max_size=args.max_size if args.max_size is not None else args.size + 1,
                       mix=mix, alike=args.alike, team=args.teams)
    service = services.pairing.tables
    try:
        planned = service.compute(rules, args.rounds, day_id=_day_id(ws, args.day))
        sys.stdout.write(service.as_csv(planned))
        for r in planned:
            print(f"{r.title}: " + "; ".join(r.quality), file=sys.stderr)
            for note in r.notes:  # a rule the tables could not meet, in one sentence
                print(f"{r.title}: {note}", file=sys.stderr)
    except (TablesError, ValueError) as exc:
        _err(f"{args.file}: {exc}")
        return 1
    finally:
        ws.close()
        services.close()
    return 0


def _carry(old: Path, file: Path, csv_out: Path | None) -> int:
    """`convene carry OLD NEW`: one line per thing done; non-zero with one sentence if it cannot."""
    from app.services.commitments.service import CommitmentError
    from app.services.core.workspace import ConveningFileError
    from app.services.improvement.service import ImprovementError

    services = _open(file)
    if services is None:
        return 1
    with _closing(services):
        svc = services.commitments
        try:
            plan = svc.carry(old)
        except (CommitmentError, ConveningFileError) as exc:
            _err(str(exc))
            return 1
        for line in plan.lines():
            print(line)
        try:   # the PDSA cycles of what was carried, the measures and the driver diagram (issue 25)
            report = services.improvement.carry_from(old)
        except (ImprovementError, ConveningFileError) as exc:
            _err(str(exc))
            return 1
        if report.measures or report.values or report.drivers or report.cycles or report.links:
            for line in report.lines():
                print(line)
        if csv_out is not None:
            n = svc.export_csv(csv_out)
            print(ngettext("Wrote {n} commitment to {file}", "Wrote {n} commitments to {file}", n).format(
                n=n, file=csv_out))
    return 0


def _measures_import(file: Path, csv_in: Path) -> int:
    """`convene measures import FILE CSV`: one line saying what was imported, or one sentence why not."""
    from app.services.improvement.service import ImprovementError

    services = _open(file)
    if services is None:
        return 1
    with _closing(services):
        try:
            report = services.improvement.measures.import_csv(csv_in)
        except ImprovementError as exc:
            _err(str(exc))
            return 1
        print(report.sentence(undo=False))
    return 0


def _export(args) -> int:
    from app.services.core.jobs import SyncRunner
    from app.services.export.service import ExportError, ExportOptions, default_paper, parse_items

    if args.pdf is None and args.csv is None:
        _err(_("nothing to export: give --pdf OUT.pdf and/or --csv FOLDER"))
        return 2
    paper = {"a4": "A4", "letter": "Letter", None: default_paper()}[args.paper]
    try:
        items = parse_items(args.items) if args.items else None
    except ExportError as exc:
        _err(str(exc))
        return 2
    services = _open(args.file)
    if services is None:
        return 1
    with _closing(services):
        service = services.export
        try:
            lang = args.lang or services.workspace.languages().handout   # the convening's, chosen in Settings
            handout = service.handout(ExportOptions(args.day, items, args.private, paper, lang))
            if args.pdf is not None:
                SyncRunner().start(service.pdf_job(handout, args.pdf))
                print((_("Wrote the facilitator version handout to {file}") if args.private
                       else _("Wrote the shared version handout to {file}")).format(file=args.pdf))
            if args.csv is not None:
                for path in service.write_csv(handout, args.csv):
                    print(_("Wrote {file}").format(file=path))
                if not args.private:
                    print(_("roster.csv is only written with --private (it holds emails)."))
        except ExportError as exc:
            _err(str(exc))
            return 1
    return 0


def _progress_line():
    """A job's progress on one line of a terminal (the notes commands)."""

    def show(p) -> None:
        end = "\n" if p.total and p.done >= p.total else ""
        sys.stderr.write(f"\r{p.label or f'{p.done} of {p.total}'}\033[K{end}")
        sys.stderr.flush()

    return show


def _notes(args) -> int:
    """`convene notes cluster` and `convene notes import`: the wall's own code, without a window."""
    from app.services.wall.notes_csv import cluster_csv, write_clustered
    from app.services.wall.service import WallError

    if args.verb == "cluster":
        if args.clusters is not None and args.clusters < 1:
            _err(_("--clusters: give a whole number of 1 or more."))
            return 2
        try:
            table = cluster_csv(args.csv, args.clusters, progress=_progress_line() if sys.stderr.isatty() else None)
        except WallError as exc:
            _err(str(exc))
            return 1
        if args.out is None:
            sys.stdout.write(write_clustered(table))
        else:
            args.out.write_text(write_clustered(table), encoding="utf-8", newline="")
            print(ngettext("Wrote {notes} notes in {n} cluster to {file}", "Wrote {notes} notes in {n} clusters to {file}",
                           table.cluster_count).format(notes=len(table.rows), n=table.cluster_count, file=args.out))
        return 0
    services = _open(args.file)
    if services is None:
        return 1
    with _closing(services):
        try:
            report = services.wall.import_csv(args.csv, args.board)
        except WallError as exc:
            _err(str(exc))
            return 1
    for line in report.lines():
        print(line)
    return 0


@contextmanager
def _room_loop(services: Services) -> Iterator[OwnerLoop]:
    """The loop a command-line room server drains on (`capture`, `serve`): Ctrl+C and SIGTERM end it, the
    server's log lines are kept quiet; at the end the signals and logging are put back and the file closed."""
    import logging
    import signal

    from app.services.capture.service import OwnerLoop
    from app.services.core.error_log import LineHandler, LineLog

    quiet = LineHandler(LineLog(services.workspace.clock.monotonic))
    logging.getLogger().addHandler(quiet)
    logging.captureWarnings(True)
    loop = OwnerLoop()
    old = {sig: signal.signal(sig, lambda *_: loop.finish()) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield loop
    finally:
        for sig, handler in old.items():
            signal.signal(sig, handler)
        services.workspace.close()
        services.close()
        logging.captureWarnings(False)
        logging.getLogger().removeHandler(quiet)


def _capture_parser(sub) -> None:
    cap = sub.add_parser("capture", help=_("let participants add notes to a board from their phones (no window)"))
    cap.add_argument("file", type=Path, help=_("the .convene file"))
    cap.add_argument("--board", required=True, help=_("the board's title"))
    cap.add_argument("--host", default="127.0.0.1",
                     help=_("the one network address to listen on (default 127.0.0.1: this computer only)"))
    cap.add_argument("--port", type=int, default=None, help=_("the port (default 8765, or any free one)"))
    cap.add_argument("--moderate", action="store_true",
                     help=_("keep the notes in the file's moderation queue instead of on the board"))


def _capture(args) -> int:
    """`convene capture`: the console's capture server without a window. First line: the join URL.

    Runs until SIGINT or SIGTERM; then keeps what already arrived, closes the port and the file.
    The terminal gets only what this function prints: whatever any library logs or warns goes to the
    data folder's error log, one short line a minute per kind at most, so that nothing a phone sends
    writes to a terminal (or blocks on a pipe nobody reads)."""

    from app.services.capture.service import CaptureError

    if args.port is not None and not 0 <= args.port < 65536:
        _err(_("--port: give a number from 1 to 65535 (0: any free port)."))
        return 2
    services = _open(args.file)
    if services is None:
        return 1
    with _room_loop(services) as loop:
        wall = services.wall
        board_id = wall.find_board(args.board)
        if board_id is None:
            names = ", ".join(f"“{b.title}”" for b in wall.boards()) or _("none yet")
            _err(_("{file} has no board called “{board}” (its boards: {names}).").format(
                file=args.file, board=args.board, names=names))
            return 1
        capture = services.capture
        capture.set_moderation(args.moderate)
        try:
            url = capture.start(board_id, args.host, args.port, wake=loop.wake)
        except CaptureError as exc:
            _err(str(exc))
            return 1
        print(url, flush=True)
        print(_("Capturing notes for “{board}”. Press Ctrl+C to stop.").format(board=args.board), file=sys.stderr,
              flush=True)
        teams = services.commitments.teams()
        if teams:   # each team's own page for its PDSA cycles and measure values (improvement.phone)
            print(_("Each team's page for its PDSA cycles:"), file=sys.stderr)
            for team_id, name in teams:
                print(f"  {name}: {services.improvement.phone.address(url, team_id)}", file=sys.stderr)
            sys.stderr.flush()
        try:
            loop.run(capture.drain)
        finally:
            capture.stop()
        print(ngettext("Stopped. {n} note received.", "Stopped. {n} notes received.", capture.received).format(
            n=capture.received), file=sys.stderr)
        return 0


def _serve_parser(sub) -> None:
    srv = sub.add_parser("serve", help="run the room's server with no window: participants' notes (--capture), "
                                       "a co-facilitator's device (--cofacilitator)")
    srv.add_argument("file", type=Path, help="the .convene file")
    srv.add_argument("--host", default="127.0.0.1",
                     help="the one network address to listen on (default 127.0.0.1: this computer only)")
    srv.add_argument("--port", type=int, default=None, help="the port (default 8765, or any free one)")
    srv.add_argument("--capture", metavar="BOARD", default=None, help="let phones add notes to this board")
    srv.add_argument("--cofacilitator", action="store_true",
                     help="serve the co-facilitator's page; its address is printed with a device already accepted")
    srv.add_argument("--breakout", action="store_true",
                     help="serve the breakout page: when to be back, the minutes left (participants', no script)")
    srv.add_argument("--moderate", action="store_true", help="with --capture: keep notes in the moderation queue")


def _serve(args) -> int:
    """`convene serve`: the console's room server with no window. Its first lines, one per page it serves:
    `join: URL` (with --capture), `facilitator: URL` (with --cofacilitator: a device already accepted, its
    token after `#device=`, for automation; after a crash the devices of the crashed run are taken back
    instead, at the same address with the tokens they kept, and no `#device=` is printed) and `breakout: URL` (with --breakout). Runs until SIGINT or SIGTERM; what already arrived is kept."""

    from app.services.capture.service import CaptureError
    from app.services.cofacilitate.records import CofacError

    if args.port is not None and not 0 <= args.port < 65536:
        _err("--port: give a number from 1 to 65535 (0: any free port).")
        return 2
    if args.capture is None and not args.cofacilitator and not args.breakout:
        _err("Nothing to serve: give --capture BOARD, --cofacilitator or --breakout (or several).")
        return 2
    services = _open(args.file, recover_turns=True)   # as the console: a crash's open turn ended, the latest conversation current
    if services is None:
        return 1
    with _room_loop(services) as loop:
        capture, cofac = services.capture, services.cofacilitate
        lines: list[str] = []
        port = args.port
        board_id = None
        if args.capture is not None:
            board_id = services.wall.find_board(args.capture)
            if board_id is None:
                names = ", ".join(f"“{b.title}”" for b in services.wall.boards()) or "none yet"
                _err(f"{args.file} has no board called “{args.capture}” (its boards: {names}).")
                return 1
        try:
            if args.cofacilitator:   # first: a crashed run's devices are taken back on their own port
                url = cofac.start(args.host, port, wake=loop.wake)
                if cofac.taken_back:   # they keep their own tokens (only their hashes are in the file)
                    lines.append(f"facilitator: {url}")
                else:
                    lines.append(f"facilitator: {url}#device={cofac.add_device('automation')}")
                port = None   # the others join the server it opened
            if board_id is not None:
                capture.set_moderation(args.moderate)
                lines.insert(0, f"join: {capture.start(board_id, args.host, port, wake=loop.wake)}")
                port = None
            if args.breakout:
                lines.append(f"breakout: {cofac.start_breakout(args.host, port)}")
        except (CaptureError, CofacError) as exc:
            _err(str(exc))
            return 1
        print("\n".join(lines), flush=True)
        if cofac.taken_back:
            print(f"Took back {cofac.taken_back} device(s) from before the crash, at the same address with their "
                  f"own tokens.", file=sys.stderr)
        print("Serving. Press Ctrl+C to stop.", file=sys.stderr, flush=True)

        def drain() -> int:
            return capture.drain() + cofac.drain()

        try:
            loop.run(drain)
        finally:
            cofac.stop()
            cofac.stop_breakout()
            capture.stop()
        print("Stopped.", file=sys.stderr)
        return 0


def _network_parsers(sub) -> None:
    nxt = sub.add_parser("next", help=_("build the next convening from the last: roster, teams, lenses, protocols, "
                                      "pairing rules, the agenda's shape, commitments, and pair and table history"))
    nxt.add_argument("old", type=Path, help=_("the last convening's .convene file (only read: it stays as it was)"))
    nxt.add_argument("new", type=Path, help=_("the new .convene file to write (must not exist yet)"))
    nxt.add_argument("--title", required=True, help=_("the new convening's title"))
    nxt.add_argument("--start", required=True, metavar="YYYY-MM-DD", help=_("the new convening's first day"))
    nxt.add_argument("--days", type=int, default=None, metavar="N",
                     help=_("how many days (default: as many as the last convening had)"))
    net = sub.add_parser("network", help=_("the year across every convening file in a folder: pairs and tables, "
                                         "commitments, bright spots and talk balance (each file only read)"))
    net.add_argument("folder", type=Path, help=_("the folder that holds the network's .convene files"))
    net.add_argument("--pdf", type=Path, metavar="OUT.pdf", help=_("write the year-in-review to this PDF"))
    net.add_argument("--lang", choices=HANDOUT_LANGS, default="en",
                     help=_("the year in review's language: en (default), es, or bilingual (Spanish, then English)"))
    net.add_argument("--private", action="store_true",
                     help=_("the facilitator version of the PDF (who sat with whom, what each team learned)"))
    net.add_argument("--csv", type=Path, metavar="DIR",
                     help=_("write pairs.csv, commitments.csv, talk.csv, pdsa.csv and measures.csv to this folder"))
    net.add_argument("--same", action="append", default=[], metavar="\"A=B\"",
                     help=_("two spellings of one team (repeatable), beyond what case, spaces and full stops "
                          "already match"))


def _next(args) -> int:
    """`convene next OLD NEW --title T --start D`: one line per part built; nothing written when refused."""
    from app.domain.clock import SystemClock
    from app.services.core.jobs import SyncRunner
    from app.services.network.next import NextReport, NextRequest, next_job, parse_start
    from app.services.network.reading import NetworkError

    try:
        req = NextRequest(args.old, args.new, args.title, parse_start(args.start), args.days)
        done: list[NextReport] = []
        SyncRunner().start(next_job(req, SystemClock()), _done_into(done))
    except NetworkError as exc:
        _err(str(exc))
        return 1
    for line in done[0].lines:
        print(line)
    print(_("Wrote the next convening to {file}").format(file=args.new))
    return 0


def _done_into(box: list):
    from app.services.core.jobs import Callbacks

    return Callbacks(done=box.append)


def _network(args) -> int:
    """`convene network FOLDER`: a summary of the year on stdout; --csv and --pdf write files."""
    from app.domain.clock import SystemClock
    from app.services.network.service import NetworkError, NetworkService, parse_same

    service = NetworkService(SystemClock())
    try:
        year = service.year(args.folder, parse_same(args.same))
    except NetworkError as exc:
        _err(str(exc))
        return 1
    for skipped in year.skipped:
        print(_("Skipped {file}: {reason}").format(file=skipped.file, reason=skipped.reason), file=sys.stderr)
    if not year.convenings:
        _err(_("none of the convening files in {folder} could be read.").format(folder=args.folder))
        return 1
    for c in year.convenings:
        older = (_(" (schema {revision}, read through an upgraded copy)").format(revision=c.revision)
                 if c.revision != _head() else "")
        print(_("{label}: {file}, {teams} teams, {people} participants{older}").format(
            label=c.label, file=c.file, teams=len(c.teams), people=c.people, older=older))
    met, never = year.met(), year.never_met()
    print(_("{met} pairs of teams have met; {never} pairs of this year's latest teams never have.").format(
        met=len(met), never=len(never)))
    for name, others in year.merged:
        print(_("One team: {name} (also spelled {others})").format(name=name, others=", ".join(others)))
    if args.csv is not None:
        for path in service.write_csv(year, args.csv):
            print(_("Wrote {file}").format(file=path))
    if args.pdf is not None:
        from app.services.core.jobs import SyncRunner

        SyncRunner().start(service.pdf_job(year, args.pdf, private=args.private, lang=args.lang))
        print((_("Wrote the facilitator year in review to {file}") if args.private
               else _("Wrote the shared year in review to {file}")).format(file=args.pdf))
    return 0


def _head() -> str:
    from app.services.network.service import HEAD_REVISION

    return HEAD_REVISION
