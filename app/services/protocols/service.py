"""Protocols in the open convening: the shipped library plus the file's own copies.

A protocol the convening keeps (copied when an agenda item uses it, duplicated,
imported or edited) lives in the file and shadows a library protocol of the
same name. Library protocols are read-only. Every change commits at once; a
refused change leaves the file exactly as it was.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from app.domain.protocols import (
    NAME_MAX_CHARS,
    Protocol,
    ProtocolFormatError,
    carry_translations,
    parse_protocol,
    protocol_to_toml,
    scale_steps,
    scaled,
)
from app.domain.protocols.model import Texts, text_in, texts_dict, texts_from
from app.i18n import _, translation
from app.services.core.changes import AgendaChanged, ProtocolsChanged, StepNoteChanged
from app.services.core.workspace import Workspace
from app.services.protocols import library as shipped
from app.services.protocols.rows import add_protocol, fill_row, row_to_protocol, texts_of
from app.store import models as m

NOTE_MAX_CHARS = 20_000
_COPY_SUFFIX = re.compile(r"\s*\(copy(?: (\d+))?\)$")   # group 1: the copy's number ("(copy 2)")


def _copy_names(texts: Texts, target: str) -> Texts:
    """A copy's names in its other languages: "Círculo de historias (copia 2)" beside "Story Circle (copy 2)", so
    a Spanish projector or handout does not show the copy under the original's name. A name typed for the copy
    (no "(copy)") is shown in every language until someone translates it."""
    found = _COPY_SUFFIX.search(target)
    data = texts_dict(texts)
    for lang, fields in data.items():
        written = fields.get("name")
        if found is None:   # a name typed for the copy is its name in every language until translated
            fields.pop("name", None)
        elif isinstance(written, str) and written:
            word = translation(lang).gettext("copy")
            suffix = f" ({word})" if found.group(1) is None else f" ({word} {found.group(1)})"
            stem = re.sub(rf"\s*\((?:copy|{re.escape(word)})(?: \d+)?\)$", "", written).strip() or written
            fields["name"] = stem[: NAME_MAX_CHARS - len(suffix)].rstrip() + suffix
    return texts_from(data)
_NAME_LINE = re.compile(r"\s*name\s*=")


@dataclass(frozen=True)
class ProtocolSummary:
    """One line of the protocol list. origin: "library" (shipped, read-only) or "file"."""

    name: str
    minutes: int
    group_size: str
    purpose: str
    origin: str
    texts: Texts = ()   # the name, purpose and group size in other languages, as the protocol has them

    def in_language(self, lang: str) -> ProtocolSummary:
        """This line with its texts in `lang` where the protocol has them (the name stays the key: `name`)."""
        return dataclasses.replace(self, purpose=text_in(self.texts, lang, "purpose", self.purpose),
                                   group_size=text_in(self.texts, lang, "group_size", self.group_size))

    def name_in(self, lang: str) -> str:
        """The protocol's name in `lang`, else as written."""
        return text_in(self.texts, lang, "name", self.name)


class DuplicateNameError(ProtocolFormatError):
    """The name is already taken (ignoring capitals) by a protocol in this file or the library."""

    def __init__(self, source: str, name: str, existing: str, taken_by: str, line: int | None = None) -> None:
        where = "in this convening" if taken_by == "file" else "in the protocol library"
        if existing == name:
            problem = f"there is already a protocol called “{name}” {where}; give this one a different name"
        else:
            problem = (
                f"“{name}” is the same name as “{existing}” {where}, apart from capital letters; "
                "give this one a different name"
            )
        super().__init__(source, problem, line=line, field="name")
        self.name = name
        self.existing = existing
        self.taken_by = taken_by


class ProtocolInUseError(ValueError):
    """A protocol cannot be deleted while agenda items use it."""


