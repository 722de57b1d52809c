"""The network's façade: the next convening from the last, and the year across a folder of convening files.

The network reads and writes files other than the one open, so it stands outside the composition root
(app/services/root.py builds services over one open file; this builds them over each file it reads):
`NetworkService(clock)` is made where it is used (app/cli.py, app/ui/network/), and holds nothing open
between calls. Every file it reads is opened as an upgraded temporary copy (reading.py), never itself.
"""

from __future__ import annotations

from collections.abc import Callable, Generator

from app.domain.clock import Clock
from app.services.core.jobs import CancelToken, Progress
from app.services.core.workspace import Workspace
from app.services.network.next import NextReport, NextRequest, next_job, parse_start
from app.services.network.reading import NetworkError

__all__ = ["NetworkService", "NetworkError", "NextRequest", "NextReport", "parse_start"]


class NetworkService:
    def __init__(self, clock: Clock) -> None:
        self.clock = clock

    def next_job(self, req: NextRequest, open_ws: Workspace | None = None,
                 ) -> Callable[[CancelToken], Generator[Progress, None, NextReport]]:
        """Build the next convening from `req.old` (checked now: NetworkError in one sentence)."""
        return next_job(req, self.clock, open_ws)
