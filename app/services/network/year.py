"""Reading a folder of convening files as one year (`convene network FOLDER`, File > Open network…).

Every file is only read, and stays byte-identical (its -wal and -shm too):
- first checked as any open checks it (app/store/database.py inspect_file: a corrupt, newer or foreign file
  is skipped with its one sentence, and the rest are read);
- a file at this version's schema is read through `app/store/peek.py` `snapshot` (SQLite's immutable
  read-only mode, or a temporary copy when its -wal holds commits);
- a file of an older revision is read through an upgraded temporary copy (reading.py `read_copy`), never
  the original.
Rows are read in plain SQL (a year is 8 files of 100,000 talk turns; tests/benchmarks/bench_network.py).

Teams are matched across files by the roster's forgiving key (app/domain/people/teams.py `team_key`:
case, spacing, full stops and apostrophes do not count), and by what the facilitator said is one team
(`same`: ("Lincoln High", "Lincoln HS")); a team is named as its latest convening spells it.
Talk balance per lens per convening goes through the one suppression rule (app/domain/talk/suppress.py).
PDSA cycles and measure values come through the improvement capability's one reading of them
(app/services/improvement/network.py `rows_of`, on the read-only connection), each counted once: carried
copies left out, a value recorded again in a later file replacing the earlier one.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sqlite3
import tempfile
from collections.abc import Callable, Generator, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from app.domain.clock import Clock
from app.domain.people.teams import team_key
from app.domain.talk.lenses import group_shares, is_multi, lens_groups
from app.domain.talk.suppress import DEFAULT_K, OTHER, suppress
from app.i18n import _
from app.services.core.jobs import CancelToken, Progress
from app.services.improvement.measures import measure_key
from app.services.improvement.network import rows_of
from app.services.improvement.records import MeasureRow, NetworkRows, PdsaRow
from app.services.network.reading import NetworkError, read_copy
from app.services.network.records import (
    BrightSpotRow,
    CommitmentRow,
    ConveningRecord,
    NetworkYear,
    PairRow,
    SkippedFile,
    TableRow,
    TalkRow,
)
from app.services.root import Services
from app.store.database import inspect_file
from app.store.errors import ConveningFileError
from app.store.migrate import HEAD_REVISION
from app.store.peek import snapshot

SUFFIX = ".convene"


def parse_same(texts: Sequence[str]) -> tuple[tuple[str, str], ...]:
    """["Lincoln High=Lincoln HS", ...] -> (("Lincoln High", "Lincoln HS"), ...); NetworkError naming a bad one."""
    out = []
    for text in texts:
        a, sep, b = text.partition("=")
        if not sep or not team_key(a) or not team_key(b):
            raise NetworkError(_('--same “{text}”: write two spellings of one team with = between them, such as "Lincoln High=Lincoln HS".').format(text=text))
        out.append((" ".join(a.split()), " ".join(b.split())))
    return tuple(out)


def convening_files(folder: Path) -> list[Path]:
    folder = Path(folder)
    if not folder.is_dir():
        raise NetworkError(_("{folder} is not a folder; give the folder that holds the convening files.").format(folder=folder))
    return sorted((p for p in folder.iterdir() if p.suffix.lower() == SUFFIX and p.is_file()),
                  key=lambda p: p.name.casefold())


# -- one file ----------------------------------------------------------------------------------------------
@dataclass
class FileRows:
    """What one file holds, with its own spellings of team names (matched across files afterwards)."""

    file: str
    revision: str
    title: str = ""
    organisation: str = ""
    label: str = ""
    first_day: dt.date | None = None
    teams: list[str] = field(default_factory=list)
    people: int = 0
    pairs: list[tuple[str, list[str]]] = field(default_factory=list)
    tables: list[tuple[str, int, list[str]]] = field(default_factory=list)
    commitments: list[tuple[str, str, str, str, str]] = field(default_factory=list)
    bright_spots: list[tuple[str, str, str, str]] = field(default_factory=list)
    talk: list[tuple[str, str, float | None, float | None, bool]] = field(default_factory=list)
    extra: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)  # FILE_ROWS' rows, by CSV name
    improvement: NetworkRows = field(default_factory=NetworkRows)   # the file's PDSA cycles and measure values


@contextmanager
def read_only(path: Path, tmp: Path, clock: Clock) -> Iterator[tuple[sqlite3.Connection, str]]:
    """A read-only connection to `path` at the head schema, and the revision the file is at."""
    try:
        revision = inspect_file(path)
    except ConveningFileError as exc:
        raise NetworkError(str(exc)) from exc
    if revision == HEAD_REVISION:
        with snapshot(path) as conn:
            yield conn, revision
        return
    with read_copy(path, tmp, clock) as ws:
        raw = ws.require().engine.raw_connection()
        try:
            upgraded = raw.driver_connection
            assert isinstance(upgraded, sqlite3.Connection)  # pysqlite's, just checked out of the pool
            yield upgraded, revision
        finally:
            raw.close()


def read_file(conn: sqlite3.Connection, file: str, revision: str,
              services: Callable[[], Services] | None = None) -> FileRows:
    """What one file holds. `services`: the file's services over an upgraded copy, made when first asked
    (only a FILE_ROWS reader asks)."""
    from app.services.commitments.service import source_title

    rows = FileRows(file, revision)
    title = conn.execute("SELECT title, organisation FROM convening LIMIT 1").fetchone()
    first = conn.execute("SELECT date FROM day ORDER BY position LIMIT 1").fetchone()
    rows.title = title[0] if title else file
    rows.organisation = title[1] if title else ""
    rows.first_day = dt.date.fromisoformat(first[0]) if first and first[0] else None
    rows.label = source_title(rows.title, rows.first_day)
    teams = dict(conn.execute("SELECT id, name FROM team"))
    rows.teams = sorted(teams.values(), key=str.casefold)
    people = dict(conn.execute("SELECT id, name FROM participant"))
    rows.people = len(people)
    groups: dict[int, list[list[str]]] = {}
    for rid, a, b, c in conn.execute("SELECT round_id, team_a_id, team_b_id, team_c_id FROM pair ORDER BY id"):
        groups.setdefault(rid, []).append([teams[i] for i in (a, b, c) if i is not None and i in teams])
    for rid, pos, rtitle in conn.execute("SELECT id, position, title FROM pairing_round ORDER BY position, id"):
        for g in groups.get(rid, []):
            rows.pairs.append((rtitle or f"Round {pos + 1}", g))
    seats: dict[int, dict[int, list[str]]] = {}
    for rid, pid, number in conn.execute("SELECT round_id, participant_id, table_number FROM seat ORDER BY id"):
        if pid in people:
            seats.setdefault(rid, {}).setdefault(number, []).append(people[pid])
    for rid, pos, rtitle in conn.execute("SELECT id, position, title FROM seating_round ORDER BY position, id"):
        for number, names in sorted(seats.get(rid, {}).items()):
            rows.tables.append((rtitle or f"Tables {pos + 1}", number, names))
    for team_id, change, status, source, learned in conn.execute(
            "SELECT team_id, change, status, source, learned FROM commitment ORDER BY team_id, position, id"):
        if team_id in teams:
            rows.commitments.append((teams[team_id], change, status or "", source or "", learned or ""))
    for team_id, what, whom, evidence in conn.execute(
            "SELECT team_id, what_worked, for_whom, evidence FROM bright_spot ORDER BY id"):
        if team_id in teams:
            rows.bright_spots.append((teams[team_id], what, whom, evidence))
    rows.talk = _talk(conn, people)
    # The file's PDSA cycles and measure values (the rows of pdsa.csv and measures.csv), for the window and
    # the PDF: read from this read-only connection, as the CSVs' rows are (improvement/network.py rows_of).
    rows.improvement = rows_of(conn)
    for name, _header, read in FILE_ROWS:
        rows.extra[name] = read(conn, rows.label, services or _no_services)
    return rows


def _no_services() -> Services:
    raise NetworkError("The file's services are not available here.")


# A capability's own CSV of the year: (file name, header, its rows of one file, each starting with the
# convening's label). The reader gets the file's read-only connection at the head schema, the label, and
# `services()`: the composition root over an upgraded temporary copy of the file, made only when called
# (a capability whose rows come from its service). Rows carried into a file are to be left out, so that a
# row counts once across the year, in the file that recorded it. The improvement capability's pdsa.csv and
# measures.csv are written from NetworkYear.pdsa and .measures instead (csvs.py), so that their teams are
# matched across files and each value counts once, as the window and the PDF show them.
RowsReader = Callable[[sqlite3.Connection, str, Callable[[], "Services"]], list[tuple[str, ...]]]


FILE_ROWS: tuple[tuple[str, tuple[str, ...], RowsReader], ...] = ()   # pdsa.csv, measures.csv: csvs.py


def _talk(conn: sqlite3.Connection, people: dict[int, str]) -> list[tuple[str, str, float | None, float | None, bool]]:
    """Per lens, each group's share of people and of talk across the convening's tracked conversations,
    after the one suppression rule (groups under k people merged away, or nothing shown)."""
    seconds = {pid: us / 1e6 for pid, us in conn.execute(
        "SELECT participant_id, SUM(MAX(0, COALESCE(ended_us, seen_us, started_us) - started_us)) "
        "FROM talk_segment WHERE participant_id IS NOT NULL GROUP BY participant_id") if pid in people}
    present_set: set[int] = set(seconds)
    for (members,) in conn.execute("SELECT members_json FROM talk_conversation"):
        try:
            present_set.update(int(p) for p in json.loads(members or "[]") if int(p) in people)
        except (TypeError, ValueError):
            continue
    if not seconds:
        return []
    present = sorted(present_set)
    values: dict[int, dict[int, list[str]]] = {}
    for lens_id, pid, value in conn.execute("SELECT lens_id, participant_id, value FROM lens_value ORDER BY id"):
        values.setdefault(lens_id, {}).setdefault(pid, []).append(value)
    out: list[tuple[str, str, float | None, float | None, bool]] = []
    for lens_id, name in conn.execute("SELECT id, name FROM lens ORDER BY position, name"):
        vals = values.get(lens_id, {})
        sup = suppress(lens_groups(present, vals), DEFAULT_K)
        if sup.nothing_shown:
            out.append((name, "", None, None, True))
            continue
        shares = group_shares(sup.groups, seconds, len(present), multi=is_multi(present, vals), other_label=OTHER)
        out += [(name, g.label, g.people_share, g.talk_share, False) for g in shares.groups]
    return out


# -- the year ------------------------------------------------------------------------------------------------
class TeamNames:
    """The network's one name for each team: the forgiving key, joined by what was said to be one team."""

    def __init__(self, same: Sequence[tuple[str, str]]) -> None:
        self.parent: dict[str, str] = {}
        for a, b in same:
            self._join(team_key(a), team_key(b))
        self.spelled: dict[str, str] = {}
        self.spellings: dict[str, set[str]] = {}

    def _find(self, key: str) -> str:
        while self.parent.get(key, key) != key:
            key = self.parent[key]
        return key

    def _join(self, a: str, b: str) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra != rb:
            self.parent[ra] = rb

    def see(self, name: str) -> None:
        """A spelling met in a file (files are seen oldest first: the latest spelling names the team)."""
        root = self._find(team_key(name))
        self.spelled[root] = name
        self.spellings.setdefault(root, set()).add(name)

    def __call__(self, name: str) -> str:
        return self.spelled.get(self._find(team_key(name)), name)


