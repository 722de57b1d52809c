"""One module per capability; each `flowables(handout, styles)` returns [] when it has no data.

The order here is the order in the handout.
"""

from __future__ import annotations

from app.export.sections import (
    agenda,
    cofacilitate,
    commitments,
    cover,
    improvement,
    pairing,
    people,
    protocols,
    talk,
    wall,
)

SECTIONS = (
    ("Cover", cover),
    ("Agenda", agenda),
    ("Protocols", protocols),
    ("Walls", wall),
    ("Talk time", talk),
    ("Co-facilitators' devices", cofacilitate),
    ("Pairs", pairing),
    ("Commitments", commitments),
    ("PDSA cycles and measures", improvement),
    ("Roster", people),
)
