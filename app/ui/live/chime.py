"""Short chimes at the warning and at zero, made by us (resources/sounds/).

QtMultimedia is not part of PySide6-Essentials, so a chime is played by the
platform's own player, started detached so the live screen never waits.
Tests replace the player with one that only records.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from app.locations import RESOURCES_DIR

SOUNDS = RESOURCES_DIR / "sounds"


class ChimePlayer:
    def __init__(self) -> None:
        self.played: list[str] = []

    def path(self, name: str) -> Path:
        return SOUNDS / f"{name}.wav"

    def available(self) -> bool:
        return sys.platform.startswith("win") or self._command() is not None

    @staticmethod
    def _command() -> list[str] | None:
        for tool, args in (("afplay", []), ("pw-play", []), ("paplay", []), ("aplay", ["-q"])):
            found = shutil.which(tool)
            if found:
                return [found, *args]
        return None

    def play(self, name: str) -> None:
        self.played.append(name)
        path = self.path(name)
        if not path.exists():
            return
        if sys.platform.startswith("win"):  # pragma: no cover - Windows only
            import winsound

            winsound.PlaySound(str(path), winsound.SND_FILENAME | winsound.SND_ASYNC)
            return
        cmd = self._command()
        if cmd is None:
            return
        from PySide6.QtCore import QProcess

        QProcess.startDetached(cmd[0], [*cmd[1:], str(path)])


class SilentPlayer(ChimePlayer):
    """Records what would have played (tests, and machines with no sound)."""

    def play(self, name: str) -> None:
        self.played.append(name)
