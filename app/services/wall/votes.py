"""The wall's dot votes: the board's rules (dots each, cap per cluster), tallies counted by hand
(+1, -1, a typed count), ballots cast by name, and the results.

`WallVotes` is the part `wall.votes` of `WallService` (app/services/wall/service.py): it changes the
board through the service it belongs to, so each action is one undo step.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy import delete, select

from app.domain.wall.palette import cluster_numbers
from app.domain.wall.votes import Result, VoteError, VoteRules, check_ballot, check_rules, check_tally, results
from app.i18n import N_, _, ngettext
from app.services.core.changes import WallChanged
from app.services.core.history import Hook
from app.services.wall.records import WallError
from app.store import models as m

if TYPE_CHECKING:
    from app.services.wall.service import WallService


# state -> (the undo step's label, what is said when it is that already)
VOTING = {
    "open": (N_("open dot voting"), N_("Voting is open already.")),
    "closed": (N_("close dot voting"), N_("Voting is closed already.")),
    "": (N_("count dots by hand"), N_("Dots are counted by hand already.")),
}


PHONE_DOTS = Hook("board", ("vote",), follow=("vote",))   # undo of phones' dots: the board's votes only
PHONE = "phone"   # the voter of a phone's dots (its device tells phones apart)
CLOSED = "Voting has closed, so these dots were not counted."
NOT_OPEN = "Voting has not opened yet, so these dots were not counted."


class BallotRefused(WallError):
    """A phone's ballot that is not counted; `reason` is "closed", "not_open" or "rules"."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


class PhoneCluster(NamedTuple):
    id: int
    number: int    # as the room reads it on the projector (and the facilitator's key)
    name: str


class PhoneVoting(NamedTuple):
    """What the phones' voting page needs, read at once: the board's state and rules, its clusters by number,
    and every phone's ballot now ({device: {cluster id: dots}})."""
    voting: str
    per_person: int
    per_cluster: int
    clusters: tuple[PhoneCluster, ...]
    ballots: dict[str, dict[int, int]]


def _checked(check, *args) -> None:
    """A domain vote check, its refusal said as a WallError."""
    try:
        check(*args)
    except VoteError as exc:
        raise WallError(str(exc)) from exc


def _rules(b: m.Board) -> VoteRules:
    return VoteRules(b.votes_per_person, b.votes_per_cluster)


