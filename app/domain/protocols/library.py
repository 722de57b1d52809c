"""Rules for a collection of protocols: unique names and file names."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from app.domain.protocols.format import ProtocolFormatError
from app.domain.protocols.model import Protocol


def protocol_slug(name: str) -> str:
    """The file name stem for a protocol: "1-2-4-All" -> "1-2-4-all"."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")
    return slug or "protocol"


def check_library(protocols: Sequence[tuple[str, Protocol]]) -> None:
    """Refuse two protocols with the same name (or names that share a file name).

    Each item is (source, protocol); the error is raised on the later source
    and names the earlier one.
    """
    seen: dict[str, tuple[str, Protocol]] = {}
    for source, protocol in protocols:
        key = protocol_slug(protocol.name)
        if key in seen:
            first_source, first = seen[key]
            if first.name.casefold() == protocol.name.casefold():
                problem = (
                    f'the name "{protocol.name}" is already used by {first_source}; '
                    "each protocol in a library needs its own name"
                )
            else:
                problem = (
                    f'the name "{protocol.name}" is too close to "{first.name}" in '
                    f"{first_source}: both would be saved as {key}.toml"
                )
            raise ProtocolFormatError(source, problem, field="name")
        seen[key] = (source, protocol)
