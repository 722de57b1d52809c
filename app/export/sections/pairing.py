"""Buddy pairs and tables in a handout: each round's pairs (and trio) with their reasons, then the tables.

The shared version lists the pairs and why; the facilitator version prints a
card per pair, with each school's contact and, when every school of the pair
has one, a QR code of it as a vCard, so each school can scan its buddy's.
Tables: a list per table; names only in the facilitator version.
"""

from __future__ import annotations

from app.export.fonts import SANS
from app.export.handout import Handout, PairGroup, PairRound, SeatingRound
from app.export.styles import Styles
from app.export.words import Words, words

QR_SIZE = 92.0  # points (about 3.2 cm): a phone reads it from a card on the table


def _names(g: PairGroup, st: Styles, w: Words) -> str:
    names = [st.text(n) for n in g.names]
    joined = " &amp; ".join(names) if len(names) == 2 else ", ".join(names[:-1]) + " &amp; " + names[-1]
    return joined + (" " + w._("(trio)") if g.trio else "")


def _why(reason: str) -> str:
    return reason[:1].upper() + reason[1:] + ("" if reason.endswith(".") else ".") if reason else ""


def _round_table(r: PairRound, st: Styles, words_: Words):
    w = st.width
    widths = [0.45 * w, 0.55 * w]
    rows = [[st.pm(words_._("Schools"), st.cell_bold), st.pm(words_._("Why they are together"), st.cell_bold)]]
    for g in r.groups:
        rows.append([st.pm(_names(g, st, words_), st.cell), st.p(_why(g.reason), st.cell, widths[1] - 8)])
    return st.table(rows, widths)


def _card(g: PairGroup, r: PairRound, h: Handout, st: Styles):
    words_ = words(h)
    from reportlab.lib import colors
    from reportlab.platypus import KeepTogether, Table, TableStyle

    from app.export.qr import qr_flowable
    from app.export.vcard import vcard

    w = st.width
    body: list = [[st.pm(f"<b>{_names(g, st, words_)}</b>", st.body)]]
    if g.reason:
        body.append([st.p(_why(g.reason), st.cell)])
    with_codes = g.all_have_contacts
    col = (w - 12) / len(g.schools)
    cells = []
    for school in g.schools:
        c = school.contact
        text = [st.pm(f"<b>{st.text(school.name)}</b>", st.cell)]
        if c is not None:
            text.append(st.p(c.name + (f", {c.role}" if c.role else ""), st.cell))
            text.append(st.p(c.email, st.cell))
        else:
            text.append(st.pm(words_._("No email in the roster: add one to print a contact code."), st.muted))
        if with_codes:
            assert c is not None  # with_codes: every school has a contact
            note = words_.first._("Buddy school, {round}, {convening}", round=r.title, convening=h.cover.title)
            code = qr_flowable(vcard(c, school.name, note), QR_SIZE)
            text.append(st.pm(words_._("Scan to save the contact of {school}.", school=st.text(school.name)),
                              st.muted))
            if g.trio:  # three columns leave no room beside the code: the code goes above the words
                cells.append([code, *text])
                continue
            inner = Table([[code, text]], colWidths=[QR_SIZE + 6, col - QR_SIZE - 14], hAlign="LEFT")
            inner.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), SANS), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
            cells.append(inner)
        else:
            cells.append(text)
    schools = Table([cells], colWidths=[col] * len(g.schools), hAlign="LEFT")
    schools.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), SANS), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    body.append([schools])
    card = Table(body, colWidths=[w], hAlign="LEFT")
    card.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#8a919c")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8ecf2")),
        ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return KeepTogether([card])


def _tables(rounds: tuple[SeatingRound, ...], h: Handout, st: Styles) -> list:
    from reportlab.platypus import CondPageBreak

    words_ = words(h)
    out: list = [CondPageBreak(160), st.pm(words_._("Tables"), st.h1)]
    if not h.private:
        out.append(st.pm(words_._("Who sits at which table is in the facilitator version."), st.muted))
    w = st.width
    for r in rounds:
        out.append(CondPageBreak(80))
        out.append(st.p(r.title, st.h2))
        for line in r.quality:
            out.append(st.p(line[:1].upper() + line[1:] + ".", st.muted))
        if h.private:
            widths = [0.14 * w, 0.22 * w, 0.64 * w]
            rows = [[st.pm(t, st.cell_bold) for t in (words_._("Table"), words_._("Mix"), words_._("Who sits there"))]]
            for t in r.tables:
                rows.append([st.pm(f"{t.number} ({t.size})", st.cell), st.p(t.summary, st.cell),
                             st.p(", ".join(t.names), st.cell, widths[2] - 8)])
        else:
            widths = [0.2 * w, 0.2 * w, 0.6 * w]
            rows = [[st.pm(t, st.cell_bold) for t in (words_._("Table"), words_._("People"), words_._("Mix"))]]
            for t in r.tables:
                rows.append([st.pm(str(t.number), st.cell), st.pm(str(t.size), st.cell), st.p(t.summary, st.cell)])
        out.append(st.table(rows, widths))
    return out


def flowables(h: Handout, st: Styles) -> list:
    if not h.pairs and not h.tables:
        return []
    from reportlab.platypus import CondPageBreak, Spacer

    w = words(h)
    out: list = []
    if h.pairs:
        out += [CondPageBreak(160), st.pm(w._("Buddy schools"), st.h1)]
        if h.private:
            out.append(st.pm(w._("One card per pair: cut them apart and hand them out. Each school scans its "
                                 "buddy's code to save the contact."), st.muted))
        for r in h.pairs:
            out.append(CondPageBreak(120))
            out.append(st.p(r.title, st.h2))
            for problem in r.problems:
                out.append(st.p(problem, st.muted))
            if h.private:
                for g in r.groups:
                    out += [_card(g, r, h, st), Spacer(1, 8)]
            else:
                out.append(_round_table(r, st, w))
    if h.tables:
        out += _tables(h.tables, h, st)
    return out
