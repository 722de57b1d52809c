"""Talk-time in a handout: per tracked conversation, the balance index, the total talk, and per lens
the share of talk against share of people, for the groups the one suppression rule lets show (the same
rule as the projector's Talk balance scene). Names and per-person talk only in the facilitator version,
and then only with non-sensitive lenses.

With codes on: code counts by group of each lens, and who followed whom by group as a shaded grid
(both versions, the same suppression); code counts by person and the speaking queue only in the
facilitator version."""

from __future__ import annotations

from functools import partial

from app.domain.talk.lenses import OVER, UNDER
from app.domain.talk.metrics import BALANCE_HELP
from app.export.handout import Handout, TalkCodeLens, TalkConversation, TalkLens
from app.export.styles import Styles, minutes_text
from app.export.words import One, Words, words


def balance_text(balance: float | None, w: Words | None = None) -> str:
    return (w or Words())._("no talk yet") if balance is None else f"{balance:.2f}"


def _marker(g, w: Words) -> str:
    """The words of GroupShare.marker without its sign (not every handout font has the triangles)."""
    if g.ratio is None:
        return w._("no talk yet")
    ratio = f"{g.ratio:.1f}×"
    if g.direction == OVER:
        return w._("over, {ratio}", ratio=ratio)
    if g.direction == UNDER:
        return w._("under, {ratio}", ratio=ratio)
    return w._("about even, {ratio}", ratio=ratio)


def _label(label: str, st: Styles, w: Words, width: float):
    """A group's label: our own words ("Other groups") in the handout's language, a lens's value as typed."""
    said = w.word(label)
    return st.p(label, st.cell, width) if said == st.text(label) else st.pm(said, st.cell)


def _lens(lens: TalkLens, st: Styles, w: Words) -> list:
    out: list = [st.pm(f"<b>{st.text(lens.name)}</b>" + (" " + w._("(sensitive: groups only)") if lens.sensitive
                                                         else ""), st.muted)]
    if lens.groups:
        width = st.width
        widths = [0.34 * width, 0.13 * width, 0.17 * width, 0.17 * width, 0.19 * width]
        rows = [[st.pm(t, st.cell_bold) for t in (w._("Group"), w._("People"), w._("Share of people"),
                                                   w._("Share of talk"), w._("Talk against people"))]]
        for g in lens.groups:
            rows.append([_label(g.label, st, w, widths[0] - 8),
                         st.p(str(g.people), st.cell),
                         st.p(f"{g.people_share:.0%}", st.cell), st.p(f"{g.talk_share:.0%}", st.cell),
                         st.pm(_marker(g, w), st.cell)])
        out.append(st.table(rows, widths))
    for note in (lens.note, lens.multi_note):
        if note:
            out.append(st.pm(w.word(note), st.muted))
    return out


def _persons(c: TalkConversation, st: Styles, words_: Words) -> list:
    if not c.persons:
        return []
    w = st.width
    lens_names = [name for name, _v in c.persons[0].values]
    n = 3 + len(lens_names)
    name_w = 0.3 * w
    rest = (w - name_w) / n
    widths = [name_w] + [rest] * n
    rows = [[st.pm(t, st.cell_bold) for t in (words_._("Person"), words_._("Talk"), words_._("Share"),
                                               words_._("Turns"))] + [st.p(x, st.cell_bold) for x in lens_names]]
    for p in c.persons:
        rows.append([st.p(p.name, st.cell, name_w - 8), st.p(minutes_text(p.seconds), st.cell),
                     st.p(f"{p.share:.0%}", st.cell), st.p(str(p.turns), st.cell)]
                    + [st.p(v, st.cell, rest - 8) for _n, v in p.values])
    from reportlab.platypus import CondPageBreak

    # The heading never alone at a page's foot: room for it and a few rows, or a new page.
    return [CondPageBreak(90), st.pm("<b>" + words_._("Per person (facilitator version only)") + "</b>", st.muted),
            st.table(rows, widths)]


def flowables(h: Handout, st: Styles) -> list:
    if not h.talk:
        return []
    from reportlab.platypus import CondPageBreak, Spacer

    w = words(h)
    out: list = [CondPageBreak(260), st.pm(w._("Talk balance"), st.h1),
                 st.pm(w.each(lambda one: one._("Who talked how much in each tracked conversation, by group.") + " "
                              + one._(BALANCE_HELP) + " "
                              + one._("Groups with too few people are merged or left out, as on the projector, "
                                      "so that no one is singled out.")), st.muted)]
    for c in h.talk:
        out.append(CondPageBreak(140))
        out.append(st.p(c.title, st.h2))
        during = (w._("during “{item}”", item=st.text(c.item_title)) if c.item_title and c.item_title != c.title
                  else "")
        out.append(st.pm(", ".join(x for x in (w.word(c.scope), during) if x), st.muted))
        summary = w.each(partial(_summary, c))
        out.append(st.pm(summary, st.body))
        for g in c.goals:
            word = {True: w._("Met"), False: w._("Not met"), None: w._("Not checked")}[g.met]
            goal = w._("Goal: {goal}.", goal=st.text(g.text))
            out.append(st.pm(f"<b>{goal}</b> {word}. {w.word(g.detail)}", st.body))
        for lens in c.lenses:
            out += _lens(lens, st, w)
        out += _persons(c, st, w)
        out += _codes(c, st, w)
        out += _queue(c, st, w)
        out.append(Spacer(1, 6))
    return out