class WallVotes:
    def __init__(self, wall: WallService) -> None:
        self.wall = wall

    def set_vote_rules(self, board_id: int, per_person: int, per_cluster: int = 0) -> None:
        _checked(check_rules, VoteRules(per_person, per_cluster))

        def change(s) -> None:
            b = self.wall._board(s, board_id)
            b.votes_per_person, b.votes_per_cluster = per_person, per_cluster

        label = (ngettext("give {n} dot each, at most {cap} on one cluster", "give {n} dots each, at most {cap} on one cluster",
                          per_person) if per_cluster else ngettext("give {n} dot each", "give {n} dots each", per_person))
        self.wall._step(label.format(n=per_person, cap=per_cluster), board_id, change, merge_key=f"rules:{board_id}")

    def set_voting(self, board_id: int, state: str) -> None:
        """Dot voting "open" (phones may vote; tallies hidden until it closes), "closed" (tallies shown, no
        more phone ballots) or "" (dots counted by hand, shown as they come). One undo step."""
        if state not in VOTING:
            raise WallError(_("Voting is open, closed or counted by hand, not “{state}”.").format(state=state))

        def change(s) -> None:
            b = self.wall._board(s, board_id)
            if (b.voting or "") == state:
                raise WallError(_(VOTING[state][1]))
            b.voting = state

        self.wall._step(_(VOTING[state][0]), board_id, change)

    def open_voting(self, board_id: int) -> None:
        self.set_voting(board_id, "open")

    def close_voting(self, board_id: int) -> None:
        self.set_voting(board_id, "closed")

    def set_tally(self, cluster_id: int, dots: int, voters: int | None = None) -> int:
        """The cluster's dots counted by hand set to `dots` (ballots cast by name stay as they are)."""
        board_id = self.wall._board_of_cluster(cluster_id)
        tally: list[int] = []

        def change(s) -> None:
            b = self.wall._board(s, board_id)
            c = self.wall._cluster(s, board_id, cluster_id)
            named = sum(v.dots for v in s.scalars(select(m.Vote).where(m.Vote.cluster_id == cluster_id,
                                                                         m.Vote.voter != "")))
            if dots < named:
                raise WallError(_("People's ballots already put {named} dots on “{name}”; the count cannot be less than that.").format(named=named, name=c.name))
            _checked(check_tally, _rules(b), dots, voters)
            rows = list(s.scalars(select(m.Vote).where(m.Vote.cluster_id == cluster_id, m.Vote.voter == "",
                                                       m.Vote.note_id.is_(None))))
            for extra in rows[1:]:
                s.delete(extra)
            row = rows[0] if rows else None
            if row is None:
                row = m.Vote(board_id=board_id, cluster_id=cluster_id, dots=0, voter="")
                s.add(row)
            row.dots = dots - named
            tally.append(dots)

        self.wall._step(ngettext("count {n} dot", "count {n} dots", dots).format(n=dots), board_id, change)
        return tally[0]

    def ballots(self, board_id: int) -> dict[str, dict[int, int]]:
        """Every ballot cast by name on the board: {voter: {cluster id: dots}}, voters A to Z."""
        with self.wall.ws.require().read() as s:
            self.wall._board(s, board_id)
            out: dict[str, dict[int, int]] = {}
            for v in s.scalars(select(m.Vote).where(m.Vote.board_id == board_id, m.Vote.voter != "",
                                                    m.Vote.device == "", m.Vote.cluster_id.is_not(None))):
                if v.cluster_id is not None:   # (the query asks for those only)
                    mine = out.setdefault(v.voter, {})
                    mine[v.cluster_id] = mine.get(v.cluster_id, 0) + v.dots
        return dict(sorted(out.items(), key=lambda kv: kv[0].casefold()))

    def add_dots(self, cluster_id: int, dots: int = 1, voters: int | None = None) -> int:
        """Counted dots on a cluster (a click or a key: +1, -1); returns the cluster's new tally."""
        board_id = self.wall._board_of_cluster(cluster_id)
        tally: list[int] = []

        def change(s) -> None:
            b = self.wall._board(s, board_id)
            self.wall._cluster(s, board_id, cluster_id)
            row = s.scalar(select(m.Vote).where(m.Vote.cluster_id == cluster_id, m.Vote.voter == "",
                                                m.Vote.note_id.is_(None)))
            current = sum(v.dots for v in s.scalars(select(m.Vote).where(m.Vote.cluster_id == cluster_id)))
            new = current + dots
            _checked(check_tally, _rules(b), new, voters)
            if row is None:
                row = m.Vote(board_id=board_id, cluster_id=cluster_id, dots=0, voter="")
                s.add(row)
            row.dots += dots
            tally.append(new)

        self.wall._step((ngettext("add {n} dot", "add {n} dots", abs(dots)) if dots >= 0
                         else ngettext("take off {n} dot", "take off {n} dots", abs(dots))).format(n=abs(dots)),
                   board_id, change, merge_key=f"dots:{cluster_id}")
        return tally[0]

    def cast_ballot(self, board_id: int, voter: str, dots: Mapping[int, int]) -> None:
        """One person's dots, replacing any they cast before; the board's caps apply."""
        who = " ".join((voter or "").split())
        if not who:
            raise WallError(_("Say whose dots these are."))

        def change(s) -> None:
            b = self.wall._board(s, board_id)
            for cid in dots:
                self.wall._cluster(s, board_id, cid)
            _checked(check_ballot, _rules(b), dots, who)
            cast = list(s.scalars(select(m.Vote).where(m.Vote.board_id == board_id, m.Vote.voter != "",
                                                       m.Vote.device == "")))
            mine = [v for v in cast if v.voter.casefold() == who.casefold()]   # "ana ruiz" is Ana Ruiz again
            name = mine[0].voter if mine else who
            for v in mine:
                s.delete(v)
            for cid, d in dots.items():
                if d:
                    s.add(m.Vote(board_id=board_id, cluster_id=cid, dots=d, voter=name))

        self.wall._step(_("record {who}'s dots").format(who=who), board_id, change)

    def cast_phone_ballot(self, board_id: int, device: str, dots: Mapping[int, int]) -> None:
        """A phone's dots, {cluster id: dots}, under `device` (the SHA-256 of its token, never the token): they
        replace any it cast before, within the board's rules, and only while voting is open (else
        BallotRefused, and nothing changes). Ballots in a row are one undo step ("phones' dots")."""
        refused = self.cast_phone_ballots(board_id, [(device, dots)])[0]
        if refused is not None:
            raise refused

    def cast_phone_ballots(self, board_id: int,
                           ballots: Sequence[tuple[str, Mapping[int, int]]]) -> list[BallotRefused | None]:
        """Phones' ballots that arrived together, each checked on its own (`cast_phone_ballot`), the accepted
        ones committed together at once; for each ballot, None (cast) or why it was refused."""
        if any(not device for device, _dots in ballots):
            raise WallError("A phone's ballot needs its device.")
        out: list[BallotRefused | None] = []

        def change(s) -> None:
            out.clear()
            b = self.wall._board(s, board_id)
            if b.voting != "open":
                why = BallotRefused(CLOSED, "closed") if b.voting == "closed" else BallotRefused(NOT_OPEN, "not_open")
                out.extend(why for _ballot in ballots)
                return
            clusters = set(s.scalars(select(m.Cluster.id).where(m.Cluster.board_id == board_id)))
            rules = _rules(b)
            for device, dots in ballots:
                try:
                    if any(cid not in clusters for cid in dots):
                        raise WallError(_("That cluster is no longer on the board."))
                    check_ballot(rules, dots, "")
                except (VoteError, WallError) as exc:
                    out.append(BallotRefused(str(exc), "rules"))
                    continue
                out.append(None)
                s.execute(delete(m.Vote).where(m.Vote.board_id == board_id, m.Vote.device == device))
                s.add_all([m.Vote(board_id=board_id, cluster_id=cid, dots=d, voter=PHONE, device=device)
                           for cid, d in dots.items() if d])

        if not ballots:
            return []
        # The board and its votes only (not its notes): a step as small as the ballots, on a board of any size.
        self.wall.history.record(_("phones' dots"), PHONE_DOTS, [board_id], change, (WallChanged,),
                                 merge_key=f"phones:{board_id}")
        if any(r is None for r in out):
            self.wall.ws.bus.emit(WallChanged(board_id=board_id))
        return list(out)

    def phone_ballot(self, board_id: int, device: str) -> dict[int, int]:
        """The dots a phone has on the board now: {cluster id: dots} (empty before it voted)."""
        with self.wall.ws.require().read() as s:
            out: dict[int, int] = {}
            for cid, d in s.execute(select(m.Vote.cluster_id, m.Vote.dots).where(m.Vote.board_id == board_id,
                                                                                 m.Vote.device == device)):
                if cid is not None:
                    out[cid] = out.get(cid, 0) + d
        return out

    def phone_voting(self, board_id: int) -> PhoneVoting:
        """The board as the phones' voting page shows it, and every phone's ballot (one read)."""
        with self.wall.ws.require().read() as s:
            b = self.wall._board(s, board_id)
            rows = list(s.execute(select(m.Cluster.id, m.Cluster.name).where(m.Cluster.board_id == board_id)))
            numbers = cluster_numbers([cid for cid, _n in rows])
            clusters = tuple(sorted((PhoneCluster(cid, numbers[cid], name) for cid, name in rows),
                                    key=lambda c: c.number))
            ballots: dict[str, dict[int, int]] = {}
            for device, cid, d in s.execute(select(m.Vote.device, m.Vote.cluster_id, m.Vote.dots).where(
                    m.Vote.board_id == board_id, m.Vote.device != "")):
                if cid is not None:
                    mine = ballots.setdefault(device, {})
                    mine[cid] = mine.get(cid, 0) + d
            return PhoneVoting(b.voting or "", b.votes_per_person, b.votes_per_cluster, clusters, ballots)

    def phone_ballots(self, board_id: int) -> int:
        """How many phones have dots on the board."""
        with self.wall.ws.require().read() as s:
            return len(set(s.scalars(select(m.Vote.device).where(m.Vote.board_id == board_id, m.Vote.device != ""))))

    def results(self, board_id: int) -> list[Result]:
        v = self.wall.view(board_id)
        return results({c.id: c.name for c in v.clusters}, {c.id: c.dots for c in v.clusters})