def build_year(folder: Path, files: list[FileRows], skipped: list[SkippedFile],
               same: Sequence[tuple[str, str]]) -> NetworkYear:
    files = sorted(files, key=lambda f: (f.first_day or dt.date.max, f.file.casefold()))
    names = TeamNames(same)
    for f in files:
        for t in f.teams:
            names.see(t)
    convenings = tuple(ConveningRecord(f.file, f.title, f.label, f.first_day, f.revision,
                                       tuple(sorted({names(t) for t in f.teams}, key=str.casefold)), f.people,
                                       f.organisation)
                       for f in files)
    merged = tuple(sorted(((names.spelled[root], tuple(sorted(s - {names.spelled[root]})))
                           for root, s in names.spellings.items() if len(s) > 1), key=lambda kv: kv[0].casefold()))
    return NetworkYear(
        Path(folder), convenings,
        pairs=tuple(PairRow(f.label, r, tuple(names(t) for t in teams)) for f in files for r, teams in f.pairs),
        tables=tuple(TableRow(f.label, r, n, tuple(people)) for f in files for r, n, people in f.tables),
        commitments=tuple(CommitmentRow(f.label, names(t), change, status, source, learned)
                          for f in files for t, change, status, source, learned in f.commitments),
        bright_spots=tuple(BrightSpotRow(f.label, names(t), w, whom, ev) for f in files
                           for t, w, whom, ev in f.bright_spots),
        talk=tuple(TalkRow(f.label, lens, group, sp, st, sup) for f in files for lens, group, sp, st, sup in f.talk),
        skipped=tuple(skipped), same=tuple(same), merged=merged,
        extra=tuple((name, header, tuple(row for f in files for row in f.extra.get(name, ())))
                    for name, header, _read in FILE_ROWS),
        pdsa=_year_pdsa(files, names), measures=_year_measures(files, names))


