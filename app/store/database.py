"""Opening, creating and copying convening files.

Every check that can refuse a file runs before anything is written, so a file
that is not a convening, is corrupt, comes from a newer Convene or is read-only
is left byte-for-byte untouched.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from app.i18n import _
from app.store.backup import backup_before_open, copy_database
from app.store.errors import (
    ConveningFileError,
    CorruptFileError,
    FileLockedError,
    NewerVersionError,
    NotAConveningError,
    ReadOnlyFileError,
    UpgradeError,
)
from app.store.lock import FileLock, held_elsewhere
from app.store.migrate import HEAD_REVISION, KNOWN_REVISIONS, stamp_version, upgrade
from app.store.peek import read_meta, snapshot

SQLITE_HEADER = b"SQLite format 3\x00"


def make_engine(path: Path) -> Engine:
    """The engine for a convening file.

    Transactions are SQLite's own, not pysqlite's: the driver is put in
    autocommit (isolation_level=None) and SQLAlchemy's "begin" sends BEGIN, as
    SQLAlchemy's pysqlite notes on transactional DDL describe. So a transaction
    covers DDL too (an upgrade is all or nothing) and every session commits with
    a real COMMIT.
    """
    # One connection is kept open while the file is (others come and go for a worker thread):
    # opening one per session, and closing the last, would checkpoint the WAL after every commit,
    # several times the cost of the commit itself (tests/benchmarks/bench_talk.py).
    engine = create_engine(f"sqlite:///{path}", poolclass=QueuePool, pool_size=1, max_overflow=8)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record) -> None:  # noqa: ANN001
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA busy_timeout=5000")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:  # noqa: ANN001
        conn.exec_driver_sql("BEGIN")

    return engine


class Store:
    """An open convening file: one engine, one lock, sessions on demand."""

    def __init__(self, path: Path, engine: Engine, lock: FileLock) -> None:
        self.path = Path(path)
        self.engine = engine
        self._lock = lock
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back on any error."""
        s = self._sessions()
        try:
            yield s
            s.commit()
        except BaseException:
            s.rollback()
            raise
        finally:
            s.close()

    def read(self) -> Session:
        return self._sessions()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A unit of work in plain SQL, for the few writes that must be quick (a talk tap).

        It runs on the same pooled connection as the sessions, so with the same pragmas
        (WAL, synchronous=FULL, foreign keys): committed with a real COMMIT when the block
        ends, rolled back on any error. Nothing in it goes through the ORM.
        """
        raw = self.engine.raw_connection()
        try:
            conn = raw.driver_connection
            assert isinstance(conn, sqlite3.Connection)  # just checked out of the pool: live, and pysqlite's
            conn.execute("BEGIN")
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        finally:
            raw.close()

    def copy_to(self, target: Path) -> None:
        raw = self.engine.raw_connection()
        try:
            conn = raw.driver_connection
            assert isinstance(conn, sqlite3.Connection)  # just checked out of the pool: live, and pysqlite's
            copy_database(conn, Path(target))
        finally:
            raw.close()

    def close(self) -> None:
        self.engine.dispose()
        self._lock.release()

    @property
    def closed(self) -> bool:
        return not self._lock.held


def inspect_file(path: Path) -> str:
    """Check `path` without writing to it. Returns its revision (a file without one is refused)."""
    path = Path(path)
    if not path.exists():
        raise ConveningFileError(path, _("the file does not exist."))
    if path.is_dir():
        raise NotAConveningError(path, _("it is a folder, not a convening file."))
    try:
        with open(path, "rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise ConveningFileError(path, _("it cannot be read ({strerror}).").format(strerror=exc.strerror)) from exc
    if header != SQLITE_HEADER:
        raise NotAConveningError(
            path, _("it is not a Convene file (it is not an SQLite database)."),
            _("Convene files end in .convene; to bring in a roster use File > Import."),
        )
    try:
        with snapshot(path) as conn:  # sees the -wal too, leaves the file and its side files as they were
            revision = _check_contents(path, conn)
            meta = read_meta(conn) if revision is not None and revision not in KNOWN_REVISIONS else {}
    except ConveningFileError:
        raise
    except (sqlite3.Error, OSError) as exc:
        raise CorruptFileError(
            path, _("it is damaged (SQLite cannot read it)."), _("Open one of the backup copies instead.")
        ) from exc
    if revision is None:
        raise NotAConveningError(path, _("it has no schema version, so it is not a convening Convene can read."))
    if revision not in KNOWN_REVISIONS:
        from app import __version__

        # A release is named only when it is newer than this one: a build that wrote a newer schema but
        # still says 0.1.0 must not send a 0.1.0 user to install the 0.1.0 they have.
        by = _if_newer(meta.get("written_by"), __version__)
        needs = _if_newer(meta.get("min_version"), __version__) or by
        saved = f"Convene {by}, schema {revision}" if by else f"schema {revision}"
        raise NewerVersionError(
            path,
            _("it was saved by a newer version of Convene ({saved}); this is Convene {version}, which knows up to schema {HEAD_REVISION}.").format(saved=saved, version=__version__, HEAD_REVISION=HEAD_REVISION),
            f"Install Convene {needs} or later to open it." if needs else "Install a newer Convene to open it.",
        )
    return revision


def _if_newer(version: str | None, ours: str) -> str | None:
    """`version` when it names a release after `ours` ("0.2.0" after "0.1.0"); else None."""
    theirs, mine = _release(version or ""), _release(ours)
    return version if theirs is not None and mine is not None and theirs > mine else None


def _release(version: str) -> tuple[int, ...] | None:
    """"0.2.0" -> (0, 2, 0); "1.2rc1" -> (1, 2, 0); None when it does not start with a number."""
    head = re.match(r"\d+(?:\.\d+)*", version.strip())
    if head is None:
        return None
    parts = tuple(int(p) for p in head.group().split("."))
    return parts + (0,) * (3 - len(parts))


def _check_contents(path: Path, conn: sqlite3.Connection) -> str | None:
    try:
        check = conn.execute("PRAGMA quick_check").fetchone()
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # a damaged page can garble quick_check's text
        raise CorruptFileError(
            path, _("it is damaged (SQLite cannot read it)."), _("Open one of the backup copies instead.")
        ) from exc
    if not check or check[0] != "ok":
        raise CorruptFileError(
            path, _("it is damaged (SQLite's integrity check does not pass)."),
            _("Open one of the backup copies instead."),
        )
    if "alembic_version" not in tables or "convening" not in tables:
        raise NotAConveningError(path, _("it is an SQLite database, but not a convening."))
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


READ_ONLY_FILE = "Copy it somewhere you can write to, or change its permissions."
READ_ONLY_FOLDER = "Copy it to a folder you can write to, such as Documents."


def _check_writable(path: Path) -> None:
    """Refuse a file Convene could not keep safe, the same way for the file and its folder.

    Decided by trying, not by os.access (which says yes to an administrator
    for everything): a file or folder marked read-only (no write bit at all)
    was marked so on purpose and is refused; otherwise the file is opened for
    writing and a probe file is created and removed in the folder, and any
    failure refuses the file. Nothing is left behind.
    """
    if not path.stat().st_mode & 0o222:
        raise ReadOnlyFileError(path, _("the file is read-only."), READ_ONLY_FILE)
    check_folder_writable(path)
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError as exc:
        raise ReadOnlyFileError(path, _("the file is read-only."), READ_ONLY_FILE) from exc
    os.close(fd)


def check_folder_writable(path: Path) -> None:
    folder = path.parent
    problem = "its folder is read-only, so Convene cannot keep it safe."
    try:
        mode = folder.stat().st_mode
    except OSError as exc:
        raise ConveningFileError(path, _("its folder does not exist."), _("Choose a folder that exists.")) from exc
    if not mode & 0o222:
        raise ReadOnlyFileError(path, problem, READ_ONLY_FOLDER)
    probe = folder / f".{path.name}.{os.getpid()}.probe"
    try:
        fd = os.open(probe, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:  # pragma: no cover - a leftover from a crash between these lines
        fd = None
    except OSError as exc:
        raise ReadOnlyFileError(path, problem, READ_ONLY_FOLDER) from exc
    if fd is not None:
        os.close(fd)
    try:
        probe.unlink()
    except OSError as exc:  # pragma: no cover - created but cannot be removed
        raise ReadOnlyFileError(path, problem, READ_ONLY_FOLDER) from exc


def _upgrade_file(path: Path, engine: Engine, revision: str, backup: Path) -> None:
    """Bring the file to the head revision in one transaction; on failure it stays as it was."""
    try:
        with engine.connect() as conn:
            upgrade(conn)
    except Exception as exc:
        engine.dispose()
        raise UpgradeError(
            path,
            _("it could not be brought up from schema {revision} to this version of Convene ({HEAD_REVISION}); it was left as it was.").format(revision=revision, HEAD_REVISION=HEAD_REVISION),
            _("A copy of it as it was is in {parent}; open an earlier copy from there.").format(parent=backup.parent),
        ) from exc


def _stamp(engine: Engine) -> None:
    """Write this version into the file (convene_meta), in its own transaction; nothing when already there."""
    try:
        with engine.begin() as conn:
            stamp_version(conn)
    except Exception:
        engine.dispose()
        raise


def open_store(path: Path, backup_dir: Path) -> Store:
    """Open an existing convening file: check, lock, back up, upgrade, connect."""
    path = Path(path).resolve()
    holder = held_elsewhere(path)
    if holder is not None:
        raise FileLockedError(path, holder)
    revision = inspect_file(path)
    _check_writable(path)
    lock = FileLock(path)
    lock.acquire()
    try:
        backup = backup_before_open(path, backup_dir)
        engine = make_engine(path)
        if revision != HEAD_REVISION:
            _upgrade_file(path, engine, revision, backup)  # names this version in the file, in the same transaction
        else:
            _stamp(engine)
        return Store(path, engine, lock)
    except BaseException:
        lock.release()
        raise


def create_store(path: Path) -> Store:
    """Create a new, empty convening file at `path` at the head schema (replacing any file there)."""
    path = Path(path).resolve()
    check_folder_writable(path)
    lock = FileLock(path)
    lock.acquire()
    try:
        tmp = path.with_name(f".{path.name}.new")
        for p in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            if p.exists():
                p.unlink()
        engine = make_engine(tmp)
        with engine.connect() as conn:
            upgrade(conn)  # names this version in the file (convene_meta)
        engine.dispose()
        conn2 = sqlite3.connect(tmp)
        conn2.execute("PRAGMA journal_mode=DELETE")
        conn2.close()
        os.replace(tmp, path)
        for suffix in ("-wal", "-shm"):
            stale = Path(f"{path}{suffix}")
            if stale.exists():
                stale.unlink()
        return Store(path, make_engine(path), lock)
    except BaseException:
        lock.release()
        raise
