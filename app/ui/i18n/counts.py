"""Counted nouns in the console's language ("1 minute", "5 minutos"), as Qt %n plurals.

lupdate marks a text as a plural only in `self.tr(text, "", n)` inside a class, so the console's counted
nouns live here, one method each, for module-level functions (app/ui/agenda/texts.py) to share.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


class Counts(QObject):
    def minutes(self, n: int) -> str:
        return self.tr("%n minute(s)", "", n)

    def items(self, n: int) -> str:
        return self.tr("%n item(s)", "", n)

    def teams(self, n: int) -> str:
        return self.tr("%n team(s)", "", n)

    def participants(self, n: int) -> str:
        return self.tr("%n participant(s)", "", n)

    def cycles(self, n: int) -> str:
        return self.tr("%n cycle(s)", "", n)

    def dots(self, n: int) -> str:
        return self.tr("%n dot(s)", "", n)

    def steps(self, n: int) -> str:
        return self.tr("%n step(s)", "", n)

    def notes(self, n: int) -> str:
        return self.tr("%n note(s)", "", n)


_counts: Counts | None = None


def counts() -> Counts:
    global _counts
    if _counts is None:
        _counts = Counts()
    return _counts
