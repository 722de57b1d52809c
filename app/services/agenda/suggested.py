"""Suggested durations: how long each item ran at the convening this one was built from (`convene next`).

Kept in the file's key/value table (convene_meta, key SUGGESTED_KEY: {item id: {"minutes", "title"}}), so no
migration is needed; shown beside the planned minutes in the Agenda tab and never applied by themselves.
`apply` sets the planned minutes to them on purpose, as one step of the undo history per day.
A suggestion whose item was renamed, deleted or replaced (a new item can take a deleted one's id) is ignored.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from sqlalchemy import select

from app.i18n import ngettext
from app.store import models as m

if TYPE_CHECKING:
    from app.services.agenda.service import AgendaService
    from app.services.core.workspace import Workspace

SUGGESTED_KEY = "suggested_minutes"


def suggestions_json(by_item: dict[int, tuple[int, str]]) -> str:
    """What `convene next` stores: item id -> (minutes it ran, its title)."""
    return json.dumps({str(i): {"minutes": mins, "title": title} for i, (mins, title) in sorted(by_item.items())},
                      ensure_ascii=False, sort_keys=True)


class SuggestedDurations:
    """The Agenda's part `agenda.suggested`."""

    def __init__(self, workspace: Workspace, agenda: AgendaService) -> None:
        self.ws = workspace
        self.agenda = agenda

    def minutes(self) -> dict[int, int]:
        """item id -> suggested minutes, for the items still there under the same title."""
        with self.ws.require().read() as s:
            text = s.scalar(select(m.ConveneMeta.value).where(m.ConveneMeta.key == SUGGESTED_KEY))
            if not text:
                return {}
            try:
                raw = json.loads(text)
            except ValueError:
                return {}
            titles = dict(s.execute(select(m.AgendaItem.id, m.AgendaItem.title)).all())
        out: dict[int, int] = {}
        for key, value in raw.items() if isinstance(raw, dict) else ():
            try:
                item_id, minutes, title = int(key), int(value["minutes"]), str(value.get("title", ""))
            except (TypeError, ValueError, KeyError):
                continue
            if titles.get(item_id) == title and 0 < minutes <= 24 * 60:
                out[item_id] = minutes
        return out

    def differing(self, day_id: int) -> dict[int, int]:
        """The day's items whose suggestion differs from the planned minutes: item id -> suggested minutes."""
        wanted = self.minutes()
        return {r.id: wanted[r.id] for r in self.agenda.items(day_id) if r.id in wanted and wanted[r.id] != r.minutes}

    def apply(self, day_id: int) -> int:
        """Plan the day's items for as long as they ran last time; one undoable step. Returns how many changed."""
        changes = self.differing(day_id)
        if not changes:
            return 0

        def change(s) -> None:
            for item_id, minutes in changes.items():
                row = s.get(m.AgendaItem, item_id)
                if row is not None:
                    row.minutes = minutes

        n = len(changes)
        self.agenda.edit(ngettext("plan {n} item as long as it ran last time", "plan {n} items as long as they ran last time", n).format(n=n), [day_id], change)
        return n
