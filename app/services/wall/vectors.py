"""The wall's note vectors: made off the GUI thread as jobs (app/services/core/jobs.py), kept in the
file beside their notes (note_vector, revision 0008).

A note is embedded once: when it is captured (the console runs `embed_job` in the background),
or by the first suggestion that needs it. Its vector is kept with the model's `key` and the
SHA-1 of the text it was made from, so an edited note, or another model, is embedded again and
a suggestion after reopening the file embeds nothing. Jobs only compute: what they read from
the file is read before they start, and what they made is written on the calling thread
(`keep`). The vectors are a cache, outside the undo history.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy import select

from app.i18n import N_, _
from app.services.core.jobs import CancelToken, Progress
from app.services.core.workspace import Workspace
from app.services.wall.records import WallError
from app.store import models as m

if TYPE_CHECKING:
    import numpy as np

BATCH = 64   # notes embedded between two looks at the cancel button (bigger batches embed faster)
LOADING = N_("Loading the sentence model (a few seconds, once)…")


def text_key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


class Made(NamedTuple):
    """Vectors a job made, to keep: {note id: (SHA-1 of its text, float32 bytes)}."""

    model: str
    vectors: dict[int, tuple[str, bytes]]


class Outcome(NamedTuple):
    """What a suggestion job hands back: the proposal, and the vectors it had to make."""

    suggestions: list
    made: Made | None
    embedded: int


def model_key(encoder) -> str | None:
    """The model's key when its vectors are worth keeping (a sentence encoder), else None (TF-IDF)."""
    return getattr(encoder, "key", None)


def kept(ws: Workspace, model: str, notes: Mapping[int, str]) -> dict[int, np.ndarray]:
    """The kept vectors of these notes ({id: text}) that `model` made from their text as it is now."""
    import numpy as np

    if not notes:
        return {}
    out = {}
    with ws.require().read() as s:
        for row in s.scalars(select(m.NoteVector).where(m.NoteVector.note_id.in_(list(notes)),
                                                       m.NoteVector.model == model)):
            if row.text_sha1 == text_key(notes[row.note_id]):
                out[row.note_id] = np.frombuffer(row.vector, dtype=np.float32)
    return out


def keep(ws: Workspace, made: Made | None) -> int:
    """Write the vectors a job made (notes deleted since are skipped); how many were kept."""
    if made is None or not made.vectors or ws.store is None:
        return 0
    with ws.require().session() as s:
        alive = set(s.scalars(select(m.Note.id).where(m.Note.id.in_(list(made.vectors)))))
        for nid in sorted(alive):
            sha, blob = made.vectors[nid]
            s.merge(m.NoteVector(note_id=nid, model=made.model, text_sha1=sha, vector=blob))
    return len(alive)


def embed_job(encoder, notes: Mapping[int, str]):
    """A job that embeds these notes ({id: text}) and returns `Made`; only for an encoder whose vectors
    are kept (a sentence encoder: `model_key` is not None)."""
    key = model_key(encoder)
    if key is None:
        raise ValueError("embed_job: this encoder's vectors depend on the whole board; nothing to keep.")

    def job(token: CancelToken):
        import numpy as np

        ids = sorted(notes)
        total = len(ids)
        if not getattr(encoder, "loaded", True):
            yield Progress(0, total, _(LOADING))
            encoder.load()
        out: dict[int, tuple[str, bytes]] = {}
        for start in range(0, total, BATCH):
            token.check()
            batch = ids[start:start + BATCH]
            for nid, v in zip(batch, encoder.embed([notes[i] for i in batch])):
                out[nid] = (text_key(notes[nid]), np.asarray(v, dtype=np.float32).tobytes())
            yield Progress(min(total, start + BATCH), total, _("Reading the notes: {done} of {total}").format(done=min(total, start + BATCH), total=total))
        return Made(key, out)

    return job


def too_many(count: int, where: str, split: str, kind: str = "notes") -> None:
    """Refuse, before any work, more notes than one suggestion groups (MAX_NOTES in app/domain/wall/suggest.py:
    their distances take 4 bytes x notes², 400 MB at 10,000)."""
    from app.domain.wall.suggest import MAX_NOTES

    if count > MAX_NOTES:
        raise WallError(_("{where} has {count:,} {kind}; Convene groups at most {MAX_NOTES:,} at a time, so {split}.").format(where=where, count=count, kind=kind, MAX_NOTES=MAX_NOTES, split=split))


def suggest_job(encoder, texts: Mapping[int, str], have: Mapping[int, np.ndarray], k: int | None = None,
                keep_singles: bool = False):
    """A job that suggests clusters for these notes ({id: text}), embedding only those not in `have`
    (groups of one note are left out, unless `keep_singles`: a CSV gives every row a cluster)."""

    too_many(len(texts), "This board", "move some to another board", "loose notes")   # before anything is embedded

    def job(token: CancelToken):
        import numpy as np

        from app.domain.wall.suggest import board_words, group, suggest

        n = len(texts)
        made = None
        missing = {i: t for i, t in texts.items() if i not in have}
        if model_key(encoder) is None:   # TF-IDF: its vectors depend on the whole board; nothing to keep
            yield Progress(0, 1, _("Grouping the notes…"))
            groups = suggest(texts, k, encoder)
        else:
            vectors = dict(have)
            if missing:
                made = yield from embed_job(encoder, missing)(token)
                vectors.update({i: np.frombuffer(blob, dtype=np.float32) for i, (_sha, blob) in made.vectors.items()})
            token.check()
            yield Progress(n, n, "Grouping the notes…")
            ids = sorted(texts)
            words = board_words([texts[i] for i in ids])   # a few words, embedded once and cached by the encoder
            if words and not getattr(encoder, "loaded", True):   # every note's vector was kept: the model loads here
                yield Progress(0, n, _(LOADING))
            board = encoder.embed(words) if words else None
            groups = group(texts, np.stack([vectors[i] for i in ids]) if ids else np.zeros((0, 1)), k, board=board)
        return Outcome([g for g in groups if keep_singles or len(g.note_ids) >= 2], made, len(missing))

    return job
