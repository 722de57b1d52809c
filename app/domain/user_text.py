"""One rule for text people send or bring in (a phone's note and name, a roster's cells): no invisible controls.

Taken out: control characters (Unicode category Cc) other than tab and line breaks, lone surrogates (Cs)
and format characters (Cf). Format characters include the bidirectional controls (U+202A-U+202E,
U+2066-U+2069, U+200E, U+200F, U+061C), which can make "Ana Ruiz" show as something else than it sorts,
searches and prints as, and zero-width characters such as U+FEFF and U+2060. Kept: the zero-width
non-joiner and joiner (U+200C, U+200D) that Persian, Indic scripts and emoji need.
"""

from __future__ import annotations

import unicodedata

__all__ = ["without_controls"]

_KEEP = frozenset("\t\n\r\u200c\u200d")
_DROP = frozenset(("Cc", "Cs", "Cf"))


def without_controls(text: str) -> str:
    """`text` without the invisible characters above; the same string when it has none."""
    if text.isprintable():  # no Cc, Cf or Cs at all: the usual case, checked in C
        return text
    return "".join(ch for ch in text if ch in _KEEP or unicodedata.category(ch) not in _DROP)
