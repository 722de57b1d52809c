"""An upgrade killed after any one of its statements leaves the file at the old revision or the new one."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.store.database import open_store
from app.store.migrate import HEAD_REVISION
from tests.fixtures.revisions.make_fixtures import HERE as FIXTURES
from tests.store.test_upgrade_keeps_links import all_rows, revision_of

pytestmark = pytest.mark.process
ROOT = Path(__file__).resolve().parents[2]

# One clean child imports the store once, then forks a grandchild per N that opens (and so upgrades)
# a fresh copy and dies with os._exit right after the N-th statement SQLAlchemy sends.
KILLER = textwrap.dedent(
    """
    import os, shutil, sys
    from pathlib import Path
    from sqlalchemy import event
    from sqlalchemy.engine import Engine
    import alembic.command, alembic.script  # loaded once here, not in every grandchild
    from app.store.database import open_store

    src, work = Path(sys.argv[1]), Path(sys.argv[2])
    state = {"n": 0, "kill_at": 0}

    def count(conn, cursor, statement, parameters, context, executemany):
        state["n"] += 1
        if state["n"] == state["kill_at"]:
            os._exit(17)

    event.listen(Engine, "after_cursor_execute", count)
    n = 0
    while n < 500:
        n += 1
        target = work / f"kill-{n:03d}.convene"
        shutil.copyfile(src, target)
        pid = os.fork()
        if pid == 0:
            state["kill_at"] = n
            try:
                open_store(target, work / "backups").close()
            except BaseException as exc:
                print("ERROR", n, repr(exc), flush=True)
                os._exit(3)
            os._exit(0)
        code = os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])
        print(n, code, flush=True)
        if code != 17:
            break
    """
)


def schema(path: Path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return sorted(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall(), key=repr)
    finally:
        conn.close()


@pytest.mark.timeout(900)   # every migration's statements, each killed once: minutes on a loaded machine
@pytest.mark.parametrize("start", ["0001"])  # 0001 runs through every later migration too
def test_an_upgrade_killed_after_any_statement_leaves_old_or_new_never_between(tmp_path, start):
    fixture = FIXTURES / f"{start}.convene"
    work = tmp_path / "kills"
    work.mkdir()
    out = subprocess.run(
        [sys.executable, "-c", KILLER, str(fixture), str(work)], cwd=ROOT, capture_output=True, text=True,
        timeout=900, env=dict(os.environ, PYTHONPATH=str(ROOT)),   # kills after each statement: O(statements²)
    )
    assert out.returncode == 0, out.stderr[-3000:]
    results = [line.split() for line in out.stdout.splitlines()]
    assert not [r for r in results if r[0] == "ERROR"], out.stdout
    killed = [int(n) for n, code in results if code == "17"]
    assert results[-1][1] == "0", "the last run got through the whole upgrade"
    assert len(killed) >= 5, f"the upgrade was killed after each of its statements: {results}"

    head = tmp_path / "head.convene"
    shutil.copyfile(FIXTURES / f"{HEAD_REVISION}.convene", head)
    old_schema, new_schema = schema(fixture), schema(head)
    before = all_rows(fixture)
    for n in killed:
        path = work / f"kill-{n:03d}.convene"
        revision = revision_of(path)
        assert revision in (start, HEAD_REVISION), f"killed after statement {n}: left at {revision}"
        expected = old_schema if revision == start else new_schema
        assert schema(path) == expected, f"killed after statement {n}: schema half changed at {revision}"
    for n in killed:
        path = work / f"kill-{n:03d}.convene"
        store = open_store(path, tmp_path / "backups")  # no "duplicate column name", no error at all
        store.close()
        assert revision_of(path) == HEAD_REVISION
        after = all_rows(path)
        for table, rows in before.items():
            assert [{k: r[k] for k in rows[0]} for r in after[table]] == rows, f"{table} after kill {n}"
