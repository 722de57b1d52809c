"""Converting protocols between the domain value and rows in the convening file."""

from __future__ import annotations

import json

from sqlalchemy.orm import Session

from app.domain.protocols import Protocol, ProtocolStep
from app.domain.protocols.model import Texts, texts_dict, texts_from
from app.store import models as m


def row_to_protocol(row: m.Protocol) -> Protocol:
    return Protocol(
        name=row.name,
        purpose=row.purpose,
        when_to_use=row.when_to_use,
        credit=row.credit,
        minutes=row.minutes,
        group_size=row.group_size,
        roles=tuple(json.loads(row.roles_json)),
        materials=tuple(json.loads(row.materials_json)),
        norms=tuple(json.loads(row.norms_json)),
        equity_moves=tuple(json.loads(row.equity_moves_json)),
        steps=tuple(
            ProtocolStep(
                title=s.title,
                minutes=s.minutes,
                speakers=tuple(json.loads(s.speakers_json)),
                script=s.script,
                prompt=s.prompt,
                texts=texts_of(s.texts_json),
            )
            for s in row.steps
        ),
        texts=texts_of(row.texts_json),
    )


def texts_of(raw: str | None) -> Texts:
    """A row's texts in other languages (revision 0016), kept only when they are the shape written."""
    try:
        data = json.loads(raw or "{}")
    except ValueError:
        return ()
    if not isinstance(data, dict):
        return ()
    return texts_from({lang: {k: v for k, v in fields.items()
                              if (isinstance(v, str) and v) or (isinstance(v, list) and all(isinstance(x, str) for x in v))}
                       for lang, fields in data.items() if isinstance(fields, dict)})


def _texts_json(texts: Texts) -> str:
    return json.dumps(texts_dict(texts), ensure_ascii=False, sort_keys=True)


def fill_row(row: m.Protocol, p: Protocol) -> m.Protocol:
    """Write every field of `p` into `row`, replacing its steps."""
    row.name = p.name
    row.purpose = p.purpose
    row.when_to_use = p.when_to_use
    row.credit = p.credit
    row.minutes = p.minutes
    row.group_size = p.group_size
    row.roles_json = json.dumps(list(p.roles), ensure_ascii=False)
    row.materials_json = json.dumps(list(p.materials), ensure_ascii=False)
    row.norms_json = json.dumps(list(p.norms), ensure_ascii=False)
    row.equity_moves_json = json.dumps(list(p.equity_moves), ensure_ascii=False)
    row.texts_json = _texts_json(p.texts)
    row.steps.clear()
    for pos, step in enumerate(p.steps):
        row.steps.append(
            m.ProtocolStep(
                position=pos,
                title=step.title,
                minutes=step.minutes,
                speakers_json=json.dumps(list(step.speakers), ensure_ascii=False),
                script=step.script,
                prompt=step.prompt,
                texts_json=_texts_json(step.texts),
            )
        )
    return row


def add_protocol(session: Session, p: Protocol, origin: str) -> m.Protocol:
    row = fill_row(m.Protocol(origin=origin), p)
    session.add(row)
    session.flush()
    return row
