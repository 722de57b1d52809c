"""The year in review (`convene network FOLDER --pdf`, File > Open network…): what each version shows.

Both versions: the convenings in date order; buddy-school pairs across the year and which of the latest
teams have never been paired; how many people have sat at one table (counts only); commitments and what
became of them; the year's PDSA cycles and learning, each cycle once; the measures' run charts across the
year (the network's and each team's, signals in plain words); bright spots; talk balance per lens per
convening, through the one suppression rule (groups under k people merged away; a lens with no group to show
says so). The facilitator version adds what teams learned from their commitments, who sat together more than
once (names), and the files that could not be read.

PDSA cycles and measure values are a team's own work, not about any one person, so the shared version shows
them in full, as the facilitator version does (and says so).
"""

from __future__ import annotations

from functools import partial

from app.domain.commitments.model import STATUS_WORDS
from app.domain.improvement.model import DECISION_WORDS, value_text
from app.export.words import One, Words
from app.export.year_review import YearReview, YearSection
from app.i18n import N_, in_language
from app.services.network.charts import points_text, year_charts
from app.services.network.csvs import NOT_SHOWN
from app.services.network.records import NetworkYear

SHARED = N_("Shared version")
FACILITATOR = N_("Facilitator version")


def _teams(one: One, n: int) -> str:
    return one.n_("{n} team", "{n} teams", n)


def _said(english: str, one: One) -> str:
    return one._(english)


def _pct(value: float | None) -> str:
    return "" if value is None else f"{value * 100:.0f}%"


def review(year: NetworkYear, private: bool = False, paper: str = "A4", lang: str = "en") -> YearReview:
    """The year in review in `lang`: "en", "es" or "bilingual" (app/export/words.py)."""
    w = Words(lang)
    latest = year.convenings[-1] if year.convenings else None
    convenings = tuple((w.each(partial(One.long_date, d=c.first_day), plain=True) if c.first_day
                        else w.p_("no date"), c.title) for c in year.convenings)
    notes = [w.p_("{name} is also spelled {others}; counted as one team.", name=name, others=", ".join(others))
             for name, others in year.merged]
    if private:
        notes += [w.p_("Not read: {reason}", reason=s.reason) for s in year.skipped]
    sections = [_pairs(year, w), _never(year, w), *_tables(year, private, w), _commitments(year, private, w),
                _pdsa(year, w), *_measures(year, w), _bright_spots(year, w), _talk(year, w)]
    return YearReview(w.p_("The year in review"), latest.organisation if latest else "",
                      FACILITATOR if private else SHARED, convenings, tuple(s for s in sections if s is not None),
                      paper, " ".join(notes), lang)


def _pairs(year: NetworkYear, w: Words) -> YearSection:
    met = year.met()
    twice = sum(1 for v in met.values() if len(v) > 1)
    intro = (w.pn_("{n} pair of teams has been buddy schools this year; {twice} of them more than once.",
                   "{n} pairs of teams have been buddy schools this year; {twice} of them more than once.",
                   len(met), twice=twice) if twice
             else w.pn_("{n} pair of teams has been buddy schools this year, none of them twice.",
                        "{n} pairs of teams have been buddy schools this year, none of them twice.", len(met)))
    rows = tuple((p.convening, p.round, " · ".join(p.teams)) for p in year.pairs)
    return YearSection(w.p_("Buddy schools across the year"), intro,
                       (w.p_("Convening"), w.p_("Round"), w.p_("Teams")), rows,
                       (0.34, 0.16, 0.50), w.p_("No pairs were made this year."))


def _never(year: NetworkYear, w: Words) -> YearSection:
    never = year.never_met()
    latest = year.convenings[-1].title if year.convenings else ""
    partners: dict[str, list[str]] = {}
    for a, b in never:
        partners.setdefault(a, []).append(b)
        partners.setdefault(b, []).append(a)
    rows = tuple((team, ", ".join(sorted(others, key=str.casefold)))
                 for team, others in sorted(partners.items(), key=lambda kv: kv[0].casefold()))
    return YearSection(w.p_("Not yet buddy schools"),
                       w.p_("For each team of {convening}, the teams it has not been paired with this year: partners "
                            "to consider next time.", convening=latest),
                       (w.p_("Team"), w.p_("Not yet paired with")), rows, (0.3, 0.7),
                       w.p_("Every two teams of the latest convening have been paired this year."))


