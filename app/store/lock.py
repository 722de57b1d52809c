"""One writer per convening file.

A side file ``NAME.convene.lock`` is held with an exclusive OS lock for as long
as the file is open, and names its holder (user, computer, process, since when).
The OS lock disappears when the process dies, even by SIGKILL, so a stale side
file from a crash never blocks the next start.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import sys
import time
from pathlib import Path

from app.i18n import _
from app.store.errors import FileLockedError, ReadOnlyFileError

if sys.platform != "win32":  # POSIX
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _try_lock_shared(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

else:  # pragma: no cover - Windows
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

    def _try_lock_shared(fd: int) -> bool:
        return True  # no shared locks here: FileLock.acquire() still has the last word


def lock_path_for(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def describe_holder(info: dict) -> str:
    since = info.get("since")
    when = time.strftime("%H:%M on %d %b", time.localtime(since)) if since else "an unknown time"
    return f"by {info.get('user', '?')} on {info.get('host', '?')}, process {info.get('pid', '?')}, since {when}"


def held_elsewhere(path: Path) -> str | None:
    """Who holds `path` open right now, or None; creates nothing.

    Asked before a file is read at all, so that a file another Convene is busy
    writing is reported as open there, not as damaged by a read caught mid-write.
    """
    try:
        fd = os.open(lock_path_for(Path(path)), os.O_RDONLY)
    except OSError:
        return None
    try:
        if _try_lock_shared(fd):
            _unlock(fd)
            return None
        try:
            info = json.loads(os.read(fd, 4096).decode("utf-8") or "{}")
        except (ValueError, OSError):
            info = {}
        return describe_holder(info)
    finally:
        os.close(fd)


class FileLock:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.lock_path = lock_path_for(self.path)
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock or raise FileLockedError naming the holder.

        The protocol: open (or create) the side file, lock it, then check that
        the path still names the very file that was locked. A releaser deletes
        the side file while it still holds the lock, so an opener that locked
        a file just deleted sees the path gone (or naming a newer file) and
        tries again; two openers can never hold two different side files.
        """
        for _attempt in range(100):
            fd = self._open()
            if not _try_lock(fd):
                try:
                    info = json.loads(os.read(fd, 4096).decode("utf-8") or "{}")
                except (ValueError, OSError):
                    info = {}
                os.close(fd)
                raise FileLockedError(self.path, describe_holder(info))
            if self._still_named(fd):
                break
            _unlock(fd)
            os.close(fd)
        else:  # pragma: no cover - another process deleting the side file a hundred times in a row
            raise FileLockedError(self.path, "by another Convene that keeps opening and closing it")
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

    def _open(self) -> int:
        try:
            return os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise ReadOnlyFileError(
                self.path,
                _("its folder is read-only, so Convene cannot keep it safe ({strerror}).").format(strerror=exc.strerror),
                _("Copy it to a folder you can write to, such as Documents."),
            ) from exc

    def _still_named(self, fd: int) -> bool:
        try:
            on_disk = os.stat(self.lock_path)
        except FileNotFoundError:
            return False
        held = os.fstat(fd)
        return (on_disk.st_dev, on_disk.st_ino) == (held.st_dev, held.st_ino)

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            os.ftruncate(fd, 0)
            with contextlib.suppress(OSError):  # delete while still holding the lock: see acquire()
                self.lock_path.unlink()
            _unlock(fd)
        finally:
            os.close(fd)

    @property
    def held(self) -> bool:
        return self._fd is not None


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name is not a reason to fail
        return "unknown user"
