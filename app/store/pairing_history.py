"""Reading the pairs of an earlier convening: its .convene file (read-only, never changed) or a CSV."""

from __future__ import annotations

import csv
import io
import sqlite3
from pathlib import Path

from app.domain.csv_cells import unguard
from app.i18n import _


class HistoryFileError(ValueError):
    """The earlier pairs cannot be read; the message names the file and what to do."""


def read_history_file(path: Path, max_pairs: int | None = None) -> list[tuple[str, list[list[str]]]]:
    """[(round label, [[team name, ...], ...]), ...] in round order, oldest first.

    A file of more than `max_pairs` pairs is refused before they are read into memory."""
    path = Path(path)
    if not path.is_file():
        raise HistoryFileError(_("{path}: there is no such file; check the name.").format(path=path))
    if path.suffix.lower() == ".csv":
        return _read_csv(path, max_pairs)
    return _read_convening(path, max_pairs)


def _too_many(path: Path, max_pairs: int) -> HistoryFileError:
    return HistoryFileError(f"{path.name} holds more than {max_pairs:,} pairs, the most Convene brings in from one "
                            "file; nothing was brought in.")


def _read_convening(path: Path, max_pairs: int | None = None):
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise HistoryFileError(_("{path}: it cannot be opened ({exc}); choose a .convene file.").format(path=path, exc=exc)) from exc
    try:
        if max_pairs is not None and conn.execute("SELECT count(*) FROM pair").fetchone()[0] > max_pairs:
            raise _too_many(path, max_pairs)
        names = dict(conn.execute("SELECT id, name FROM team"))
        rounds = []
        for rid, position, title in conn.execute("SELECT id, position, title FROM pairing_round ORDER BY position, id").fetchall():
            groups = []
            for a, b, c in conn.execute("SELECT team_a_id, team_b_id, team_c_id FROM pair WHERE round_id = ? ORDER BY id", (rid,)):
                groups.append([names[i] for i in (a, b, c) if i is not None and i in names])
            rounds.append((title or f"round {position + 1}", groups))
        return rounds
    except sqlite3.DatabaseError as exc:
        raise HistoryFileError(_("{path}: it is not a convening file Convene can read; choose a .convene file or a CSV.").format(path=path)) from exc
    finally:
        conn.close()


def _read_csv(path: Path, max_pairs: int | None = None):
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise HistoryFileError(_("{path}: it cannot be read as UTF-8 text; save it as CSV UTF-8.").format(path=path)) from exc
    reader = csv.DictReader(io.StringIO(text, newline=""))
    rounds: dict[str, list[list[str]]] = {}
    count = 0
    try:
        for row in reader:
            if count == 0 and not {"team_a", "team_b"} <= set(row):
                break
            count += 1
            if max_pairs is not None and count > max_pairs:
                raise _too_many(path, max_pairs)
            _add_row(rounds, row)
    except csv.Error as exc:
        raise HistoryFileError(_("{path}: line {line_num} cannot be read ({exc}); save it as CSV UTF-8.").format(path=path, line_num=reader.line_num, exc=exc)) from exc
    if not count:
        raise HistoryFileError(_("{path}: it needs the columns team_a and team_b (and optionally team_c and round).").format(path=path))
    return list(rounds.items())


def _add_row(rounds: dict[str, list[list[str]]], row: dict) -> None:
    label = unguard((row.get("round") or "").strip())
    label = f"round {label}" if label.isdigit() else label
    names = [unguard((row.get(k) or "").strip()) for k in ("team_a", "team_b", "team_c")]
    rounds.setdefault(label, []).append([n for n in names if n])
