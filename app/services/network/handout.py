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

from app.domain.commitments.model import STATUS_WORDS
from app.domain.improvement.model import DECISION_WORDS, value_text
from app.export.year_review import YearReview, YearSection
from app.services.network.charts import points_text, year_charts
from app.services.network.csvs import NOT_SHOWN
from app.services.network.records import NetworkYear

SHARED = "Shared version"
FACILITATOR = "Facilitator version"


def _pct(value: float | None) -> str:
    return "" if value is None else f"{value * 100:.0f}%"


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def review(year: NetworkYear, private: bool = False, paper: str = "A4") -> YearReview:
    latest = year.convenings[-1] if year.convenings else None
    convenings = tuple((c.first_day.strftime("%-d %B %Y") if c.first_day else "no date", c.title)
                       for c in year.convenings)
    notes = [f"{name} is also spelled {', '.join(others)}; counted as one team." for name, others in year.merged]
    if private:
        notes += [f"Not read: {s.reason}" for s in year.skipped]
    sections = [_pairs(year), _never(year), *_tables(year, private), _commitments(year, private), _pdsa(year),
                *_measures(year), _bright_spots(year), _talk(year)]
    return YearReview("The year in review", latest.organisation if latest else "", FACILITATOR if private else SHARED,
                      convenings, tuple(s for s in sections if s is not None), paper, " ".join(notes))


def _pairs(year: NetworkYear) -> YearSection:
    met = year.met()
    twice = sum(1 for v in met.values() if len(v) > 1)
    intro = (f"{len(met)} pairs of teams have been buddy schools this year"
             + (f"; {twice} of them more than once." if twice else ", none of them twice."))
    rows = tuple((p.convening, p.round, " · ".join(p.teams)) for p in year.pairs)
    return YearSection("Buddy schools across the year", intro, ("Convening", "Round", "Teams"), rows,
                       (0.34, 0.16, 0.50), "No pairs were made this year.")


def _never(year: NetworkYear) -> YearSection:
    never = year.never_met()
    latest = year.convenings[-1].title if year.convenings else ""
    partners: dict[str, list[str]] = {}
    for a, b in never:
        partners.setdefault(a, []).append(b)
        partners.setdefault(b, []).append(a)
    rows = tuple((team, ", ".join(sorted(others, key=str.casefold)))
                 for team, others in sorted(partners.items(), key=lambda kv: kv[0].casefold()))
    return YearSection("Not yet buddy schools",
                       f"For each team of {latest}, the teams it has not been paired with this year: partners to "
                       "consider next time.", ("Team", "Not yet paired with"), rows, (0.3, 0.7),
                       "Every two teams of the latest convening have been paired this year.")


def _tables(year: NetworkYear, private: bool) -> list[YearSection]:
    mates = year.tablemates()
    people = {p for t in year.tables for p in t.people}
    again = {k: n for k, n in mates.items() if n > 1}
    n_conv = len({t.convening for t in year.tables})
    intro = (f"{_count(len(people), 'person', 'people')} sat at tables in {_count(n_conv, 'convening')}; "
             f"{_count(len(mates), 'pair')} of people have shared a table, {len(again)} of them more than once.")
    if not year.tables:
        return [YearSection("Tablemates", "", empty="No tables were planned this year.")]
    if not private:
        return [YearSection("Tablemates", intro, empty="Who sat with whom is in the facilitator version.")]
    rows = tuple((" and ".join(sorted(k)), str(n)) for k, n in sorted(again.items(), key=lambda kv: (-kv[1], sorted(kv[0]))))
    each = tuple((p, str(sat), str(never)) for p, (sat, never) in year.tablemates_of().items())
    return [YearSection("Tablemates", intro + " Those who sat together more than once:", ("People", "Times"), rows,
                        (0.8, 0.2), "Nobody sat with the same person twice."),
            YearSection("Who each person has met at tables", "How many different people each person has sat with "
                        "this year, and how many of the year's people they have not sat with yet.",
                        ("Person", "Sat with", "Not yet"), each, (0.6, 0.2, 0.2))]


def _commitments(year: NetworkYear, private: bool) -> YearSection:
    counts = year.outcomes()
    intro = ("Commitments made and carried, and what became of them: " +
             ", ".join(f"{n} {STATUS_WORDS.get(k, k) if k != 'not reviewed' else 'not reviewed yet'}"
                       for k, n in sorted(counts.items())) + ".") if counts else ""
    if private:
        rows = tuple((c.convening, c.team, c.change, STATUS_WORDS.get(c.status, c.status), c.learned)
                     for c in year.commitments)
        return YearSection("Commitments and what became of them", intro,
                           ("Convening", "Team", "Change", "Status", "Learned"), rows,
                           (0.2, 0.16, 0.3, 0.12, 0.22), "No commitments were recorded this year.")
    rows = tuple((c.convening, c.team, c.change, STATUS_WORDS.get(c.status, c.status), c.carried_from)
                 for c in year.commitments)
    return YearSection("Commitments and what became of them", intro,
                       ("Convening", "Team", "Change", "Status", "Carried from"), rows,
                       (0.2, 0.16, 0.3, 0.12, 0.22), "No commitments were recorded this year.")


