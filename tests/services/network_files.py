"""Helpers for the network's tests: demo files on disk, `convene next` on them, a file opened with its services."""

from __future__ import annotations

import hashlib
from pathlib import Path

from app.domain.clock import FakeClock
from app.services.core.jobs import Callbacks, SyncRunner
from app.services.core.workspace import Workspace
from app.services.network.next import NextRequest, next_job, parse_start
from app.services.root import Services

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "revisions"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_demo(path: Path, clock: FakeClock) -> Path:
    from app.services.console.demo import build_demo

    build_demo(path, clock).close()
    return path


def build_next(old: Path, new: Path, clock: FakeClock, title: str = "Spring Convening",
               start: str = "2027-04-15", days: int | None = None):
    box: list = []
    SyncRunner().start(next_job(NextRequest(old, new, title, parse_start(start), days), clock),
                       Callbacks(done=box.append))
    return box[0]


class Opened:
    """A file opened as the console would, with its services; closed at the end of the block."""

    def __init__(self, path: Path, clock: FakeClock, data_dir: Path) -> None:
        self.ws = Workspace(clock, data_dir)
        self.ws.open(path)
        self.services = Services(self.ws)

    def __enter__(self) -> Services:
        return self.services

    def __exit__(self, *exc) -> None:
        self.services.close()
        self.ws.close()


