"""PDSA cycles on a commitment, the network's measures and its driver diagram: what may be typed, as plain values.

A PDSA cycle (Plan, Do, Study, Act) is one small test of a change: the change idea tried, the
prediction made before ("we predict that…"), what happened, what was learned, and the decision taken
after it: adopt (keep doing it), adapt (change it and test again) or abandon (stop). A commitment
can have several cycles, numbered from 1.

A measure is shared by the network: a name, a unit and whether higher is better. Each team reports
a value of it per period (the date it was counted; a month is its first day).

The driver diagram is a tree: the aim at the root, primary drivers under it, secondary drivers under
those, and change ideas under a driver. Commitments and cycles hang on a change idea.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass

from app.i18n import N_, Message, _

ADOPT = "adopt"
ADAPT = "adapt"
ABANDON = "abandon"
DECISIONS = ("", ADOPT, ADAPT, ABANDON)
DECISION_WORDS = {"": "not decided yet", ADOPT: "adopt", ADAPT: "adapt", ABANDON: "abandon"}

AIM = "aim"
PRIMARY = "primary"
SECONDARY = "secondary"
IDEA = "idea"
KINDS = (AIM, PRIMARY, SECONDARY, IDEA)
KIND_WORDS = {AIM: "Aim", PRIMARY: "Primary driver", SECONDARY: "Secondary driver", IDEA: "Change idea"}
# What may hang under what: the aim under nothing, drivers under the aim or a primary, ideas under a driver.
PARENTS = {AIM: (None,), PRIMARY: (AIM,), SECONDARY: (PRIMARY,), IDEA: (PRIMARY, SECONDARY)}

LIMITS = {
    N_("Change idea"): 500,
    N_("Prediction"): 500,
    N_("What happened"): 1000,
    N_("What we learned"): 1000,
    N_("Name"): 120,
    N_("Unit"): 60,
    N_("Text"): 300,
}
MAX_VALUE = 1e12


class ImprovementError(ValueError):
    """A cycle, measure, value or driver cannot be saved as typed; the message names the field."""


def _field(name: str) -> str:
    """A field's name in the keyboard's language (one said already, such as "Row 3, column “value”", as it is)."""
    return name if isinstance(name, Message) else _(name)


def clean(text: str | None, field: str, required: bool = False) -> str:
    value = " ".join((text or "").split())
    if required and not value:
        raise ImprovementError(_("{field}: it cannot be empty.").format(field=_field(field)))
    limit = LIMITS[field]
    if len(value) > limit:
        raise ImprovementError(_("{field}: keep it under {limit} characters (it has {n}).").format(field=_field(field), limit=limit, n=len(value)))
    return value


_MONTH = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")
_DAY = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


def parse_period(text: str, field: str = N_("Period")) -> dt.date:
    """'2027-01-15' or '2027-01' (the first of the month) into a date; one sentence when it is neither."""
    m = _DAY.match(text or "")
    try:
        if m:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        m = _MONTH.match(text or "")
        if m:
            return dt.date(int(m.group(1)), int(m.group(2)), 1)
    except ValueError:
        pass
    shown = (text or "").strip()
    if not shown:
        raise ImprovementError(_("{field}: give the date, such as 2027-01-15, or the month, such as 2027-01.").format(field=_field(field)))
    raise ImprovementError(_("{field}: “{value}” is not a date; write it as 2027-01-15, or the month as 2027-01.").format(field=_field(field), value=shown))


def parse_value(text: str, field: str = N_("Value")) -> float:
    """A number as typed ('42', '42.5', '42,5', '42 %'); one sentence when it is not one."""
    raw = (text or "").strip()
    cleaned = raw.rstrip("%").strip().replace(" ", "").replace("\u00a0", "")
    if cleaned.count(",") == 1 and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        if not raw:
            raise ImprovementError(_("{field}: give a number.").format(field=_field(field))) from None
        raise ImprovementError(_("{field}: “{value}” is not a number.").format(field=_field(field), value=raw)) from None
    if not math.isfinite(value) or abs(value) > MAX_VALUE:
        raise ImprovementError(_("{field}: “{value}” is not a number a measure can hold.").format(field=_field(field), value=raw))
    return value


@dataclass(frozen=True)
class CycleData:
    """What a team says about one PDSA cycle."""

    change_idea: str
    prediction: str = ""
    what_happened: str = ""
    learned: str = ""
    decision: str = ""
    tested_on: dt.date | None = None   # None: the day it is recorded

    def cleaned(self) -> dict:
        if self.decision not in DECISIONS:
            raise ImprovementError(f"Decision: “{self.decision}” is not adopt, adapt or abandon.")
        return {
            "change_idea": clean(self.change_idea, "Change idea", required=True),
            "prediction": clean(self.prediction, "Prediction"),
            "what_happened": clean(self.what_happened, "What happened"),
            "learned": clean(self.learned, "What we learned"),
            "decision": self.decision,
        }


@dataclass(frozen=True)
class Cycle:
    id: int
    commitment_id: int
    team_id: int
    team: str
    commitment: str            # the commitment's change
    number: int
    tested_on: dt.date
    change_idea: str
    prediction: str
    what_happened: str
    learned: str
    decision: str
    source: str = ""           # the convening it was carried from ("" when recorded here)

    @property
    def decision_word(self) -> str:
        return DECISION_WORDS.get(self.decision, self.decision)

    @property
    def carried(self) -> bool:
        return bool(self.source)

    def summary(self) -> str:
        out = f"Cycle {self.number}: {self.change_idea}"
        return out + (f" — {self.decision_word}" if self.decision else "")


@dataclass(frozen=True)
class MeasureData:
    name: str
    unit: str = ""
    higher_is_better: bool = True

    def cleaned(self) -> dict:
        return {"name": clean(self.name, "Name", required=True), "unit": clean(self.unit, "Unit"),
                "higher_is_better": bool(self.higher_is_better)}


@dataclass(frozen=True)
class Measure:
    id: int
    name: str
    unit: str
    higher_is_better: bool

    @property
    def better_words(self) -> str:
        return "higher is better" if self.higher_is_better else "lower is better"

    def label(self) -> str:
        return f"{self.name} ({self.unit})" if self.unit else self.name


@dataclass(frozen=True)
class Value:
    id: int
    measure_id: int
    team_id: int
    team: str
    period: dt.date
    value: float
    source: str = ""


def value_text(value: float, unit: str = "") -> str:
    """42.0 -> '42', 42.5 -> '42.5', with the unit: '42 %' -> '42%'."""
    text = f"{value:.2f}".rstrip("0").rstrip(".") if value != int(value) else str(int(value))
    if not unit:
        return text
    return f"{text}{unit}" if unit in ("%", "‰") else f"{text} {unit}"


@dataclass(frozen=True)
class DriverNode:
    id: int
    parent_id: int | None
    kind: str
    text: str
    position: int
    teams: tuple[str, ...] = ()    # change ideas: the teams testing it (a commitment or a cycle on it)
    children: tuple[DriverNode, ...] = ()

    @property
    def kind_word(self) -> str:
        return KIND_WORDS[self.kind]

    def walk(self):
        """This node and every node under it, depth first."""
        yield self
        for c in self.children:
            yield from c.walk()


def check_parent(kind: str, parent_kind: str | None) -> None:
    """Refuse a node under the wrong kind of parent, in one sentence."""
    if kind not in KINDS:
        raise ImprovementError(_("Kind: “{value}” is not an aim, a driver or a change idea.").format(value=kind))
    if parent_kind not in PARENTS[kind]:
        if kind == AIM:
            raise ImprovementError(_("Aim: the diagram has one aim, at the top."))
        raise ImprovementError({PRIMARY: _("Primary driver: it goes under the aim."),
                                SECONDARY: _("Secondary driver: it goes under a primary driver."),
                                IDEA: _("Change idea: it goes under a primary or secondary driver.")}[kind])


def child_kind(parent_kind: str | None) -> str:
    """What is added under a node of `parent_kind` by default."""
    return {None: AIM, AIM: PRIMARY, PRIMARY: SECONDARY, SECONDARY: IDEA, IDEA: IDEA}[parent_kind]
