"""Suggested clusters on the wall: the suggestion job over a board's loose notes, the background
embedding of captured notes, keeping their vectors, and accepting a suggestion (the vectors
themselves are in wall_vectors).

`WallSuggestions` is the part `wall.suggestions` of `WallService` (app/services/wall/service.py): it
reads and changes the board through the service it belongs to. Numpy and the sentence model load only
when a job runs.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from sqlalchemy import select

from app.domain.wall.text import clean_name
from app.i18n import ngettext
from app.store import models as m

if TYPE_CHECKING:
    from app.services.wall.service import WallService


def _default_embedder():
    from app.services.wall import encoder
    return encoder.embedder()


class WallSuggestions:
    def __init__(self, wall: WallService) -> None:
        self.wall = wall

    def suggest(self, board_id: int, k: int | None = None, embedder=None):
        """Suggested clusters for the notes in no cluster; hand-made clusters are left alone.

        Runs `suggest_job` here and now (the command line, tests); the console runs it as a job."""
        from app.services.core.jobs import CancelToken, drive

        outcome = drive(self.suggest_job(board_id, k, embedder), CancelToken(), lambda _p: None)
        self.keep_vectors(outcome.made)
        return outcome.suggestions

    def suggest_job(self, board_id: int, k: int | None = None, embedder=None):
        """A job (app/services/core/jobs.py) returning `wall_vectors.Outcome`: the loose notes and their kept
        vectors are read now; only the notes without one are embedded, off this thread."""
        from app.services.wall import vectors as wv
        enc = embedder or _default_embedder()
        v = self.wall.view(board_id)
        loose = {n.id: n.text for n in v.notes if n.cluster_id is None}
        model = wv.model_key(enc)
        return wv.suggest_job(enc, loose, wv.kept(self.wall.ws, model, loose) if model else {}, k)

    def embed_job(self, note_ids: Iterable[int], embedder=None):
        """A job embedding these notes (those still there, without a vector for their text), or None
        when there is nothing to do or the model's vectors are not worth keeping (TF-IDF)."""
        from app.services.wall import vectors as wv
        enc = embedder or _default_embedder()
        model = wv.model_key(enc)
        if model is None:
            return None
        ids = list(note_ids)
        with self.wall.ws.require().read() as s:
            texts = dict(s.execute(select(m.Note.id, m.Note.text).where(m.Note.id.in_(ids))).all())
        missing = {i: t for i, t in texts.items() if i not in wv.kept(self.wall.ws, model, texts)}
        return wv.embed_job(enc, missing) if missing else None

    def keep_vectors(self, made) -> int:
        """Keep the vectors a job made with their notes (not an undo step: they are a cache)."""
        from app.services.wall import vectors as wv
        return wv.keep(self.wall.ws, made)

    def accept(self, board_id: int, suggestions) -> list[int]:
        """Make the accepted suggestions clusters (with their names, maybe edited), in one step;
        the board is then tidied (as a wall, whatever its layout)."""
        made: list[int] = []

        def change(s) -> None:
            loose = {n.id: n for n in s.scalars(select(m.Note).where(m.Note.board_id == board_id,
                                                                     m.Note.cluster_id.is_(None)))}
            for g in suggestions:
                notes = [loose[i] for i in g.note_ids if i in loose]
                if not notes:
                    continue
                c = m.Cluster(board_id=board_id, name=clean_name(g.name) or "Cluster", x=0.0, y=0.0)
                s.add(c)
                s.flush()
                for n in notes:
                    n.cluster_id = c.id
                made.append(c.id)
            self.wall._arrange(s, board_id, "wall")

        self.wall._step(ngettext("accept {n} suggested cluster", "accept {n} suggested clusters", len(suggestions)).format(n=len(suggestions)),
                   board_id, change)
        return made
