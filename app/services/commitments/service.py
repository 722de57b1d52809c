"""Commitments for the action period and bright spots: capture, edit, delete, review, carry over, export.

Every change is committed at once and is one step of the workspace's history
(Edit > Undo brings it back). Listeners hear "commitments".
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import func, select

from app.domain.commitments.carry import CarryPlan, OldCommitment, plan_carry
from app.domain.commitments.model import (
    DONE,
    FROM_COMMITMENT,
    FROM_NOTE,
    BrightSpot,
    BrightSpotData,
    Commitment,
    CommitmentData,
    CommitmentError,
    check_status,
)
from app.domain.people.teams import team_key
from app.i18n import _, ngettext
from app.services.core.changes import CommitmentsChanged
from app.services.core.history import BRIGHT_SPOT, COMMITMENT, History
from app.services.core.workspace import Workspace
from app.store import models as m

__all__ = ["CommitmentService", "CommitmentError", "CommitmentData", "BrightSpotData"]

TOPICS = (CommitmentsChanged,)
CARRIED = ("change", "who", "by_when", "measure", "support", "support_from")


def source_title(title: str, first_day: dt.date | None) -> str:
    """How a carried commitment names the convening it was made at: "Fall Convening (21 January 2027)"."""
    return f"{title} ({first_day.day} {first_day.strftime('%B %Y')})" if first_day else title


class CommitmentService:
    def __init__(self, workspace: Workspace, history: History) -> None:
        self.ws = workspace
        self.history = history

    def _now_us(self) -> int:
        return int(self.ws.clock.now() * 1_000_000)

    def _record(self, label: str, hook, ids: list[int], change, new_ids=lambda _r: []):
        result = self.history.record(label, hook, ids, change, TOPICS, new_ids)
        self.ws.bus.emit(CommitmentsChanged())
        return result

    # -- reading -----------------------------------------------------------------------
    def teams(self) -> list[tuple[int, str]]:
        """(id, name) of every team, by name: the order the tab walks through them."""
        with self.ws.require().read() as s:
            rows = s.execute(select(m.Team.id, m.Team.name)).all()
        return sorted(((i, n) for i, n in rows), key=lambda t: t[1].casefold())

    def commitments(self, team_id: int | None = None, carried: bool | None = None) -> list[Commitment]:
        """Commitments by team name, then as entered; `carried` True: only those from an earlier convening."""
        with self.ws.require().read() as s:
            q = (select(m.Commitment, m.Team.name, m.AgendaItem.title)
                 .join(m.Team, m.Commitment.team_id == m.Team.id)
                 .outerjoin(m.AgendaItem, m.Commitment.item_id == m.AgendaItem.id))
            if team_id is not None:
                q = q.where(m.Commitment.team_id == team_id)
            if carried is True:
                q = q.where(m.Commitment.source != "")
            elif carried is False:
                q = q.where(m.Commitment.source == "")
            rows = s.execute(q).all()
        out = [Commitment(c.id, c.team_id, team, c.change, c.who, c.by_when, c.measure, c.support,
                          c.support_from, c.status, c.learned, c.source, item or "")
               for c, team, item in rows]
        order = {c.id: c.position for c, _, _ in rows}
        return sorted(out, key=lambda c: (c.team.casefold(), not c.carried, order[c.id], c.id))

    def commitment(self, commitment_id: int) -> Commitment | None:
        return next((c for c in self.commitments() if c.id == commitment_id), None)

    def team_name(self, team_id: int) -> str:
        with self.ws.require().read() as s:
            team = s.get(m.Team, team_id)
            return team.name if team is not None else ""

    # -- capture and edit --------------------------------------------------------------
    def add(self, team_id: int, data: CommitmentData, item_id: int | None = None) -> int:
        values = data.cleaned()

        def change(s) -> int:
            team = s.get(m.Team, team_id)
            if team is None:
                raise CommitmentError(_("Team: that team no longer exists."))
            if item_id is not None and s.get(m.AgendaItem, item_id) is None:
                raise CommitmentError(_("Agenda item: that item no longer exists."))
            pos = s.scalar(select(func.max(m.Commitment.position)).where(m.Commitment.team_id == team_id))
            now = self._now_us()
            row = m.Commitment(team_id=team_id, item_id=item_id, position=(pos or 0) + 1, created_us=now,
                               updated_us=now, **values)
            s.add(row)
            s.flush()
            return row.id

        return self._record(_("add a commitment of {team}").format(team=self.team_name(team_id) or _("a team")), COMMITMENT, [],
                            change, lambda r: [r])

    def update(self, commitment_id: int, data: CommitmentData) -> None:
        values = data.cleaned()

        def change(s) -> None:
            row = self._get(s, commitment_id)
            for k, v in values.items():
                setattr(row, k, v)
            row.updated_us = self._now_us()

        self._record(_("edit a commitment of {team}").format(team=self._team_of(commitment_id)), COMMITMENT, [commitment_id], change)

    def set_status(self, commitment_id: int, status: str, learned: str | None = None) -> None:
        """Done, partly or not yet (or "" again), with a line on what was learned (None: keep it)."""
        status, cleaned = check_status(status, learned)

        def change(s) -> None:
            row = self._get(s, commitment_id)
            row.status = status
            if learned is not None:
                row.learned = cleaned
            row.updated_us = self._now_us()

        label = {"": _("mark a commitment of {team} not reviewed"), "done": _("mark a commitment of {team} done"),
                 "partly": _("mark a commitment of {team} partly"), "not yet": _("mark a commitment of {team} not yet")}
        self._record(label.get(status, label[""]).format(team=self._team_of(commitment_id)), COMMITMENT,
                     [commitment_id], change)

    def delete(self, commitment_id: int) -> None:
        def change(s) -> None:
            s.delete(self._get(s, commitment_id))

        self._record(_("delete a commitment of {team}").format(team=self._team_of(commitment_id)), COMMITMENT, [commitment_id], change)

    @staticmethod
    def _get(s, commitment_id: int) -> m.Commitment:
        row = s.get(m.Commitment, commitment_id)
        if row is None:
            raise CommitmentError(_("That commitment no longer exists."))
        return row

    def _team_of(self, commitment_id: int) -> str:
        with self.ws.require().read() as s:
            name = s.scalar(select(m.Team.name).join(m.Commitment, m.Commitment.team_id == m.Team.id)
                            .where(m.Commitment.id == commitment_id))
        return name or "a team"

    # -- bright spots ------------------------------------------------------------------
    def bright_spots(self) -> list[BrightSpot]:
        with self.ws.require().read() as s:
            rows = s.execute(select(m.BrightSpot, m.Team.name).join(m.Team, m.BrightSpot.team_id == m.Team.id)
                             .order_by(m.BrightSpot.id)).all()
        return [BrightSpot(b.id, b.team_id, name, b.what_worked, b.for_whom, b.evidence, b.origin)
                for b, name in rows]

    def add_bright_spot(self, data: BrightSpotData) -> int:
        values = data.cleaned()

        def change(s) -> int:
            if s.get(m.Team, values["team_id"]) is None:
                raise CommitmentError(_("Team: that team no longer exists."))
            if values["commitment_id"] is not None and s.get(m.Commitment, values["commitment_id"]) is None:
                raise CommitmentError(_("From: that commitment no longer exists."))
            if values["note_id"] is not None and s.get(m.Note, values["note_id"]) is None:
                raise CommitmentError(_("From: that note no longer exists."))
            row = m.BrightSpot(created_us=self._now_us(), **values)
            s.add(row)
            s.flush()
            return row.id

        return self._record(_("add a bright spot of {team}").format(team=self.team_name(data.team_id) or _("a team")), BRIGHT_SPOT, [],
                            change, lambda r: [r])

    def bright_spot_from_commitment(self, commitment_id: int, for_whom: str = "", evidence: str = "") -> int:
        """A commitment that worked, made a bright spot of its team (its learning is the evidence if none is given)."""
        c = self.commitment(commitment_id)
        if c is None:
            raise CommitmentError(_("That commitment no longer exists."))
        return self.add_bright_spot(BrightSpotData(c.team_id, c.change, for_whom, evidence or c.learned,
                                                   FROM_COMMITMENT, commitment_id=commitment_id))

    def bright_spot_from_note(self, note_id: int, team_id: int, for_whom: str = "", evidence: str = "") -> int:
        with self.ws.require().read() as s:
            note = s.get(m.Note, note_id)
            text = note.text if note is not None else ""
        if not text:
            raise CommitmentError(_("From: that note no longer exists."))
        return self.add_bright_spot(BrightSpotData(team_id, text, for_whom, evidence, FROM_NOTE, note_id=note_id))

    def notes(self) -> list[tuple[int, str]]:
        """(id, text) of the sticky notes in this convening, to pick a bright spot from."""
        with self.ws.require().read() as s:
            return [(i, t) for i, t in s.execute(select(m.Note.id, m.Note.text).order_by(m.Note.id))]

    def step_notes(self) -> list[tuple[str, str]]:
        """(where, text) of the notes typed during protocol steps: "Bright spots, step 2", "…"."""
        with self.ws.require().read() as s:
            rows = s.execute(select(m.StepNote.step, m.StepNote.text, m.AgendaItem.title)
                             .join(m.AgendaItem, m.StepNote.item_id == m.AgendaItem.id)
                             .where(m.StepNote.text != "").order_by(m.StepNote.id)).all()
        return [(f"{title}, step {step + 1}", text) for step, text, title in rows]

    def update_bright_spot(self, spot_id: int, data: BrightSpotData) -> None:
        values = data.cleaned()

        def change(s) -> None:
            row = s.get(m.BrightSpot, spot_id)
            if row is None:
                raise CommitmentError(_("That bright spot no longer exists."))
            for k in ("team_id", "what_worked", "for_whom", "evidence"):
                setattr(row, k, values[k])

        self._record(_("edit a bright spot"), BRIGHT_SPOT, [spot_id], change)

    def delete_bright_spot(self, spot_id: int) -> None:
        def change(s) -> None:
            row = s.get(m.BrightSpot, spot_id)
            if row is None:
                raise CommitmentError(_("That bright spot no longer exists."))
            s.delete(row)

        self._record(_("delete a bright spot"), BRIGHT_SPOT, [spot_id], change)

    # -- carry over from an earlier convening --------------------------------------------
    def plan_carry(self, old_path: Path | str) -> CarryPlan:
        """What carrying from `old_path` would do (nothing is written)."""
        source, old_teams, old = self._read_earlier(Path(old_path))
        with self.ws.require().read() as s:
            teams = dict(s.execute(select(m.Team.id, m.Team.name)).all())
            already = set(s.scalars(select(m.Commitment.source_ref).where(m.Commitment.source_ref != "")))
        return plan_carry(source, old_teams, old, teams, already, team_key)

    def carry(self, old_path: Path | str) -> CarryPlan:
        """Bring the commitments made at an earlier convening into this one, as one undoable step."""
        plan = self.plan_carry(old_path)
        if not plan.carried:
            return plan
        now = self._now_us()

        def change(s) -> list[int]:
            ids = []
            for team_id, c in plan.carried:
                pos = s.scalar(select(func.max(m.Commitment.position)).where(m.Commitment.team_id == team_id))
                row = m.Commitment(team_id=team_id, position=(pos or 0) + 1, status="", learned="",
                                   source=(c.source or plan.source)[:300], source_ref=c.ref, created_us=now, updated_us=now,
                                   **{k: c.values[k] for k in CARRIED})
                s.add(row)
                s.flush()
                ids.append(row.id)
            return ids

        self._record(ngettext("carry over {n} commitment", "carry over {n} commitments", len(plan.carried)).format(n=len(plan.carried)), COMMITMENT, [], change, lambda r: list(r))
        return plan

    def _read_earlier(self, path: Path) -> tuple[str, list[str], list[OldCommitment]]:
        here = self.ws.require().path
        if path.resolve() == here:
            raise CommitmentError(_("{name} is the convening open now; choose the earlier convening's file.").format(name=path.name))
        old_ws = Workspace(self.ws.clock, self.ws.data_dir)
        old_ws.open(path)  # checks, locks, backs up and upgrades like any open; one sentence if it cannot
        try:
            with old_ws.require().read() as s:
                conv = s.scalars(select(m.Convening)).one()
                first = s.scalar(select(m.Day.date).order_by(m.Day.position).limit(1))
                key = conv.created_us
                teams = list(s.scalars(select(m.Team.name)))
                # Made there, or carried into it and not reported done there: a commitment travels the year
                # until the team says it is done (keeping the name of the convening where it was made).
                rows = s.execute(select(m.Commitment, m.Team.name).join(m.Team, m.Commitment.team_id == m.Team.id)
                                 .where((m.Commitment.source == "") | (m.Commitment.status != DONE))
                                 .order_by(m.Commitment.team_id, m.Commitment.position, m.Commitment.id)).all()
                old = [OldCommitment(f"{key}:{c.id}", name, {k: getattr(c, k) for k in CARRIED}, c.source)
                       for c, name in rows]
                source = source_title(conv.title, first)
        finally:
            old_ws.close()
        return source, teams, old

    # -- export ------------------------------------------------------------------------
    def export_csv(self, path: Path | str) -> int:
        """Write every commitment to a CSV file; returns how many rows."""
        from app.export.commitments_csv import save_csv

        return save_csv(Path(path), self.commitments())
