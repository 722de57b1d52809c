"""How the network opens a convening file it only reads: an upgraded temporary copy, never the original.

`read_copy(path, folder)` copies the file (and the -wal or -journal SQLite would read with it) into
`folder`, reading them only, then opens the copy with a Workspace of its own, whose backups go to the
same temporary folder. Opening the copy runs every check and migration a normal open runs, so a file
of an older revision is read at the head schema, and a corrupt or newer file is refused in the same
one sentence. The original, its side files and its folder are left exactly as they were; nothing is
ever written beside them.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.domain.clock import Clock
from app.i18n import _
from app.services.core.workspace import ConveningFileError, Workspace

SIDE_FILES = ("-wal", "-journal")  # what SQLite reads beside a file (the -shm it rebuilds from the -wal)


class NetworkError(ValueError):
    """What the user is told, in one sentence, when the network cannot do what was asked."""


def copy_for_reading(file: Path, folder: Path) -> Path:
    """Copy `file` and the side files SQLite would read with it into `folder`; the copy keeps the name,
    so what is said about it names the user's file."""
    file = Path(file)
    if not file.exists():
        raise NetworkError(_("Cannot open “{name}”: the file does not exist.").format(name=file.name))
    if file.is_dir():
        raise NetworkError(_("Cannot open “{name}”: it is a folder, not a convening file.").format(name=file.name))
    folder.mkdir(parents=True, exist_ok=True)
    copy = folder / file.name
    try:
        shutil.copyfile(file, copy)
        for suffix in SIDE_FILES:
            side = Path(f"{file}{suffix}")
            if side.is_file() and side.stat().st_size > 0:
                shutil.copyfile(side, Path(f"{copy}{suffix}"))
    except OSError as exc:
        raise NetworkError(_("Cannot open “{name}”: it cannot be read ({strerror}).").format(name=file.name, strerror=exc.strerror)) from exc
    return copy


@contextmanager
def read_copy(file: Path, folder: Path, clock: Clock) -> Iterator[Workspace]:
    """A Workspace open on an upgraded copy of `file` made in `folder` (closed when the block ends)."""
    copy = copy_for_reading(Path(file), folder)
    ws = Workspace(clock, data_dir=folder / "data")
    try:
        ws.open(copy)
    except ConveningFileError as exc:
        raise NetworkError(str(exc)) from exc
    try:
        yield ws
    finally:
        ws.close()
