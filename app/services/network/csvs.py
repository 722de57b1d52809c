"""The network's CSV files (`convene network FOLDER --csv DIR`), UTF-8 with a BOM like every CSV Convene writes,
each cell guarded so that none runs as a formula (app/domain/csv_cells.py).

pairs.csv (convening, round, team_a, team_b, team_c), commitments.csv (convening, team, change, status,
carried_from) and talk.csv (convening, lens, group, share_of_people, share_of_talk), the talk through the one
suppression rule: a lens whose groups cannot be shown at a convening has one row, its group "Not shown" and
no shares. Shares are fractions of 1 with three decimals. pdsa.csv and measures.csv are the year's cycles
and values (NetworkYear.pdsa, .measures: each once, teams as the network names them, as the window and the
PDF show them), in the improvement capability's row format. Other capabilities add their own files with
one entry of year.py FILE_ROWS.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from itertools import groupby
from pathlib import Path

from app.domain import csv_cells
from app.domain.commitments.model import STATUS_WORDS
from app.i18n import N_
from app.services.improvement.network import MEASURES_CSV_HEADER, PDSA_CSV_HEADER
from app.services.improvement.records import NetworkRows
from app.services.network.records import NetworkYear

NOT_SHOWN = N_("Not shown (no group of at least 5 people)")   # in English in the CSVs; the PDF translates it


def _share(value: float | None) -> str:
    return "" if value is None else f"{value:.3f}"


def pairs_rows(year: NetworkYear) -> Iterable[list[str]]:
    for p in year.pairs:
        teams = list(p.teams) + [""] * (3 - len(p.teams))
        yield [p.convening, p.round, *teams[:3]]


def commitment_rows(year: NetworkYear) -> Iterable[list[str]]:
    for c in year.commitments:
        yield [c.convening, c.team, c.change, STATUS_WORDS.get(c.status, c.status), c.carried_from]


def talk_rows(year: NetworkYear) -> Iterable[list[str]]:
    for t in year.talk:
        if t.suppressed:
            yield [t.convening, t.lens, NOT_SHOWN, "", ""]
        else:
            yield [t.convening, t.lens, t.group, _share(t.share_of_people), _share(t.share_of_talk)]


def pdsa_rows(year: NetworkYear) -> Iterable[list[str]]:
    """pdsa.csv: each cycle of the year once, the team as the network names it (improvement's row format)."""
    from app.services.improvement.network import pdsa_csv_rows

    for label, rows in groupby(year.pdsa, key=lambda r: r.convening):
        yield from (list(r) for r in pdsa_csv_rows(NetworkRows(pdsa=tuple(rows)), label))


def measure_rows(year: NetworkYear) -> Iterable[list[str]]:
    """measures.csv: each value of the year once (by measure, team, period), the team as the network names it."""
    from app.services.improvement.network import measures_csv_rows

    for label, rows in groupby(year.measures, key=lambda r: r.convening):
        yield from (list(r) for r in measures_csv_rows(NetworkRows(measures=tuple(rows)), label))


YEAR_FILES: tuple[tuple[str, tuple[str, ...], Callable[[NetworkYear], Iterable[list[str]]]], ...] = (
    ("pairs.csv", ("convening", "round", "team_a", "team_b", "team_c"), pairs_rows),
    ("commitments.csv", ("convening", "team", "change", "status", "carried_from"), commitment_rows),
    ("talk.csv", ("convening", "lens", "group", "share_of_people", "share_of_talk"), talk_rows),
    ("pdsa.csv", PDSA_CSV_HEADER, pdsa_rows),
    ("measures.csv", MEASURES_CSV_HEADER, measure_rows),
)


def write_csv(year: NetworkYear, folder: Path) -> list[Path]:
    """Write every file of YEAR_FILES into `folder` (made if missing); returns the paths written."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    files: list[tuple[str, tuple[str, ...], Iterable[Sequence[str]]]] = [
        (name, header, rows(year)) for name, header, rows in YEAR_FILES]
    files += [(name, header, rows) for name, header, rows in year.extra]   # year.py FILE_ROWS
    for name, header, table in files:
        path = folder / name
        with open(path, "w", encoding="utf-8-sig", newline="") as fh:
            w = csv_cells.writer(fh, lineterminator="\r\n")
            w.writerow(header)
            w.writerows(table)
        written.append(path)
    return written
