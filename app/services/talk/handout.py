"""Talk's part of a handout (app/services/export/service.py composes the parts).

Per tracked conversation in scope (by its agenda item): balance, total talk, and per lens the share
of talk against share of people, always through the projector's one suppression rule
(`talk.room.room_view`), in both versions. Names and per-person talk only in the facilitator
version, and then only with non-sensitive lenses; sensitive lenses stay group-level.

With codes on for a conversation: code counts by person (facilitator version only), and by the
groups of each lens that the same suppression rule shows, with who followed whom by group (both
versions; never by person in the shared one). The speaking queue, hand by hand, only in the
facilitator version.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.export.handout import (
    Scope,
    TalkCodeLens,
    TalkCodeRow,
    TalkConversation,
    TalkGoal,
    TalkHandRow,
    TalkLens,
    TalkPerson,
    TalkTurnRow,
)
from app.export.words import One, Words
from app.i18n import in_language

if TYPE_CHECKING:
    from app.domain.talk.suppress import Suppressed
    from app.services.live.service import LiveService
    from app.services.talk.service import TalkService


def _in_scope(talk: TalkService, scope: Scope, titles: dict) -> list:
    return [c for c in talk.conversations() if c.item_id in titles or (scope.whole and c.item_id is None)]


def conversations(talk: TalkService, scope: Scope) -> tuple[TalkConversation, ...]:
    from app.domain.talk.metrics import figures

    titles = scope.item_titles()
    convs = _in_scope(talk, scope, titles)
    if not convs:
        return ()
    lenses = talk.lenses()
    names = talk.names()
    now = talk.ws.clock.now()
    w = Words(scope.lang)
    out = []
    for c in convs:
        present = [p for p in c.members if p in names]
        f = figures(talk.turns(c.id), present, now)
        if f.person_seconds <= 0 and f.many_seconds <= 0:
            continue
        rows = []
        shown = {}
        for lens in lenses:
            room = talk.room.room_view(lens_id=lens.id, now=now, conv_id=c.id)
            groups = room.shares.groups if room.shares is not None else ()
            if room.shares is not None:
                shown[lens.name] = room.shares
            rows.append(TalkLens(lens.name, lens.sensitive, groups, _note(room.suppressed, w),
                                 w.p_(room.multi_note) if room.multi_note else ""))
        persons: tuple[TalkPerson, ...] = ()
        if scope.private:
            open_lenses = [lens for lens in lenses if not lens.sensitive]
            persons = tuple(
                TalkPerson(names[p], pf.seconds, pf.share, pf.turns,
                           tuple((lens.name, "; ".join(talk.values(lens.id).get(p, ()))) for lens in open_lenses))
                for p, pf in sorted(f.people.items(), key=lambda kv: (-kv[1].seconds, names.get(kv[0], "")))
                if p in names)
        codes = talk.codes.codes(c.id)
        code_persons, code_lenses = _codes(talk, c, codes, lenses, now, scope.private, w) if codes else ((), ())
        out.append(TalkConversation(c.title, c.scope, titles.get(c.item_id, ""), len(present), f.balance,
                                    f.person_seconds, f.many_seconds, tuple(rows), persons,
                                    _goals(c.goals, f, shown, names if scope.private else None, w),
                                    tuple(code.label for code in codes), code_persons, code_lenses,
                                    _queue(talk, c.id, w) if scope.private else ()))
    return tuple(out)


def _note(sup: Suppressed | None, w: Words) -> str:
    """What the one suppression rule merged or hid, in the handout's language(s) (as `Suppressed.note`)."""
    from app.domain.talk.suppress import OTHER

    if sup is None:
        return ""
    if sup.nothing_shown:
        return w.p_("Groups are not shown: each would need at least {k} people, so that no one is singled out.",
                    k=sup.k)
    if sup.hidden:
        return w.p_("Groups under {k} people are merged into “{other}”.", k=sup.k, other=lambda one: one._(OTHER))
    return ""


def _codes(talk: TalkService, c, codes, lenses, now: float, private: bool, w: Words):
    """(per person: facilitator only, per lens: groups after the suppression rule) code counts."""
    from app.domain.talk import codes as rules

    turns = talk.turns(c.id)
    coded = talk.codes.coded(c.id)
    order = [code.id for code in codes]
    names = talk.names()
    persons: tuple[TalkCodeRow, ...] = ()
    if private:
        per = rules.by_person(turns, coded)
        persons = tuple(TalkCodeRow(names[p], 1, tuple(per[p].get(k, 0) for k in order))
                        for p in sorted(per, key=lambda p: names.get(p, "").casefold()) if p in names)
    out = []
    for lens in lenses:
        room = talk.room.room_view(lens_id=lens.id, now=now, conv_id=c.id)
        sup = room.suppressed
        groups = sup.groups if sup is not None else ()
        by = rules.by_group(groups, turns, coded)
        rows = tuple(TalkCodeRow(g.label, len(g.members), tuple(by[g.label].get(k, 0) for k in order)) for g in groups)
        pairs = rules.followed(turns, groups)
        matrix = tuple(tuple(pairs.get((a.label, b.label), 0) for b in groups) for a in groups)
        out.append(TalkCodeLens(lens.name, rows, matrix, _note(sup, w)))
    return persons, tuple(out)


