"""The agenda as it really ran: planned against actual times, overruns marked, items not run said so."""

from __future__ import annotations

from app.export.handout import AgendaDay, AgendaRow, Handout
from app.export.styles import Styles, hhmm, minutes_text


def _actual(r: AgendaRow) -> str:
    if r.actual_start is None:  # not r.ran
        return "not run"
    start = r.actual_start.strftime("%H:%M")
    end = r.actual_end.strftime("%H:%M") if r.actual_end is not None else "still running"
    return f"{start}–{end}"


def _status(r: AgendaRow) -> str:
    if not r.ran:
        return "Not run"
    if r.over_seconds:
        return f"<b>Over by {minutes_text(r.over_seconds)}</b>"
    return "On time"


def day_table(day: AgendaDay, st: Styles):
    w = st.width
    widths = [0.05 * w, 0.33 * w, 0.16 * w, 0.18 * w, 0.11 * w, 0.17 * w]
    head = [st.pm(t, st.cell_bold) for t in ("#", "Item", "Planned", "Actual", "Minutes", "")]
    rows = [head]
    over_rows = []
    for i, r in enumerate(day.rows, start=1):
        minutes = f"{r.planned_minutes}" + (f" / {r.actual_seconds / 60:.0f}" if r.ran else "")
        rows.append([
            st.pm(str(r.number), st.cell),
            st.p(r.title, st.cell, widths[1] - 8),
            st.pm(f"{hhmm(r.planned_start)}–{hhmm(r.planned_end)}", st.cell),
            st.pm(_actual(r), st.cell),
            st.pm(minutes, st.cell),
            st.pm(_status(r), st.cell),
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
    out: list = [st.pm("Agenda: planned and actual", st.h1),
                 st.p("Minutes are planned / actual. An item over its planned time by more than half a "
                      "minute is marked.", st.muted)]
    for day in days:
        heading = f"Day {day.number} · {day.date.strftime('%A %-d %B %Y')}"
        out.append(st.pm(st.text(heading) + (f" · {st.text(day.title)}" if day.title else ""), st.h2))
        out.append(day_table(day, st))
        if day.ended_early:
            last = max(r.number for r in day.rows if r.ran)
            out.append(st.p(f"The day ended after item {last}; the items after it were not run.", st.muted))
        if h.private:
            noted = [r for r in day.rows if r.notes.strip()]
            if noted:
                out.append(st.pm("Facilitator notes", st.h3))
                for r in noted:
                    out.append(st.pm(f"<b>{r.number}. {st.text(r.title)}</b>", st.small))
                    out.append(st.p(r.notes, st.small))
    return out
