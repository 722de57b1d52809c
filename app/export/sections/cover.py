"""The cover: title, dates, place, what the handout covers, and a QR code of the resources link."""

from __future__ import annotations

from app.export.fonts import SANS
from app.export.handout import Handout
from app.export.styles import Styles
from app.export.words import version, words

QR_SIZE = 120.0  # points (about 4.2 cm): scans from a phone at arm's length


def flowables(h: Handout, st: Styles) -> list:
    from reportlab.platypus import Spacer, Table, TableStyle

    c = h.cover
    w = words(h)
    out: list = [st.p(c.title, st.title)]
    if c.organisation:
        out.append(st.p(c.organisation, st.h2))
    if c.dates:
        out.append(st.pm(w.each(lambda one: st.text(one.span(c.dates)))))
    if c.location:
        out.append(st.p(c.location))
    out.append(st.pm(f"{st.text(c.scope)} · {version(h)}", st.muted))
    if c.aim:
        out += [Spacer(1, 6), st.pm(w._("Aim"), st.h3), st.p(c.aim)]
    if c.resources_url:
        from app.export.qr import qr_flowable

        label = [st.pm(w._("Resources"), st.h3), st.p(c.resources_url, st.small),
                 st.pm(w._("Scan the code with a phone camera to open the link."), st.muted)]
        t = Table([[qr_flowable(c.resources_url, QR_SIZE), label]], colWidths=[QR_SIZE + 12, st.width - QR_SIZE - 12],
                  hAlign="LEFT")
        t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), SANS), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        out += [Spacer(1, 12), t]
    out.append(Spacer(1, 12))
    return out