def _queue(talk: TalkService, conv_id: int, w: Words) -> tuple[TalkHandRow, ...]:
    names = talk.names()

    def at(t: float) -> str:
        return talk.clock_text(t)[:5]

    rows = []
    for person, raised, called, lowered in talk.queue.hands(conv_id):
        if person not in names:
            continue
        outcome = (w.p_("called {time}", time=at(called)) if called is not None
                   else w.p_("lowered {time}", time=at(lowered)) if lowered is not None else w.p_("still waiting"))
        rows.append(TalkHandRow(names[person], at(raised), outcome))
    return tuple(rows)


def turns(talk: TalkService, live: LiveService, scope: Scope) -> dict:
    """Facilitator version only: every turn of the conversations in scope (as `conversations` picks
    them), with the item and protocol step it began in, the speaker and their values of each
    non-sensitive lens; sensitive lenses never leave the file per person."""
    from sqlalchemy import select

    from app.store import models as m

    if not scope.private:
        return {}
    titles = scope.item_titles()
    convs = {c.id: c for c in _in_scope(talk, scope, titles)}
    if not convs:
        return {}
    lenses = [lens for lens in talk.lenses() if not lens.sensitive]
    values = {lens.id: talk.values(lens.id) for lens in lenses}
    names = talk.names()
    with talk.ws.require().read() as s:
        segs = s.execute(select(m.TalkSegment.conversation_id, m.TalkSegment.participant_id,
                                m.TalkSegment.item_id, m.TalkSegment.step, m.TalkSegment.started_us,
                                m.TalkSegment.ended_us)
                         .where(m.TalkSegment.conversation_id.in_(list(convs)))
                         .order_by(m.TalkSegment.conversation_id, m.TalkSegment.started_us,
                                   m.TalkSegment.id)).all()
        items: dict[int | None, tuple[str, int | None]] = {
            i.id: (i.title, i.protocol_id) for i in s.scalars(select(m.AgendaItem))}
        steps: dict[tuple[int | None, int | None], str] = {
            (st.protocol_id, st.position): st.title for st in s.scalars(select(m.ProtocolStep))}
    now = talk.ws.clock.now()
    rows = []
    for conv_id, pid, item_id, step, a_us, b_us in segs:
        title, protocol_id = items.get(item_id, ("", None))
        start, end = a_us / 1e6, None if b_us is None else b_us / 1e6
        speaker = "many voices" if pid is None else names.get(pid, "")
        vals = tuple("" if pid is None else "; ".join(values[lens.id].get(pid, ())) for lens in lenses)
        rows.append(TalkTurnRow(convs[conv_id].title, title, None if step is None else step + 1,
                                steps.get((protocol_id, step), "") if step is not None else "", speaker, vals,
                                live.local(start), live.local(end),
                                max(0.0, (end if end is not None else max(now, start)) - start)))
    return {"turns": tuple(rows), "turn_lenses": tuple(lens.name for lens in lenses)}


def _goals(goals, f, shown: dict, names: dict | None, w: Words) -> tuple[TalkGoal, ...]:
    """Each goal of a conversation as it ended. A lens goal is checked on the groups the suppression
    rule shows (as on the projector), so no hidden group is singled out; who did not speak is named
    only in the facilitator version (`names`), counted in the shared one."""
    from app.domain.talk.goals import EVERYONE_SPEAKS, check_goals

    out = []
    for g in goals:
        text = (w.p_("Everyone speaks at least once") if g.kind == EVERYONE_SPEAKS
                else w.p_("No {lens} group above {limit}× its share of people", lens=g.lens, limit=f"{g.limit:g}"))
        if g.kind == EVERYONE_SPEAKS:
            waiting = [p for p in f.not_spoken if names is None or p in names]
            if not waiting:
                detail = w.p_("Everyone spoke.")
            else:
                who = ""
                if names is not None:
                    who = ": " + ", ".join(names[p] for p in waiting[:8])
                who += "…" if names is not None and len(waiting) > 8 else "."
                detail = w.pn_("{n} person did not speak{who}", "{n} people did not speak{who}", len(waiting), who=who)
            out.append(TalkGoal(text, not waiting, detail))
        elif g.lens not in shown:
            out.append(TalkGoal(text, None, w.p_("Not checked: no group of “{lens}” can be shown.", lens=g.lens)))
        else:
            [status] = check_goals([g], f, {g.lens: shown[g.lens]})
            def checked(one: One, d: str = status.detail) -> str:
                return f"{in_language(d, one.lang)} {one._('Checked on the groups shown.')}"

            detail = w.each(checked, plain=True)
            out.append(TalkGoal(text, status.met, detail))
    return tuple(out)
