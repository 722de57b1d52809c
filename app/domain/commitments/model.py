"""What a team commits to for the next action period, and what is already working.

A commitment is one small test of change a team will run back at its site:
the change, who runs it, by when, the measure it will look at, and the support
it needs (from the hub, from its buddy school, or both). At the next convening
it is marked done, partly or not yet, with a line on what was learned.

A bright spot is a practice that is working: what worked, for whom, and the
evidence. It may come from a note, from a commitment, or be typed freely.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.i18n import N_, _

OPEN = ""
DONE = "done"
PARTLY = "partly"
NOT_YET = "not yet"
STATUSES = (OPEN, DONE, PARTLY, NOT_YET)
STATUS_WORDS = {OPEN: "not reviewed yet", DONE: "done", PARTLY: "partly", NOT_YET: "not yet"}

SUPPORT_FROM = ("", "hub", "buddy school", "hub and buddy school")

FROM_TEXT = "text"
FROM_NOTE = "note"
FROM_COMMITMENT = "commitment"
ORIGINS = (FROM_TEXT, FROM_NOTE, FROM_COMMITMENT)

LIMITS = {
    N_("Change to test"): 500,
    N_("Who"): 200,
    N_("By when"): 100,
    N_("Measure"): 300,
    N_("Support needed"): 300,
    N_("What was learned"): 500,
    N_("What worked"): 500,
    N_("For whom"): 200,
    N_("Evidence"): 500,
}


class CommitmentError(ValueError):
    """A commitment or bright spot cannot be saved as typed; the message names the field."""


def clean(text: str | None, field: str, required: bool = False) -> str:
    """Trimmed text with its inner runs of spaces made one; too long or missing says which field."""
    value = " ".join((text or "").split())
    if required and not value:
        raise CommitmentError(_("{field}: it cannot be empty.").format(field=_(field)))
    limit = LIMITS[field]
    if len(value) > limit:
        raise CommitmentError(_("{field}: keep it under {limit} characters (it has {n}).").format(field=_(field), limit=limit, n=len(value)))
    return value


@dataclass(frozen=True)
class CommitmentData:
    """What the facilitator types for one commitment."""

    change: str
    who: str = ""
    by_when: str = ""
    measure: str = ""
    support: str = ""
    support_from: str = ""

    def cleaned(self) -> dict:
        if self.support_from not in SUPPORT_FROM:
            raise CommitmentError(_("Support from: “{value}” is not one of hub, buddy school or both.").format(value=self.support_from))
        return {
            "change": clean(self.change, "Change to test", required=True),
            "who": clean(self.who, "Who"),
            "by_when": clean(self.by_when, "By when"),
            "measure": clean(self.measure, "Measure"),
            "support": clean(self.support, "Support needed"),
            "support_from": self.support_from,
        }


@dataclass(frozen=True)
class Commitment:
    """One stored commitment, as services hand it out."""

    id: int
    team_id: int
    team: str
    change: str
    who: str
    by_when: str
    measure: str
    support: str
    support_from: str
    status: str
    learned: str
    source: str  # the convening it was made at, when carried over; "" when made here
    item: str = ""  # the agenda item it was captured during

    @property
    def carried(self) -> bool:
        return bool(self.source)

    @property
    def status_word(self) -> str:
        return STATUS_WORDS.get(self.status, self.status)

    def support_text(self) -> str:
        if not self.support:
            return ""
        return f"{self.support} (from the {self.support_from})" if self.support_from else self.support

    def summary(self) -> str:
        """One sentence a team can read back: "Text every senior by Friday (Ms. Ortiz; measure: ...)"."""
        parts = [p for p in (self.who, f"by {self.by_when}" if self.by_when else "") if p]
        out = self.change
        if parts:
            out += " — " + ", ".join(parts)
        return out


def check_status(status: str, learned: str | None) -> tuple[str, str]:
    if status not in STATUSES:
        raise CommitmentError(_("Status: “{value}” is not done, partly or not yet.").format(value=status))
    return status, clean(learned, "What was learned")


@dataclass(frozen=True)
class BrightSpotData:
    team_id: int
    what_worked: str
    for_whom: str = ""
    evidence: str = ""
    origin: str = FROM_TEXT
    commitment_id: int | None = None
    note_id: int | None = None

    def cleaned(self) -> dict:
        if self.origin not in ORIGINS:
            raise CommitmentError(_("From: “{value}” is not a note, a commitment or free text.").format(value=self.origin))
        return {
            "team_id": self.team_id,
            "what_worked": clean(self.what_worked, "What worked", required=True),
            "for_whom": clean(self.for_whom, "For whom"),
            "evidence": clean(self.evidence, "Evidence"),
            "origin": self.origin,
            "commitment_id": self.commitment_id,
            "note_id": self.note_id,
        }


@dataclass(frozen=True)
class BrightSpot:
    id: int
    team_id: int
    team: str
    what_worked: str
    for_whom: str
    evidence: str
    origin: str
