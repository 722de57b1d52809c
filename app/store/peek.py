"""A quick, read-only look at a convening file's title and days, with sqlite3 alone.

Used at start-up to put the convening on both screens before the full store
(SQLAlchemy, migrations, the lock) has loaded. Never writes, never raises:
anything unexpected gives None and the normal open path reports it properly.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path


def peek_convening(path: Path) -> dict | None:
    try:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except (sqlite3.Error, OSError, ValueError):
        return None
    try:
        row = conn.execute(
            "SELECT title, organisation, location, resources_url, timezone FROM convening LIMIT 1"
        ).fetchone()
        if row is None:
            return None
        days = conn.execute(
            "SELECT date, title, start_minutes, end_minutes FROM day ORDER BY position"
        ).fetchall()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    keys = ("title", "organisation", "location", "resources_url", "timezone")
    return {**dict(zip(keys, row)), "days": [tuple(d) for d in days]}
