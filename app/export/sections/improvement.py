"""PDSA cycles and the shared measures: a page per team (each commitment's cycles, the change idea it tests,
its run charts), the network's run charts, and the driver diagram with how many teams test each idea."""

from __future__ import annotations

from app.domain.improvement.model import KIND_WORDS, Cycle
from app.export.handout import ChartPicture, Handout
from app.export.sections.commitments import fields_table
from app.export.styles import Styles


def _cycle(c: Cycle, st: Styles) -> list:
    from reportlab.platypus import KeepTogether, Spacer

    head = f"Cycle {c.number} · {c.tested_on.day} {c.tested_on:%B %Y}"
    rows = [("Change idea", c.change_idea), ("We predicted that", c.prediction), ("What happened", c.what_happened),
            ("What we learned", c.learned), ("Decision", c.decision_word.capitalize() if c.decision else ""),
            ("Carried from", c.source)]
    return [KeepTogether([st.p(head, st.cell_bold), fields_table(rows, st)]), Spacer(1, 4)]


def chart(ch: ChartPicture, st: Styles, height: float = 130.0) -> list:
    from reportlab.platypus import KeepTogether, Spacer

    return [KeepTogether(chart_parts(ch, st, height)), Spacer(1, 6)]


def chart_parts(ch: ChartPicture, st: Styles, height: float = 130.0) -> list:
    """A run chart's title, the chart and its signals in words (to keep together: a KeepTogether inside
    another one always breaks the page, so the year in review wraps these with its own lines)."""
    from app.export.run_chart_picture import RunChartFlowable

    better = "higher is better" if ch.higher_is_better else "lower is better"
    title = f"{ch.measure}" + (f" ({ch.unit})" if ch.unit else "") + f" · {better}"
    parts = [st.p(title, st.h3), RunChartFlowable(ch, height)]
    return parts + [st.p(w, st.muted) for w in ch.words]


def flowables(h: Handout, st: Styles) -> list:
    imp = h.improvement
    if imp is None:
        return []
    from reportlab.platypus import PageBreak

    out: list = [PageBreak(), st.pm("PDSA cycles and measures", st.h1),
                 st.p("What each team tried since the last convening, what it predicted and learned, and how its "
                      "measures are moving. On a run chart the dashed line is the median; orange points are a "
                      "signal (a shift or a trend); C1, C2 mark the team's PDSA cycles.", st.muted)]
    if imp.follow_up:
        out.append(st.pm("Follow-up before the next convening", st.h2))
        out += [st.p(f"• {line}", st.body) for line in imp.follow_up]
    if imp.network:
        out.append(st.pm("The network's measures", st.h2))
        out.append(st.p("Each point is the middle value (median) of the teams that reported that period.", st.muted))
        for ch in imp.network:
            out += chart(ch, st, 150.0)
    if imp.diagram:
        out += _diagram(imp.diagram, st)
    for team in imp.teams:
        out.append(PageBreak())
        out.append(st.p(team.team, st.h2))
        for change, idea, cycles in team.commitments:
            out.append(st.p(change, st.h3))
            if idea:
                out.append(st.p(f"Tests the change idea: {idea}", st.muted))
            if not cycles:
                out.append(st.p("No PDSA cycle recorded yet.", st.muted))
            for c in cycles:
                out += _cycle(c, st)
        for ch in team.charts:
            out += chart(ch, st)
    return out


def _diagram(rows, st: Styles) -> list:
    from reportlab.lib import colors
    from reportlab.platypus import CondPageBreak

    out: list = [CondPageBreak(200), st.pm("Driver diagram", st.h2),
                 st.p("The aim, the drivers that move it, and the change ideas teams are testing.", st.muted)]
    w = st.width
    widths = [0.74 * w, 0.26 * w]
    table_rows = [[st.pm("<b>Aim, drivers and change ideas</b>", st.cell), st.pm("<b>Teams testing</b>", st.cell)]]
    for r in rows:
        indent = "&nbsp;" * (6 * r.depth)
        label = st.text(r.text)
        kind = KIND_WORDS[r.kind]
        text = f"{indent}<b>{kind}:</b> {label}" if r.kind != "idea" else f"{indent}<i>{kind}:</i> {label}"
        count = "" if r.kind != "idea" else ("none yet" if not r.teams else f"{r.teams} team{'s' if r.teams != 1 else ''}")
        table_rows.append([st.pm(text, st.cell), st.pm(count, st.cell)])
    t = st.table(table_rows, widths)
    t.setStyle([("TEXTCOLOR", (1, 1), (1, -1), colors.HexColor("#1f2a44"))])
    out.append(t)
    return out
