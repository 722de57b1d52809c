"""The driver diagram: the aim, primary and secondary drivers and change ideas as a tree; which change idea
each commitment tests. Every edit is one undoable step."""

from __future__ import annotations

from sqlalchemy import func, select

from app.domain.improvement.model import (
    AIM,
    IDEA,
    DriverNode,
    ImprovementError,
    check_parent,
    child_kind,
    clean,
)
from app.i18n import _
from app.services.improvement.steps import DRIVER, LINK, Steps
from app.store import models as m


class Drivers:
    def __init__(self, steps: Steps) -> None:
        self.steps = steps
        self.ws = steps.ws

    # -- reading -------------------------------------------------------------------------
    def tree(self) -> list[DriverNode]:
        """The roots (the aim; any node whose parent is gone is not possible: children go with it), each with
        its children in order, change ideas with the teams testing them."""
        with self.ws.require().read() as s:
            rows = s.scalars(select(m.Driver).order_by(m.Driver.position, m.Driver.id)).all()
            nodes = [(r.id, r.parent_id, r.kind, r.text, r.position) for r in rows]
            testing: dict[int, set[str]] = {}
            for idea_id, team in s.execute(select(m.CommitmentIdea.idea_id, m.Team.name)
                                           .join(m.Commitment, m.CommitmentIdea.commitment_id == m.Commitment.id)
                                           .join(m.Team, m.Commitment.team_id == m.Team.id)):
                testing.setdefault(idea_id, set()).add(team)
        kids: dict[int | None, list] = {}
        for n in nodes:
            kids.setdefault(n[1], []).append(n)

        def build(n) -> DriverNode:
            teams = tuple(sorted(testing.get(n[0], ()), key=str.casefold))
            return DriverNode(n[0], n[1], n[2], n[3], n[4], teams, tuple(build(c) for c in kids.get(n[0], [])))

        return [build(n) for n in kids.get(None, [])]

    def nodes(self) -> list[DriverNode]:
        return [n for root in self.tree() for n in root.walk()]

    def node(self, node_id: int) -> DriverNode | None:
        return next((n for n in self.nodes() if n.id == node_id), None)

    def aim(self) -> str:
        return next((n.text for n in self.tree() if n.kind == AIM), "")

    def ideas(self) -> list[tuple[int, str]]:
        """(id, text) of every change idea, in the diagram's order."""
        return [(n.id, n.text) for n in self.nodes() if n.kind == IDEA]

    def idea_of(self, commitment_id: int) -> int | None:
        with self.ws.require().read() as s:
            return s.scalar(select(m.CommitmentIdea.idea_id).where(m.CommitmentIdea.commitment_id == commitment_id))

    def ideas_of_commitments(self) -> dict[int, int]:
        """Commitment id -> the change idea it tests."""
        with self.ws.require().read() as s:
            return dict(s.execute(select(m.CommitmentIdea.commitment_id, m.CommitmentIdea.idea_id)).all())

    # -- editing -------------------------------------------------------------------------
    def set_aim(self, text: str) -> int:
        """The diagram's aim (made when there is none)."""
        value = clean(text, "Text", required=True)
        with self.ws.require().read() as s:
            existing = s.scalar(select(m.Driver.id).where(m.Driver.kind == AIM, m.Driver.parent_id.is_(None)))
        if existing is not None:
            self.rename(existing, value)
            return existing
        return self.add(None, value, AIM)

    def add(self, parent_id: int | None, text: str, kind: str | None = None) -> int:
        """A node under `parent_id` (None: the aim); `kind` by default the next level down."""
        value = clean(text, "Text", required=True)

        def change(s) -> int:
            parent = s.get(m.Driver, parent_id) if parent_id is not None else None
            if parent_id is not None and parent is None:
                raise ImprovementError(_("Text: what it goes under no longer exists."))
            parent_kind = parent.kind if parent is not None else None
            k = kind or child_kind(parent_kind)
            check_parent(k, parent_kind)
            if k == AIM and s.scalar(select(m.Driver.id).where(m.Driver.kind == AIM)) is not None:
                raise ImprovementError(_("Aim: the diagram has one aim already; edit it instead."))
            pos = s.scalar(select(func.max(m.Driver.position)).where(
                m.Driver.parent_id.is_(None) if parent_id is None else m.Driver.parent_id == parent_id))
            row = m.Driver(parent_id=parent_id, kind=k, text=value, position=(pos or 0) + 1,
                           created_us=self.steps.now_us())
            s.add(row)
            s.flush()
            return row.id

        return self.steps.record(_("add “{text}” to the driver diagram").format(text=value[:40]), DRIVER, [], change, "drivers",
                                 lambda r: [r])

    def rename(self, node_id: int, text: str) -> None:
        value = clean(text, "Text", required=True)

        def change(s) -> None:
            self._get(s, node_id).text = value

        self.steps.record(_("rename “{text}” in the driver diagram").format(text=value[:40]), DRIVER, [node_id], change, "drivers")

    def delete(self, node_id: int) -> None:
        """The node and everything under it (commitments stay; they lose their link to a deleted idea)."""
        node = self.node(node_id)

        def change(s) -> None:
            s.delete(self._get(s, node_id))

        label = (_("delete “{text}” from the driver diagram").format(text=node.text[:40]) if node
                 else _("delete from the driver diagram"))
        self.steps.record(label, DRIVER, [node_id], change, "drivers")

    def move(self, node_id: int, by: int) -> bool:
        """Up (-1) or down (+1) among its siblings; False when it is already first or last."""
        with self.ws.require().read() as s:
            row = s.get(m.Driver, node_id)
            if row is None:
                return False
            sibling_q = select(m.Driver.id).where(
                m.Driver.parent_id.is_(None) if row.parent_id is None else m.Driver.parent_id == row.parent_id)
            siblings = list(s.scalars(sibling_q.order_by(m.Driver.position, m.Driver.id)))
        i = siblings.index(node_id)
        j = i + by
        if not 0 <= j < len(siblings):
            return False
        siblings[i], siblings[j] = siblings[j], siblings[i]

        def change(s) -> None:
            for pos, sid in enumerate(siblings, start=1):
                s.get(m.Driver, sid).position = pos

        self.steps.record(_("move in the driver diagram"), DRIVER, siblings, change, "drivers")
        return True

    def link(self, commitment_id: int, idea_id: int | None) -> None:
        """The change idea the commitment tests (None: none)."""
        with self.ws.require().read() as s:
            existing = s.scalar(select(m.CommitmentIdea.id).where(m.CommitmentIdea.commitment_id == commitment_id))

        def change(s) -> int | None:
            if s.get(m.Commitment, commitment_id) is None:
                raise ImprovementError(_("Commitment: that commitment no longer exists."))
            row = s.get(m.CommitmentIdea, existing) if existing is not None else None
            if idea_id is None:
                if row is not None:
                    s.delete(row)
                return None
            idea = s.get(m.Driver, idea_id)
            if idea is None or idea.kind != IDEA:
                raise ImprovementError(_("Change idea: choose a change idea of the driver diagram."))
            if row is None:
                row = m.CommitmentIdea(commitment_id=commitment_id, idea_id=idea_id)
                s.add(row)
                s.flush()
            else:
                row.idea_id = idea_id
            return row.id

        ids = [existing] if existing is not None else []
        self.steps.record(_("link a commitment to a change idea"), LINK, ids, change, "drivers",
                          lambda r: [r] if r is not None else [])

    @staticmethod
    def _get(s, node_id: int) -> m.Driver:
        row = s.get(m.Driver, node_id)
        if row is None:
            raise ImprovementError(_("Text: that part of the driver diagram no longer exists."))
        return row
