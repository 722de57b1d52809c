"""A writer killed with SIGKILL loses nothing it had committed; the file stays sound."""

from __future__ import annotations

import sqlite3
import textwrap

import pytest

from app.services.core.workspace import Workspace
from tests.conftest import sample_details
from tests.writers import acknowledged_then_killed

WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from app.services.core.workspace import Workspace
    from app.services.people.records import ParticipantData
    from app.services.root import Services

    ws = Workspace(data_dir=Path(sys.argv[2]))
    ws.open(Path(sys.argv[1]))
    services = Services(ws)   # killed mid-write: never closed
    people = services.people
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

    acknowledged = acknowledged_then_killed(WRITER, [path, data_dir], 150)

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
