"""Whatever is wrong with a file, the user reads one sentence naming it, never a traceback or SQL."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import TWO_SCREENS
from tests.fixtures.revisions.make_fixtures import HERE as FIXTURES

pytestmark = pytest.mark.process
ROOT = Path(__file__).resolve().parents[2]
RAW = ("Traceback", "sqlite3", "SELECT", "INSERT", "duplicate column", "OperationalError", "File \"")


def cli(args, data_dir, **env):
    return subprocess.run([sys.executable, "-m", "app", *map(str, args)], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, env=dict(os.environ, CONVENE_DATA_DIR=str(data_dir), **env))


def assert_one_sentence(out, name: str) -> str:
    assert out.returncode != 0
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1, out.stderr   # one line: the sentence, no traceback or second thoughts
    for word in RAW:
        assert word not in out.stderr, out.stderr
    assert name in out.stderr, out.stderr
    return out.stderr.strip()


def corrupt(tmp_path):
    path = tmp_path / "damaged.convene"
    shutil.copyfile(FIXTURES / "0003.convene", path)
    data = bytearray(path.read_bytes())
    for offset in range(4096 + 100, len(data), 97):
        data[offset] = (data[offset] + 91) % 256
    path.write_bytes(bytes(data))
    return path


def newer(tmp_path):
    path = tmp_path / "newer.convene"
    shutil.copyfile(FIXTURES / "0003.convene", path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '0999'")
    conn.commit()
    conn.close()
    return path


def read_only(tmp_path):
    path = tmp_path / "archived.convene"
    shutil.copyfile(FIXTURES / "0003.convene", path)
    path.chmod(0o444)
    return path


def half_upgraded(tmp_path):
    """What an older Convene left when killed in its upgrade: 0001 with one column of 0002 already added."""
    path = tmp_path / "half.convene"
    shutil.copyfile(FIXTURES / "0001.convene", path)
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE agenda_item ADD COLUMN fixed_start INTEGER")
    conn.commit()
    conn.close()
    return path


def not_sqlite(tmp_path):
    path = tmp_path / "roster.convene"
    path.write_text("name,email\nAna,ana@example.org\n", encoding="utf-8")
    return path


def missing(tmp_path):
    return tmp_path / "nowhere.convene"


CASES = [corrupt, newer, read_only, half_upgraded, not_sqlite, missing]


@pytest.fixture
def people(tmp_path):
    csv = tmp_path / "people.csv"
    csv.write_text("Name,Role\nAna Ruiz,teacher\n", encoding="utf-8")
    return csv


@pytest.mark.parametrize("make", CASES, ids=[c.__name__ for c in CASES])
def test_convene_import_says_one_sentence_about_a_bad_file(tmp_path, data_dir, people, make):
    path = make(tmp_path)
    before = path.read_bytes() if path.exists() else None
    text = assert_one_sentence(cli(["import", path, "--participants", people], data_dir), path.name)
    assert text.startswith("convene: Cannot open")
    if before is not None:
        assert path.read_bytes() == before, "a refused file is left as it was"


def test_half_upgraded_file_names_a_backup_to_open(tmp_path, data_dir, people):
    path = half_upgraded(tmp_path)
    text = assert_one_sentence(cli(["import", path, "--participants", people], data_dir), path.name)
    assert "could not be brought up" in text and "backups" in text


def test_a_locked_file_names_who_holds_it(tmp_path, data_dir, people):
    path = tmp_path / "held.convene"
    shutil.copyfile(FIXTURES / "0003.convene", path)
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent("""
            import sys
            from pathlib import Path
            from app.store.lock import FileLock
            lock = FileLock(Path(sys.argv[1])); lock.acquire()
            print("HELD", flush=True); sys.stdin.readline()
        """), str(path)], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT)))
    try:
        assert holder.stdout.readline().strip() == "HELD"
        text = assert_one_sentence(cli(["import", path, "--participants", people], data_dir), path.name)
        assert "already open in Convene" in text and f"process {holder.pid}" in text
    finally:
        holder.kill()
        holder.wait(timeout=30)
        holder.stdin.close()
        holder.stdout.close()


def test_an_unexpected_error_is_one_sentence_with_the_details_in_a_log(tmp_path, data_dir, people):
    path = tmp_path / "good.convene"
    shutil.copyfile(FIXTURES / "0003.convene", path)
    # A store that breaks in a way nobody planned for, with SQL-looking text in its error.
    out = subprocess.run(
        [sys.executable, "-c", textwrap.dedent("""
            import sys
            import app.store.database as db
            def broken(path, backup_dir):
                raise RuntimeError("INSERT INTO secret VALUES (1) failed in sqlite3")
            db.open_store = broken
            import app.services.core.workspace as ws
            ws.open_store = broken
            from app.__main__ import main
            sys.exit(main(sys.argv[1:]))
        """), "import", str(path), "--participants", str(people)],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
        env=dict(os.environ, CONVENE_DATA_DIR=str(data_dir), PYTHONPATH=str(ROOT)))
    text = assert_one_sentence(out, path.name)
    log = data_dir / "convene-errors.log"
    assert str(log) in text
    assert "INSERT INTO secret" in log.read_text(encoding="utf-8"), "the details are kept in the log"


def test_demo_into_a_read_only_folder_says_one_sentence(tmp_path, data_dir):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        text = assert_one_sentence(cli(["demo", folder / "demo.convene"], data_dir), "demo.convene")
    finally:
        folder.chmod(0o755)
    assert "read-only" in text


@pytest.mark.gui
@pytest.mark.parametrize("make", [corrupt, half_upgraded], ids=["corrupt", "half_upgraded"])
def test_the_gui_shows_the_same_sentence_and_stays_up(tmp_path, data_dir, people, make):
    path = make(tmp_path)
    said = cli(["import", path, "--participants", people], data_dir).stderr.strip()
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={TWO_SCREENS}", CONVENE_DATA_DIR=str(data_dir),
               CONVENE_EXIT_WHEN_SHOWN="1")
    out = subprocess.run([sys.executable, "-m", "app", str(path)], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=180)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "READY" in out.stdout and "both=False" in out.stdout
    first_sentence = said.split(" A copy")[0].split(" The details")[0]
    assert first_sentence in out.stderr, (said, out.stderr)
    for word in RAW:
        assert word not in out.stderr, out.stderr


@pytest.mark.gui
@pytest.mark.parametrize("make", [corrupt, newer, read_only, half_upgraded], ids=["corrupt", "newer", "read_only",
                                                                                  "half_upgraded"])
def test_the_console_shows_the_sentence_the_command_line_prints(console, tmp_path, data_dir, people, make):
    path = make(tmp_path)
    said = cli(["import", path, "--participants", people], data_dir).stderr.strip()
    assert not console.open_path(path)
    shown = console.statusBar().currentMessage()
    assert shown == console.last_error
    assert f"convene: {shown}".split(" A copy")[0] == said.split(" A copy")[0]
    for word in RAW:
        assert word not in shown
