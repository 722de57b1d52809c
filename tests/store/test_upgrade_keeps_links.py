"""Upgrading a file from any earlier revision keeps every row and every link between rows."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from app import __version__
from app.store.database import open_store
from app.store.migrate import HEAD_REVISION, KNOWN_REVISIONS, MIN_VERSION_FOR_HEAD
from tests.fixtures.revisions.make_fixtures import HERE as FIXTURES
from tests.fixtures.revisions.make_fixtures import RELEASED, build


def tables(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT IN ('alembic_version', 'sqlite_sequence')"
        " ORDER BY name")]


def foreign_key_values(path: Path) -> dict[tuple[str, int, str], object]:
    """Every foreign key cell in the file: (table, row id, column) -> value."""
    conn = sqlite3.connect(path)
    try:
        found = {}
        for table in tables(conn):
            for fk in conn.execute(f"PRAGMA foreign_key_list('{table}')"):
                column = fk[3]
                for row_id, value in conn.execute(f'SELECT rowid, "{column}" FROM "{table}"'):
                    found[(table, row_id, column)] = value
        return found
    finally:
        conn.close()


def all_rows(path: Path) -> dict[str, list[dict]]:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        return {t: [dict(r) for r in conn.execute(f'SELECT * FROM "{t}" ORDER BY rowid')] for t in tables(conn)}
    finally:
        conn.close()


def revision_of(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.parametrize("start", KNOWN_REVISIONS[:-1])
def test_upgrade_from_every_earlier_revision_keeps_every_foreign_key(tmp_path, start):
    path = build(tmp_path / f"old-{start}.convene", start)
    rows_before = all_rows(path)
    assert all(rows_before[t] for t in rows_before), "the fixture has a row in every table"
    links_before = foreign_key_values(path)
    set_columns = {(t, c) for (t, _id, c), v in links_before.items() if v is not None}
    assert set_columns == {(t, c) for (t, _id, c) in links_before}, "every foreign key column is set somewhere"

    store = open_store(path, tmp_path / "backups")
    store.close()

    assert revision_of(path) == HEAD_REVISION
    links_after = foreign_key_values(path)
    lost = {k: (v, links_after.get(k)) for k, v in links_before.items() if links_after.get(k) != v}
    assert not lost, f"links changed by the upgrade (before, after): {lost}"


@pytest.mark.parametrize("revision", RELEASED)
def test_the_committed_file_of_each_released_revision_opens_with_its_data(tmp_path, revision):
    fixture = FIXTURES / f"{revision}.convene"
    assert revision_of(fixture) == revision
    path = tmp_path / fixture.name
    shutil.copyfile(fixture, path)
    before = all_rows(path)

    store = open_store(path, tmp_path / "backups")
    store.close()

    assert revision_of(path) == HEAD_REVISION
    after = all_rows(path)
    # The version stamps are the one thing an open rewrites: the file now says which Convene wrote it last
    # and which it needs (app/store/migrate.py); every other row is as it was.
    stamps = ("written_by", "min_version")
    meta = {r["key"]: r["value"] for r in after.pop("convene_meta", [])}
    if "convene_meta" in before:
        assert (meta["written_by"], meta["min_version"]) == (__version__, MIN_VERSION_FOR_HEAD)
        kept = {r["key"]: r["value"] for r in before.pop("convene_meta") if r["key"] not in stamps}
        assert {k: v for k, v in meta.items() if k in kept} == kept, "convene_meta changed"
    for table, rows in before.items():
        assert len(after[table]) == len(rows), table
        for old, new in zip(rows, after[table]):
            assert {k: new[k] for k in old} == old, f"{table} row {old['id']} changed"
    if revision != HEAD_REVISION:
        item = next(r for r in after["agenda_item"] if r["id"] == 1)
        assert item["warning_minutes"] == 2 and item["protocol_id"] is None  # new columns get their defaults


@pytest.mark.parametrize("start", KNOWN_REVISIONS[:-1])
def test_alembic_on_a_plain_engine_keeps_every_foreign_key_too(tmp_path, start):
    """The way `alembic -x path=FILE upgrade head` runs it: a plain pysqlite engine, not the app's."""
    from sqlalchemy import create_engine

    from app.store.migrate import upgrade

    path = build(tmp_path / f"plain-{start}.convene", start)
    links_before = foreign_key_values(path)
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        upgrade(conn)
    engine.dispose()
    assert revision_of(path) == HEAD_REVISION
    links_after = foreign_key_values(path)
    assert {k: links_after.get(k) for k in links_before} == links_before
