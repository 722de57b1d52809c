"""The protocol library's public face: values, file format, scaling, library rules.

A protocol is a structured discussion (consultancy, tuning, 1-2-4-All...) with
timed steps, roles, who may speak in each step, a facilitator script and a
projector prompt. Implementation lives in the modules of this package.
"""

from app.domain.protocols.format import (
    FORMAT_VERSION,
    NAME_MAX_CHARS,
    PROMPT_MAX_CHARS,
    ProtocolFormatError,
    parse_protocol,
    protocol_from_dict,
    protocol_to_toml,
)
from app.domain.protocols.library import check_library, protocol_slug
from app.domain.protocols.model import Protocol, ProtocolStep, carry_translations, speakers_allowed
from app.domain.protocols.scaling import scale_steps, scaled

__all__ = [
    "FORMAT_VERSION",
    "NAME_MAX_CHARS",
    "PROMPT_MAX_CHARS",
    "Protocol",
    "ProtocolFormatError",
    "ProtocolStep",
    "carry_translations",
    "check_library",
    "parse_protocol",
    "protocol_from_dict",
    "protocol_slug",
    "protocol_to_toml",
    "scale_steps",
    "scaled",
    "speakers_allowed",
]
