"""Typed notifications with owned subscriptions: a service commits, then tells who listens what changed.

A topic is a `Change` class (app/services/core/changes.py); what is emitted is an instance of it,
its fields the payload. Nobody subscribes on their own: a subscriber first takes an owner from the
bus (`bus.owner("talk service")`, or `app/ui/listen.py` `listen(widget, bus)` for a Qt object) and
subscribes through it; closing the owner ends every subscription it holds. So closing a file, a tab,
a dialog or an export leaves no listener behind, and `listener_count()` says so
(docs/ARCHITECTURE.md, "Notifications").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import TypeVar

from app.services.core.changes import Change

C = TypeVar("C", bound=Change)


class Subscriptions:
    """Everything one owner listens to. `close()` ends them all; it is safe to call twice."""

    def __init__(self, bus: Bus, name: str) -> None:
        self.bus = bus
        self.name = name
        self.closed = False
        self._held: list[tuple[type[Change], Callable[..., None]]] = []

    def on(self, topic: type[C], listener: Callable[[C], None]) -> None:
        """Call `listener(change)` after each `topic` is emitted, until this owner closes."""
        if self.closed:
            raise RuntimeError(f"{self.name}: its subscriptions are closed; take a new owner.")
        self.bus._add(topic, self, listener)
        self._held.append((topic, listener))

    def on_any(self, topics: Iterable[type[Change]], listener: Callable[[Change], None]) -> None:
        """One listener for several topics (a tab that redraws on any of them)."""
        for topic in topics:
            self.on(topic, listener)

    def close(self) -> None:
        self.closed = True
        for topic, listener in self._held:
            self.bus._remove(topic, self, listener)
        self._held.clear()

    def __len__(self) -> int:
        return len(self._held)


class Bus:
    def __init__(self) -> None:
        self._listeners: dict[type[Change], list[tuple[Subscriptions, Callable[..., None]]]] = defaultdict(list)

    def owner(self, name: str) -> Subscriptions:
        """A new owner of subscriptions, named for messages about listeners left behind."""
        return Subscriptions(self, name)

    def emit(self, change: Change) -> None:
        for owner, listener in list(self._listeners[type(change)]):
            if not owner.closed:   # an earlier listener may have closed it during this emit
                listener(change)

    # -- counting (tests and leak checks) ------------------------------------------------
    def listener_count(self, topic: type[Change] | None = None) -> int:
        if topic is not None:
            return len(self._listeners.get(topic, ()))
        return sum(len(v) for v in self._listeners.values())

    def owners(self) -> list[str]:
        """The names of the owners that still listen, one per subscription (for a leak's message)."""
        return sorted(owner.name for entries in self._listeners.values() for owner, _ in entries)

    # -- for Subscriptions ---------------------------------------------------------------
    def _add(self, topic: type[Change], owner: Subscriptions, listener: Callable[..., None]) -> None:
        if not (isinstance(topic, type) and issubclass(topic, Change)):
            raise TypeError(f"{topic!r} is not a topic (a Change class from app/services/core/changes.py).")
        self._listeners[topic].append((owner, listener))

    def _remove(self, topic: type[Change], owner: Subscriptions, listener: Callable[..., None]) -> None:
        entries = self._listeners.get(topic, [])
        for i, (o, fn) in enumerate(entries):
            if o is owner and fn is listener:
                del entries[i]
                break
