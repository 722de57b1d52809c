"""Commitments as a CSV file a spreadsheet opens (UTF-8 with a byte-order mark, so accents survive Excel)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from app.domain import csv_cells
from app.domain.commitments.model import Commitment

HEADER = ("Team", "Change to test", "Who", "By when", "Measure", "Support needed", "Support from",
          "Status", "What was learned", "Made at", "Agenda item")


def row(c: Commitment) -> tuple[str, ...]:
    return (c.team, c.change, c.who, c.by_when, c.measure, c.support, c.support_from,
            c.status_word if c.carried else (c.status or ""), c.learned, c.source or "this convening", c.item)


def write_csv(out, commitments: Iterable[Commitment]) -> int:
    """Write the header and one row per commitment to the text stream `out`; returns the number of rows."""
    w = csv_cells.writer(out, lineterminator="\r\n")
    w.writerow(HEADER)
    n = 0
    for c in commitments:
        w.writerow(row(c))
        n += 1
    return n


def save_csv(path: Path, commitments: Iterable[Commitment]) -> int:
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        return write_csv(fh, commitments)
