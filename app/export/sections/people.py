"""The roster by team, as a sign-in and contact sheet. Facilitator version only."""

from __future__ import annotations

from app.export.handout import Handout
from app.export.styles import Styles
from app.export.words import words


def flowables(h: Handout, st: Styles) -> list:
    if not h.private or not h.roster:
        return []
    from reportlab.platypus import CondPageBreak, PageBreak

    total = sum(len(t.people) for t in h.roster)
    teams = len([t for t in h.roster if t.name])
    w = words(h)
    out: list = [PageBreak(), st.pm(w._("Roster: sign-in and contacts"), st.h1),
                 st.pm(w.each(lambda one: one.n_("{people} in {n} team.", "{people} in {n} teams.", teams,
                                                 people=one.n_("{n} person", "{n} people", total)) + " "
                              + one._("Facilitator version: keep it private.")), st.muted)]
    width = st.width
    widths = [0.25 * width, 0.13 * width, 0.15 * width, 0.33 * width, 0.14 * width]
    for team in h.roster:
        name = st.text(team.name) if team.name else w._("No team")
        out.append(CondPageBreak(90))
        out.append(st.pm(name + (f" · {st.text(team.district)}" if team.district else ""), st.h2))
        rows = [[st.pm(t, st.cell_bold)
                 for t in (w._("Name"), w._("Role"), w._("Pronouns"), w._("Email"), w._("Signature"))]]
        for p in team.people:
            rows.append([st.p(p.name, st.cell, widths[0] - 8), st.p(p.role, st.cell, widths[1] - 8),
                         st.p(p.pronouns, st.cell, widths[2] - 8), st.p(p.email, st.cell, widths[3] - 8), ""])
        out.append(st.table(rows, widths, min_row_height=24))  # room to sign
    return out
