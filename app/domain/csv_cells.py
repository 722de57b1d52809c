"""Every CSV file Convene writes goes through here, so that no cell runs as a formula in a spreadsheet.

Excel, LibreOffice and Google Sheets run a cell that begins with = + - @ (or a tab or carriage
return before one) as a formula, so a sticky note typed as `=HYPERLINK(...)` could run on the
computer that opens the export. Such a cell is written with an apostrophe in front (`'=...`): a
spreadsheet shows it as text, and `unguard` takes the apostrophe off again, so Convene's own CSV
imports read back exactly what was typed. Plain numbers (-5, +3.5) are left as they are; a cell
that already begins with apostrophes before one of those characters gets one more, so that
`unguard(guard(x)) == x` for every text x.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Mapping
from typing import Any

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?\d+(?:\.\d+)?")


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def guard(value: Any) -> str:
    """The cell as text, with an apostrophe in front when a spreadsheet would run it as a formula."""
    text = _text(value)
    core = text.lstrip("'")
    if not core.startswith(TRIGGERS):
        return text
    if core == text and _NUMBER.fullmatch(text):
        return text
    return "'" + text


def unguard(text: str) -> str:
    """What was typed, from a cell `guard` wrote (other cells come back unchanged)."""
    if text.startswith("'") and text.lstrip("'").startswith(TRIGGERS):
        return text[1:]
    return text


def guard_row(row: Iterable[Any]) -> list[str]:
    return [guard(v) for v in row]


class SafeWriter:
    """csv.writer with every cell guarded."""

    def __init__(self, stream, **kwargs) -> None:
        self._w = csv.writer(stream, **kwargs)

    def writerow(self, row: Iterable[Any]):
        return self._w.writerow(guard_row(row))

    def writerows(self, rows: Iterable[Iterable[Any]]) -> None:
        for row in rows:
            self.writerow(row)


class SafeDictWriter:
    """csv.DictWriter with every cell guarded (the header is ours and left as it is)."""

    def __init__(self, stream, fieldnames, **kwargs) -> None:
        self._w = csv.DictWriter(stream, fieldnames=fieldnames, **kwargs)

    def writeheader(self):
        return self._w.writeheader()

    def writerow(self, row: Mapping[str, Any]):
        return self._w.writerow({k: guard(v) for k, v in row.items()})

    def writerows(self, rows: Iterable[Mapping[str, Any]]) -> None:
        for row in rows:
            self.writerow(row)


def writer(stream, **kwargs) -> SafeWriter:
    return SafeWriter(stream, **kwargs)
