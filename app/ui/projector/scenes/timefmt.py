"""Local time of day for scenes, in the convening's time zone."""

from __future__ import annotations

import datetime as dt
import math
from zoneinfo import ZoneInfo


def local_now(epoch: float, tz_name: str) -> dt.datetime:
    tz: dt.tzinfo
    try:
        tz = ZoneInfo(tz_name)
    except Exception:  # noqa: BLE001 - an unknown zone falls back to UTC rather than failing live
        tz = dt.UTC
    return dt.datetime.fromtimestamp(epoch, tz)


def seconds_to_next_minute(epoch: float) -> float:
    return 60.0 - math.fmod(epoch, 60.0)


def clock_text(t: dt.datetime) -> str:
    return t.strftime("%H:%M")


def countdown_digits(display_seconds: int) -> str:
    """The projector's digits for a countdown: "23:59", "75:00" (minutes past the hour), "1h45" past 100 minutes.

    No sign: overtime is said in words ("Over time") and colour beside the digits, so the
    digits stay five glyphs wide and as tall as on any other second.
    """
    total = abs(display_seconds)
    minutes, seconds = divmod(total, 60)
    if minutes < 100:
        return f"{minutes:02d}:{seconds:02d}"
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}"


def digits_reference(text: str) -> str:
    return "88:88" if ":" in text else "8h88"
