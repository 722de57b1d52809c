"""The sticky-note wall: boards, capture, clusters, layouts, "in our control" (records in
wall/records.py, notes CSV files in wall/notes_csv.py; its parts: dot votes `votes` (wall/votes.py),
suggested clusters `suggestions` (wall/suggest.py), photos of chart paper `photos` (wall/photos.py)).

Every action is one committed step of the workspace's History (Edit > Undo, the
wall's undo and `History.undo()` from the command line all bring it back); the
snapshot of a step is the whole board (its clusters, notes and votes follow it
by foreign key), except when notes are only added: that step keeps just the new
notes (NEW_NOTES), so a phone's note on a board of 500 stays cheap. After each change the bus gets
`WallChanged(board_id=..., note_ids=...)` naming the notes that changed (empty when only a cluster did).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from sqlalchemy import func, select

from app.domain.wall import clusters as cl
from app.domain.wall import layout as lay
from app.domain.wall.duplicates import DuplicateIndex
from app.domain.wall.palette import DEFAULT, colour, is_known
from app.domain.wall.text import NoteTextError, clean_name, clean_note, split_lines
from app.domain.wall.votes import VoteError  # noqa: F401 - importable from here too
from app.i18n import N_, _, ngettext
from app.services.core.changes import WallChanged
from app.services.core.history import History, Hook
from app.services.core.workspace import Workspace
from app.services.wall.notes_csv import AUTHOR_HEADINGS, COLOUR_HEADINGS, _read_notes_csv
from app.services.wall.photos import WallPhotos
from app.services.wall.records import (  # noqa: F401 - its records, importable from here too
    BoardRecord,
    BoardView,
    ClusterRecord,
    ImportReport,
    NoteRecord,
    PastePreview,
    PhotoRecord,
    WallError,
    _board_record,
)
from app.services.wall.suggest import WallSuggestions
from app.services.wall.votes import WallVotes
from app.store import models as m

# A board's steps read everything under it except its photos (a photo's step keeps its own row, wall/photos.py):
# a note moved on a board with photos copies no image. Deleting a board keeps them too (BOARD_AND_PHOTOS).
WALL = Hook("board", ("board", "cluster", "note", "vote"),
            follow=tuple(t for t in m.Base.metadata.tables if t != "wall_photo"))
BOARD_AND_PHOTOS = Hook("board", ("board", "cluster", "note", "vote", "wall_photo"))
# Adding notes (typed, pasted, a phone's) changes nothing but the new notes: its step keeps just them
# (undo removes them, redo puts them back) instead of the whole board twice.
NEW_NOTES = Hook("note", ("note", "vote"))
LAYOUTS = ("wall", "fishbone")


class WallService:
    """The wall's actions. Its parts: `votes` (dot votes: wall/votes.py) and `suggestions` (suggested
    clusters and the notes' vectors: wall/suggest.py)."""

    def __init__(self, workspace: Workspace, history: History) -> None:
        self.ws = workspace
        self.history = history
        self._duplicates: dict[int, DuplicateIndex] = {}   # by board: kept between views (see view())
        self._duplicates_lock = threading.Lock()
        self.votes = WallVotes(self)
        self.suggestions = WallSuggestions(self)
        self.photos = WallPhotos(self)

    # -- plumbing ----------------------------------------------------------------------
    def _step(self, label: str, board_id: int, change, note_ids=(), merge_key: str = "", new_board=False,
              new_notes=False, hook: Hook = WALL):
        if new_notes:   # `change` returns the ids of the notes it added
            result = self.history.record(label, NEW_NOTES, [], change, (WallChanged,), lambda r: list(r),
                                         merge_key=merge_key)
        else:
            ids = [] if new_board else [board_id]
            result = self.history.record(label, hook, ids, change, (WallChanged,),
                                         (lambda r: [r]) if new_board else (lambda _r: []), merge_key=merge_key)
        changed = result if note_ids == "result" else note_ids
        self.ws.bus.emit(WallChanged(board_id=result if new_board else board_id,
                                     note_ids=tuple(changed or ())))
        return result

    @staticmethod
    def _board(s, board_id: int) -> m.Board:
        b = s.get(m.Board, board_id)
        if b is None:
            raise WallError(_("That board no longer exists."))
        return b

    @staticmethod
    def _notes(s, board_id: int, note_ids: Iterable[int]) -> list[m.Note]:
        ids = list(note_ids)
        notes = list(s.scalars(select(m.Note).where(m.Note.id.in_(ids), m.Note.board_id == board_id)))
        if len(notes) != len(set(ids)):
            raise WallError(_("Some of those notes are no longer on this board."))
        return notes

    @staticmethod
    def _cluster(s, board_id: int, cluster_id: int) -> m.Cluster:
        c = s.get(m.Cluster, cluster_id)
        if c is None or c.board_id != board_id:
            raise WallError(_("That cluster no longer exists."))
        return c

    def _now_us(self) -> int:
        return int(self.ws.clock.now() * 1_000_000)

    # -- boards ------------------------------------------------------------------------
    def boards(self) -> list[BoardRecord]:
        with self.ws.require().read() as s:
            counts = dict(s.execute(select(m.Note.board_id, func.count()).group_by(m.Note.board_id)).all())
            return [_board_record(b, counts.get(b.id, 0)) for b in s.scalars(select(m.Board).order_by(m.Board.id))]

    def board(self, board_id: int) -> BoardRecord:
        with self.ws.require().read() as s:
            return _board_record(self._board(s, board_id))

    def find_board(self, title: str) -> int | None:
        key = " ".join(title.split()).casefold()
        return next((b.id for b in self.boards() if b.title.casefold() == key), None)

    def add_board(self, title: str, prompt: str = "", item_id: int | None = None, step: int | None = None) -> int:
        name = " ".join((title or "").split())
        if not name:
            raise WallError(_("A board needs a title."))
        if len(name) > 200:
            raise WallError(_("Keep a board title under 200 characters (it has {n_name}).").format(n_name=len(name)))

        def change(s) -> int:
            if item_id is not None and s.get(m.AgendaItem, item_id) is None:
                raise WallError(_("That agenda item no longer exists."))
            b = m.Board(title=name, prompt=(prompt or "").strip(), item_id=item_id, step=step,
                        created_us=self._now_us())
            s.add(b)
            s.flush()
            return b.id

        return self._step(_("add the board “{name}”").format(name=name), 0, change, new_board=True)

    def update_board(self, board_id: int, *, title: str | None = None, prompt: str | None = None,
                     item_id: int | None | str = "keep", step: int | None | str = "keep",
                     show_authors: bool | None = None, only_in_control: bool | None = None) -> None:
        def change(s) -> None:
            b = self._board(s, board_id)
            if title is not None:
                name = " ".join(title.split())
                if not name:
                    raise WallError(_("A board needs a title."))
                b.title = name
            if prompt is not None:
                b.prompt = prompt.strip()
            if not isinstance(item_id, str):   # "keep": as it is
                b.item_id = item_id
            if not isinstance(step, str):
                b.step = step
            if show_authors is not None:
                b.show_authors = show_authors
            if only_in_control is not None:
                b.only_in_control = only_in_control

        self._step(_("change the board"), board_id, change)

    # -- the blind phase ------------------------------------------------------------------
    def set_collecting(self, board_id: int, on: bool = True) -> None:
        """Collect notes blind (`on`): the room sees how many came in, not what they say, and the console
        hides their text unless the facilitator looks on purpose. Off is the reveal: one undo step."""
        def change(s) -> None:
            b = self._board(s, board_id)
            if bool(b.collecting) == on:
                raise WallError(_("The notes are already coming in blind.") if on else _("The notes are already shown."))
            b.collecting = on

        self._step(_("collect notes blind") if on else _("reveal the notes"), board_id, change)

    def reveal(self, board_id: int) -> None:
        """Show the notes collected blind, on the projector and the console (undo hides them again)."""
        self.set_collecting(board_id, False)

    def delete_board(self, board_id: int) -> None:
        title = self.board(board_id).title
        self._step(_("delete the board “{title}”").format(title=title), board_id, lambda s: s.delete(self._board(s, board_id)),
                   hook=BOARD_AND_PHOTOS)
        with self._duplicates_lock:
            self._duplicates.pop(board_id, None)

    def view(self, board_id: int) -> BoardView:
        with self.ws.require().read() as s:
            b = self._board(s, board_id)
            # plain rows, not ORM objects: the wall reads this on every phone's note (ten times quicker)
            notes = [NoteRecord(*r) for r in s.execute(select(*_NOTE_COLUMNS).where(m.Note.board_id == board_id)
                                                       .order_by(m.Note.id))]
            tallies = dict(s.execute(select(m.Vote.cluster_id, func.sum(m.Vote.dots))
                                     .where(m.Vote.board_id == board_id).group_by(m.Vote.cluster_id)).all())
            clusters = [ClusterRecord(c.id, c.board_id, c.name, c.x, c.y, int(tallies.get(c.id) or 0))
                        for c in s.scalars(select(m.Cluster).where(m.Cluster.board_id == board_id)
                                           .order_by(m.Cluster.id))]
            record = _board_record(b, len(notes))
            t = m.WallPhoto
            photos = tuple(PhotoRecord(*r) for r in s.execute(
                select(t.id, t.board_id, t.caption, t.width, t.height, t.source, t.waiting)
                .where(t.board_id == board_id).order_by(t.id)))
        return BoardView(record, notes, clusters, self._near_duplicates(board_id, {n.id: n.text for n in notes}),
                         photos)

    def view_added(self, before: BoardView, note_ids: Iterable[int]) -> BoardView | None:
        """`view()` of a board that has only gained these loose notes since `before` was read (a phone's
        note, a typed one): just those notes are read, with the board's texts for the near-duplicate flags.
        None when the file says anything else changed (a note gone or edited, the new ones not loose):
        then read `view()`."""
        ids = set(note_ids)
        known = {n.id: n.text for n in before.notes}
        with self.ws.require().read() as s:
            texts = dict(s.execute(select(m.Note.id, m.Note.text).where(m.Note.board_id == before.board.id)).all())
            if (not ids or ids & set(known) or set(texts) != set(known) | ids
                    or any(texts[i] != t for i, t in known.items())):
                return None
            new = [NoteRecord(*r) for r in s.execute(select(*_NOTE_COLUMNS).where(m.Note.id.in_(ids)))]
        if any(n.cluster_id is not None for n in new):
            return None
        notes = sorted(before.notes + new, key=lambda n: n.id)
        return BoardView(before.board._replace(notes=len(notes)), notes, before.clusters,
                         self._near_duplicates(before.board.id, texts), before.photos)

    def _near_duplicates(self, board_id: int, texts: dict[int, str]) -> dict[int, list[int]]:
        """`near_duplicates(texts)`, from the board's kept index: only notes new or edited since the
        last view are compared (a phone's note on a board of 500: one note's work, not the board's)."""
        with self._duplicates_lock:
            return self._duplicates.setdefault(board_id, DuplicateIndex()).update(texts)

    # -- capture -----------------------------------------------------------------------
    @staticmethod
    def preview_paste(text: str) -> PastePreview:
        notes, problems = [], []
        for i, line in enumerate(split_lines(text), start=1):
            try:
                notes.append(clean_note(line))
            except NoteTextError as exc:
                problems.append(f"Line {i}: {exc}")
        return PastePreview(notes, problems)

    def add_note(self, board_id: int, text: str, colour_key: str | None = None, author: str = "") -> int:
        return self.add_notes(board_id, [text], colour_key, author)[0]

    def add_notes(self, board_id: int, texts: Sequence[str], colour_key: str | None = None, author: str = "",
                  authors: Sequence[str] | None = None, colours: Sequence[str | None] | None = None,
                  in_control: Sequence[bool | None] | None = None, also=None) -> list[int]:
        """Add notes to a board as one step; `also(session)`, when given, runs in the same commit (the capture
        queue takes accepted notes off itself there, so a note is never on the wall and in the queue at once)."""
        try:
            cleaned = [clean_note(t) for t in texts]
        except NoteTextError as exc:
            raise WallError(str(exc)) from exc
        if not cleaned:
            return []
        default_colour = colour(colour_key).key

        def change(s) -> list[int]:
            self._board(s, board_id)
            taken = [tuple(p) for p in s.execute(select(m.Note.x, m.Note.y).where(m.Note.board_id == board_id))]
            out = []
            spots = lay.free_spots(taken)
            for i, text in enumerate(cleaned):
                x, y = next(spots)
                who = (authors[i] if authors is not None else author) or ""
                col = colour(colours[i]).key if colours is not None and colours[i] else default_colour
                out.append(m.Note(board_id=board_id, text=text, x=x, y=y, colour=col,
                                  author=" ".join(who.split())[:200], created_us=self._now_us(),
                                  in_control=in_control[i] if in_control is not None else None))
            s.add_all(out)
            s.flush()
            if also is not None:
                also(s)
            return [n.id for n in out]

        label = (_("add the note “{text}”").format(text=_short(cleaned[0])) if len(cleaned) == 1
                 else _("add {n} notes").format(n=len(cleaned)))
        return self._step(label, board_id, change, note_ids="result", new_notes=True)

    def import_csv(self, path: Path | str, board: int | str) -> ImportReport:
        """Notes from a CSV with a `text` column (`author`/`team` and `colour` used when there).

        `board` is a board id, or a title: the board with that title, made when there is none."""
        path = Path(path)
        table, heads, col = _read_notes_csv(path)
        who = next((heads.index(h) for h in AUTHOR_HEADINGS if h in heads), None)
        hue = next((heads.index(h) for h in COLOUR_HEADINGS if h in heads), None)
        texts, authors, colours, skipped = [], [], [], []
        for row, cells in table.rows:
            cell = cells[col] if col < len(cells) else ""
            try:
                texts.append(clean_note(cell))
            except NoteTextError as exc:
                skipped.append(f"Row {row}: {exc}")
                continue
            authors.append(cells[who] if who is not None and who < len(cells) else "")
            c = cells[hue] if hue is not None and hue < len(cells) else ""
            colours.append(c if is_known(c) else None)
        if not texts:  # refused before the board is looked up or made: the file stays as it was
            if not table.rows:
                raise WallError(_("{name} has no notes: it has headings but no rows, so nothing was imported.").format(name=path.name))
            which = "its one row" if len(table.rows) == 1 else f"each of its {len(table.rows)} rows"
            raise WallError(_("{name} has no note to import: the “{headers}” cell of {which} is empty or too long, so nothing was imported.").format(name=path.name, headers=table.headers[col], which=which))
        created = False
        if isinstance(board, str):
            board_id = self.find_board(board)
            if board_id is None:
                board_id = self.add_board(board)
                created = True
        else:
            board_id = board
            self.board(board_id)
        added = self.add_notes(board_id, texts, authors=authors, colours=colours) if texts else []
        return ImportReport(board_id, created, added, skipped)

    # -- editing notes -----------------------------------------------------------------
    def edit_note(self, note_id: int, text: str) -> None:
        try:
            value = clean_note(text)
        except NoteTextError as exc:
            raise WallError(str(exc)) from exc
        board_id = self._board_of(note_id)

        def change(s) -> None:
            self._notes(s, board_id, [note_id])[0].text = value

        self._step(_("edit the note “{text}”").format(text=_short(value)), board_id, change, [note_id])

    def set_colour(self, note_ids: Sequence[int], colour_key: str) -> None:
        board_id = self._board_of(note_ids[0])
        key = colour(colour_key).key

        def change(s) -> None:
            for n in self._notes(s, board_id, note_ids):
                n.colour = key

        self._step(_("colour {notes} {colour}").format(notes=_notes(note_ids), colour=_(COLOUR_WORDS[colour(key).key])), board_id, change, note_ids)

    def set_in_control(self, note_ids: Sequence[int], value: bool | None) -> None:
        board_id = self._board_of(note_ids[0])

        def change(s) -> None:
            for n in self._notes(s, board_id, note_ids):
                n.in_control = value

        what = {True: _("mark {notes} in our control"), False: _("mark {notes} not in our control"),
                None: _("mark {notes} not sorted")}[value]
        self._step(what.format(notes=_notes(note_ids)), board_id, change, note_ids)

    def delete_notes(self, note_ids: Sequence[int]) -> None:
        if not note_ids:
            return
        board_id = self._board_of(note_ids[0])

        def change(s) -> None:
            for n in self._notes(s, board_id, note_ids):
                s.delete(n)

        self._step(_("delete {notes}").format(notes=_notes(note_ids)), board_id, change, note_ids)

    def move_notes(self, moves: Mapping[int, tuple[float, float]], nudge: bool = False) -> None:
        """A drag (one step) or a nudge with the arrow keys (nudges of the same notes in a row: one step)."""
        if not moves:
            return
        ids = sorted(moves)
        board_id = self._board_of(ids[0])

        def change(s) -> None:
            for n in self._notes(s, board_id, ids):
                n.x, n.y = (float(v) for v in moves[n.id])

        key = f"nudge:{board_id}:{','.join(map(str, ids))}" if nudge else ""
        self._step(_("move {notes}").format(notes=_notes(ids)), board_id, change, ids, merge_key=key)

    def _board_of(self, note_id: int) -> int:
        with self.ws.require().read() as s:
            n = s.get(m.Note, note_id)
            if n is None:
                raise WallError(_("That note no longer exists."))
            return n.board_id

    # -- clusters ----------------------------------------------------------------------
    def make_cluster(self, board_id: int, note_ids: Sequence[int], name: str = "",
                     at: tuple[float, float] | None = None) -> int:
        """A new cluster of these notes (from wherever they were), gathered in a grid at `at`
        (default: where the first note is)."""
        if not note_ids:
            raise WallError(_("Pick the notes to cluster first."))
        try:
            wanted = clean_name(name)
        except NoteTextError as exc:
            raise WallError(str(exc)) from exc
        cluster_ids: list[int] = []

        def change(s) -> int:
            notes = self._notes(s, board_id, note_ids)
            taken = [c.name for c in s.scalars(select(m.Cluster).where(m.Cluster.board_id == board_id))]
            first = next(n for n in notes if n.id == note_ids[0])
            origin = at if at is not None else (first.x, first.y - lay.HEADER_H)
            c = m.Cluster(board_id=board_id, name=wanted or cl.default_name(taken), x=origin[0], y=origin[1])
            s.add(c)
            s.flush()
            assignment = cl.make({n.id: n.cluster_id for n in notes}, note_ids, c.id)
            for n in notes:
                n.cluster_id = assignment[n.id]
            _gather(notes, note_ids, origin)
            self._drop_empty(s, board_id)
            cluster_ids.append(c.id)
            return c.id

        self._step(_("cluster {notes}").format(notes=_notes(note_ids)), board_id, change, note_ids)
        return cluster_ids[0]

    def join_cluster(self, note_ids: Sequence[int], cluster_id: int) -> None:
        """Drop notes on a cluster: they join it, placed after its last note."""
        board_id = self._board_of(note_ids[0])

        def change(s) -> None:
            c = self._cluster(s, board_id, cluster_id)
            members = list(s.scalars(select(m.Note).where(m.Note.cluster_id == cluster_id).order_by(m.Note.id)))
            moving = [n for n in self._notes(s, board_id, note_ids) if n.cluster_id != cluster_id]
            for n in moving:
                n.cluster_id = cluster_id
            everyone = [n for n in members if n.id not in note_ids] + moving
            _gather(everyone, [n.id for n in everyone], (c.x, c.y))
            self._drop_empty(s, board_id)

        self._step(_("add {notes} to a cluster").format(notes=_notes(note_ids)), board_id, change, note_ids)

    def rename_cluster(self, cluster_id: int, name: str) -> None:
        try:
            value = clean_name(name)
        except NoteTextError as exc:
            raise WallError(str(exc)) from exc
        board_id = self._board_of_cluster(cluster_id)

        def change(s) -> None:
            c = self._cluster(s, board_id, cluster_id)
            c.name = value or c.name

        self._step(_("name the cluster “{name}”").format(name=value), board_id, change)

    def merge_clusters(self, keep: int, gone: int) -> None:
        board_id = self._board_of_cluster(keep)

        def change(s) -> None:
            k, g = self._cluster(s, board_id, keep), self._cluster(s, board_id, gone)
            notes = list(s.scalars(select(m.Note).where(m.Note.cluster_id.in_([keep, gone])).order_by(m.Note.id)))
            assignment = cl.merge({n.id: n.cluster_id for n in notes}, keep, gone)
            for n in notes:
                n.cluster_id = assignment[n.id]
            for v in s.scalars(select(m.Vote).where(m.Vote.cluster_id == gone)):
                v.cluster_id = keep
            ordered = sorted(notes, key=lambda n: (n.cluster_id != keep, n.id))
            _gather(ordered, [n.id for n in ordered], (k.x, k.y))
            s.delete(g)

        self._step(_("merge two clusters"), board_id, change)

    def split_cluster(self, cluster_id: int, note_ids: Sequence[int], name: str = "") -> int:
        """Take some of a cluster's notes into a cluster of their own, placed beside it."""
        board_id = self._board_of_cluster(cluster_id)
        with self.ws.require().read() as s:
            c = self._cluster(s, board_id, cluster_id)
            members = {n.id for n in s.scalars(select(m.Note).where(m.Note.cluster_id == cluster_id))}
            right = max([n.x for n in s.scalars(select(m.Note).where(m.Note.cluster_id == cluster_id))] + [c.x])
            at = (right + lay.NOTE_W + 3 * lay.GAP, c.y)
        if not set(note_ids) <= members:
            raise WallError(_("Split takes notes out of this cluster; some of those are not in it."))
        return self.make_cluster(board_id, note_ids, name, at=at)

    def dissolve_cluster(self, cluster_id: int) -> None:
        board_id = self._board_of_cluster(cluster_id)

        def change(s) -> None:
            c = self._cluster(s, board_id, cluster_id)
            for n in s.scalars(select(m.Note).where(m.Note.cluster_id == cluster_id)):
                n.cluster_id = None
            s.delete(c)

        self._step(_("dissolve a cluster"), board_id, change)

    def _board_of_cluster(self, cluster_id: int) -> int:
        with self.ws.require().read() as s:
            c = s.get(m.Cluster, cluster_id)
            if c is None:
                raise WallError(_("That cluster no longer exists."))
            return c.board_id

    @staticmethod
    def _drop_empty(s, board_id: int) -> None:
        s.flush()
        ids = [c.id for c in s.scalars(select(m.Cluster).where(m.Cluster.board_id == board_id))]
        assignment = {n.id: n.cluster_id for n in s.scalars(select(m.Note).where(m.Note.board_id == board_id))}
        for cid in cl.empty_clusters(assignment, ids):
            s.delete(s.get(m.Cluster, cid))

    # -- layouts -----------------------------------------------------------------------
    def tidy(self, board_id: int) -> None:
        """Each cluster a grid under its name, clusters in rows, loose notes last; nothing overlapping."""
        self._lay_out(board_id, _("tidy the wall"), None)

    def set_layout(self, board_id: int, layout: str) -> None:
        if layout not in LAYOUTS:
            raise WallError(_("A board is laid out as {join}, not “{layout}”.").format(join=' or '.join(LAYOUTS), layout=layout))
        self._lay_out(board_id, _("lay out as a fishbone") if layout == "fishbone" else _("lay out as a wall"), layout)

    def _lay_out(self, board_id: int, label: str, layout: str | None) -> None:
        def change(s) -> None:
            b = self._board(s, board_id)
            if layout is not None:
                b.layout = layout
            self._arrange(s, board_id, b.layout)

        self._step(label, board_id, change)

    @staticmethod
    def _arrange(s, board_id: int, layout: str) -> None:
        """Every note and cluster of the board moved to where `layout` puts them."""
        shape = _shape(s, board_id, layout)
        for n in s.scalars(select(m.Note).where(m.Note.board_id == board_id)):
            n.x, n.y = shape.notes[n.id]
        for c in s.scalars(select(m.Cluster).where(m.Cluster.board_id == board_id)):
            frame = shape.clusters.get(c.id)
            if frame is not None:
                c.x, c.y = frame.x, frame.y

    def shape(self, board_id: int) -> lay.Layout:
        """The board's layout as the domain computes it now (the fishbone's head and bones to draw)."""
        with self.ws.require().read() as s:
            return _shape(s, board_id, self._board(s, board_id).layout)


