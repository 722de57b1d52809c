"""What the wall service hands out: plain records of boards, notes and clusters, and its error."""

from __future__ import annotations

from typing import NamedTuple

from app.i18n import ngettext
from app.store import models as m


class WallError(ValueError):
    """A wall action cannot be done as asked; the message says what to do."""


class BoardRecord(NamedTuple):
    id: int
    title: str
    prompt: str
    item_id: int | None
    step: int | None
    layout: str
    show_authors: bool
    only_in_control: bool
    votes_per_person: int
    votes_per_cluster: int
    notes: int = 0
    collecting: bool = False    # notes come in blind: counted on the projector, their text not shown
    voting: str = ""            # "" dots counted by hand (shown); "open" (phones vote, tallies hidden); "closed"

    @property
    def tallies_hidden(self) -> bool:
        """While voting is open, nobody sees the dots yet (so the first ballots do not steer the rest)."""
        return self.voting == "open"


class NoteRecord(NamedTuple):
    id: int
    board_id: int
    text: str
    x: float
    y: float
    cluster_id: int | None
    colour: str
    author: str
    in_control: bool | None


class ClusterRecord(NamedTuple):
    id: int
    board_id: int
    name: str
    x: float
    y: float
    dots: int


class PhotoRecord(NamedTuple):
    """A photo of the board's chart paper (its JPEG's bytes: `wall.photos.image(id)`)."""
    id: int
    board_id: int
    caption: str
    width: int
    height: int
    source: str      # "file" or "phone"
    waiting: bool = False   # a phone's photo under moderation: on no page until put up (`wall.photos.accept`)


class BoardView(NamedTuple):
    board: BoardRecord
    notes: list[NoteRecord]
    clusters: list[ClusterRecord]
    duplicates: dict[int, list[int]]
    photos: tuple[PhotoRecord, ...] = ()    # oldest first; a page each on the projector, after the clusters'


class PastePreview(NamedTuple):
    notes: list[str]
    problems: list[str]   # "Line 3: ..." for lines that will not become notes


class ImportReport(NamedTuple):
    board_id: int
    created_board: bool
    added: list[int]
    skipped: list[str]

    def lines(self) -> list[str]:
        n = len(self.added)
        out = [(ngettext("Added {n} note to a new board.", "Added {n} notes to a new board.", n) if self.created_board
                else ngettext("Added {n} note.", "Added {n} notes.", n)).format(n=n)]
        if self.skipped:
            out.append(ngettext("Skipped {n} row:", "Skipped {n} rows:", len(self.skipped)).format(n=len(self.skipped)))
            out += [f"  {s}" for s in self.skipped]
        return out


def _board_record(b: m.Board, notes: int = 0) -> BoardRecord:
    return BoardRecord(b.id, b.title, b.prompt, b.item_id, b.step, b.layout, bool(b.show_authors),
                       bool(b.only_in_control), b.votes_per_person, b.votes_per_cluster, notes,
                       bool(b.collecting), b.voting or "")


def _note_record(n: m.Note) -> NoteRecord:
    return NoteRecord(n.id, n.board_id, n.text, n.x, n.y, n.cluster_id, n.colour, n.author, n.in_control)
