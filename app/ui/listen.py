"""Subscriptions owned by a Qt object: they end when it is destroyed (or when closed sooner).

The one way a widget, dialog or helper object listens to the bus (docs/ARCHITECTURE.md,
"Notifications"): `self.subs = listen(self, ctx.workspace.bus)` then `self.subs.on(TalkChanged, fn)`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from app.services.core.bus import Bus, Subscriptions


def listen(owner: QObject, bus: Bus, name: str = "") -> Subscriptions:
    subs = bus.owner(name or type(owner).__name__)
    owner.destroyed.connect(lambda *_: subs.close())
    return subs
