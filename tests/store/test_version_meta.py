"""The version in the file (revision 0010): which Convene wrote it, and which version a newer file needs."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from app import __version__
from app.services.core.workspace import Workspace
from app.store.errors import NewerVersionError
from app.store.migrate import MIN_VERSION_FOR_HEAD
from app.store.peek import peek_convening
from tests.fixtures.revisions.make_fixtures import HERE as FIXTURES
from tests.store.test_wal_newer import state


def meta_of(path) -> dict[str, str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return dict(conn.execute("SELECT key, value FROM convene_meta"))
    finally:
        conn.close()


def test_a_new_file_names_the_version_that_wrote_it(tmp_path, data_dir, clock):
    from tests.conftest import sample_details

    ws = Workspace(clock, data_dir)
    ws.new(tmp_path / "new.convene", sample_details())
    ws.close()
    assert meta_of(tmp_path / "new.convene") == {"written_by": __version__, "min_version": MIN_VERSION_FOR_HEAD}


def test_last_years_file_is_upgraded_and_then_names_this_version(tmp_path, data_dir, clock):
    path = tmp_path / "last-year.convene"
    shutil.copyfile(FIXTURES / "0007.convene", path)
    ws = Workspace(clock, data_dir)
    ws.open(path)
    ws.close()
    assert meta_of(path)["written_by"] == __version__


def test_a_file_from_a_newer_convene_says_which_version_to_install_and_is_left_untouched(tmp_path, data_dir, clock):
    path = tmp_path / "next-year.convene"
    shutil.copyfile(FIXTURES / "0010.convene", path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '0099'")
    conn.execute("UPDATE convene_meta SET value = '0.9.2' WHERE key = 'written_by'")
    conn.execute("UPDATE convene_meta SET value = '0.9.0' WHERE key = 'min_version'")
    conn.commit()
    conn.close()
    before = state(path)
    ws = Workspace(clock, data_dir)
    with pytest.raises(NewerVersionError) as info:
        ws.open(path)
    message = str(info.value)
    assert "next-year.convene" in message and "Convene 0.9.2" in message
    assert "Install Convene 0.9.0 or later" in message
    assert f"this is Convene {__version__}" in message
    assert state(path) == before


def test_the_light_reader_reads_the_version_without_writing(tmp_path):
    path = tmp_path / "peek.convene"
    shutil.copyfile(FIXTURES / "0010.convene", path)
    before = state(path)
    found = peek_convening(path)
    assert found is not None and found["title"] == "Fall Convening"
    assert (found["written_by"], found["min_version"]) == ("0.1.0", "0.1.0")
    assert state(path) == before
    shutil.copyfile(FIXTURES / "0007.convene", path)
    older = peek_convening(path)
    assert older is not None and older["written_by"] is None  # a file from before revision 0010
