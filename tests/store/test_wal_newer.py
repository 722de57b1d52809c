"""A newer revision still in the -wal is seen: the file is refused as newer, the peek shows its title."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.services.console.peek import file_details
from app.services.core.workspace import Workspace
from app.store.errors import NewerVersionError
from app.store.migrate import HEAD_REVISION
from app.store.peek import peek_convening
from tests.conftest import sample_details

pytestmark = pytest.mark.process
ROOT = Path(__file__).resolve().parents[2]

# A newer Convene wrote its upgrade and a new title, then died before any checkpoint.
NEWER_WRITER = textwrap.dedent(
    """
    import os, sqlite3, sys
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("BEGIN")
    conn.execute("UPDATE alembic_version SET version_num = '0999'")
    conn.execute("UPDATE convening SET title = 'Winter Convening (newer)'")
    conn.execute("COMMIT")
    os._exit(0)
    """
)


def state(path: Path) -> dict[str, str]:
    """Every file beside `path` that belongs to it, with a digest of its bytes."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in path.parent.iterdir() if p.name.startswith(path.name)}


@pytest.fixture
def newer_in_wal(tmp_path, data_dir, clock) -> Path:
    ws = Workspace(clock, data_dir)
    ws.new(tmp_path / "winter.convene", sample_details("Winter Convening"))
    ws.close()
    path = tmp_path / "winter.convene"
    subprocess.run([sys.executable, "-c", NEWER_WRITER, str(path)], check=True, timeout=60)
    assert Path(f"{path}-wal").stat().st_size > 0, "the newer revision lives only in the -wal"
    return path


def test_a_newer_revision_in_the_wal_is_refused_and_left_untouched(newer_in_wal, data_dir, clock):
    before = state(newer_in_wal)
    ws = Workspace(clock, data_dir)
    with pytest.raises(NewerVersionError) as info:
        ws.open(newer_in_wal)
    assert "0999" in str(info.value) and "winter.convene" in str(info.value)
    assert ws.store is None
    assert state(newer_in_wal) == before, "the file, its -wal and -shm are byte-for-byte as they were"


def test_convene_import_refuses_a_newer_revision_in_the_wal(newer_in_wal, tmp_path, data_dir):
    people = tmp_path / "people.csv"
    people.write_text("Name,School\nAna Ruiz,Roosevelt High\n", encoding="utf-8")
    before = state(newer_in_wal)
    out = subprocess.run([sys.executable, "-m", "app", "import", str(newer_in_wal), "--participants", str(people)],
                         cwd=ROOT, capture_output=True, text=True, timeout=120,
                         env=dict(os.environ, CONVENE_DATA_DIR=str(data_dir), PYTHONPATH=str(ROOT)))
    assert out.returncode == 1
    assert "newer version of Convene" in out.stderr and "winter.convene" in out.stderr
    assert state(newer_in_wal) == before


def test_the_first_frame_peek_sees_the_title_in_the_wal(newer_in_wal):
    before = state(newer_in_wal)
    assert peek_convening(newer_in_wal)["title"] == "Winter Convening (newer)"
    assert file_details(newer_in_wal).title == "Winter Convening (newer)"
    assert state(newer_in_wal) == before


def _meta_writer(written_by: str, min_version: str) -> str:
    """NEWER_WRITER, but the newer file also says which Convene wrote it and which it needs."""
    return NEWER_WRITER.replace(
        'conn.execute("COMMIT")',
        f'conn.execute("INSERT OR REPLACE INTO convene_meta (key, value) VALUES (\'written_by\', \'{written_by}\')")\n'
        f'conn.execute("INSERT OR REPLACE INTO convene_meta (key, value) VALUES (\'min_version\', \'{min_version}\')")\n'
        'conn.execute("COMMIT")')


def test_a_newer_schema_still_marked_as_our_version_does_not_ask_for_our_version(newer_in_wal, data_dir, clock):
    # A development build wrote schema 0999 but still says written_by 0.1.0 and min_version 0.1.0: telling a
    # 0.1.0 user to "Install Convene 0.1.0 or later" asks for the version they already have.
    from app import __version__

    ws = Workspace(clock, data_dir)
    with pytest.raises(NewerVersionError) as info:
        ws.open(newer_in_wal)
    said = str(info.value)
    assert f"Install Convene {__version__}" not in said and f"(Convene {__version__}," not in said
    assert said == (f"Cannot open “winter.convene”: it was saved by a newer version of Convene (schema 0999); "
                    f"this is Convene {__version__}, which knows up to schema {HEAD_REVISION}. "
                    "Install a newer Convene to open it.")


def test_a_file_from_a_newer_release_names_the_release_to_install(tmp_path, data_dir, clock):
    ws = Workspace(clock, data_dir)
    path = tmp_path / "autumn.convene"
    ws.new(path, sample_details("Autumn Convening"))
    ws.close()
    subprocess.run([sys.executable, "-c", _meta_writer("9.2.0", "9.1.0"), str(path)], check=True, timeout=60)
    before = state(path)
    with pytest.raises(NewerVersionError) as info:
        Workspace(clock, data_dir).open(path)
    said = str(info.value)
    assert "(Convene 9.2.0, schema 0999)" in said and said.endswith("Install Convene 9.1.0 or later to open it.")
    assert state(path) == before
