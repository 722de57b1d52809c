"""What every console tab and dialog gets: the workspace, its services, the UI's own parts, the projector."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings

from app.domain.clock import Clock
from app.services.core.jobs import Runner
from app.services.core.workspace import Workspace

if TYPE_CHECKING:
    from app.services.root import Services
    from app.ui.live.driver import LiveDriver
    from app.ui.projector.controller import ProjectorController
    from app.ui.wall.board import WallBoard


@dataclass
class UiParts:
    """UI-only objects that tabs and scenes share; never among the services (docs/ARCHITECTURE.md).

    `jobs` runs long work (QtRunner in the app; tests put a SyncRunner here: the sync_jobs fixture).
    The live driver is set by the Live tab; the wall board is made on first use (app/ui/wall/board.py)."""

    jobs: Runner
    live_driver: LiveDriver | None = None
    wall_board: WallBoard | None = None

    def close(self) -> None:
        if self.wall_board is not None:
            self.wall_board.close()


@dataclass
class UiContext:
    workspace: Workspace
    clock: Clock
    settings: QSettings
    services: Services
    ui: UiParts
    projector: ProjectorController | None = field(default=None)  # set by the console window

    def close(self) -> None:
        """End what the UI and the services listen to (the console does this as it closes)."""
        self.ui.close()
        self.services.close()


def make_context(workspace: Workspace, clock: Clock, settings: QSettings, jobs: Any = None) -> UiContext:
    """The context of one console: the composition root's services over `workspace`, and a QtRunner."""
    from app.services.root import Services
    from app.ui.i18n import ensure_installed
    from app.ui.jobs import QtRunner

    ensure_installed()   # the console's words (at least English's plurals) before any widget is made
    return UiContext(workspace, clock, settings, Services(workspace), UiParts(jobs if jobs is not None else QtRunner()))
