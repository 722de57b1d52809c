"""Protocols' part of a handout: the protocol items that ran or hold notes, with each step's notes
(app/services/export/service.py composes the parts)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.export.handout import ProtocolRun, Scope, StepRun
from app.i18n import BILINGUAL, EN, ES

if TYPE_CHECKING:
    from app.services.protocols.service import ProtocolService


def runs(protocols: ProtocolService, scope: Scope) -> tuple[ProtocolRun, ...]:
    """Each protocol in the handout's language (bilingual: Spanish first): its name, step titles and prompts in
    that language where the protocol has them, as written where not; the credit stays as written."""
    langs = (ES, EN) if scope.lang == BILINGUAL else (scope.lang,)
    all_notes = _step_notes(protocols)
    out = []
    for d in scope.days:
        for row in d.rows:
            if not row.protocol:
                continue
            item_id = row.item_id
            proto = protocols.item_protocol(item_id)
            if proto is None:
                continue
            notes = all_notes.get(item_id, {})
            if not row.ran and not any(t.strip() for t in notes.values()):
                continue
            each = {lang: proto.in_language(lang) for lang in langs}   # the texts as written where none
            first = each[langs[0]]
            steps = tuple(StepRun(i + 1, st.title, st.minutes, st.prompt, notes.get(i, ""),
                                  texts=tuple((lang, p.steps[i].title, p.steps[i].prompt) for lang, p in each.items()))
                          for i, st in enumerate(first.steps))
            out.append(ProtocolRun(row.title, first.name, d.number, row.number, proto.credit, steps,
                                   names=tuple((lang, p.name) for lang, p in each.items())))
    return tuple(out)


def _step_notes(protocols: ProtocolService) -> dict[int, dict[int, str]]:
    """Every step note of the file, by item then step, in one read."""
    from sqlalchemy import select

    from app.store import models as m

    out: dict[int, dict[int, str]] = {}
    with protocols.ws.require().read() as s:
        for item_id, step, text in s.execute(select(m.StepNote.item_id, m.StepNote.step, m.StepNote.text)):
            out.setdefault(item_id, {})[step] = text
    return out
