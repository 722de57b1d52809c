"""Local time of day for scenes, in the convening's time zone."""

from __future__ import annotations

import datetime as dt
import math
from zoneinfo import ZoneInfo


def local_now(epoch: float, tz_name: str) -> dt.datetime:
    try:
        tz = ZoneInfo(tz_name)
    except Exception:  # noqa: BLE001 - an unknown zone falls back to UTC rather than failing live
        tz = dt.timezone.utc
    return dt.datetime.fromtimestamp(epoch, tz)


def seconds_to_next_minute(epoch: float) -> float:
    return 60.0 - math.fmod(epoch, 60.0)


def clock_text(t: dt.datetime) -> str:
    return t.strftime("%H:%M")
