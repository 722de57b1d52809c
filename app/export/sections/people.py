"""The roster by team, as a sign-in and contact sheet. Facilitator version only."""

from __future__ import annotations

from app.export.handout import Handout
from app.export.styles import Styles


def flowables(h: Handout, st: Styles) -> list:
    if not h.private or not h.roster:
        return []
    from reportlab.platypus import CondPageBreak, PageBreak

    total = sum(len(t.people) for t in h.roster)
    out: list = [PageBreak(), st.pm("Roster: sign-in and contacts", st.h1),
                 st.p(f"{total} people in {len([t for t in h.roster if t.name])} teams. "
                      "Facilitator version: keep it private.", st.muted)]
    w = st.width
    widths = [0.25 * w, 0.14 * w, 0.13 * w, 0.33 * w, 0.15 * w]
    for team in h.roster:
        name = team.name or "No team"
        out.append(CondPageBreak(90))
        out.append(st.pm(st.text(name) + (f" · {st.text(team.district)}" if team.district else ""), st.h2))
        rows = [[st.pm(t, st.cell_bold) for t in ("Name", "Role", "Pronouns", "Email", "Signature")]]
        for p in team.people:
            rows.append([st.p(p.name, st.cell, widths[0] - 8), st.p(p.role, st.cell, widths[1] - 8),
                         st.p(p.pronouns, st.cell, widths[2] - 8), st.p(p.email, st.cell, widths[3] - 8), ""])
        out.append(st.table(rows, widths, min_row_height=24))  # room to sign
    return out
