"""PDSA cycles and the shared measures: a page per team (each commitment's cycles, the change idea it tests,
its run charts), the network's run charts, and the driver diagram with how many teams test each idea."""

from __future__ import annotations

from functools import partial
from xml.sax.saxutils import escape

from app.domain.improvement.model import KIND_WORDS, Cycle
from app.export.handout import ChartPicture, Handout
from app.export.sections.commitments import fields_table
from app.export.styles import Styles
from app.export.words import One, Words, words
from app.i18n import EN


def _cycle(c: Cycle, st: Styles, w: Words) -> list:
    from reportlab.platypus import KeepTogether, Spacer

    head = w._("Cycle {number} · {date}", number=c.number, date=lambda one: one.long_date(c.tested_on))
    decision = w.p_(c.decision_word) if c.decision else ""
    rows = [(w._("Change idea"), c.change_idea), (w._("We predicted that"), c.prediction),
            (w._("What happened"), c.what_happened), (w._("What we learned"), c.learned),
            (w._("Decision"), decision[:1].upper() + decision[1:]), (w._("Carried from"), c.source)]
    return [KeepTogether([st.pm(head, st.cell_bold), fields_table(rows, st)]), Spacer(1, 4)]


def chart(ch: ChartPicture, st: Styles, height: float = 130.0, w: Words | None = None) -> list:
    from reportlab.platypus import KeepTogether, Spacer

    return [KeepTogether(chart_parts(ch, st, height, w)), Spacer(1, 6)]


def chart_parts(ch: ChartPicture, st: Styles, height: float = 130.0, w: Words | None = None) -> list:
    """A run chart's title, the chart and its signals in words (to keep together: a KeepTogether inside
    another one always breaks the page, so the year in review wraps these with its own lines)."""
    from app.export.run_chart_picture import RunChartFlowable

    w = w or Words()
    better = w._("higher is better") if ch.higher_is_better else w._("lower is better")
    title = st.text(ch.measure) + (f" ({st.text(ch.unit)})" if ch.unit else "") + f" · {better}"
    parts = [st.pm(title, st.h3), RunChartFlowable(ch, height, lang=w.first.lang)]
    said = {one.lang: signal_words(ch, one) for one in w.ones}
    return parts + [st.pm(w.each(partial(_nth, said, k)), st.muted) for k in range(len(ch.words))]


def _nth(said: dict[str, list[str]], k: int, one: One) -> str:
    return escape(said[one.lang][k])


def signal_words(ch: ChartPicture, one: One) -> list[str]:
    """The chart's signals (or their absence) in `one`'s language, sentence for sentence as `ch.words` says them
    in English (app/domain/run_chart.py `analyse`, run again on the same values)."""
    from app.domain.run_chart import SHIFT, TOO_FEW_RUNS, TOO_MANY_RUNS, TREND, TREND_POINTS, analyse

    chart = analyse(ch.values, ch.higher_is_better)
    if one.lang == EN or len(chart.words()) != len(ch.words):
        return list(ch.words)
    if not chart.values:
        return [one._("No values yet.")]
    if not chart.signals:
        n = len(chart.values)
        if n < TREND_POINTS:
            return [one.n_("Only {n} point so far: too few to see a signal.",
                           "Only {n} points so far: too few to see a signal.", n)]
        return [one._("No signal of change yet: the points vary as chance alone would let them.")]
    out = []
    for s in chart.signals:
        better = "" if s.better is None else one._(", the better way") if s.better else one._(", the worse way")
        span = one._("points {first} to {last}", first=s.first + 1, last=s.last + 1)
        crossings = chart.runs - 1
        crosses = (one._("never crosses the median") if crossings == 0
                   else one.n_("crosses the median once", "crosses the median {n} times", crossings))
        low, high = chart.runs_limits or (0, 0)
        if s.rule == SHIFT:
            text = (one._("A shift: {n} points in a row above the median ({span}){better}.", n=s.count, span=span,
                          better=better) if s.direction > 0 else
                    one._("A shift: {n} points in a row below the median ({span}){better}.", n=s.count, span=span,
                          better=better))
        elif s.rule == TREND:
            text = (one._("A trend: {n} points in a row going up ({span}){better}.", n=s.count, span=span,
                          better=better) if s.direction > 0 else
                    one._("A trend: {n} points in a row going down ({span}){better}.", n=s.count, span=span,
                          better=better))
        elif s.rule == TOO_FEW_RUNS:
            text = one._("Too few runs: the line {crosses}; with {useful} points off the median, chance alone gives "
                         "at least {low} runs.", crosses=crosses, useful=chart.useful, low=low)
        elif s.rule == TOO_MANY_RUNS:
            text = one._("Too many runs: the line {crosses}; with {useful} points off the median, chance alone gives "
                         "at most {high} runs, so something may be alternating (two sources of data mixed, or a "
                         "schedule).", crosses=crosses, useful=chart.useful, high=high)
        else:
            text = s.words
        out.append(text)
    return out


