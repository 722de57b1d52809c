"""Reading and writing protocol files (TOML, format 1).

A protocol is written in one language (its plain keys); a table named for another language (`[es]` at the top:
name, purpose, when_to_use, group_size and the lists materials, norms, equity_moves; `[steps.es]` after a
`[[steps]]`: title, script, prompt) gives its texts in that
language, every key optional. Files without them (older files) read as before.

Facilitators share these files, so every fault gets a message that names the
file and the line or field, in words a facilitator can act on. Steps are
counted from 1 in messages ("steps[2]" is the second step).
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Mapping
from typing import Any, NoReturn

import tomli_w

from app.domain.protocols.model import (
    PROTOCOL_LIST_FIELDS,
    PROTOCOL_TEXT_FIELDS,
    STEP_TEXT_FIELDS,
    Protocol,
    ProtocolStep,
    Texts,
    texts_dict,
    texts_from,
)
from app.i18n import _
from app.i18n.languages import LANGUAGES, SOURCE_LANGUAGE

FORMAT_VERSION = 1
NAME_MAX_CHARS = 120
PROMPT_MAX_CHARS = 300

TOP_KEYS: tuple[str, ...] = (
    "format", "name", "purpose", "when_to_use", "credit", "minutes", "group_size",
    "roles", "materials", "norms", "equity_moves", "steps",
)  # fmt: skip
REQUIRED_TOP_KEYS = (
    "name", "purpose", "when_to_use", "credit", "minutes", "group_size", "roles", "steps",
)  # fmt: skip
OTHER_LANGUAGES = tuple(lang for lang in LANGUAGES if lang != SOURCE_LANGUAGE)
TOP_KEYS = (*TOP_KEYS, *OTHER_LANGUAGES)
STEP_KEYS = ("title", "minutes", "speakers", "script", "prompt", *OTHER_LANGUAGES)
REQUIRED_STEP_KEYS = ("title", "minutes", "script", "prompt")


class ProtocolFormatError(ValueError):
    """A protocol file that cannot be used, with where and why."""

    def __init__(
        self, source: str, problem: str, line: int | None = None, field: str | None = None
    ) -> None:
        super().__init__(source, problem, line, field)
        self.source = source
        self.problem = problem
        self.line = line
        self.field = field

    def __str__(self) -> str:
        where = [self.source]   # said when shown, in the keyboard's language
        if self.line is not None:
            where.append(_("line {n}").format(n=self.line))
        if self.field is not None:
            where.append(_("field {name}").format(name=self.field))
        return f"{', '.join(where)}: {self.problem}"


def parse_protocol(text: str, source: str) -> Protocol:
    """Read one protocol from TOML text; `source` (usually the file name) names it in errors."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line, detail = _split_toml_error(str(exc), text)
        raise ProtocolFormatError(source, _("not valid TOML ({detail})").format(detail=detail), line=line) from None
    return protocol_from_dict(data, source, text=text)


def protocol_from_dict(data: Any, source: str, text: str = "") -> Protocol:
    """Check already-decoded TOML data; `text`, when given, lets errors name a line."""
    return _Reader(source, text).protocol(data)


def protocol_to_toml(p: Protocol) -> str:
    """Write `p` as a shareable file; parse_protocol reads it back equal to `p`."""
    doc: dict[str, Any] = {
        "format": FORMAT_VERSION,
        "name": p.name,
        "purpose": p.purpose,
        "when_to_use": p.when_to_use,
        "credit": p.credit,
        "minutes": p.minutes,
        "group_size": p.group_size,
        "roles": list(p.roles),
        "materials": list(p.materials),
        "norms": list(p.norms),
        "equity_moves": list(p.equity_moves),
        **texts_dict(p.texts),
        "steps": [
            {
                "title": s.title,
                "minutes": s.minutes,
                "speakers": list(s.speakers),
                "script": s.script,
                "prompt": s.prompt,
                **texts_dict(s.texts),
            }
            for s in p.steps
        ],
    }
    text = tomli_w.dumps(doc, multiline_strings=True)
    parse_protocol(text, f'the protocol "{p.name}"')  # refuse to write a file nobody can read
    return text


_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_TOML_AT_END = re.compile(r"\s*\(at end of document\)\s*$")


