"""Commitments and bright spots per team: what each team will test in the next action period (change,
who, by when, measure, support), what it said last time and how that went, and what is already working."""

from __future__ import annotations

from app.domain.commitments.model import BrightSpot, Commitment
from app.export.handout import Handout
from app.export.styles import Styles
from app.export.words import Words, words
from app.i18n import N_

# Where support comes from (app/domain/commitments/model.py SUPPORT_FROM), as the handout says it.
FROM_WORDS = {"hub": N_("from the hub"), "buddy school": N_("from the buddy school"),
              "hub and buddy school": N_("from the hub and buddy school")}


def _support(c: Commitment, w: Words) -> str:
    if c.support and c.support_from in FROM_WORDS:
        return f"{c.support} ({w.p_(FROM_WORDS[c.support_from])})"
    return c.support_text()


def fields_table(rows: list[tuple[str, str]], st: Styles):
    """A two-column block of label and user text; empty values left out (commitments, PDSA cycles)."""
    from reportlab.platypus import Table, TableStyle

    from app.export.fonts import SANS

    w = st.width
    widths = [0.22 * w, 0.78 * w]
    cells = [[st.pm(label, st.cell_bold), st.p(value, st.cell, widths[1] - 8)] for label, value in rows if value]
    # labels are markup (our own words, through Words._); values are what people typed
    t = Table(cells, colWidths=widths, hAlign="LEFT")
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), SANS), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 4), ("TOPPADDING", (0, 0), (-1, -1), 1),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return t


def _commitment(c: Commitment, st: Styles, w: Words) -> list:
    from reportlab.platypus import KeepTogether, Spacer

    rows = [(w._("Who"), c.who), (w._("By when"), c.by_when), (w._("Measure"), c.measure),
            (w._("Support needed"), _support(c, w))]
    if c.carried:
        rows = [(w._("Made at"), c.source), *rows, (w._("Status"), _upper_first(w.p_(c.status_word))),
                (w._("What was learned"), c.learned)]
    parts = [st.p(c.change, st.h3)]
    if any(v for _l, v in rows):
        parts.append(fields_table(rows, st))
    return [KeepTogether(parts), Spacer(1, 4)]


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _bright_spot(b: BrightSpot, st: Styles, w: Words) -> list:
    from reportlab.platypus import KeepTogether, Spacer

    parts = [st.p(b.what_worked, st.h3)]
    rows = [(w._("For whom"), b.for_whom), (w._("Evidence"), b.evidence)]
    if any(v for _l, v in rows):
        parts.append(fields_table(rows, st))
    return [KeepTogether(parts), Spacer(1, 4)]


def flowables(h: Handout, st: Styles) -> list:
    if not h.commitments:
        return []
    from reportlab.platypus import CondPageBreak

    w = words(h)
    out: list = [CondPageBreak(260), st.pm(w._("Commitments and bright spots"), st.h1),
                 st.pm(w._("What each team will test in the next action period, what it said it would do last "
                           "time, and what is already working."), st.muted)]
    for team in h.commitments:
        out.append(CondPageBreak(110))
        out.append(st.p(team.team, st.h2))
        if team.made_here:
            out.append(st.pm("<b>" + w._("Next action period") + "</b>", st.muted))
            for c in team.made_here:
                out += _commitment(c, st, w)
        if team.carried:
            out.append(st.pm("<b>" + w._("Last time you said you would") + "</b>", st.muted))
            for c in team.carried:
                out += _commitment(c, st, w)
        if team.bright_spots:
            out.append(st.pm("<b>" + w._("Bright spots") + "</b>", st.muted))
            for b in team.bright_spots:
                out += _bright_spot(b, st, w)
    return out
