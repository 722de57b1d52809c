"""Files that are not convenings, are damaged, newer, read-only or locked: refused, untouched."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from app.services.core.workspace import Workspace
from app.store.errors import (
    CorruptFileError,
    FileLockedError,
    NewerVersionError,
    NotAConveningError,
    ReadOnlyFileError,
)
from tests.conftest import sample_details


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def siblings(path: Path) -> set[str]:
    return {p.name for p in path.parent.iterdir()}


@pytest.fixture
def good_file(tmp_path, data_dir, clock) -> Path:
    ws = Workspace(clock, data_dir)
    ws.new(tmp_path / "good.convene", sample_details())
    ws.close()
    return tmp_path / "good.convene"


def assert_refused(tmp_path, data_dir, clock, path: Path, error, words: str):
    before, names = digest(path), siblings(path)
    ws = Workspace(clock, data_dir)
    with pytest.raises(error) as info:
        ws.open(path)
    message = str(info.value)
    assert path.name in message
    assert words in message
    assert digest(path) == before, "the file must be left byte-for-byte untouched"
    assert siblings(path) == names, "no side files (lock, -wal, -shm) are left behind"
    assert ws.store is None
    return message


def test_a_text_file_is_not_a_convening(tmp_path, data_dir, clock):
    path = tmp_path / "roster.convene"
    path.write_text("name,email\nAna,ana@example.org\n", encoding="utf-8")
    assert_refused(tmp_path, data_dir, clock, path, NotAConveningError, "not an SQLite database")


def test_an_empty_file_is_not_a_convening(tmp_path, data_dir, clock):
    path = tmp_path / "empty.convene"
    path.write_bytes(b"")
    assert_refused(tmp_path, data_dir, clock, path, NotAConveningError, "not a Convene file")


def test_another_sqlite_database_is_not_a_convening(tmp_path, data_dir, clock):
    path = tmp_path / "photos.convene"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photo (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO photo (name) VALUES ('beach')")
    conn.commit()
    conn.close()
    assert_refused(tmp_path, data_dir, clock, path, NotAConveningError, "not a convening")


def test_a_damaged_file_is_refused(tmp_path, data_dir, clock, good_file):
    data = bytearray(good_file.read_bytes())
    page = 4096
    assert len(data) > 3 * page
    for offset in range(page + 100, len(data), 97):  # scribble over every page but the header
        data[offset] = (data[offset] + 91) % 256
    good_file.write_bytes(bytes(data))
    assert_refused(tmp_path, data_dir, clock, good_file, CorruptFileError, "damaged")


def test_a_file_from_a_newer_convene_is_refused(tmp_path, data_dir, clock, good_file):
    conn = sqlite3.connect(good_file)
    conn.execute("UPDATE alembic_version SET version_num = '0999'")
    conn.commit()
    conn.close()
    message = assert_refused(tmp_path, data_dir, clock, good_file, NewerVersionError, "newer version of Convene")
    assert "0999" in message


def test_a_read_only_file_is_refused(tmp_path, data_dir, clock, good_file):
    good_file.chmod(stat.S_IRUSR | stat.S_IRGRP)
    try:
        assert_refused(tmp_path, data_dir, clock, good_file, ReadOnlyFileError, "read-only")
    finally:
        good_file.chmod(0o644)


def test_a_missing_file_is_named(tmp_path, data_dir, clock):
    ws = Workspace(clock, data_dir)
    with pytest.raises(Exception) as info:
        ws.open(tmp_path / "nowhere.convene")
    assert "nowhere.convene" in str(info.value) and "does not exist" in str(info.value)


def test_a_refused_file_leaves_the_open_convening_open(tmp_path, data_dir, clock, good_file):
    ws = Workspace(clock, data_dir)
    ws.open(good_file)
    bad = tmp_path / "bad.convene"
    bad.write_text("hello")
    with pytest.raises(NotAConveningError):
        ws.open(bad)
    assert ws.path == good_file.resolve()
    assert ws.details().title == "Spring Convening"
    ws.close()


def test_a_second_opener_is_told_who_holds_the_file(tmp_path, data_dir, clock, good_file):
    first = Workspace(clock, data_dir)
    first.open(good_file)
    second = Workspace(clock, data_dir)
    with pytest.raises(FileLockedError) as info:
        second.open(good_file)
    message = str(info.value)
    assert "already open in Convene" in message
    assert f"process {os.getpid()}" in message
    first.close()
    second.open(good_file)  # free once the first one closes
    assert second.details().title == "Spring Convening"
    second.close()


@pytest.mark.process
def test_a_second_convene_process_is_told_the_file_is_open(tmp_path, data_dir, clock, good_file):
    import subprocess
    import sys

    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys; from pathlib import Path; from app.services.core.workspace import Workspace; "
         "ws = Workspace(data_dir=Path(sys.argv[2])); ws.open(Path(sys.argv[1])); "
         "print('OPEN', flush=True); sys.stdin.readline()", str(good_file), str(data_dir)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=dict(os.environ, PYTHONPATH=os.getcwd()),
    )
    try:
        assert holder.stdout.readline().strip() == "OPEN"
        before = digest(good_file)
        ws = Workspace(clock, data_dir)
        with pytest.raises(FileLockedError) as info:
            ws.open(good_file)
        assert f"process {holder.pid}" in str(info.value)
        assert ws.store is None
        assert digest(good_file) == before
    finally:
        holder.kill()  # holds the file until killed (it waits on stdin)
        holder.wait(timeout=30)
        holder.stdout.close()
        holder.stdin.close()
    ws.open(good_file)  # the holder died: its lock went with it
    ws.close()
