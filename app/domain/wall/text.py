"""What a note's text may be: trimmed, never empty, at most MAX_CHARS; compared without case,
accents or punctuation."""

from __future__ import annotations

import re
import unicodedata

from app.i18n import _

MAX_CHARS = 2000
NAME_CHARS = 120


class NoteTextError(ValueError):
    """A note or cluster name cannot be kept as typed; the message says why."""


def clean_note(text: str) -> str:
    value = "\n".join(" ".join(line.split()) for line in (text or "").strip().splitlines()).strip()
    value = re.sub(r"\n{3,}", "\n\n", value)
    if not value:
        raise NoteTextError(_("A note needs some text."))
    if len(value) > MAX_CHARS:
        raise NoteTextError(_("A note can hold {limit} characters; this one has {n}. Split it into several notes.")
                            .format(limit=MAX_CHARS, n=len(value)))
    return value


def clean_name(text: str) -> str:
    value = " ".join((text or "").split())
    if len(value) > NAME_CHARS:
        raise NoteTextError(_("Keep a cluster name under {limit} characters (it has {n}).").format(limit=NAME_CHARS, n=len(value)))
    return value


def split_lines(pasted: str) -> list[str]:
    """Pasted text as one note per non-empty line, bullets and numbering taken off."""
    out = []
    for line in (pasted or "").splitlines():
        line = re.sub(r"^\s*(?:[-*•·–]|\d{1,3}[.)])\s+", "", line).strip()
        if line:
            out.append(line)
    return out


def folded(text: str) -> str:
    """Lower case, accents off, punctuation to spaces: "¡Más TIEMPO!" -> "mas tiempo"."""
    t = unicodedata.normalize("NFKD", text.casefold())
    t = "".join(ch for ch in t if not unicodedata.combining(ch))
    t = "".join(ch if ch.isalnum() else " " for ch in t)
    return " ".join(t.split())


def words(text: str) -> list[str]:
    return folded(text).split()