def flowables(h: Handout, st: Styles) -> list:
    imp = h.improvement
    if imp is None:
        return []
    from reportlab.platypus import PageBreak

    w = words(h)
    out: list = [PageBreak(), st.pm(w._("PDSA cycles and measures"), st.h1),
                 st.pm(w._("What each team tried since the last convening, what it predicted and learned, and how "
                           "its measures are moving. On a run chart the dashed line is the median; orange points "
                           "are a signal (a shift or a trend); C1, C2 mark the team's PDSA cycles."), st.muted)]
    if imp.follow_up:
        out.append(st.pm(w._("Follow-up before the next convening"), st.h2))
        out += [st.p(f"• {line}", st.body) for line in imp.follow_up]
    if imp.network:
        out.append(st.pm(w._("The network's measures"), st.h2))
        out.append(st.pm(w._("Each point is the middle value (median) of the teams that reported that period."),
                         st.muted))
        for ch in imp.network:
            out += chart(ch, st, 150.0, w)
    if imp.diagram:
        out += _diagram(imp.diagram, st, w)
    for team in imp.teams:
        out.append(PageBreak())
        out.append(st.p(team.team, st.h2))
        for change, idea, cycles in team.commitments:
            out.append(st.p(change, st.h3))
            if idea:
                out.append(st.pm(w._("Tests the change idea: {idea}", idea=st.text(idea)), st.muted))
            if not cycles:
                out.append(st.pm(w._("No PDSA cycle recorded yet."), st.muted))
            for c in cycles:
                out += _cycle(c, st, w)
        for ch in team.charts:
            out += chart(ch, st, w=w)
    return out


def _diagram(rows, st: Styles, words_: Words) -> list:
    from reportlab.lib import colors
    from reportlab.platypus import CondPageBreak

    out: list = [CondPageBreak(200), st.pm(words_._("Driver diagram"), st.h2),
                 st.pm(words_._("The aim, the drivers that move it, and the change ideas teams are testing."),
                       st.muted)]
    w = st.width
    widths = [0.74 * w, 0.26 * w]
    table_rows = [[st.pm("<b>" + words_._("Aim, drivers and change ideas") + "</b>", st.cell),
                   st.pm("<b>" + words_._("Teams testing") + "</b>", st.cell)]]
    for r in rows:
        indent = "&nbsp;" * (6 * r.depth)
        label = st.text(r.text)
        kind = words_.word(KIND_WORDS[r.kind])
        text = f"{indent}<b>{kind}:</b> {label}" if r.kind != "idea" else f"{indent}<i>{kind}:</i> {label}"
        count = "" if r.kind != "idea" else (words_._("none yet") if not r.teams
                                             else words_.n_("{n} team", "{n} teams", r.teams))
        table_rows.append([st.pm(text, st.cell), st.pm(count, st.cell)])
    t = st.table(table_rows, widths)
    t.setStyle([("TEXTCOLOR", (1, 1), (1, -1), colors.HexColor("#1f2a44"))])
    out.append(t)
    return out
