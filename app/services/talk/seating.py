"""The seating map's data: the people of the conversation being tracked, grouped by table (the
current round of Tables: the live day's, `domain/talk/seating.py` `live_round`), by team or A to Z,
with who has the floor, whose hand is up (and where in the queue) and who has not spoken yet.

`TalkSeating` is the part `talk.seating` of `TalkService`. The Talk tab's map draws it; a
co-facilitator's page can draw the same (a tap there calls `talk.tap` as the map does). The
geometry is `app/domain/talk/seating.py` `fit`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from app.domain.talk.seating import BY_TABLE, BY_TEAM, arrange, live_round
from app.i18n import _
from app.services.talk.records import SeatingView
from app.store import models as m

if TYPE_CHECKING:
    from app.services.talk.service import TalkService


class TalkSeating:
    def __init__(self, talk: TalkService) -> None:
        self.talk = talk
        self._blocks: dict[tuple, tuple] = {}
        self._round: dict[int | None, tuple[int, str] | None] = {}   # live day id -> its round of tables

    def forget(self) -> None:
        self._blocks.clear()
        self._round.clear()

    def round_now(self) -> tuple[int, str] | None:
        """(id, title) of the round of tables in use now: the live day's latest, as the Tables scene shows."""
        live = self.talk.live
        day_id = live.chosen_day_id() if live is not None else None
        if day_id not in self._round:
            self._round[day_id] = self._read_round(day_id)
        return self._round[day_id]

    def _read_round(self, day_id: int | None) -> tuple[int, str] | None:
        with self.talk.ws.require().read() as s:
            days = {d: n for n, d in enumerate(s.scalars(select(m.Day.id).order_by(m.Day.position, m.Day.id)),
                                               start=1)}
            rounds = s.execute(select(m.SeatingRound.id, m.SeatingRound.day_id, m.SeatingRound.title,
                                      m.SeatingRound.position)
                               .order_by(m.SeatingRound.position, m.SeatingRound.id)).all()
        rid = live_round([(r.id, days.get(r.day_id) if r.day_id is not None else None) for r in rounds],
                         days.get(day_id) if day_id is not None else None)
        row = next((r for r in rounds if r.id == rid), None)
        return (row.id, row.title or _("Round {number}").format(number=row.position + 1)) if row is not None else None

    def view(self, by: str = BY_TABLE) -> SeatingView:
        """Everyone in the conversation, in blocks, with who has the floor and the queue marks."""
        talk = self.talk
        conv = talk.conversation()
        names = talk.names()
        if conv is None:
            return SeatingView(by, "", (), names, None, {}, frozenset())
        present = [p for p in conv.members if p in names]
        rnd = self.round_now() if by == BY_TABLE else None
        key = (conv.id, tuple(present), by, rnd)
        blocks = self._blocks.get(key)
        if blocks is None:
            tables: dict[int, int] = {}
            teams: dict[int, str] = {}
            with talk.ws.require().read() as s:
                if by == BY_TABLE and rnd is not None:
                    tables = dict(s.execute(select(m.Seat.participant_id, m.Seat.table_number)
                                            .where(m.Seat.round_id == rnd[0])).all())
                elif by == BY_TEAM:
                    teams = dict(s.execute(select(m.Participant.id, m.Team.name)
                                           .join(m.Team, m.Team.id == m.Participant.team_id)).all())
            blocks = arrange([(p, names[p]) for p in present], by, tables=tables, teams=teams)
            self._blocks = {key: blocks}
        turns = talk.turns()
        spoken = frozenset(t.speaker for t in turns if t.speaker is not None)
        open_turn = talk.open_turn()
        speaker = open_turn.speaker if open_turn is not None else None
        hands = {e.person: i for i, e in enumerate(talk.queue.waiting(), start=1)}
        note = ""
        if by == BY_TABLE:
            note = (_("Seated as in {round}").format(round=rnd[1]) if rnd is not None
                    else _("No tables for this day yet: A to Z"))
        elif by == BY_TEAM:
            note = _("By team")
        return SeatingView(by, note, blocks, names, speaker, hands, spoken,
                           round_title=rnd[1] if by == BY_TABLE and rnd is not None else "")
