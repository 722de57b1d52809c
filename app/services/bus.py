"""Plain-callback notifications: a service commits, then tells who listens what changed."""

from __future__ import annotations

from collections import defaultdict
from typing import Any, Callable

Listener = Callable[..., None]


class Bus:
    """Topics: "convening", "people", "teams", "agenda", "live", "protocols", "notes" (a step note typed)."""

    def __init__(self) -> None:
        self._listeners: dict[str, list[Listener]] = defaultdict(list)

    def subscribe(self, topic: str, listener: Listener) -> Callable[[], None]:
        self._listeners[topic].append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners[topic]:
                self._listeners[topic].remove(listener)

        return unsubscribe

    def emit(self, topic: str, **info: Any) -> None:
        for listener in list(self._listeners[topic]):
            listener(**info)
