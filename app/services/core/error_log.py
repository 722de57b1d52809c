"""Unexpected errors: the details go to a log file in the data folder, the user gets one sentence.

No traceback or SQL text is ever shown; the sentence names the log file so
whoever helps the facilitator can find the details.
"""

from __future__ import annotations

import datetime as dt
import traceback
from pathlib import Path

LOG_NAME = "convene-errors.log"


def log_path() -> Path:
    from app.locations import data_dir

    return data_dir() / LOG_NAME


def record(exc: BaseException, what: str) -> Path | None:
    """Append `exc` with its traceback to the log; returns the log's path, or None if it cannot be written."""
    try:
        path = log_path()
        stamp = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(f"--- {stamp} {what}\n")
            fh.write("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
        return path
    except Exception:  # noqa: BLE001 - failing to log must not hide the sentence
        return None


def details_hint(where: Path | None) -> str:
    if where is None:
        return "Try again; if it happens again, tell whoever supports Convene for you."
    return f"The details are in {where}; send that file to whoever supports Convene for you."


def sentence(exc: BaseException, what: str) -> str:
    """Record `exc` and say, in one or two sentences, that it happened and where the details are."""
    return f"Something unexpected went wrong while {what}; nothing already saved was lost. " + details_hint(
        record(exc, what)
    )
