"""One writer per convening file.

A side file ``NAME.convene.lock`` is held with an exclusive OS lock for as long
as the file is open, and names its holder (user, computer, process, since when).
The OS lock disappears when the process dies, even by SIGKILL, so a stale side
file from a crash never blocks the next start.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
import time
from pathlib import Path

from app.store.errors import FileLockedError, ReadOnlyFileError

try:  # POSIX
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

except ImportError:  # pragma: no cover - Windows
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)


def lock_path_for(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def describe_holder(info: dict) -> str:
    since = info.get("since")
    when = time.strftime("%H:%M on %d %b", time.localtime(since)) if since else "an unknown time"
    return f"by {info.get('user', '?')} on {info.get('host', '?')}, process {info.get('pid', '?')}, since {when}"


class FileLock:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.lock_path = lock_path_for(self.path)
        self._fd: int | None = None

    def acquire(self) -> None:
        try:
            fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise ReadOnlyFileError(
                self.path,
                f"its folder is read-only, so Convene cannot keep it safe ({exc.strerror}).",
                "Copy it to a folder you can write to, such as Documents.",
            ) from exc
        if not _try_lock(fd):
            try:
                info = json.loads(os.read(fd, 4096).decode("utf-8") or "{}")
            except (ValueError, OSError):
                info = {}
            os.close(fd)
            raise FileLockedError(self.path, describe_holder(info))
        info = {
            "user": _user(),
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "since": time.time(),
        }
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, json.dumps(info).encode("utf-8"))
        os.fsync(fd)
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            os.ftruncate(fd, 0)
            _unlock(fd)
        finally:
            os.close(fd)
            try:
                self.lock_path.unlink()
            except OSError:
                pass

    @property
    def held(self) -> bool:
        return self._fd is not None


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name is not a reason to fail
        return "unknown user"