def _tables(year: NetworkYear, private: bool, w: Words) -> list[YearSection]:
    mates = year.tablemates()
    people = {p for t in year.tables for p in t.people}
    again = {k: n for k, n in mates.items() if n > 1}
    n_conv = len({t.convening for t in year.tables})
    intro = w.each(lambda one: one._(
        "{people} sat at tables in {convenings}; {pairs} of people have shared a table, {again} of them more than "
        "once.", people=one.n_("{n} person", "{n} people", len(people)),
        convenings=one.n_("{n} convening", "{n} convenings", n_conv),
        pairs=one.n_("{n} pair", "{n} pairs", len(mates)), again=len(again)), plain=True)
    title = w.p_("Tablemates")
    if not year.tables:
        return [YearSection(title, "", empty=w.p_("No tables were planned this year."))]
    if not private:
        return [YearSection(title, intro, empty=w.p_("Who sat with whom is in the facilitator version."))]
    rows = tuple((w.p_("{one} and {other}", one=sorted(k)[0], other=sorted(k)[1]) if len(k) == 2
                  else " and ".join(sorted(k)), str(n)) for k, n in sorted(again.items(), key=lambda kv: (-kv[1], sorted(kv[0]))))
    each = tuple((p, str(sat), str(never)) for p, (sat, never) in year.tablemates_of().items())
    return [YearSection(title, intro + " " + w.p_("Those who sat together more than once:"),
                        (w.p_("People"), w.p_("Times")), rows, (0.8, 0.2),
                        w.p_("Nobody sat with the same person twice.")),
            YearSection(w.p_("Who each person has met at tables"),
                        w.p_("How many different people each person has sat with this year, and how many of the "
                             "year's people they have not sat with yet."),
                        (w.p_("Person"), w.p_("Sat with"), w.p_("Not yet")), each, (0.6, 0.2, 0.2))]


def _status(status: str, w: Words) -> str:
    return w.p_(STATUS_WORDS.get(status, status))


def _commitments(year: NetworkYear, private: bool, w: Words) -> YearSection:
    counts = year.outcomes()
    said = ", ".join(f"{n} {_status(k, w) if k != 'not reviewed' else w.p_('not reviewed yet')}"
                     for k, n in sorted(counts.items()))
    intro = w.p_("Commitments made and carried, and what became of them: {counts}.", counts=said) if counts else ""
    title, empty = w.p_("Commitments and what became of them"), w.p_("No commitments were recorded this year.")
    if private:
        rows = tuple((c.convening, c.team, c.change, _status(c.status, w), c.learned) for c in year.commitments)
        return YearSection(title, intro,
                           (w.p_("Convening"), w.p_("Team"), w.p_("Change"), w.p_("Status"), w.p_("Learned")), rows,
                           (0.2, 0.16, 0.3, 0.12, 0.22), empty)
    rows = tuple((c.convening, c.team, c.change, _status(c.status, w), c.carried_from) for c in year.commitments)
    return YearSection(title, intro,
                       (w.p_("Convening"), w.p_("Team"), w.p_("Change"), w.p_("Status"), w.p_("Carried from")), rows,
                       (0.2, 0.16, 0.3, 0.12, 0.22), empty)


def _bright_spots(year: NetworkYear, w: Words) -> YearSection:
    rows = tuple((b.convening, b.team, b.what_worked, b.for_whom, b.evidence) for b in year.bright_spots)
    return YearSection(w.p_("Bright spots"), w.p_("What was working, for whom, and how the team knew."),
                       (w.p_("Convening"), w.p_("Team"), w.p_("What worked"), w.p_("For whom"), w.p_("Evidence")),
                       rows, (0.2, 0.16, 0.28, 0.16, 0.2), w.p_("No bright spots were recorded this year."))


def _talk(year: NetworkYear, w: Words) -> YearSection:
    from app.domain.talk.suppress import OTHER

    rows = tuple((t.convening, t.lens, w.p_(NOT_SHOWN) if t.suppressed else w.p_(OTHER) if t.group == OTHER
                  else t.group, _pct(t.share_of_people),
                  _pct(t.share_of_talk)) for t in year.talk)
    return YearSection(w.p_("Talk balance per lens"),
                       w.p_("Each group's share of the people in the tracked conversations against its share of the "
                            "talk. Groups under 5 people are merged into “Other groups”, so that no one is singled "
                            "out."),
                       (w.p_("Convening"), w.p_("Lens"), w.p_("Group"), w.p_("Share of people"),
                        w.p_("Share of talk")), rows, (0.26, 0.16, 0.28, 0.15, 0.15),
                       w.p_("No talk was tracked this year."))


# -- PDSA cycles and the measures (the window's tabs show the same rows) ---------------------------------------
TEAMS_OWN_WORK = N_("PDSA cycles and measure values are a team's own work, not about any one person, so every "
                    "version of this review shows them.")
NETWORK = N_("The network (median of the teams)")


