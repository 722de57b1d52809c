"""Unexpected errors: the details go to a log file in the data folder, the user gets one sentence.

No traceback or SQL text is ever shown; the sentence names the log file so
whoever helps the facilitator can find the details.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import traceback
from collections.abc import Callable
from pathlib import Path

from app.i18n import _

LOG_NAME = "convene-errors.log"
LINE_EVERY_S = 60.0   # a kind of event a stranger can repeat at will: at most one line a minute


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
        return _("Try again; if it happens again, tell whoever supports Convene for you.")
    return _("The details are in {file}; send that file to whoever supports Convene for you.").format(file=where)


def sentence(exc: BaseException, what: str) -> str:
    """Record `exc` and say, in one or two sentences, that it happened and where the details are."""
    return _("Something unexpected went wrong while {what}; nothing already saved was lost.").format(
        what=what) + " " + details_hint(record(exc, what))


def write_line(text: str) -> bool:
    """Append one stamped line to the log (control characters dropped, at most 200 characters)."""
    line = "".join(ch if ch.isprintable() else " " for ch in text)[:200]
    try:
        stamp = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        with open(log_path(), "a", encoding="utf-8") as fh:
            fh.write(f"--- {stamp} {line}\n")
        return True
    except Exception:  # noqa: BLE001 - a full disk must not stop what is being logged about
        return False


class LineLog:
    """Events anyone on the network can cause at will (a phone's malformed request): one short line per
    kind, at most once every `every_s` seconds of `monotonic`; the next line says how many were left
    out. The caller's text names the kind of event only: no traceback, nothing the sender sent."""

    def __init__(self, monotonic: Callable[[], float], every_s: float | None = None) -> None:
        self.monotonic = monotonic
        self.every_s = LINE_EVERY_S if every_s is None else every_s
        self._lock = threading.Lock()
        self._last: dict[str, float] = {}
        self._left_out: dict[str, int] = {}

    def note(self, kind: str, text: str) -> bool:
        """Write `text` unless a line of this kind was written less than `every_s` ago; True if written."""
        now = self.monotonic()
        with self._lock:
            last = self._last.get(kind)
            if last is not None and now - last < self.every_s:
                self._left_out[kind] = self._left_out.get(kind, 0) + 1
                return False
            self._last[kind] = now
            left_out = self._left_out.pop(kind, 0)
        if left_out:
            text += f" (and {left_out} more like it since the last line)"
        return write_line(text)


class LineHandler(logging.Handler):
    """A logging handler that never writes to the terminal: each record becomes at most one line in the
    log, rate-limited per logger and level, naming the logger and the exception's type, never the
    message (which may carry what a stranger sent)."""

    def __init__(self, lines: LineLog) -> None:
        super().__init__(logging.WARNING)
        self.lines = lines

    def emit(self, record: logging.LogRecord) -> None:
        try:
            exc = record.exc_info[1] if record.exc_info else None
            what = f" ({type(exc).__name__})" if exc is not None else ""
            self.lines.note(f"{record.name}:{record.levelname}",
                            f"{record.name} logged {record.levelname}{what}")
        except Exception:  # noqa: BLE001 - logging must never raise into the code that logged
            pass
