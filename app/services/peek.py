"""What to show in the first fraction of a second, before the full services load.

Light on purpose: no SQLAlchemy, no Alembic. The real open (checks, lock,
backup, migrations) follows at once and has the last word.
"""

from __future__ import annotations

import datetime as dt
import re
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


_TABLE = re.compile(r"^\s*\[\[?\s*([A-Za-z0-9_.]+)\s*\]\]?\s*(#.*)?$")
_PAIR = re.compile(r'^\s*([A-Za-z0-9_]+)\s*=\s*(?:"([^"\\]*)"|(\d{4}-\d{2}-\d{2}))\s*(#.*)?$')
_KEY = re.compile(r"^\s*[A-Za-z0-9_]+\s*=")


def demo_header(text: str) -> dict:
    """The [convening] table and each [[days]] table's own keys, read line by line.

    Just what the first frame shows, without loading tomllib (its import and a full parse
    of the demo cost about 7 ms of a 160 ms start). Only one-line basic strings without
    escapes and dates are read, which is all those keys use; any other value raises
    ValueError and the caller falls back to tomllib. tests/services/test_peek.py checks the
    result against tomllib's reading of the same file.
    """
    convening: dict = {}
    days: list[dict] = []
    target: dict | None = None
    for line in text.splitlines():
        table = _TABLE.match(line)
        if table:
            name = table.group(1)
            if name == "convening":
                target = convening
            elif name == "days" and line.lstrip().startswith("[["):
                days.append({})
                target = days[-1]
            elif name.startswith("days."):
                target = None
            else:
                break  # teams, participants...: nothing more the first frame needs
            continue
        if target is None or not _KEY.match(line):
            continue
        pair = _PAIR.match(line)
        if pair is None:
            raise ValueError(f"not a plain one-line value: {line.strip()[:40]}")
        key, string, date = pair.group(1), pair.group(2), pair.group(3)
        target[key] = string if string is not None else dt.date.fromisoformat(date)
    return {"convening": convening, "days": days}


def demo_details() -> SimpleNamespace | None:
    try:
        text = (RESOURCES_DIR / "demo" / "convening.toml").read_text(encoding="utf-8")
        try:
            data = demo_header(text)
        except ValueError:
            import tomllib

            data = tomllib.loads(text)
        c = data["convening"]
        days = tuple(
            DayDetails(d["date"], d.get("title", ""), _hhmm(d["start"]), _hhmm(d["end"])) for d in data["days"]
        )
        return ConveningDetails(c["title"], c.get("organisation", ""), c.get("location", ""),
                                c.get("resources_url", ""), c.get("timezone", "UTC"), "", days)
    except (OSError, KeyError, ValueError, UnicodeError):  # tomllib's errors are ValueErrors
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
