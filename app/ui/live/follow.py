"""Projector follows: when an item starts or the run moves on, the room sees its timer or its protocol step.

On by default, remembered in the settings INI ("live/follow"). Starting, PageDown,
PageUp, a double-click in the day list and auto-advance all move the projector to
the timer scene, or to the protocol scene for an item with steps; pausing, resuming
and adjusting leave whatever the facilitator put up. When a file opens with an item
running (a relaunch mid-step), the projector opens on that item's scene. A blanked
projector stays blank: the scene behind the blank changes, and B shows it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from app.domain.agenda import EventKind
from app.services.core.changes import ConveningChanged, LiveChanged
from app.ui.listen import listen

SETTING = "live/follow"
MOVES = (EventKind.START, EventKind.GOTO)


def scene_for(view) -> str | None:
    """The scene that shows a running view: the protocol step, else the item's timer (None when idle)."""
    if view.item_id is None:
        return None
    return "protocol" if view.step is not None else "timer"


class ProjectorFollower(QObject):
    def __init__(self, ctx, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.subs = listen(self, ctx.workspace.bus)
        self.subs.on(LiveChanged, self._on_live)
        self.subs.on(ConveningChanged, self._on_convening)
        if ctx.workspace.store is not None:
            self.follow_now()

    def enabled(self) -> bool:
        return self.ctx.settings.value(SETTING, True, type=bool)

    def set_enabled(self, on: bool) -> None:
        self.ctx.settings.setValue(SETTING, on)
        if on:
            self.follow_now()

    def follow_now(self) -> None:
        """Put the current item's scene up (behind the blank, if blanked)."""
        projector = getattr(self.ctx, "projector", None)
        live = self.ctx.services.live
        if projector is None or live is None or self.ctx.workspace.store is None or not self.enabled():
            return
        scene_id = scene_for(live.view())
        if scene_id is not None:
            projector.follow(scene_id)

    def _on_live(self, change: LiveChanged) -> None:
        events = change.events
        if any(getattr(e, "kind", None) in MOVES for e in events):
            self.follow_now()

    def _on_convening(self, _change: ConveningChanged) -> None:
        self.follow_now()
