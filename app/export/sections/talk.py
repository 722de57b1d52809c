"""Talk-time in a handout: per tracked conversation, the balance index, the total talk, and per lens
the share of talk against share of people, for the groups the one suppression rule lets show (the same
rule as the projector's Talk balance scene). Names and per-person talk only in the facilitator version,
and then only with non-sensitive lenses."""

from __future__ import annotations

from app.domain.talk.metrics import BALANCE_HELP
from app.export.handout import Handout, TalkConversation, TalkLens
from app.export.styles import Styles, minutes_text


def balance_text(balance: float | None) -> str:
    return "no talk yet" if balance is None else f"{balance:.2f}"


def _marker(g) -> str:
    # The words of GroupShare.marker without its sign (not every handout font has the triangles).
    return g.marker().lstrip("▲▼● ")


def _lens(lens: TalkLens, st: Styles) -> list:
    out: list = [st.pm(f"<b>{st.text(lens.name)}</b>" + (" (sensitive: groups only)" if lens.sensitive else ""),
                       st.muted)]
    if lens.groups:
        w = st.width
        widths = [0.34 * w, 0.13 * w, 0.17 * w, 0.17 * w, 0.19 * w]
        rows = [[st.pm(t, st.cell_bold) for t in ("Group", "People", "Share of people", "Share of talk",
                                                   "Talk against people")]]
        for g in lens.groups:
            rows.append([st.p(g.label, st.cell, widths[0] - 8), st.p(str(g.people), st.cell),
                         st.p(f"{g.people_share:.0%}", st.cell), st.p(f"{g.talk_share:.0%}", st.cell),
                         st.p(_marker(g), st.cell)])
        out.append(st.table(rows, widths))
    for note in (lens.note, lens.multi_note):
        if note:
            out.append(st.p(note, st.muted))
    return out


def _persons(c: TalkConversation, st: Styles) -> list:
    if not c.persons:
        return []
    w = st.width
    lens_names = [name for name, _v in c.persons[0].values]
    n = 3 + len(lens_names)
    name_w = 0.3 * w
    rest = (w - name_w) / n
    widths = [name_w] + [rest] * n
    rows = [[st.pm(t, st.cell_bold) for t in ("Person", "Talk", "Share", "Turns")] + [st.p(x, st.cell_bold) for x in lens_names]]
    for p in c.persons:
        rows.append([st.p(p.name, st.cell, name_w - 8), st.p(minutes_text(p.seconds), st.cell),
                     st.p(f"{p.share:.0%}", st.cell), st.p(str(p.turns), st.cell)]
                    + [st.p(v, st.cell, rest - 8) for _n, v in p.values])
    from reportlab.platypus import CondPageBreak

    # The heading never alone at a page's foot: room for it and a few rows, or a new page.
    return [CondPageBreak(90), st.pm("<b>Per person (facilitator version only)</b>", st.muted), st.table(rows, widths)]


def flowables(h: Handout, st: Styles) -> list:
    if not h.talk:
        return []
    from reportlab.platypus import CondPageBreak, Spacer

    out: list = [CondPageBreak(260), st.pm("Talk balance", st.h1),
                 st.p("Who talked how much in each tracked conversation, by group. " + BALANCE_HELP + " Groups "
                      "with too few people are merged or left out, as on the projector, so that no one is "
                      "singled out.", st.muted)]
    for c in h.talk:
        out.append(CondPageBreak(140))
        out.append(st.p(c.title, st.h2))
        where = ", ".join(x for x in (c.scope, f"during “{c.item_title}”" if c.item_title and c.item_title != c.title
                                      else "") if x)
        out.append(st.p(where, st.muted))
        summary = (f"Balance index {balance_text(c.balance)}. Talk {minutes_text(c.talk_seconds)}"
                   + (f", many voices {minutes_text(c.many_seconds)}" if c.many_seconds >= 1 else "")
                   + f". {c.people} people.")
        out.append(st.p(summary, st.body))
        for g in c.goals:
            word = {True: "Met", False: "Not met", None: "Not checked"}[g.met]
            out.append(st.pm(f"<b>Goal: {st.text(g.text)}.</b> {word}. {st.text(g.detail)}", st.body))
        for lens in c.lenses:
            out += _lens(lens, st)
        out += _persons(c, st)
        out.append(Spacer(1, 6))
    return out