def _summary(c: TalkConversation, one: One) -> str:
    balance = one._("no talk yet") if c.balance is None else f"{c.balance:.2f}"
    many = one._(", many voices {time}", time=minutes_text(c.many_seconds)) if c.many_seconds >= 1 else ""
    return (one._("Balance index {balance}.", balance=balance) + " "
            + one._("Talk {time}", time=minutes_text(c.talk_seconds)) + many + ". "
            + one.n_("{n} person.", "{n} people.", c.people))


def _codes(c: TalkConversation, st: Styles, words_: Words) -> list:
    if not c.codes:
        return []
    from reportlab.platypus import CondPageBreak

    w = st.width
    labels = st.text("; ".join(f"{i}. {label}" for i, label in enumerate(c.codes, start=1)))
    out: list = [CondPageBreak(120), st.pm("<b>" + words_._("Codes on turns") + "</b>", st.body),
                 st.pm(words_._("Codes: {codes}. Counts are of turns given each code.", codes=labels), st.muted)]
    n = len(c.codes)
    first = 0.34 * w
    rest = (w - first - 0.1 * w) / n
    widths = [first, 0.1 * w] + [rest] * n
    head = [st.p(f"{i}. {label}", st.cell_bold, rest - 8) for i, label in enumerate(c.codes, start=1)]
    for lens in c.code_lenses:
        out += _code_lens(lens, st, widths, head, words_)
    if c.code_persons:
        rows = [[st.pm(words_._("Person"), st.cell_bold), st.pm(words_._("Turns coded"), st.cell_bold)] + head]
        for r in c.code_persons:
            rows.append([st.p(r.label, st.cell, first - 8), st.p(str(sum(r.counts)), st.cell)]
                        + [st.p(str(x), st.cell) for x in r.counts])
        out += [CondPageBreak(90),
                st.pm("<b>" + words_._("Codes per person (facilitator version only)") + "</b>", st.muted),
                st.table(rows, widths)]
    return out


def _code_lens(lens: TalkCodeLens, st: Styles, widths: list, head: list, w: Words) -> list:
    out: list = [st.pm(w._("{lens}: codes by group", lens=f"<b>{st.text(lens.name)}</b>"), st.muted)]
    if not lens.rows:
        return out + [st.pm(w.word(lens.note) if lens.note else w._("No group can be shown."), st.muted)]
    rows = [[st.pm(w._("Group"), st.cell_bold), st.pm(w._("People"), st.cell_bold)] + head]
    for r in lens.rows:
        rows.append([st.p(r.label, st.cell, widths[0] - 8), st.p(str(r.people), st.cell)]
                    + [st.p(str(x), st.cell) for x in r.counts])
    out.append(st.table(rows, widths))
    if lens.note:
        out.append(st.pm(w.word(lens.note), st.muted))
    out += _followed(lens, st, w)
    return out


def _followed(lens: TalkCodeLens, st: Styles, words_: Words) -> list:
    """Who followed whom by group: a grid, darker where a group's turns more often came right after another's."""
    from reportlab.lib import colors
    from reportlab.platypus import TableStyle

    labels = [r.label for r in lens.rows]
    if len(labels) < 2 or not any(any(row) for row in lens.followed):
        return []
    w = st.width
    first = 0.3 * w
    cell = min(0.7 * w / len(labels), 90)
    rows = [[st.pm(words_._("After a turn by … (row), next came … (column)"), st.cell_bold)]
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

    return [st.pm(words_._("{title} (turns in a row; darker: more often)", title="<b>" + words_._(
                      "Who followed whom, by {lens}", lens=st.text(lens.name)) + "</b>"),
                  st.muted), table, Spacer(1, 6)]


def _queue(c: TalkConversation, st: Styles, words_: Words) -> list:
    if not c.queue:
        return []
    from reportlab.platypus import CondPageBreak

    w = st.width
    widths = [0.45 * w, 0.2 * w, 0.35 * w]
    rows = [[st.pm(t, st.cell_bold) for t in (words_._("Hand raised by"), words_._("At"), words_._("Then"))]]
    for h in c.queue:
        rows.append([st.p(h.name, st.cell, widths[0] - 8), st.p(h.raised, st.cell), st.p(h.outcome, st.cell)])
    return [CondPageBreak(90), st.pm("<b>" + words_._("Speaking queue (facilitator version only)") + "</b>", st.muted),
            st.table(rows, widths)]
