"""Sticky-note walls in a handout. Issue 10 fills this from `handout.wall`; until then it adds nothing."""

from __future__ import annotations

from app.export.handout import Handout
from app.export.styles import Styles


def flowables(h: Handout, st: Styles) -> list:
    if not h.wall:
        return []
    return []  # issue 10 lays out its data here
