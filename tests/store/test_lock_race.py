"""One holder at a time: processes opening and closing the same file in a loop never overlap."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.store.lock import FileLock, lock_path_for

pytestmark = pytest.mark.process
ROOT = Path(__file__).resolve().parents[2]

# Each holder marks the sentinel with O_EXCL while it holds the lock: if the sentinel is already
# there, someone else holds the file at the same moment.
CONTENDER = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from app.store.errors import FileLockedError
    from app.store.lock import FileLock

    path, sentinel, rounds = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    held = overlaps = 0
    for _ in range(rounds):
        lock = FileLock(path)
        try:
            lock.acquire()
        except FileLockedError:
            continue
        held += 1
        try:
            fd = os.open(sentinel, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        except FileExistsError:
            overlaps += 1
            lock.release()
            continue
        os.close(fd)
        os.unlink(sentinel)
        lock.release()
    print(held, overlaps, flush=True)
    """
)


def test_processes_opening_and_closing_in_a_loop_never_hold_the_file_together(tmp_path):
    path = tmp_path / "shared.convene"
    path.write_bytes(b"")
    sentinel = tmp_path / "holder"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    procs = [
        subprocess.Popen([sys.executable, "-c", CONTENDER, str(path), str(sentinel), "3000"], cwd=ROOT,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        for _ in range(4)
    ]
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err[-2000:]
        results.append(tuple(int(x) for x in out.split()))
    assert sum(held for held, _ in results) > 100, f"the processes took turns holding the file: {results}"
    assert sum(overlap for _, overlap in results) == 0, f"two processes held the file at once: {results}"


def test_a_released_lock_can_be_taken_again_and_leaves_no_side_file(tmp_path):
    path = tmp_path / "a.convene"
    first = FileLock(path)
    first.acquire()
    first.release()
    second = FileLock(path)
    second.acquire()
    assert second.held
    second.release()
    assert not lock_path_for(path).exists()
