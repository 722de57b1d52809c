"""What the projector's Talk scene shows: groups after the one suppression rule (`room_view`), or,
when the facilitator chose it for this conversation and a lens not marked sensitive, each person
(`room_people`).

`TalkRoom` is the part `talk.room` of `TalkService` (app/services/talk/service.py): it reads the
talk through the service it belongs to, and keeps the facilitator's per-person choice in `chosen`
(which the service clears, with `forget()`, when the conversation or its lens changes).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.domain.talk.lenses import MULTI_NOTE, group_shares, is_multi, lens_groups
from app.domain.talk.metrics import figures
from app.domain.talk.suppress import DEFAULT_K, suppress
from app.i18n import _
from app.services.talk.records import PersonRow, RoomPeople, RoomView, TalkError

if TYPE_CHECKING:
    from app.services.talk.service import TalkService


class TalkRoom:
    def __init__(self, talk: TalkService) -> None:
        self.talk = talk
        self.chosen: tuple[int, int] | None = None   # (conversation, lens) chosen for the per-person view

    def forget(self) -> None:
        """Back to the group view (another conversation or lens, another file)."""
        self.chosen = None

    def room_view(self, lens_id: int | None = None, k: int = DEFAULT_K, now: float | None = None,
                  max_groups: int | None = None, conv_id: int | None = None) -> RoomView:
        """Group-level shares for the projector (and a handout: `conv_id`, else the current
        conversation), after the one suppression rule."""
        now = self.talk.ws.clock.now() if now is None else now
        conv = self.talk.conversation(conv_id)
        if conv is None:
            return RoomView("", "", None, None, "", 0)
        lens_id = conv.lens_id if lens_id is None else lens_id
        lens = self.talk.lens(lens_id) if lens_id is not None else None
        names = self.talk.names()
        present = [p for p in conv.members if p in names]
        if lens is None:
            return RoomView(conv.title, "", None, None, "", len(present))
        f = figures(self.talk.turns(conv.id), present, now)
        vals = self.talk.values(lens.id)
        sup = suppress(lens_groups(present, vals, lens.values), k, max_groups)
        seconds = {p: s for p, s in f.seconds_by_person().items() if p in set(present)}
        multi = is_multi(present, vals)
        shares = group_shares(sup.groups, seconds, len(present), multi=multi, other_label="Other groups")
        return RoomView(conv.title, lens.name, shares, sup, MULTI_NOTE if multi else "", len(present))

    # -- the projector's per-person view ---------------------------------------------------
    def set_room_people(self, on: bool) -> None:
        """The facilitator's explicit choice to show each person on the projector, for the current
        conversation and lens only (another conversation or lens goes back to groups).

        Refused for a lens marked sensitive, and without a lens: the room then sees groups only."""
        conv = self.talk._require_conversation()
        if on:
            lens = self.talk.lens(conv.lens_id) if conv.lens_id is not None else None
            if lens is None:
                raise TalkError(_("Projector per person: choose a lens first (not a sensitive one); "
                                "the projector shows each person with their value of it."))
            if lens.sensitive:
                raise TalkError(_("Projector per person: “{name}” is marked sensitive, so it is never shown per person. Choose another lens, or keep the group view.").format(name=lens.name))
            self.chosen = (conv.id, lens.id)
        else:
            self.chosen = None
        self.talk._emit()

    def room_people_on(self) -> bool:
        """Whether the projector shows each person now: chosen for this conversation and lens, and
        the lens is still not sensitive (marking it sensitive turns the view off at once)."""
        conv = self.talk.conversation() if self.chosen is not None else None
        if conv is None or self.chosen != (conv.id, conv.lens_id):
            return False
        lens = self.talk.lens(conv.lens_id)
        return lens is not None and not lens.sensitive

    def room_people(self, now: float | None = None) -> RoomPeople | None:
        """Each person's talk for the projector, or None: the group view (`room_view`) is shown."""
        if not self.room_people_on():
            return None
        now = self.talk.ws.clock.now() if now is None else now
        conv = self.talk.conversation()
        lens = self.talk.lens(conv.lens_id) if conv is not None else None
        if conv is None or lens is None:   # room_people_on() said yes, so both are there
            return None
        names = self.talk.names()
        present = [p for p in conv.members if p in names]
        f = figures(self.talk.turns(conv.id), present, now)
        vals = self.talk.values(lens.id)
        rows = []
        for p in present:
            pf = f.people.get(p)
            secs = pf.seconds if pf else 0.0
            rows.append(PersonRow(names[p], ", ".join(vals.get(p, ())), secs, pf.share if pf else 0.0,
                                  pf.turns if pf else 0))
        rows.sort(key=lambda r: (-r.seconds, r.name.lower()))
        return RoomPeople(conv.title, lens.name, tuple(rows), sum(1 for r in rows if r.turns == 0), len(present))
