"""Talk-time in a handout. Issue 9 fills this from `handout.talk`; until then it adds nothing."""

from __future__ import annotations

from app.export.handout import Handout
from app.export.styles import Styles


def flowables(h: Handout, st: Styles) -> list:
    if not h.talk:
        return []
    return []  # issue 9 lays out its data here
