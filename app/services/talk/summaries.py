"""Talk summed up for the record: a conversation's goals (set, and whether each was met) and the
summaries across the convening (per agenda item, protocol step, day or conversation), with no
names and no groups.

`TalkSummaries` is the part `talk.summaries` of `TalkService` (app/services/talk/service.py): it reads
the talk through the service it belongs to; `lens_shares` also gives the Talk tab's view
(`TalkService.view`) its shares.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import select

from app.domain.talk.goals import Goal, GoalError, check_goals
from app.domain.talk.lenses import LensShares, group_shares, is_multi, lens_groups
from app.domain.talk.metrics import Figures, figures
from app.domain.talk.turns import Turn
from app.i18n import _
from app.services.talk.records import ConversationRecord, LensRecord, TalkError
from app.store import models as m

if TYPE_CHECKING:
    from app.services.talk.service import TalkService


class TalkSummaries:
    def __init__(self, talk: TalkService) -> None:
        self.talk = talk

    def set_goals(self, goals: Sequence[Goal]) -> None:
        for g in goals:
            try:
                g.check()
            except GoalError as exc:
                raise TalkError(*exc.args) from exc
        self.talk._update_conversation(_("set goals"), goals_json=json.dumps([g.to_dict() for g in goals]))

    def lens_shares(self, present: Sequence[int], f: Figures) -> list[tuple[LensRecord, LensShares]]:
        """Every lens with its groups' shares of this talk (what goals are checked against)."""
        out = []
        for lr in self.talk.lenses():
            vals = self.talk.values(lr.id)
            out.append((lr, group_shares(lens_groups(present, vals, lr.values), f.seconds_by_person(),
                                         len(present), multi=is_multi(present, vals))))
        return out

    def goals_record(self, conv_id: int, now: float | None = None) -> str:
        """A conversation's goals and whether each was met, for the record (no names, no groups):
        "met: Everyone speaks at least once; not met: No Role group above 1.25× its share of people"."""
        conv = self.talk.conversation(conv_id)
        if conv is None or not conv.goals:
            return ""
        now = self.talk.ws.clock.now() if now is None else now
        names = self.talk.names()
        present = [p for p in conv.members if p in names]
        f = figures(self.talk.turns(conv.id), present, now)
        shares = {lr.name: sh for lr, sh in self.lens_shares(present, f)}
        return "; ".join(f"{'met' if st.met else 'not met'}: {st.goal.text()}"
                         for st in check_goals(conv.goals, f, shares))

    def summary_rows(self, by: str = "item") -> list[dict]:
        """Talk per agenda item, protocol step or day, over every tracked conversation (no names).

        Each row: what it is about, minutes of talk by people, of many voices, how many spoke,
        turns and the balance index (over the people in those conversations)."""
        from app.domain.talk.summaries import summarize

        if by not in ("item", "step", "day", "conversation"):
            raise TalkError(_("Summaries are by item, step, day or conversation, not “{by}”.").format(by=by))
        with self.talk.ws.require().read() as s:
            rows = s.execute(select(m.TalkSegment.id, m.TalkSegment.participant_id, m.TalkSegment.started_us,
                                    m.TalkSegment.ended_us, m.TalkSegment.item_id, m.TalkSegment.step,
                                    m.TalkSegment.conversation_id)).all()
            items: dict[int | None, tuple[str, int | None, int | None]] = {
                i.id: (i.title, i.day_id, i.protocol_id) for i in s.scalars(select(m.AgendaItem))}
            days: dict[int | None, tuple[int | None, dt.date | None]] = {
                d.id: (d.position, d.date) for d in s.scalars(select(m.Day))}
            steps: dict[tuple[int | None, int | None], str] = {
                (st.protocol_id, st.position): st.title for st in s.scalars(select(m.ProtocolStep))}
        convs: dict[int | None, ConversationRecord] = {c.id: c for c in self.talk.conversations()}
        members: dict[int | None, tuple[int, ...]] = {c.id: c.members for c in convs.values()}
        now = self.talk.ws.clock.now()
        turns: list[Turn] = []
        keys: dict[int, tuple[Any, str]] = {}   # a turn's row: (what it groups by, its label)
        for seg_id, pid, a, b, item_id, step, conv_id in rows:
            turns.append(Turn(seg_id, pid, a / 1e6, None if b is None else b / 1e6))
            title, day_id, protocol_id = items.get(item_id, ("(no agenda item)", None, None))
            if by == "conversation":
                c = convs.get(conv_id)
                keys[seg_id] = (conv_id, f"{c.title} ({c.scope})" if c is not None else "(no conversation)")
            elif by == "item":
                keys[seg_id] = (item_id, title)
            elif by == "day":
                pos, date = days.get(day_id, (None, None))
                keys[seg_id] = (day_id, f"Day {pos + 1} ({date.isoformat()})" if pos is not None and date else "(no day)")
            else:
                step_title = steps.get((protocol_id, step), "") if step is not None else ""
                label = f"{title}: step {step + 1} {step_title}".strip() if step is not None else f"{title}: no step"
                keys[seg_id] = ((item_id, step), label)
        present: dict = {}
        for seg_id, _pid, _a, _b, _i, _st, conv_id in rows:
            present.setdefault(keys[seg_id], set()).update(members.get(conv_id, ()))
        out = []
        for sm in summarize(  # each summary's key is one of `keys`' (what, label) pairs
turns, lambda t: keys[t.id], {k: sorted(v) for k, v in present.items()}, now):
            key = cast(tuple[Any, str], sm.key)
            row = {"what": key[1], "talk_minutes": round(sm.person_seconds / 60, 1),
                   "many_voices_minutes": round(sm.many_seconds / 60, 1), "speakers": sm.speakers,
                   "turns": sm.turns, "balance": "" if sm.balance is None else round(sm.balance, 2)}
            if by == "conversation":
                row["goals"] = self.goals_record(key[0], now)
            out.append(row)
        return out
