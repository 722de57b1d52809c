"""Codes on turns, optional per conversation: up to four low-inference codes the facilitator defines
("asks a question"), given to the turn running now, or else the last one, with one key each.

`TalkCodes` is the part `talk.codes` of `TalkService`. Every change is one step of the shared undo
history. Who followed whom needs no code: it is the order of the turns.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy import delete, insert, select

from app.domain.talk.codes import DEFAULT_CODES, CodeError, check_labels
from app.domain.talk.turns import Turn
from app.i18n import _
from app.services.core.changes import TalkChanged
from app.services.core.history import Hook
from app.services.talk.records import CodeRecord, TalkError
from app.store import models as m

if TYPE_CHECKING:
    from app.services.talk.service import TalkService

CODES = Hook("talk_conversation", ("talk_code",))
TURN_CODE = Hook("talk_turn_code", ("talk_turn_code",))


class TalkCodes:
    def __init__(self, talk: TalkService) -> None:
        self.talk = talk
        self._codes: dict[int, list[CodeRecord]] = {}
        self._coded: dict[int, dict[int, tuple[int, ...]]] = {}

    def forget(self) -> None:
        self._codes.clear()
        self._coded.clear()

    def codes(self, conv_id: int | None = None) -> list[CodeRecord]:
        """The conversation's codes in key order (Alt+1 …); empty: codes are off for it."""
        conv_id = self.talk.current_id if conv_id is None else conv_id
        if conv_id is None:
            return []
        if conv_id not in self._codes:
            c = m.TalkCode
            with self.talk.ws.require().read() as s:
                self._codes[conv_id] = [CodeRecord(i, pos, label) for i, pos, label in s.execute(
                    select(c.id, c.position, c.label).where(c.conversation_id == conv_id).order_by(c.position, c.id))]
        return list(self._codes[conv_id])

    def set_codes(self, labels: Sequence[str]) -> None:
        """The codes of the conversation being tracked (none: codes off). Codes already given to turns
        stay on them while their label stays; a code taken out goes from its turns too."""
        conv = self.talk._require_conversation()
        try:
            clean = check_labels(labels)
        except CodeError as exc:
            raise TalkError(*exc.args) from exc
        old = {r.label.casefold(): r for r in self.codes(conv.id)}

        def change(s) -> None:
            keep = {old[x.casefold()].id for x in clean if x.casefold() in old}
            gone = [r.id for r in old.values() if r.id not in keep]
            if gone:
                s.execute(delete(m.TalkCode).where(m.TalkCode.id.in_(gone)))
            for pos, label in enumerate(clean):
                rec = old.get(label.casefold())
                if rec is None:
                    s.execute(insert(m.TalkCode).values(conversation_id=conv.id, position=pos, label=label))
                else:
                    row = s.get(m.TalkCode, rec.id)
                    row.position, row.label = pos, label

        label = _("turn codes off") if not clean else _("set the codes for turns")
        self.talk.history.record(label, CODES, [conv.id], change, (TalkChanged,))
        self.forget()
        self.talk._emit(TalkChanged())

    def use_defaults(self) -> None:
        self.set_codes(DEFAULT_CODES)

    def coded(self, conv_id: int | None = None) -> dict[int, tuple[int, ...]]:
        """turn id -> the code ids given to it (turns of the conversation only)."""
        conv_id = self.talk.current_id if conv_id is None else conv_id
        if conv_id is None:
            return {}
        if conv_id not in self._coded:
            tc, seg = m.TalkTurnCode, m.TalkSegment
            out: dict[int, list[int]] = {}
            with self.talk.ws.require().read() as s:
                for turn_id, code_id in s.execute(select(tc.segment_id, tc.code_id).join(seg, seg.id == tc.segment_id)
                                                  .where(seg.conversation_id == conv_id).order_by(tc.id)):
                    out.setdefault(turn_id, []).append(code_id)
            self._coded[conv_id] = {t: tuple(v) for t, v in out.items()}
        return self._coded[conv_id]

    def target_turn(self) -> Turn | None:
        """The turn a code key goes to: the one running now, else the last one (a many-voices turn is nobody's)."""
        people = [t for t in self.talk.turns() if t.speaker is not None]
        return people[-1] if people else None

    def toggle(self, position: int) -> tuple[Turn, CodeRecord, bool]:
        """Give code `position` (0 … 3) to the current or last turn, or take it off if it is there.
        Returns (turn, code, whether it is on now)."""
        conv = self.talk._require_conversation()
        codes = self.codes(conv.id)
        if not codes:
            raise TalkError(_("Codes are off for this conversation: choose them first (Codes…)."))
        code = next((c for c in codes if c.position == position), None)
        if code is None:
            raise TalkError(_("There is no code {value}; this conversation has {n_codes}.").format(value=position + 1, n_codes=len(codes)))
        turn = self.target_turn()
        if turn is None:
            raise TalkError(_("No turn to code yet: give someone the floor first."))
        name = self.talk.names().get(turn.speaker or -1, "someone")
        tc = m.TalkTurnCode
        with self.talk.ws.require().read() as s:
            existing = s.scalar(select(tc.id).where(tc.segment_id == turn.id, tc.code_id == code.id))
        if existing is not None:
            self.talk.history.record(_("take “{code}” off {name}’s turn").format(code=code.label, name=name), TURN_CODE, [existing],
                                     lambda s: s.execute(delete(tc).where(tc.id == existing)), (TalkChanged,))
        else:
            self.talk.history.record(_("code {name}’s turn “{code}”").format(name=name, code=code.label), TURN_CODE, [], lambda s: s.execute(
                insert(tc).values(segment_id=turn.id, code_id=code.id)).inserted_primary_key[0], (TalkChanged,),
                                     lambda r: [r])
        self._coded.clear()
        self.talk._emit(TalkChanged(person_ids=(turn.speaker,) if turn.speaker is not None else ()))
        return turn, code, existing is None