def pdsa_rows(year: NetworkYear, w: Words | None = None) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """The year's PDSA cycles, each once (in the convening that recorded it): header and rows."""
    w = w or Words()
    header = (w.p_("Team"), w.p_("Commitment"), w.p_("Cycle"), w.p_("Change idea"), w.p_("Prediction"),
              w.p_("What happened"), w.p_("Learned"), w.p_("Decision"), w.p_("Convening"))
    rows = tuple((c.team, c.commitment, str(c.cycle), c.change_idea, c.prediction, c.what_happened, c.learned,
                  _upper_first(w.p_(DECISION_WORDS.get(c.decision, c.decision))), c.convening)
                 for c in sorted(year.pdsa, key=lambda c: (c.team.casefold(), c.commitment.casefold(), c.cycle)))
    return header, rows


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def measure_rows(year: NetworkYear, w: Words | None = None) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """Per measure, the network's run chart then each team's: its values, median and signals in words."""
    w = w or Words()
    header = (w.p_("Measure"), w.p_("Run chart"), w.p_("Values across the year"), w.p_("Median"), w.p_("Signals"))
    rows = []
    for mc in year_charts(year):
        m = mc.measure
        name = f"{m.name}" + (f" ({m.unit})" if m.unit else "") + f", {w.p_(m.better_words)}"
        for ch in (mc.network, *mc.teams):
            rows.append((name, ch.team or w.p_(NETWORK), points_text(ch),
                         "" if ch.chart.median is None else value_text(ch.chart.median, m.unit),
                         w.each(partial(_signals, ch.chart.words()), plain=True)))
    return header, tuple(rows)


def _pdsa(year: NetworkYear, w: Words) -> YearSection:
    header, rows = pdsa_rows(year, w)
    teams = len({r[0] for r in rows})
    intro = w.each(lambda one: one._(
        "{cycles} of {teams} this year: the change each tried, what it predicted, what happened, what it learned "
        "and what it decided. Each cycle is listed once, at the convening where it was recorded.",
        cycles=one.n_("{n} PDSA cycle", "{n} PDSA cycles", len(rows)), teams=one.n_("{n} team", "{n} teams", teams))
        + " " + one._(TEAMS_OWN_WORK), plain=True) if rows else ""
    predicted, learned = w.p_("We predicted: {prediction}", prediction="{}"), w.p_("Learned: {learned}", learned="{}")
    short = tuple((r[0], r[1], r[2], f"{r[3]}. " + predicted.replace("{}", r[4]) if r[4] else r[3],
                   f"{r[5]}. " + learned.replace("{}", r[6]) if r[6] else r[5], r[7], r[8]) for r in rows)
    return YearSection(w.p_("PDSA cycles and learning"), intro,
                       (w.p_("Team"), w.p_("Commitment"), w.p_("Cycle"), w.p_("Change idea and prediction"),
                        w.p_("What happened and learned"), w.p_("Decision"), w.p_("Convening")),
                       short, (0.11, 0.15, 0.08, 0.2, 0.22, 0.11, 0.13), w.p_("No PDSA cycles were recorded this year."))


def _measures(year: NetworkYear, w: Words) -> list[YearSection]:
    from app.services.improvement.handout import picture

    charts = year_charts(year)
    title = w.p_("The measures across the year")
    if not charts:
        return [YearSection(title, "", empty=w.p_("No measure values were reported this year."))]
    out = []
    for n, mc in enumerate(charts):
        m = mc.measure
        first = (w.each(lambda one: one._(
            "Each measure's run chart over every convening's values: first the network's (each point the median "
            "of the teams that reported that period), then each team's. The dashed line is the median; orange "
            "points are a signal (a shift or a trend); C1, C2 mark the team's PDSA cycles.") + " "
            + one._(TEAMS_OWN_WORK), plain=True) + " ") if n == 0 else ""
        intro = first + w.p_("{measure}: {teams} reported it, {better}.", measure=m.name,
                             teams=partial(_teams, n=len(mc.teams)), better=partial(_said, m.better_words))
        pictures = tuple(picture(ch) for ch in (mc.network, *mc.teams))
        notes = tuple(points_text(ch) for ch in (mc.network, *mc.teams))
        out.append(YearSection(title if n == 0 else m.name, intro, charts=pictures,
                               chart_titles=tuple(ch.team or w.p_(NETWORK) for ch in (mc.network, *mc.teams)),
                               chart_notes=notes))
    return out


def _signals(said: list[str], one: One) -> str:
    """A run chart's signals (Messages made in the keyboard's language) in `one`'s language."""
    return " ".join(str(in_language(x, one.lang)) for x in said)
