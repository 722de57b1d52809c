"""The composition root: every service of one workspace, built once, typed, closed together.

The GUI (app/ui/launch.py), the command line (app/cli.py), the export and the tests all take their
services from a `Services`; no module builds a service of its own (docs/ARCHITECTURE.md,
"The composition root"). One `Services` lives as long as its `Workspace`: the workspace holds one
open convening at a time (open, Save As, close), and each service forgets what it cached when it
hears `ConveningChanged`. `close()` stops room capture and ends every service's subscriptions, so
nothing listens on the bus afterwards.

    services = Services(Workspace(clock))
    services.workspace.open(path)
    services.talk.tap(person_id)
    services.close()
"""

from __future__ import annotations

from types import TracebackType

from app.services.agenda.service import AgendaService
from app.services.capture.service import CaptureService
from app.services.cofacilitate.service import CofacilitationService
from app.services.commitments.service import CommitmentService
from app.services.core.history import History
from app.services.core.workspace import Workspace
from app.services.export.service import ExportService
from app.services.improvement.service import ImprovementService
from app.services.live.service import LiveService
from app.services.pairing.service import PairingService
from app.services.people.service import PeopleService
from app.services.protocols.service import ProtocolService
from app.services.talk.service import TalkService
from app.services.wall.service import WallService


class Services:
    """One attribute per capability (the names of docs/ARCHITECTURE.md's capability table)."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.history = History(workspace)  # one undo history for every capability (Edit > Undo is a view of it)
        self.agenda = AgendaService(workspace, self.history)
        self.live = LiveService(workspace, self.agenda)
        self.people = PeopleService(workspace, self.history)
        self.protocols = ProtocolService(workspace, self.agenda)
        self.commitments = CommitmentService(workspace, self.history)
        self.improvement = ImprovementService(workspace, self.history)  # PDSA cycles, measures, driver diagram
        self.pairing = PairingService(workspace)
        self.talk = TalkService(workspace, self.history, self.live, self.protocols)
        self.wall = WallService(workspace, self.history)
        # room capture: no socket until started; teams' PDSA cycles from phones too (improvement.phone)
        self.capture = CaptureService(workspace, self.wall, checkin=self.improvement.phone)
        # a co-facilitator's devices, on the same room server as capture (no socket until started)
        self.cofacilitate = CofacilitationService(workspace, self.talk, self.live, self.capture.room)
        self.export = ExportService(self)
        self.closed = False

    def timezone(self) -> str:
        """The open convening's IANA time zone name (UTC with no file open)."""
        return self.live.tz().key if self.workspace.store is not None else "UTC"

    def close(self) -> None:
        """Stop room capture and end every subscription the services hold. Safe to call twice."""
        if self.closed:
            return
        self.closed = True
        self.cofacilitate.stop()
        self.cofacilitate.stop_breakout()
        self.capture.stop()
        self.capture.room.close()
        for part in (self.cofacilitate, self.capture, self.talk, self.live, self.history):
            part.close()

    def __enter__(self) -> Services:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()
