"""Reading a convening file without touching it, as SQLite sees it (its -wal included).

`snapshot()` is the one way the open check (database.inspect_file) and the
first-frame title preview read a file before it is locked. With no -wal, or an
empty one, the file is read with `immutable=1` (no -wal/-shm created, no
locks). When a -wal holds commits that are not yet in the file, immutable
reading would not see them (a newer revision could slip through), so the file
and its -wal are copied to a temporary folder and the copy is read: SQLite
replays the -wal there, and the original, its -wal and -shm are left as they were.

`peek_convening` uses sqlite3 alone (no SQLAlchemy), so start-up can put the
convening on both screens before the full store has loaded. It never writes and
never raises: anything unexpected gives None and the normal open path reports it.
It also gives the Convene version that wrote the file and the oldest that can open it
(convene_meta, revision 0010; None for files from before it).
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def wal_has_frames(path: Path) -> bool:
    try:
        return Path(f"{path}-wal").stat().st_size > 0
    except OSError:
        return False


@contextmanager
def snapshot(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only view of `path` with every commit SQLite would show, the -wal's included.

    Raises sqlite3.Error or OSError when the file cannot be read at all.
    """
    path = Path(path).resolve()
    if not wal_has_frames(path):
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            yield conn
        finally:
            conn.close()
        return
    with tempfile.TemporaryDirectory(prefix="convene-peek-") as tmp:
        copy = Path(tmp) / "peek.convene"
        shutil.copyfile(path, copy)
        shutil.copyfile(f"{path}-wal", f"{copy}-wal")
        conn = sqlite3.connect(copy)
        try:
            conn.execute("PRAGMA query_only=ON")
            yield conn
        finally:
            conn.close()


def read_meta(conn: sqlite3.Connection) -> dict[str, str]:
    """The file's convene_meta rows (revision 0010: written_by, min_version); {} for an older file."""
    try:
        return {str(k): str(v) for k, v in conn.execute("SELECT key, value FROM convene_meta")}
    except sqlite3.Error:
        return {}


def peek_convening(path: Path) -> dict | None:
    try:
        with snapshot(path) as conn:
            row = conn.execute(
                "SELECT title, organisation, location, resources_url, timezone FROM convening LIMIT 1"
            ).fetchone()
            if row is None:
                return None
            days = conn.execute(
                "SELECT date, title, start_minutes, end_minutes FROM day ORDER BY position"
            ).fetchall()
            meta = read_meta(conn)
    except (sqlite3.Error, OSError, ValueError):
        return None
    keys = ("title", "organisation", "location", "resources_url", "timezone")
    return {**dict(zip(keys, row)), "days": [tuple(d) for d in days],
            "written_by": meta.get("written_by"), "min_version": meta.get("min_version")}
