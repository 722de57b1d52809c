"""The protocol library shipped in resources/protocols/ (one TOML file each)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from app.domain.protocols import Protocol, ProtocolFormatError, check_library, parse_protocol
from app.i18n import _
from app.locations import RESOURCES_DIR

LIBRARY_DIR = RESOURCES_DIR / "protocols"


def read_protocol_file(path: Path) -> Protocol:
    """Read one protocol file; every problem is a ProtocolFormatError naming the file."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ProtocolFormatError(path.name, _("cannot be read ({strerror})").format(strerror=exc.strerror)) from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ProtocolFormatError(path.name, _("is not UTF-8 text (save it as UTF-8)")) from exc
    return parse_protocol(text, path.name)


@lru_cache(maxsize=4)
def _load(directory: str) -> tuple[Protocol, ...]:
    pairs = [(p.name, read_protocol_file(p)) for p in sorted(Path(directory).glob("*.toml"))]
    check_library(pairs)
    return tuple(sorted((proto for _, proto in pairs), key=lambda p: p.name.lower()))


def library(directory: Path = LIBRARY_DIR) -> tuple[Protocol, ...]:
    return _load(str(directory))


def find(name: str, directory: Path = LIBRARY_DIR) -> Protocol:
    for p in library(directory):
        if p.name == name:
            return p
    raise KeyError(name)
