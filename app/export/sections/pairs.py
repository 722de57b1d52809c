"""Buddy pairs and tables in a handout. Issue 11 fills this from `handout.pairs`; until then it adds nothing."""

from __future__ import annotations

from app.export.handout import Handout
from app.export.styles import Styles


def flowables(h: Handout, st: Styles) -> list:
    if not h.pairs:
        return []
    return []  # issue 11 lays out its data here
