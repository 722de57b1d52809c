"""What to show in the first fraction of a second, before the full services load.

Light on purpose: no SQLAlchemy, no Alembic. The real open (checks, lock,
backup, migrations) follows at once and has the last word.
"""

from __future__ import annotations

import datetime as dt
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


def demo_header(text: str) -> dict:
    """The [convening] table and each [[days]] table's own keys, read line by line.

    Just what the first frame shows, without loading tomllib (its import and a full parse
    of the demo cost about 7 ms of a 160 ms start). Only one-line basic strings without
    escapes and dates are read, which is all those keys use; any other value raises
    ValueError and the caller falls back to tomllib. tests/services/test_peek.py checks the
    result against tomllib's reading of the same file.
    """
    if '"""' in text or "'''" in text:
        raise ValueError("multi-line strings: a line inside one could look like a table")
    convening: dict = {}
    days: list[dict] = []
    target: dict | None = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            name = line.split("]", 1)[0].strip("[ ")
            if name == "convening":
                target = convening
            elif name == "days" and line.startswith("[["):
                days.append({})
                target = days[-1]
            elif name.startswith("days."):
                target = None
            else:
                break  # teams, participants...: nothing more the first frame needs
            continue
        if target is None:
            continue
        key, eq, value = line.partition("=")
        key, value = key.strip(), value.strip()
        if not eq or not key.replace("_", "").isalnum():
            raise ValueError(f"not a plain key = value line: {line[:40]}")
        if value.startswith('"'):
            end = value.find('"', 1)
            rest = value[end + 1:].strip() if end > 0 else "?"
            string = value[1:end]
            if end < 0 or "\\" in string or (rest and not rest.startswith("#")):
                raise ValueError(f"not a plain one-line string: {line[:40]}")
            target[key] = string
        else:
            target[key] = dt.date.fromisoformat(value.split("#", 1)[0].strip())
    return {"convening": convening, "days": days}


def demo_details(lang: str = "en") -> SimpleNamespace | None:
    """The demo's title, place and days for the first frame; in `lang`, the demo the console is about to
    build (its words from `resources/demo/convening.<lang>.toml`, read only for a language other than English)."""
    try:
        text = (RESOURCES_DIR / "demo" / "convening.toml").read_text(encoding="utf-8")
        try:
            data = demo_header(text)
        except ValueError:
            import tomllib

            data = tomllib.loads(text)
        c = data["convening"]
        said = _demo_words(lang)
        days = tuple(
            DayDetails(d["date"], said.get(d.get("title", ""), d.get("title", "")), _hhmm(d["start"]), _hhmm(d["end"]))
            for d in data["days"]
        )
        return ConveningDetails(said.get(c["title"], c["title"]), c.get("organisation", ""), c.get("location", ""),
                                c.get("resources_url", ""), c.get("timezone", "UTC"), "", days)
    except (OSError, KeyError, ValueError, UnicodeError):  # tomllib's errors are ValueErrors
        return None


def _demo_words(lang: str) -> dict[str, str]:
    """The demo's English texts -> `lang`'s (the same table the demo builder reads); none for English."""
    path = RESOURCES_DIR / "demo" / f"convening.{lang}.toml"
    if lang == "en" or not path.exists():
        return {}
    import tomllib

    return dict(tomllib.loads(path.read_text(encoding="utf-8")).get("text", {}))


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