_NOTE_COLUMNS = (m.Note.id, m.Note.board_id, m.Note.text, m.Note.x, m.Note.y, m.Note.cluster_id, m.Note.colour,
                 m.Note.author, m.Note.in_control)   # NoteRecord's fields, in its order (as _note_record)


def _groups(s, board_id: int) -> list[lay.Group]:
    by: dict[int | None, list[int]] = {}
    for n in s.scalars(select(m.Note).where(m.Note.board_id == board_id).order_by(m.Note.y, m.Note.x, m.Note.id)):
        by.setdefault(n.cluster_id, []).append(n.id)
    order = [c.id for c in s.scalars(select(m.Cluster).where(m.Cluster.board_id == board_id)
                                     .order_by(m.Cluster.y, m.Cluster.x, m.Cluster.id))]
    return [lay.Group(c, by.get(c, [])) for c in order] + ([lay.Group(None, by[None])] if None in by else [])


def _shape(s, board_id: int, layout: str) -> lay.Layout:
    groups = _groups(s, board_id)
    return lay.fishbone(groups) if layout == "fishbone" else lay.tidy(groups)


def _gather(notes: list[m.Note], order: Sequence[int], origin: tuple[float, float]) -> None:
    """A cluster's notes in a grid under its name band, starting at `origin`."""
    by_id = {n.id: n for n in notes}
    shape = lay.tidy([lay.Group(-1, [i for i in order if i in by_id])], origin)
    for i, (x, y) in shape.notes.items():
        by_id[i].x, by_id[i].y = x, y


def _short(text: str, limit: int = 40) -> str:
    one = " ".join(text.split())
    return one if len(one) <= limit else one[: limit - 1] + "…"


def _notes(ids: Sequence[int]) -> str:
    return ngettext("a note", "{n} notes", len(ids)).format(n=len(ids))


# the colours' names in an undo step's label ("colour a note sky blue"), by the palette's key
COLOUR_WORDS = {"yellow": N_("yellow"), "blue": N_("sky blue"), "orange": N_("orange"), "green": N_("green"),
                "pink": N_("pink"), "red": N_("vermillion")}


__all__ = ["WallService", "WallError", "BoardRecord", "NoteRecord", "ClusterRecord", "BoardView", "PastePreview",
           "ImportReport", "DEFAULT", "VoteError"]