def _year_pdsa(files: list[FileRows], names: TeamNames) -> tuple[PdsaRow, ...]:
    """Each cycle once, in the file that recorded it (carried copies left out), in date order of the files."""
    return tuple(dataclasses.replace(r, convening=f.label, team=names(r.team))
                 for f in files for r in f.improvement.pdsa if not r.carried_from)


def _year_measures(files: list[FileRows], names: TeamNames) -> tuple[MeasureRow, ...]:
    """Each value once: carried copies left out, and a team's value of a period recorded again in a later
    file replaces the earlier one. Measures matched by name (case and spacing aside), named as the latest file
    names them; in the order the measures first appear, then team and period."""
    latest: dict[tuple[str, str, dt.date], MeasureRow] = {}
    order: dict[str, int] = {}
    spelled: dict[str, str] = {}
    for f in files:
        for r in f.improvement.measures:
            key = measure_key(r.measure)
            order.setdefault(key, len(order))
            spelled[key] = r.measure
            if not r.carried_from:
                latest[(key, team_key(names(r.team)), r.period)] = dataclasses.replace(
                    r, convening=f.label, team=names(r.team))
    rows = [dataclasses.replace(r, measure=spelled[k[0]]) for k, r in latest.items()]
    return tuple(sorted(rows, key=lambda r: (order[measure_key(r.measure)], r.team.casefold(), r.period)))


