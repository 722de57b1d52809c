"""The speaking rule of a protocol step: who may speak (`speakers`; empty = everyone).

People in a conversation may be given a protocol role (presenter, team...);
everyone else has the default role (usually "participants"). A flag is raised
when the person with the floor is outside the step's speakers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

DEFAULT_ROLE = "participants"


def default_role(protocol_roles: Sequence[str]) -> str:
    """The role of someone not given one: "participants" if the protocol has it, else its last role."""
    for r in ("participants", "listeners", "team"):
        if r in protocol_roles:
            return r
    return protocol_roles[-1] if protocol_roles else DEFAULT_ROLE


def role_of(person: int, roles: Mapping[int, str], fallback: str) -> str:
    return roles.get(person) or fallback


def outside_speakers(step_speakers: Sequence[str], role: str) -> bool:
    return bool(step_speakers) and role not in step_speakers


def speaker_flag(step_title: str, step_speakers: Sequence[str], person_name: str, role: str) -> str | None:
    """One sentence for the facilitator, or None when the speaker may speak in this step."""
    if not outside_speakers(step_speakers, role):
        return None
    allowed = ", ".join(s.replace("_", " ") for s in step_speakers)
    return (f"{person_name} ({role}) is speaking, but in “{step_title}” only {allowed} speak: "
            f"the {role} are meant to be silent in this step." if role.endswith("s") else
            f"{person_name} ({role}) is speaking, but in “{step_title}” only {allowed} speak: "
            f"the {role} is meant to be silent in this step.")
