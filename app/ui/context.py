"""What every console tab and dialog gets: the workspace, its services, the projector."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QSettings

from app.domain.clock import Clock
from app.services.workspace import Workspace


@dataclass
class UiContext:
    workspace: Workspace
    clock: Clock
    settings: QSettings
    services: dict[str, Any] = field(default_factory=dict)
    projector: Any = None  # ProjectorController, set by the console window

    def service(self, name: str) -> Any:
        return self.services[name]
