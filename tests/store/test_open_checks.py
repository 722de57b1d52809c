"""The order and the last checks of an open: who holds the file first; an upgrade that would leave dangling links."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3

import pytest

from app.services.core.workspace import Workspace
from app.store.database import open_store
from app.store.errors import FileLockedError, UpgradeError
from app.store.lock import FileLock
from tests.fixtures.revisions.make_fixtures import HERE as FIXTURES
from tests.store.test_upgrade_keeps_links import all_rows, revision_of


def test_a_file_held_by_another_convene_is_reported_as_held_even_when_a_read_would_fail(tmp_path, data_dir, clock):
    """Another Convene may be mid-write: the open must say who holds it, not that it looks damaged."""
    path = tmp_path / "busy.convene"
    shutil.copyfile(FIXTURES / "0003.convene", path)
    holder = FileLock(path)
    holder.acquire()
    try:
        data = bytearray(path.read_bytes())
        for offset in range(4096 + 100, len(data), 97):  # what a read caught mid-write can look like
            data[offset] = (data[offset] + 91) % 256
        path.write_bytes(bytes(data))
        with pytest.raises(FileLockedError) as info:
            Workspace(clock, data_dir).open(path)
        assert "already open in Convene" in str(info.value) and "busy.convene" in str(info.value)
    finally:
        holder.release()


def test_an_upgrade_that_would_leave_dangling_links_is_rolled_back_with_a_clear_error(tmp_path):
    path = tmp_path / "dangling.convene"
    shutil.copyfile(FIXTURES / "0002.convene", path)
    conn = sqlite3.connect(path)  # foreign keys are off by default in plain sqlite3: a row pointing nowhere
    conn.execute("INSERT INTO timer_event (id, at_us, kind, item_id, step, delta) VALUES (9, 1, 'start', 99, NULL, 0)")
    conn.commit()
    conn.close()
    before = all_rows(path)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()

    with pytest.raises(UpgradeError) as info:
        open_store(path, tmp_path / "backups")
    message = str(info.value)
    assert "dangling.convene" in message and "left as it was" in message
    assert "backups" in message
    assert revision_of(path) == "0002"
    assert all_rows(path) == before
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
