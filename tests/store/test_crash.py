"""A writer killed with SIGKILL loses nothing it had committed; the file stays sound."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from app.services.workspace import Workspace
from tests.conftest import sample_details

WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from app.services.people import PeopleService
    from app.services.records import ParticipantData
    from app.services.workspace import Workspace

    ws = Workspace(data_dir=Path(sys.argv[2]))
    ws.open(Path(sys.argv[1]))
    people = PeopleService(ws)
    n = 0
    while True:
        n += 1
        new_id = people.add_participant(ParticipantData(name=f"Participant {n}", role="teacher"))
        print(new_id, flush=True)   # acknowledged only after the commit returned
    """
)


@pytest.mark.process
def test_sigkill_mid_writing_loses_no_committed_change(tmp_path, data_dir, clock):
    path = tmp_path / "crash.convene"
    ws = Workspace(clock, data_dir)
    ws.new(path, sample_details())
    ws.close()

    env = dict(os.environ, PYTHONPATH=os.getcwd())
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), str(data_dir)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )
    acknowledged = []
    try:
        while len(acknowledged) < 150:
            line = proc.stdout.readline()
            if not line:
                raise AssertionError(f"writer stopped early: {proc.stderr.read()}")
            acknowledged.append(int(line))
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        proc.stdout.close()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL

    # The lock died with the process: the file opens again at once.
    ws = Workspace(clock, data_dir)
    ws.open(path)
    ws.close()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {r[0] for r in conn.execute("SELECT id FROM participant")}
    finally:
        conn.close()
    missing = set(acknowledged) - stored
    assert not missing, f"committed but lost: {sorted(missing)[:10]}"