def _lazy_services(stack: ExitStack, path: Path, folder: Path, clock: Clock) -> Callable[[], Services]:
    """The services of `path` over an upgraded copy, made on the first call and closed with `stack`."""
    made: list[Services] = []

    def get() -> Services:
        if not made:
            ws = stack.enter_context(read_copy(path, folder, clock))
            made.append(stack.enter_context(Services(ws)))
        return made[0]

    return get


def year_job(folder: Path, clock: Clock, same: Sequence[tuple[str, str]] = (),
             ) -> Callable[[CancelToken], Generator[Progress, None, NetworkYear]]:
    """A job that reads every convening file of `folder` (the folder is checked now)."""
    paths = convening_files(folder)
    if not paths:
        raise NetworkError(_("{value} holds no convening files (*.convene).").format(value=Path(folder).name or folder))

    def job(token: CancelToken) -> Generator[Progress, None, NetworkYear]:
        files: list[FileRows] = []
        skipped: list[SkippedFile] = []
        with tempfile.TemporaryDirectory(prefix="convene-network-") as tmp:
            for n, path in enumerate(paths):
                token.check()
                yield Progress(n, len(paths), f"Reading {path.name}")
                try:
                    with read_only(path, Path(tmp) / str(n), clock) as (conn, revision), ExitStack() as opened:
                        files.append(read_file(conn, path.name, revision,
                                               _lazy_services(opened, path, Path(tmp) / f"{n}-services", clock)))
                except NetworkError as exc:
                    skipped.append(SkippedFile(path.name, str(exc)))
                except sqlite3.Error as exc:
                    skipped.append(SkippedFile(path.name, f"Cannot read “{path.name}”: {exc}."))
        yield Progress(len(paths), len(paths), "Putting the year together")
        return build_year(folder, files, skipped, same)

    return job
