"""Talk-time in a handout: per tracked conversation, the balance index, the total talk, and per lens
the share of talk against share of people, for the groups the one suppression rule lets show (the same
rule as the projector's Talk balance scene). Names and per-person talk only in the facilitator version,
and then only with non-sensitive lenses.

With codes on: code counts by group of each lens, and who followed whom by group as a shaded grid
(both versions, the same suppression); code counts by person and the speaking queue only in the
facilitator version."""

from __future__ import annotations

from app.domain.talk.metrics import BALANCE_HELP
from app.export.handout import Handout, TalkCodeLens, TalkConversation, TalkLens
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
        out += _codes(c, st)
        out += _queue(c, st)
        out.append(Spacer(1, 6))
    return out


def _codes(c: TalkConversation, st: Styles) -> list:
    if not c.codes:
        return []
    from reportlab.platypus import CondPageBreak

    w = st.width
    out: list = [CondPageBreak(120), st.pm("<b>Codes on turns</b>", st.body),
                 st.p("Codes: " + "; ".join(f"{i}. {label}" for i, label in enumerate(c.codes, start=1))
                      + ". Counts are of turns given each code.", st.muted)]
    n = len(c.codes)
    first = 0.34 * w
    rest = (w - first - 0.1 * w) / n
    widths = [first, 0.1 * w] + [rest] * n
    head = [st.p(f"{i}. {label}", st.cell_bold, rest - 8) for i, label in enumerate(c.codes, start=1)]
    for lens in c.code_lenses:
        out += _code_lens(lens, st, widths, head)
    if c.code_persons:
        rows = [[st.pm("Person", st.cell_bold), st.pm("Turns coded", st.cell_bold)] + head]
        for r in c.code_persons:
            rows.append([st.p(r.label, st.cell, first - 8), st.p(str(sum(r.counts)), st.cell)]
                        + [st.p(str(x), st.cell) for x in r.counts])
        out += [CondPageBreak(90), st.pm("<b>Codes per person (facilitator version only)</b>", st.muted),
                st.table(rows, widths)]
    return out


def _code_lens(lens: TalkCodeLens, st: Styles, widths: list, head: list) -> list:
    out: list = [st.pm(f"<b>{st.text(lens.name)}</b>: codes by group", st.muted)]
    if not lens.rows:
        return out + [st.p(lens.note or "No group can be shown.", st.muted)]
    rows = [[st.pm("Group", st.cell_bold), st.pm("People", st.cell_bold)] + head]
    for r in lens.rows:
        rows.append([st.p(r.label, st.cell, widths[0] - 8), st.p(str(r.people), st.cell)]
                    + [st.p(str(x), st.cell) for x in r.counts])
    out.append(st.table(rows, widths))
    if lens.note:
        out.append(st.p(lens.note, st.muted))
    out += _followed(lens, st)
    return out


def _followed(lens: TalkCodeLens, st: Styles) -> list:
    """Who followed whom by group: a grid, darker where a group's turns more often came right after another's."""
    from reportlab.lib import colors
    from reportlab.platypus import TableStyle

    labels = [r.label for r in lens.rows]
    if len(labels) < 2 or not any(any(row) for row in lens.followed):
        return []
    w = st.width
    first = 0.3 * w
    cell = min(0.7 * w / len(labels), 90)
    rows = [[st.pm("After a turn by … (row), next came … (column)", st.cell_bold)]
            + [st.p(x, st.cell_bold, cell - 8) for x in labels]]
    for label, counts in zip(labels, lens.followed, strict=True):
        rows.append([st.p(label, st.cell, first - 8)] + [st.p(str(x), st.cell) for x in counts])
    table = st.table(rows, [first] + [cell] * len(labels), zebra=False)
    top = max((x for row in lens.followed for x in row), default=0) or 1
    shade = []
    for r, counts in enumerate(lens.followed, start=1):
        for col, x in enumerate(counts, start=1):
            if x:
                tint = 0.9 - 0.55 * (x / top)
                shade.append(("BACKGROUND", (col, r), (col, r), colors.Color(tint, tint + 0.04, 1.0)))
    table.setStyle(TableStyle(shade))
    from reportlab.platypus import Spacer

    return [st.pm(f"<b>Who followed whom, by {st.text(lens.name)}</b> (turns in a row; darker: more often)",
                  st.muted), table, Spacer(1, 6)]


def _queue(c: TalkConversation, st: Styles) -> list:
    if not c.queue:
        return []
    from reportlab.platypus import CondPageBreak

    w = st.width
    widths = [0.45 * w, 0.2 * w, 0.35 * w]
    rows = [[st.pm(t, st.cell_bold) for t in ("Hand raised by", "At", "Then")]]
    for h in c.queue:
        rows.append([st.p(h.name, st.cell, widths[0] - 8), st.p(h.raised, st.cell), st.p(h.outcome, st.cell)])
    return [CondPageBreak(90), st.pm("<b>Speaking queue (facilitator version only)</b>", st.muted),
            st.table(rows, widths)]
