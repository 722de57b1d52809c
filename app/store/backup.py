"""Safe copies of convening files through SQLite's online backup API."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from pathlib import Path

KEEP_BACKUPS = 20


def copy_database(source: Path | sqlite3.Connection, target: Path) -> None:
    """Write a consistent copy of `source` to `target`, atomically (temp file, then rename)."""
    target = Path(target)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.part")
    if tmp.exists():
        tmp.unlink()
    close_src = False
    if isinstance(source, sqlite3.Connection):
        src = source
    else:
        src = sqlite3.connect(f"{Path(source).resolve().as_uri()}?mode=ro", uri=True)
        close_src = True
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
            dst.commit()
        finally:
            dst.close()
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        if tmp.exists():
            tmp.unlink()
        raise
    finally:
        if close_src:
            src.close()


def backup_before_open(path: Path, backup_dir: Path, keep: int = KEEP_BACKUPS) -> Path:
    """Copy `path` into `backup_dir` with a timestamp and keep only the newest `keep` copies."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = backup_dir / f"{Path(path).stem}-{stamp}-{time.time_ns() % 1_000_000:06d}.convene"
    copy_database(Path(path), target)
    prune(backup_dir, keep)
    return target


def prune(backup_dir: Path, keep: int = KEEP_BACKUPS) -> None:
    copies = sorted(backup_dir.glob("*.convene"), key=lambda p: (p.stat().st_mtime_ns, p.name))
    for old in copies[:-keep] if keep > 0 else copies:
        with contextlib.suppress(OSError):
            old.unlink()
