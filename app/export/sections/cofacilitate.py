"""What each co-facilitator's device did: counts by what, and the cues it sent. Facilitator version only."""

from __future__ import annotations

from app.export.handout import Handout
from app.export.styles import Styles


def flowables(h: Handout, st: Styles) -> list:
    if not h.private or not h.cofacilitation:
        return []
    from reportlab.platypus import CondPageBreak

    out: list = [CondPageBreak(160), st.pm("Co-facilitators' devices", st.h1),
                 st.p("What each device did from the room's network, as applied in this file.", st.muted)]
    w = st.width
    widths = [0.7 * w, 0.3 * w]
    for device in h.cofacilitation:
        out.append(CondPageBreak(90))
        out.append(st.pm(st.text(device.name), st.h2))
        rows = [[st.pm(t, st.cell_bold) for t in ("What", "How many")]]
        rows += [[st.p(what, st.cell, widths[0] - 8), st.p(str(n), st.cell, widths[1] - 8)]
                 for what, n in device.counts]
        out.append(st.table(rows, widths))
        if device.cues:
            out.append(st.pm("Cues sent", st.h3))
            out += [st.p(cue, st.cell) for cue in device.cues]
    return out
