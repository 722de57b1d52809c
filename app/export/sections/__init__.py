"""One module per capability; each `flowables(handout, styles)` returns [] when it has no data.

The order here is the order in the handout.
"""

from __future__ import annotations

from app.export.sections import agenda, commitments, cover, pairs, protocols, roster, talk, wall

SECTIONS = (
    ("Cover", cover),
    ("Agenda", agenda),
    ("Protocols", protocols),
    ("Walls", wall),
    ("Talk time", talk),
    ("Pairs", pairs),
    ("Commitments", commitments),
    ("Roster", roster),
)
