"""Reading the pairs of an earlier convening: its .convene file (read-only, never changed) or a CSV."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

from app.domain.csv_cells import unguard


class HistoryFileError(ValueError):
    """The earlier pairs cannot be read; the message names the file and what to do."""


def read_history_file(path: Path) -> list[tuple[str, list[list[str]]]]:
    """[(round label, [[team name, ...], ...]), ...] in round order, oldest first."""
    path = Path(path)
    if not path.is_file():
        raise HistoryFileError(f"{path}: there is no such file; check the name.")
    if path.suffix.lower() == ".csv":
        return _read_csv(path)
    return _read_convening(path)


def _read_convening(path: Path):
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise HistoryFileError(f"{path}: it cannot be opened ({exc}); choose a .convene file.") from exc
    try:
        names = dict(conn.execute("SELECT id, name FROM team"))
        rounds = []
        for rid, position, title in conn.execute("SELECT id, position, title FROM pairing_round ORDER BY position, id").fetchall():
            groups = []
            for a, b, c in conn.execute("SELECT team_a_id, team_b_id, team_c_id FROM pair WHERE round_id = ? ORDER BY id", (rid,)):
                groups.append([names[i] for i in (a, b, c) if i is not None and i in names])
            rounds.append((title or f"round {position + 1}", groups))
        return rounds
    except sqlite3.DatabaseError as exc:
        raise HistoryFileError(f"{path}: it is not a convening file Convene can read; choose a .convene file or a CSV.") from exc
    finally:
        conn.close()


def _read_csv(path: Path):
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise HistoryFileError(f"{path}: it cannot be read as UTF-8 text; save it as CSV UTF-8.") from exc
    rows = list(csv.DictReader(text.splitlines()))
    if not rows or not {"team_a", "team_b"} <= set(rows[0]):
        raise HistoryFileError(f"{path}: it needs the columns team_a and team_b (and optionally team_c and round).")
    rounds: dict[str, list[list[str]]] = {}
    for row in rows:
        label = unguard((row.get("round") or "").strip())
        label = f"round {label}" if label.isdigit() else label
        names = [unguard((row.get(k) or "").strip()) for k in ("team_a", "team_b", "team_c")]
        rounds.setdefault(label, []).append([n for n in names if n])
    return list(rounds.items())