def _split_toml_error(message: str, text: str) -> tuple[int | None, str]:
    """Turn tomllib's "... (at line 12, column 5)" into (12, "..., column 5")."""
    m = _TOML_POSITION.search(message)
    if m:
        return int(m.group(1)), _("{problem}, column {n}").format(problem=message[: m.start()], n=m.group(2))
    m = _TOML_AT_END.search(message)
    if m:
        return max(1, len(text.splitlines())), _("{problem}, at the end of the file").format(problem=message[: m.start()])
    return None, message


def _describe(value: Any) -> str:
    """How a wrongly typed value reads in a message."""
    if isinstance(value, str):
        shown = value if len(value) <= 30 else value[:27] + "..."
        return _('text ("{value}")').format(value=shown)
    if isinstance(value, bool):
        return _("true/false ({value})").format(value=str(value).lower())
    if isinstance(value, int):
        return _("a number ({value})").format(value=value)
    if isinstance(value, float):
        return _("a decimal number ({value})").format(value=value)
    if isinstance(value, list):
        return _("a list")
    if isinstance(value, Mapping):
        return _("a table")
    return _("a date or time ({value})").format(value=value)


def _clean(text: str) -> str:
    """Strip surrounding whitespace and make every line ending a plain newline."""
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


class _Reader:
    """Validates decoded TOML for one source, raising on the first fault."""

    def __init__(self, source: str, text: str) -> None:
        self.source = source
        self.locator = _LineLocator(text)

    def fail(self, problem: str, field: str | None = None) -> NoReturn:
        line = self.locator.line_of(field) if field else None
        raise ProtocolFormatError(self.source, problem, line=line, field=field)

    # -- the whole file ---------------------------------------------------

    def protocol(self, data: Any) -> Protocol:
        if not isinstance(data, Mapping):
            self.fail(_("the top level must be a table of keys, not {value}").format(value=_describe(data)))
        if not data:
            self.fail(_("the file is empty; a protocol needs a name, its minutes and its steps"))
        self.check_format(data)
        self.refuse_unknown(data, TOP_KEYS, prefix="")
        for key in REQUIRED_TOP_KEYS:
            if key not in data:
                if key == "steps":
                    self.fail(_("there are no steps; add at least one [[steps]] table"))
                self.fail(_("is missing; every protocol needs a {key}").format(key=key), key)

        name = self.text(data["name"], "name")
        if len(name) > NAME_MAX_CHARS:
            self.fail(_("is {n} characters long; keep names to {limit} or fewer").format(n=len(name), limit=NAME_MAX_CHARS),
                      "name")
        minutes = self.minutes(data["minutes"], "minutes")
        roles = self.text_list(data["roles"], "roles", unique=True)
        if not roles:
            self.fail(_("needs at least one role, such as \"facilitator\""), "roles")
        steps = self.steps(data["steps"], roles)
        total = sum(s.minutes for s in steps)
        if total != minutes:
            parts = " + ".join(str(s.minutes) for s in steps)
            self.fail(_("minutes is {minutes} but the steps add up to {total} ({parts})").format(
                minutes=minutes, total=total, parts=parts), "minutes")
        return Protocol(
            name=name,
            purpose=self.text(data["purpose"], "purpose"),
            when_to_use=self.text(data["when_to_use"], "when_to_use"),
            credit=self.text(data["credit"], "credit"),
            minutes=minutes,
            group_size=self.text(data["group_size"], "group_size"),
            roles=roles,
            materials=self.text_list(data.get("materials", []), "materials"),
            norms=self.text_list(data.get("norms", []), "norms"),
            equity_moves=self.text_list(data.get("equity_moves", []), "equity_moves"),
            steps=steps,
            texts=self.translations(data, PROTOCOL_TEXT_FIELDS + PROTOCOL_LIST_FIELDS, ""),
        )

    def translations(self, table: Mapping[str, Any], fields: tuple[str, ...], prefix: str) -> Texts:
        """The `[es]`-style tables of `table`: each a table of some of `fields`, each text."""
        found: dict[str, dict[str, str | tuple[str, ...]]] = {}
        for lang in OTHER_LANGUAGES:
            if lang not in table:
                continue
            where = f"{prefix}{lang}"
            sub = table[lang]
            if not isinstance(sub, Mapping):
                self.fail(_("must be a table of texts in that language ({fields}), not {value}").format(
                    fields=", ".join(fields), value=_describe(sub)), where)
            self.refuse_unknown(sub, fields, prefix=f"{where}.")
            found[lang] = {key: (self.text_list(sub[key], f"{where}.{key}") if key in PROTOCOL_LIST_FIELDS
                                 else self.text(sub[key], f"{where}.{key}")) for key in fields if key in sub}
            prompt = found[lang].get("prompt", "")
            if len(prompt) > PROMPT_MAX_CHARS:
                self.fail(_("is {n} characters; the projector shows at most {limit}, so move the detail into the "
                            "script").format(n=len(prompt), limit=PROMPT_MAX_CHARS), f"{where}.prompt")
            name = found[lang].get("name", "")
            if len(name) > NAME_MAX_CHARS:
                self.fail(_("is {n} characters long; keep names to {limit} or fewer").format(
                    n=len(name), limit=NAME_MAX_CHARS), f"{where}.name")
        return texts_from(found)

    def check_format(self, data: Mapping[str, Any]) -> None:
        version = data.get("format", FORMAT_VERSION)
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            self.fail(_("must be a whole number such as 1, not {value}").format(value=_describe(version)), "format")
        if version > FORMAT_VERSION:
            self.fail(_("this file uses format {version}, but this version of Convene reads format {ours}; update "
                        "Convene to open it").format(version=version, ours=FORMAT_VERSION), "format")

    def refuse_unknown(self, table: Mapping[str, Any], allowed: tuple[str, ...], prefix: str) -> None:
        for key in table:
            if key not in allowed:
                close = difflib.get_close_matches(key, allowed, n=1)
                said = (_('unknown key "{key}" (did you mean "{close}"?); the keys here are: {keys}') if close
                        else _('unknown key "{key}"; the keys here are: {keys}'))
                self.fail(said.format(key=key, close=close[0] if close else "", keys=", ".join(allowed)),
                          f"{prefix}{key}")

    # -- steps --------------------------------------------------------------

    def steps(self, value: Any, roles: tuple[str, ...]) -> tuple[ProtocolStep, ...]:
        if not isinstance(value, list):
            self.fail(_("must be a list of [[steps]] tables, not {value}").format(value=_describe(value)), "steps")
        if not value:
            self.fail(_("there are no steps; add at least one [[steps]] table"), "steps")
        return tuple(self.step(item, f"steps[{i}]", roles) for i, item in enumerate(value, 1))

    def step(self, item: Any, where: str, roles: tuple[str, ...]) -> ProtocolStep:
        if not isinstance(item, Mapping):
            self.fail(
                _("each step must be a table with a title, minutes, script and prompt, not {value}").format(
                    value=_describe(item)),
                where,
            )
        self.refuse_unknown(item, STEP_KEYS, prefix=f"{where}.")
        for key in REQUIRED_STEP_KEYS:
            if key not in item:
                self.fail(_("is missing; every step needs a {key}").format(key=key), f"{where}.{key}")
        speakers = self.text_list(item.get("speakers", []), f"{where}.speakers", unique=True)
        for speaker in speakers:
            if speaker not in roles:
                self.fail(
                    _('"{speaker}" is not one of the roles ({roles})').format(speaker=speaker, roles=", ".join(roles)),
                    f"{where}.speakers",
                )
        prompt = self.text(item["prompt"], f"{where}.prompt")
        if len(prompt) > PROMPT_MAX_CHARS:
            self.fail(
                _("is {n} characters; the projector shows at most {limit}, so move the detail into the "
                  "script").format(n=len(prompt), limit=PROMPT_MAX_CHARS),
                f"{where}.prompt",
            )
        return ProtocolStep(
            title=self.text(item["title"], f"{where}.title"),
            minutes=self.minutes(item["minutes"], f"{where}.minutes"),
            speakers=speakers,
            script=self.text(item["script"], f"{where}.script"),
            prompt=prompt,
            texts=self.translations(item, STEP_TEXT_FIELDS, f"{where}."),
        )

    # -- values -------------------------------------------------------------

    def text(self, value: Any, field: str) -> str:
        if not isinstance(value, str):
            self.fail(_("must be text in quotes, not {value}").format(value=_describe(value)), field)
        cleaned = _clean(value)
        if not cleaned:
            self.fail(_("must not be empty"), field)
        return cleaned

    def minutes(self, value: Any, field: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(
                _("must be a whole number of minutes at least 1, not {value}").format(value=_describe(value)), field
            )
        if value < 1:
            self.fail(_("must be a whole number of minutes at least 1, not {value}").format(value=value), field)
        return value

    def text_list(self, value: Any, field: str, unique: bool = False) -> tuple[str, ...]:
        if not isinstance(value, list):
            self.fail(_('must be a list of text, like ["one", "two"], not {value}').format(value=_describe(value)), field)
        items = tuple(self.text(v, f"{field}[{i}]") for i, v in enumerate(value, 1))
        if unique:
            for i, item in enumerate(items, 1):
                if item in items[: i - 1]:
                    self.fail(_('"{item}" is listed twice').format(item=item), f"{field}[{i}]")
        return items


_HEADER = re.compile(r"\s*\[")
_STEPS_HEADER = re.compile(r"\s*\[\[\s*steps\s*\]\]")
_LANG_FIELD = re.compile(r"(?:steps\[(?P<index>\d+)\]\.)?(?P<lang>[a-z]{2})(?:\.(?P<key>\w+))?")
_FIELD = re.compile(r"(?P<key>\w+)(?:\[(?P<index>\d+)\])?(?:\.(?P<sub>\w+))?(?:\[\d+\])?")


class _LineLocator:
    """Best-effort: which line of the text holds a field (None when unsure)."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()
        self.code = _code_lines(self.lines)

    def line_of(self, field: str) -> int | None:
        lang = _LANG_FIELD.fullmatch(field)
        if lang and lang.group("lang") in OTHER_LANGUAGES and lang.group("key") is None and lang.group("index") is None:
            return self._key_in_block(lang.group("lang"), 0)   # `es = "..."`: not a table
        if lang and lang.group("lang") in OTHER_LANGUAGES and lang.group("key") is not None:
            # a key of an `[es]` table, or of a step's `[steps.es]`
            start = 0
            if lang.group("index") is not None:
                step = self._nth_steps_header(int(lang.group("index")))
                if step is None:
                    return None
                start = step + 1
            table = self._table_header(lang.group("lang"), start, in_step=lang.group("index") is not None)
            if table is None:
                return None
            return self._key_in_block(lang.group("key"), table + 1) or table + 1
        m = _FIELD.fullmatch(field)
        if not m:
            return None
        key, index, sub = m.group("key"), m.group("index"), m.group("sub")
        if key == "steps" and index is not None:
            header = self._nth_steps_header(int(index))
            if header is None:
                return None
            return self._key_in_block(sub, header + 1) if sub else header + 1
        return self._key_in_block(key, 0)

    def _table_header(self, lang: str, start: int, in_step: bool) -> int | None:
        """The line index of `[es]` (or `[steps.es]` in a step) from `start`, before the next `[[steps]]`."""
        prefix = r"steps\s*\.\s*" if in_step else ""
        name = re.compile(r"\s*\[\s*" + prefix + re.escape(lang) + r"\s*\]")
        for i in self.code:
            if i < start:
                continue
            if name.match(self.lines[i]):
                return i
            if in_step and _STEPS_HEADER.match(self.lines[i]):
                return None
        return None

    def _nth_steps_header(self, n: int) -> int | None:
        seen = 0
        for i in self.code:
            if _STEPS_HEADER.match(self.lines[i]):
                seen += 1
                if seen == n:
                    return i
        return None

    def _key_in_block(self, key: str, start: int) -> int | None:
        pattern = re.compile(rf"\s*{re.escape(key)}\s*=")
        for i in self.code:
            if i < start:
                continue
            if _HEADER.match(self.lines[i]):
                return None
            if pattern.match(self.lines[i]):
                return i + 1
        return None


def _code_lines(lines: list[str]) -> list[int]:
    """Indexes of lines that do not start inside a multi-line string."""
    code: list[int] = []
    open_quote: str | None = None
    for i, line in enumerate(lines):
        if open_quote is None:
            code.append(i)
        pos = 0
        while True:
            if open_quote is not None:
                end = line.find(open_quote, pos)
                if end < 0:
                    break
                open_quote, pos = None, end + 3
                continue
            starts = [(line.find(q, pos), q) for q in ('"""', "'''")]
            starts = [(at, q) for at, q in starts if at >= 0]
            if not starts:
                break
            at, open_quote = min(starts)
            pos = at + 3
    return code
