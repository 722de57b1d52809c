"""What a discussion protocol is: timed steps, roles and who may speak when.

Values only; reading and writing protocol files lives in `format`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

# The fields a protocol and a step may carry in another language (each optional: a missing one reads as written).
PROTOCOL_TEXT_FIELDS = ("name", "purpose", "when_to_use", "group_size")
PROTOCOL_LIST_FIELDS = ("materials", "norms", "equity_moves")   # lists of texts
STEP_TEXT_FIELDS = ("title", "script", "prompt")

Texts = tuple[tuple[str, tuple[tuple[str, str], ...]], ...]
"""Texts in other languages: ((language, ((field, text), ...)), ...), sorted, so the value stays hashable; a list
field's value is its list as JSON (`texts_from` and `texts_dict` turn lists into that and back)."""


def texts_from(mapping: Mapping[str, Mapping[str, str | Sequence[str]]]) -> Texts:
    def one(value: str | Sequence[str]) -> str:
        return value if isinstance(value, str) else json.dumps(list(value), ensure_ascii=False)

    return tuple(sorted((lang, tuple(sorted((f, one(v)) for f, v in fields.items())))
                        for lang, fields in mapping.items() if fields))


def texts_dict(texts: Texts) -> dict[str, dict[str, str | list[str]]]:
    return {lang: {f: (json.loads(v) if f in PROTOCOL_LIST_FIELDS else v) for f, v in fields}
            for lang, fields in texts}


def list_in(texts: Texts, lang: str, field: str, written: tuple[str, ...]) -> tuple[str, ...]:
    """A list field in `lang` when there is one, else as written."""
    found = text_in(texts, lang, field, "")
    return tuple(json.loads(found)) if found else written


def text_in(texts: Texts, lang: str, field: str, written: str) -> str:
    """`field` in `lang` when there is one, else as written."""
    for code, fields in texts:
        if code == lang:
            return dict(fields).get(field) or written
    return written


@dataclass(frozen=True)
class ProtocolStep:
    """One timed step of a protocol.

    `speakers` names the roles that may speak during the step; an empty tuple
    means everyone may. `script` is for the facilitator's eyes; `prompt` is
    what the room sees on the projector.
    """

    title: str
    minutes: int
    speakers: tuple[str, ...]
    script: str
    prompt: str
    texts: Texts = ()

    def in_language(self, lang: str) -> ProtocolStep:
        """This step with its title, script and prompt in `lang` where it has them (else as written)."""
        if not self.texts:
            return self
        return replace(self, title=text_in(self.texts, lang, "title", self.title),
                       script=text_in(self.texts, lang, "script", self.script),
                       prompt=text_in(self.texts, lang, "prompt", self.prompt))


@dataclass(frozen=True)
class Protocol:
    """A structured discussion protocol; `minutes` equals the sum of its steps."""

    name: str
    purpose: str
    when_to_use: str
    credit: str
    minutes: int
    group_size: str
    roles: tuple[str, ...]
    materials: tuple[str, ...]
    norms: tuple[str, ...]
    equity_moves: tuple[str, ...]
    steps: tuple[ProtocolStep, ...]
    texts: Texts = ()

    def languages(self) -> tuple[str, ...]:
        """The languages this protocol has texts in besides the one it is written in."""
        found = {lang for lang, _ in self.texts} | {lang for s in self.steps for lang, _ in s.texts}
        return tuple(sorted(found))

    def in_language(self, lang: str) -> Protocol:
        """This protocol with its texts in `lang` where it has them, the rest as written."""
        return replace(self, steps=tuple(s.in_language(lang) for s in self.steps),
                       name=text_in(self.texts, lang, "name", self.name),
                       purpose=text_in(self.texts, lang, "purpose", self.purpose),
                       when_to_use=text_in(self.texts, lang, "when_to_use", self.when_to_use),
                       group_size=text_in(self.texts, lang, "group_size", self.group_size),
                       materials=list_in(self.texts, lang, "materials", self.materials),
                       norms=list_in(self.texts, lang, "norms", self.norms),
                       equity_moves=list_in(self.texts, lang, "equity_moves", self.equity_moves))


def speakers_allowed(step: ProtocolStep, role: str) -> bool:
    """Whether someone in `role` may speak during `step` (empty speakers = everyone)."""
    return not step.speakers or role in step.speakers


def _kept(old_texts: Texts, old, new, fields: tuple[str, ...]) -> Texts:
    """`old_texts` for the fields whose text as written is unchanged from `old` to `new`."""
    return texts_from({lang: {f: t for f, t in found if f in fields and getattr(old, f) == getattr(new, f)}
                       for lang, found in old_texts})


def carry_translations(old: Protocol, new: Protocol) -> Protocol:
    """`new` (an edit of `old` made without its other languages, as the console's editor makes it) with `old`'s
    translations of every text left as it was: a text changed in the language it is written in drops its
    translation (it would no longer say the same); steps are matched by position. `new` with any translation of
    its own is taken as it is."""
    if new.texts or any(s.texts for s in new.steps):
        return new
    steps = tuple(replace(s, texts=_kept(old.steps[i].texts, old.steps[i], s, STEP_TEXT_FIELDS))
                  if i < len(old.steps) else s for i, s in enumerate(new.steps))
    return replace(new, texts=_kept(old.texts, old, new, PROTOCOL_TEXT_FIELDS + PROTOCOL_LIST_FIELDS), steps=steps)
