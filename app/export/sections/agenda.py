"""The agenda as it really ran: planned against actual times, overruns marked, items not run said so."""

from __future__ import annotations

from app.export.handout import AgendaDay, AgendaRow, Handout
from app.export.styles import Styles, hhmm, minutes_text
from app.export.words import Words, words


def _actual(r: AgendaRow, w: Words) -> str:
    if r.actual_start is None:  # not r.ran
        return w._("not run")
    start = r.actual_start.strftime("%H:%M")
    end = r.actual_end.strftime("%H:%M") if r.actual_end is not None else w._("still running")
    return f"{start}–{end}"


def _status(r: AgendaRow, w: Words) -> str:
    if not r.ran:
        return w._("Not run")
    if r.over_seconds:
        return "<b>" + w._("Over by {time}", time=minutes_text(r.over_seconds)) + "</b>"
    return w._("On time")


def day_table(day: AgendaDay, st: Styles, w: Words | None = None):
    w = w or Words()
    width = st.width
    widths = [0.05 * width, 0.33 * width, 0.16 * width, 0.18 * width, 0.11 * width, 0.17 * width]
    head = [st.pm(t, st.cell_bold) for t in ("#", w._("Item"), w._("Planned"), w._("Actual"), w._("Minutes"), "")]
    rows = [head]
    over_rows = []
    for i, r in enumerate(day.rows, start=1):
        minutes = f"{r.planned_minutes}" + (f" / {r.actual_seconds / 60:.0f}" if r.ran else "")
        rows.append([
            st.pm(str(r.number), st.cell),
            st.p(r.title, st.cell, widths[1] - 8),
            st.pm(f"{hhmm(r.planned_start)}–{hhmm(r.planned_end)}", st.cell),
            st.pm(_actual(r, w), st.cell),
            st.pm(minutes, st.cell),
            st.pm(_status(r, w), st.cell),
        ])
        if r.over_seconds:
            over_rows.append(i)
    t = st.table(rows, widths)
    from reportlab.lib import colors

    for i in over_rows:
        t.setStyle([("BACKGROUND", (5, i), (5, i), colors.HexColor("#fde2c8"))])
    return t


def flowables(h: Handout, st: Styles) -> list:
    days = [d for d in h.days if d.rows]
    if not days:
        return []
    w = words(h)
    out: list = [st.pm(w._("Agenda: planned and actual"), st.h1),
                 st.pm(w._("Minutes are planned / actual. An item over its planned time by more than half a "
                           "minute is marked."), st.muted)]
    for day in days:
        heading = w._("Day {number} · {date}", number=day.number, date=lambda one, d=day: st.text(one.date(d.date)))
        out.append(st.pm(heading + (f" · {st.text(day.title)}" if day.title else ""), st.h2))
        out.append(day_table(day, st, w))
        if day.ended_early:
            last = max(r.number for r in day.rows if r.ran)
            out.append(st.pm(w._("The day ended after item {number}; the items after it were not run.",
                                 number=last), st.muted))
        if h.private:
            noted = [r for r in day.rows if r.notes.strip()]
            if noted:
                out.append(st.pm(w._("Facilitator notes"), st.h3))
                for r in noted:
                    out.append(st.pm(f"<b>{r.number}. {st.text(r.title)}</b>", st.small))
                    out.append(st.p(r.notes, st.small))
    return out
