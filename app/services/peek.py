"""What to show in the first fraction of a second, before the full services load.

Light on purpose: no SQLAlchemy, no Alembic. The real open (checks, lock,
backup, migrations) follows at once and has the last word.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path
from types import SimpleNamespace

from app.locations import RESOURCES_DIR


def ConveningDetails(title, organisation, location, resources_url, timezone, aim, days):  # noqa: N802
    """The same fields as records.ConveningDetails, without loading dataclasses at start-up."""
    return SimpleNamespace(title=title, organisation=organisation, location=location,
                           resources_url=resources_url, timezone=timezone, aim=aim, days=days)


def DayDetails(date, title, start_minutes, end_minutes):  # noqa: N802
    return SimpleNamespace(date=date, title=title, start_minutes=start_minutes, end_minutes=end_minutes)


def _hhmm(text: str) -> int:
    h, m = str(text).split(":")
    return int(h) * 60 + int(m)


def demo_details() -> SimpleNamespace | None:
    try:
        with open(RESOURCES_DIR / "demo" / "convening.toml", "rb") as fh:
            data = tomllib.load(fh)
        c = data["convening"]
        days = tuple(
            DayDetails(d["date"], d.get("title", ""), _hhmm(d["start"]), _hhmm(d["end"])) for d in data["days"]
        )
        return ConveningDetails(c["title"], c.get("organisation", ""), c.get("location", ""),
                                c.get("resources_url", ""), c.get("timezone", "UTC"), "", days)
    except (OSError, KeyError, ValueError, tomllib.TOMLDecodeError):
        return None


def file_details(path: Path) -> SimpleNamespace | None:
    from app.store.peek import peek_convening

    found = peek_convening(path)
    if found is None:
        return None
    try:
        days = tuple(DayDetails(dt.date.fromisoformat(str(d[0])), d[1] or "", int(d[2]), int(d[3]))
                     for d in found["days"])
    except (TypeError, ValueError):
        days = ()
    return ConveningDetails(found["title"] or "", found["organisation"] or "", found["location"] or "",
                            found["resources_url"] or "", found["timezone"] or "UTC", "", days)
