"""Co-facilitation's part of a handout (app/services/export/service.py composes the parts): in the facilitator
version only, what each co-facilitator's device did, counted by what (talk taps, calls from the queue, timer
presses…), and the cues it sent with their times, for the days in the handout. Only actions that were
applied count (a refused one, "No hands are up", is not in it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.export.handout import DeviceActions, Scope

if TYPE_CHECKING:
    from app.services.cofacilitate.service import CofacilitationService
    from app.services.live.service import LiveService

WHAT = (
    ("tap", "Talk taps (floor given)"),
    ("silence", "Silence"),
    ("many_voices", "Many voices"),
    ("hand", "Hands raised or lowered"),
    ("call_next", "Called from the queue"),
    ("code", "Turn codes"),
    ("start_pause", "Timer started or paused"),
    ("plus_minute", "+1 minute"),
    ("minus_minute", "-1 minute"),
    ("next", "Next item or step"),
    ("cue", "Cues to the lead"),
)


def devices(cofac: CofacilitationService, live: LiveService, scope: Scope) -> tuple[DeviceActions, ...]:
    if not scope.private:
        return ()
    import json

    dates = {d.date for d in scope.days}
    counts: dict[str, dict[str, int]] = {}
    cues: dict[str, list[str]] = {}
    for name, kind, detail, at in cofac.actions():
        local = live.local(at)
        if not scope.whole and local.date() not in dates:
            continue
        counts.setdefault(name, {})
        counts[name][kind] = counts[name].get(kind, 0) + 1
        if kind == "cue":
            from app.domain.cofacilitate.texts import cue_words

            text = json.loads(detail or "{}").get("text", "")
            cues.setdefault(name, []).append(f"{local:%H:%M} {cue_words(text)}")
    return tuple(DeviceActions(name, tuple((words, mine[k]) for k, words in WHAT if mine.get(k)),
                               tuple(cues.get(name, ()))) for name, mine in counts.items())
