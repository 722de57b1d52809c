"""The cover: title, dates, place, what the handout covers, and a QR code of the resources link."""

from __future__ import annotations

import datetime as dt

from app.export.fonts import SANS
from app.export.handout import Handout
from app.export.styles import Styles

QR_SIZE = 120.0  # points (about 4.2 cm): scans from a phone at arm's length


def date_span(dates: tuple[dt.date, ...]) -> str:
    if not dates:
        return ""
    first, last = min(dates), max(dates)
    if first == last:
        return first.strftime("%A %-d %B %Y")
    if first.year != last.year:
        return f"{first.strftime('%-d %B %Y')} to {last.strftime('%-d %B %Y')}"
    return f"{first.strftime('%A %-d %B')} to {last.strftime('%A %-d %B %Y')}"


def flowables(h: Handout, st: Styles) -> list:
    from reportlab.platypus import Spacer, Table, TableStyle

    c = h.cover
    out: list = [st.p(c.title, st.title)]
    if c.organisation:
        out.append(st.p(c.organisation, st.h2))
    lines = [x for x in (date_span(c.dates), c.location) if x]
    for line in lines:
        out.append(st.p(line))
    out.append(st.pm(f"{st.text(c.scope)} · {h.version}", st.muted))
    if c.aim:
        out += [Spacer(1, 6), st.pm("<b>Aim</b>", st.h3), st.p(c.aim)]
    if c.resources_url:
        from app.export.qr import qr_flowable

        label = [st.pm("<b>Resources</b>", st.h3), st.p(c.resources_url, st.small),
                 st.p("Scan the code with a phone camera to open the link.", st.muted)]
        t = Table([[qr_flowable(c.resources_url, QR_SIZE), label]], colWidths=[QR_SIZE + 12, st.width - QR_SIZE - 12],
                  hAlign="LEFT")
        t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), SANS), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        out += [Spacer(1, 12), t]
    out.append(Spacer(1, 12))
    return out
