"""Commitments and bright spots in a handout. Issue 13 fills this from `handout.commitments`; until then it adds nothing."""

from __future__ import annotations

from app.export.handout import Handout
from app.export.styles import Styles


def flowables(h: Handout, st: Styles) -> list:
    if not h.commitments:
        return []
    return []  # issue 13 lays out its data here