class ProtocolService:
    """What a facilitator does with protocols; every change commits, then emits "protocols"."""

    def __init__(self, workspace: Workspace, agenda=None) -> None:
        self.ws = workspace
        self.agenda = agenda  # an AgendaService: attaching is then one undoable agenda edit

    # -- reading ------------------------------------------------------------
    def all(self) -> list[ProtocolSummary]:
        """This file's protocols, then every library protocol they do not shadow, by name."""
        with self.ws.require().read() as s:
            rows = s.scalars(select(m.Protocol)).all()
            found = [ProtocolSummary(r.name, r.minutes, r.group_size, r.purpose, "file", texts_of(r.texts_json))
                     for r in rows]
        in_file = {p.name for p in found}
        found += [
            ProtocolSummary(p.name, p.minutes, p.group_size, p.purpose, "library", p.texts)
            for p in shipped.library()
            if p.name not in in_file
        ]
        return sorted(found, key=lambda p: (p.name.casefold(), p.name))

    def get(self, name: str) -> Protocol:
        """The file's copy if there is one, else the library's; KeyError if neither."""
        with self.ws.require().read() as s:
            row = self._row(s, name)
            if row is not None:
                return row_to_protocol(row)
        return shipped.find(name)

    def in_file(self, name: str) -> bool:
        with self.ws.require().read() as s:
            return self._row(s, name) is not None

    def suggest_name(self, base: str, word: str = "copy") -> str:
        """A free name: "Base (copy)", then "Base (copy 2)"... within the name limit."""
        taken = self._taken_names(None)
        stem = _COPY_SUFFIX.sub("", base).strip() or base
        n = 1
        while True:
            suffix = f" ({word})" if n == 1 else f" ({word} {n})"
            candidate = stem[: NAME_MAX_CHARS - len(suffix)].rstrip() + suffix
            if candidate.casefold() not in taken:
                return candidate
            n += 1

    # -- changing ---------------------------------------------------------------
    def save(self, p: Protocol, replacing: str | None = None, translated: bool = False) -> None:
        """Check `p` and store it in the file, replacing the file's `replacing` if given.

        Raises ProtocolFormatError (field set) for anything a protocol file
        could not hold, and DuplicateNameError for a name already in use. A `p` without other languages keeps
        the replaced protocol's translations of the texts it did not change (`carry_translations`), unless
        `translated`: `p` carries every language as meant (the console's editor, which edits each language), so
        a translation it lacks was removed.
        """
        if replacing and not translated:   # made knowing only the texts as written: keep what it left alone
            with contextlib.suppress(KeyError):   # a name that is not there: _store says so
                p = carry_translations(self.get(replacing), p)
        self._store(p, replacing, origin="edited" if replacing else "authored")

    def duplicate(self, name: str, new_name: str | None = None) -> str:
        """Store a copy of `name` in the file ("Name (copy)", "(copy 2)"...); returns its name."""
        original = self.get(name)
        target = new_name if new_name is not None else self.suggest_name(original.name)
        return self._store(dataclasses.replace(original, name=target, texts=_copy_names(original.texts, target)),
                           None, origin="duplicate")

    def delete(self, name: str) -> None:
        """Remove a file protocol; refused while an agenda item uses it."""
        with self.ws.require().session() as s:
            row = self._row(s, name)
            if row is None:
                if any(p.name == name for p in shipped.library()):
                    raise ValueError(_("“{name}” is part of the shipped library and cannot be deleted.").format(name=name))
                raise KeyError(name)
            items = s.scalars(
                select(m.AgendaItem).where(m.AgendaItem.protocol_id == row.id).order_by(m.AgendaItem.id)
            ).all()
            if items:
                titles = ", ".join(f"“{i.title}”" for i in items)
                raise ProtocolInUseError(
                    _("“{name}” is still used by the agenda ({titles}). Choose another protocol for those items first.").format(name=name, titles=titles)
                )
            s.delete(row)
        self.ws.bus.emit(ProtocolsChanged())

    def import_file(self, path: Path | str, new_name: str | None = None) -> str:
        """Read a protocol file into this convening, all or nothing; returns its name.

        Raises ProtocolFormatError naming the file and the line or field;
        DuplicateNameError (a ProtocolFormatError) when the name is taken
        (pass `new_name` to import it under another name).
        """
        path = Path(path)
        p = shipped.read_protocol_file(path)
        if new_name is not None:
            p = dataclasses.replace(p, name=new_name)
        clash = self._taken_names(None).get(p.name.casefold())
        if clash is not None:
            line = None if new_name else _name_line(path)
            raise DuplicateNameError(path.name, p.name, *clash, line=line)
        return self._store(p, None, origin="import", source=path.name)

    def export(self, name: str, path: Path | str) -> None:
        """Write `name` as a protocol file (UTF-8), replacing `path` only once fully written."""
        text = protocol_to_toml(self.get(name))
        path = Path(path)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(text.encode("utf-8"))
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise

    # -- agenda items -----------------------------------------------------------
    def copy_into_file(self, session, name: str) -> int:
        """Make sure the file holds `name` (copying it from the library); return its row id."""
        row = self._row(session, name)
        if row is None:
            row = add_protocol(session, shipped.find(name), origin="library")
        return row.id

    def attach(self, item_id: int, name: str | None, minutes: int | None = None) -> None:
        """Give an agenda item a protocol (None removes it).

        The item takes the protocol's minutes, unless `minutes` is given: then
        the steps are scaled to fit when the item runs.
        """
        p = self.get(name) if name is not None else None
        if p is not None and minutes is not None:
            scale_steps([st.minutes for st in p.steps], minutes)  # refuses an impossible fit
        def change(s) -> None:
            item = self._item(s, item_id)
            if p is None:
                item.protocol_id = None
            else:
                item.protocol_id = self.copy_into_file(s, p.name)
                item.minutes = p.minutes if minutes is None else minutes

        if self.agenda is not None:
            with self.ws.require().read() as s:
                day_id = self._item(s, item_id).day_id
            label = _("attach “{name}”").format(name=p.name) if p is not None else _("detach the protocol")
            self.agenda.edit(label, [day_id], change)
        else:
            with self.ws.require().session() as s:
                change(s)
            self.ws.bus.emit(AgendaChanged())
        self.ws.bus.emit(ProtocolsChanged())

    def preview_fit(self, name: str, minutes: int) -> list[tuple[str, int, int]]:
        """(step title, minutes now, minutes after fitting) for running `name` in `minutes`."""
        p = self.get(name)
        fitted = scale_steps([st.minutes for st in p.steps], minutes)
        return [(st.title, st.minutes, new) for st, new in zip(p.steps, fitted)]

    def item_protocol(self, item_id: int) -> Protocol | None:
        """The item's protocol with its steps fitted to the item's minutes, or None.

        Each step keeps at least a minute, so an item planned shorter than its
        number of steps gets one minute per step.
        """
        with self.ws.require().read() as s:
            item = self._item(s, item_id)
            if item.protocol is None:
                return None
            p = row_to_protocol(item.protocol)
            target = max(item.minutes, len(p.steps))
        return p if target == p.minutes else scaled(p, target)

    # -- notes per step -----------------------------------------------------------
    def step_note(self, item_id: int, step: int) -> str:
        with self.ws.require().read() as s:
            row = self._note(s, item_id, step)
            return row.text if row is not None else ""

    def set_step_note(self, item_id: int, step: int, text: str) -> None:
        """Keep what the facilitator typed for step `step` (0-based) of an item; "" removes it.

        Emits "protocols" with note=(item_id, step), so listeners that only
        show protocols can ignore it.
        """
        if len(text) > NOTE_MAX_CHARS:
            raise ValueError(
                _("Notes for step {value}: keep them to {NOTE_MAX_CHARS:,} characters (these have {n_text:,}); move long material into a document.").format(value=step + 1, NOTE_MAX_CHARS=NOTE_MAX_CHARS, n_text=len(text))
            )
        with self.ws.require().session() as s:
            self._item(s, item_id)
            row = self._note(s, item_id, step)
            if not text:
                if row is not None:
                    s.delete(row)
            else:
                if row is None:
                    row = m.StepNote(item_id=item_id, step=step)
                    s.add(row)
                row.text = text
                row.updated_us = int(round(self.ws.clock.now() * 1_000_000))
        self.ws.bus.emit(StepNoteChanged(item_id=item_id, step=step))

    def notes_for_item(self, item_id: int) -> dict[int, str]:
        with self.ws.require().read() as s:
            rows = s.scalars(select(m.StepNote).where(m.StepNote.item_id == item_id)).all()
            return {r.step: r.text for r in sorted(rows, key=lambda r: r.step)}

    # -- inside -------------------------------------------------------------------
    def _store(self, p: Protocol, replacing: str | None, origin: str, source: str | None = None) -> str:
        checked = _checked(p, source)
        clash = self._taken_names(replacing).get(checked.name.casefold())
        if clash is not None:
            raise DuplicateNameError(source or f"“{checked.name}”", checked.name, *clash)
        with self.ws.require().session() as s:
            row = self._row(s, replacing) if replacing is not None else None
            if row is None:
                add_protocol(s, checked, origin=origin)
            else:
                fill_row(row, checked)
                row.origin = origin
        self.ws.bus.emit(ProtocolsChanged())
        return checked.name

    def _taken_names(self, replacing: str | None) -> dict[str, tuple[str, str]]:
        """casefolded name -> (name, "file" or "library"), leaving out `replacing`."""
        skip = replacing.casefold() if replacing is not None else None
        taken = {p.name.casefold(): (p.name, "library") for p in shipped.library()}
        with self.ws.require().read() as s:
            taken.update({n.casefold(): (n, "file") for n in s.scalars(select(m.Protocol.name))})
        if skip is not None:
            taken.pop(skip, None)
        return taken

    @staticmethod
    def _row(session, name: str) -> m.Protocol | None:
        return session.scalars(select(m.Protocol).where(m.Protocol.name == name)).first()

    @staticmethod
    def _item(session, item_id: int) -> m.AgendaItem:
        item = session.get(m.AgendaItem, item_id)
        if item is None:
            raise KeyError(_("Agenda item {item_id} no longer exists.").format(item_id=item_id))
        return item

    @staticmethod
    def _note(session, item_id: int, step: int) -> m.StepNote | None:
        return session.scalars(
            select(m.StepNote).where(m.StepNote.item_id == item_id, m.StepNote.step == step)
        ).first()


def _checked(p: Protocol, source: str | None) -> Protocol:
    """`p` as a protocol file would hold it (text tidied), or ProtocolFormatError naming the field."""
    where = source or f"“{p.name}”"
    total = sum(st.minutes for st in p.steps) if all(isinstance(st.minutes, int) for st in p.steps) else None
    if p.steps and total is not None and isinstance(p.minutes, int) and total != p.minutes:
        parts = " + ".join(str(st.minutes) for st in p.steps)
        raise ProtocolFormatError(
            where, _("is {minutes} but the steps add up to {total} ({parts})").format(minutes=p.minutes, total=total, parts=parts), field="minutes"
        )
    try:
        return parse_protocol(protocol_to_toml(p), where)
    except ProtocolFormatError as exc:  # the line would point into text the user never saw
        raise ProtocolFormatError(where, exc.problem, field=exc.field) from None
    except (TypeError, ValueError) as exc:
        raise ProtocolFormatError(where, _("cannot be stored ({exc})").format(exc=exc)) from None


def _name_line(path: Path) -> int | None:
    try:
        lines = path.read_bytes().decode("utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    for n, line in enumerate(lines, 1):
        if _NAME_LINE.match(line):
            return n
    return None
