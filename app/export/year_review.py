"""The network's year-in-review PDF: a cover, then sections of a short text and a table each.

Plain values in (app/services/network/handout.py composes them from a year of convening files), a PDF out,
laid out like the handouts (app/export/pdf.py: the same fonts, styles, "page X of Y" footer, A4 or Letter,
written beside the target and moved into place). `build_year_pdf` is a generator yielding (done, total, label).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Generator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, cast

from app.export.handout import LETTER
from app.export.pdf import MARGIN_MM, BuildStopped

if TYPE_CHECKING:
    from app.export.handout import ChartPicture, Handout


@dataclass(frozen=True)
class YearSection:
    title: str
    intro: str
    header: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()
    widths: tuple[float, ...] = ()     # fractions of the page's width, one per column
    empty: str = ""                    # said instead of the table when there are no rows
    charts: tuple[ChartPicture, ...] = ()   # run charts after the table (app/export/run_chart_picture.py)
    chart_titles: tuple[str, ...] = ()      # one per chart: whose it is ("The network…", a team)
    chart_notes: tuple[str, ...] = ()       # one per chart: its values in words, under the signals


@dataclass(frozen=True)
class YearReview:
    title: str                          # "The year in review"
    network: str                        # what the network is called (the latest convening's organisation)
    version: str                        # "Shared version" or "Facilitator version" (in English: the catalogue's words)
    convenings: tuple[tuple[str, str], ...]  # (date, title) in order
    sections: tuple[YearSection, ...]
    paper: str = "A4"
    note: str = ""                      # under the cover's list (files skipped, spellings joined)
    lang: str = "en"                    # "en", "es" or "bilingual" (app/export/words.py): the texts are in it


def _cover(r: YearReview, st) -> list:
    from reportlab.platypus import Spacer

    from app.export.words import words_for

    w = words_for(r.lang)
    out = [st.p(r.title, st.title), st.p(r.network, st.h2) if r.network else Spacer(1, 4),
           st.p(w.p_(r.version), st.muted), Spacer(1, 10), st.p(w.p_("The convenings of the year"), st.h2)]
    rows: list[list] = [[st.p(w.p_("Date"), st.cell_bold), st.p(w.p_("Convening"), st.cell_bold)]]
    rows += [[st.p(d, st.cell), st.p(t, st.cell)] for d, t in r.convenings]
    out.append(st.table(rows, [st.width * 0.25, st.width * 0.75]))
    if r.note:
        out += [Spacer(1, 8), st.p(r.note, st.muted)]
    return out


def _section(sec: YearSection, st, lang: str = "en") -> list:
    from reportlab.platypus import CondPageBreak, Spacer

    from app.export.words import words_for

    out = [CondPageBreak(220 if sec.rows else 120), Spacer(1, 14), st.p(sec.title, st.h1)]   # its intro with its table
    if sec.intro:
        out.append(st.p(sec.intro, st.body))
    out.append(Spacer(1, 6))
    if sec.charts:
        return out + _charts(sec, st, lang)
    if not sec.rows:
        out.append(st.p(sec.empty or words_for(lang).p_("Nothing recorded yet."), st.muted))
        return out
    widths = [st.width * w for w in sec.widths]
    rows: list[list] = [[st.p(h, st.cell_bold, width=w) for h, w in zip(sec.header, widths, strict=True)]]
    rows += [[st.p(c, st.cell, width=w) for c, w in zip(row, widths, strict=True)] for row in sec.rows]
    out.append(st.table(rows, widths))
    return out


def _charts(sec: YearSection, st, lang: str = "en") -> list:
    """Each run chart as the handouts draw it (its title, the chart, its signals in words), then its values."""
    from reportlab.platypus import KeepTogether, Spacer

    from app.export.sections.improvement import chart_parts
    from app.export.words import words_for

    out: list = []
    for n, ch in enumerate(sec.charts):
        whose = sec.chart_titles[n] if n < len(sec.chart_titles) else ""
        note = sec.chart_notes[n] if n < len(sec.chart_notes) else ""
        parts = (([st.p(whose, st.h2)] if whose else []) + chart_parts(ch, st, 110.0, words_for(lang))
                 + ([st.p(note, st.body)] if note else []))
        out += [KeepTogether(parts), Spacer(1, 10)]
    return out


def build_year_pdf(r: YearReview, out: Path, should_stop: Callable[[], bool] = lambda: False,
                   ) -> Generator[tuple[int, int, str], None, Path]:
    """Write the year in review to `out`, yielding (done, total, label) before each piece; returns `out`."""
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    from app.export.fonts import register
    from app.export.pdf import _numbered_canvas
    from app.export.styles import make_styles

    out = Path(out)
    size = letter if r.paper == LETTER else A4
    margin = MARGIN_MM * mm
    st = make_styles(register())
    st.width = size[0] - 2 * margin
    total = len(r.sections) + 2
    yield 0, total, "The cover"
    flow = _cover(r, st)
    for n, sec in enumerate(r.sections, start=1):
        if should_stop():
            raise BuildStopped()
        yield n, total, sec.title
        flow += _section(sec, st, r.lang)
    yield total - 1, total, "Laying out pages"
    tmp = out.with_name(f".{out.name}.part")
    doc = SimpleDocTemplate(str(tmp), pagesize=size, leftMargin=margin, rightMargin=margin, topMargin=margin,
                            bottomMargin=margin * 1.2, title=f"{r.title}: {r.network}" if r.network else r.title,
                            author=r.network or "Convene", subject=r.version, creator="Convene")
    try:
        doc.build(flow, canvasmaker=_numbered_canvas(cast("Handout", _Footer(r)), st))  # reads .cover.title, .version
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return out


class _Footer:
    """What the handouts' numbered canvas reads from a Handout: the title, the version and the language."""

    def __init__(self, r: YearReview) -> None:
        self.version = r.version
        self.lang = r.lang
        self.cover = type("Cover", (), {"title": f"{r.title} · {r.network}" if r.network else r.title})()