def _bright_spots(year: NetworkYear) -> YearSection:
    rows = tuple((b.convening, b.team, b.what_worked, b.for_whom, b.evidence) for b in year.bright_spots)
    return YearSection("Bright spots", "What was working, for whom, and how the team knew.",
                       ("Convening", "Team", "What worked", "For whom", "Evidence"), rows,
                       (0.2, 0.16, 0.28, 0.16, 0.2), "No bright spots were recorded this year.")


def _talk(year: NetworkYear) -> YearSection:
    rows = tuple((t.convening, t.lens, NOT_SHOWN if t.suppressed else t.group, _pct(t.share_of_people),
                  _pct(t.share_of_talk)) for t in year.talk)
    return YearSection("Talk balance per lens", "Each group's share of the people in the tracked conversations "
                       "against its share of the talk. Groups under 5 people are merged into “Other groups”, "
                       "so that no one is singled out.", ("Convening", "Lens", "Group", "Share of people",
                                                          "Share of talk"), rows, (0.26, 0.16, 0.28, 0.15, 0.15),
                       "No talk was tracked this year.")


# -- PDSA cycles and the measures (the window's tabs show the same rows) ---------------------------------------
TEAMS_OWN_WORK = ("PDSA cycles and measure values are a team's own work, not about any one person, so every "
                  "version of this review shows them.")
NETWORK = "The network (median of the teams)"


def pdsa_rows(year: NetworkYear) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """The year's PDSA cycles, each once (in the convening that recorded it): header and rows."""
    header = ("Team", "Commitment", "Cycle", "Change idea", "Prediction", "What happened", "Learned", "Decision",
              "Convening")
    rows = tuple((c.team, c.commitment, str(c.cycle), c.change_idea, c.prediction, c.what_happened, c.learned,
                  DECISION_WORDS.get(c.decision, c.decision).capitalize(), c.convening)
                 for c in sorted(year.pdsa, key=lambda c: (c.team.casefold(), c.commitment.casefold(), c.cycle)))
    return header, rows


def measure_rows(year: NetworkYear) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """Per measure, the network's run chart then each team's: its values, median and signals in words."""
    header = ("Measure", "Run chart", "Values across the year", "Median", "Signals")
    rows = []
    for mc in year_charts(year):
        m = mc.measure
        name = f"{m.name}" + (f" ({m.unit})" if m.unit else "") + f", {m.better_words}"
        for ch in (mc.network, *mc.teams):
            rows.append((name, ch.team or NETWORK, points_text(ch),
                         "" if ch.chart.median is None else value_text(ch.chart.median, m.unit),
                         " ".join(ch.chart.words())))
    return header, tuple(rows)


def _pdsa(year: NetworkYear) -> YearSection:
    header, rows = pdsa_rows(year)
    teams = len({r[0] for r in rows})
    intro = (f"{_count(len(rows), 'PDSA cycle')} of {_count(teams, 'team')} this year: the change each tried, "
             "what it predicted, what happened, what it learned and what it decided. Each cycle is listed once, "
             "at the convening where it was recorded. " + TEAMS_OWN_WORK) if rows else ""
    short = tuple((r[0], r[1], r[2], f"{r[3]}. We predicted: {r[4]}" if r[4] else r[3],
                   f"{r[5]}. Learned: {r[6]}" if r[6] else r[5], r[7], r[8]) for r in rows)
    return YearSection("PDSA cycles and learning", intro,
                       ("Team", "Commitment", "Cycle", "Change idea and prediction", "What happened and learned",
                        "Decision", "Convening"), short, (0.11, 0.15, 0.08, 0.2, 0.22, 0.11, 0.13),
                       "No PDSA cycles were recorded this year.")


def _measures(year: NetworkYear) -> list[YearSection]:
    from app.services.improvement.handout import picture

    charts = year_charts(year)
    if not charts:
        return [YearSection("The measures across the year", "", empty="No measure values were reported this year.")]
    out = []
    for n, mc in enumerate(charts):
        m = mc.measure
        intro = (("Each measure's run chart over every convening's values: first the network's (each point "
                  "the median of the teams that reported that period), then each team's. The dashed line is the "
                  "median; orange points are a signal (a shift or a trend); C1, C2 mark the team's PDSA cycles. "
                  + TEAMS_OWN_WORK + " ") if n == 0 else "") + \
            f"{m.name}: {_count(len(mc.teams), 'team')} reported it, {m.better_words}."
        pictures = tuple(picture(ch) for ch in (mc.network, *mc.teams))
        notes = tuple(points_text(ch) for ch in (mc.network, *mc.teams))
        out.append(YearSection("The measures across the year" if n == 0 else m.name, intro,
                               charts=pictures, chart_titles=tuple(ch.team or NETWORK for ch in (mc.network, *mc.teams)),
                               chart_notes=notes))
    return out
