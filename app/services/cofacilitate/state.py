"""The snapshot a co-facilitator's device shows, built on the thread that owns the store from the same
service parts the console draws (talk.seating, talk.queue, talk.codes, live): plain JSON values only."""

from __future__ import annotations

from typing import Any

from app.services.live.service import LiveService
from app.services.talk.service import TalkService


def build_state(talk: TalkService, live: LiveService) -> dict[str, Any]:
    return {"floor": _floor(talk), "timer": _timer(live)}


def _floor(talk: TalkService) -> dict[str, Any] | None:
    conv = talk.conversation()
    if conv is None:
        return None
    view = talk.seating.view()
    open_turn = talk.open_turn()
    return {
        "title": conv.title,
        "blocks": [{"label": b.label, "people": list(b.people)} for b in view.blocks],
        "names": {str(p): n for p, n in view.names.items() if p in conv.members},
        "speaker": view.speaker,
        "many": open_turn is not None and open_turn.speaker is None,
        "hands": {str(p): place for p, place in view.hands.items()},
        "queue": [{"hand": e.hand_id, "person": e.person, "name": e.name} for e in talk.queue.waiting()],
        "codes": [{"position": c.position, "label": c.label} for c in talk.codes.codes()],
    }


def _timer(live: LiveService) -> dict[str, Any] | None:
    view = live.view()
    if view.item_id is None:
        return None
    record = live.item_record(view.item_id)
    countdown = view.step_countdown or view.item
    title = record.title if record is not None else ""
    if view.step is not None:
        title = f"{title} · {view.step + 1}"
    return {"title": title, "running": view.running,
            "remaining": round(countdown.remaining, 3) if countdown is not None else 0.0}
