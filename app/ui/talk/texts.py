"""How talk figures are written on screen."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Lower-case and accent-free, so "jose" finds "José" (as the People tab's filter does)."""
    plain = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in plain if not unicodedata.combining(ch)).casefold()


def mmss(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    s = int(seconds + 0.5)
    h, rest = divmod(s, 3600)
    m, sec = divmod(rest, 60)
    return f"{h}:{m:02d}:{sec:02d}" if h else f"{m}:{sec:02d}"


def pct(share: float) -> str:
    return f"{share * 100:.0f}%"
