"""Undo and redo for a convening where every action is already committed.

One `History` per workspace holds the steps of every capability, newest last
(the console's Edit menu is a view of it; the command line and tests undo
through it too). A step is a label and two lists of snapshots, before and
after; undoing commits the "before" snapshots, redoing the "after" ones, with
the same ids, in one transaction, then tells the bus what changed.

A `Snapshot` is a subtree of rows, read by following the schema's foreign keys
from a root row (a day, a participant, a team):

- rows of the capability's own tables (`own`) are put back exactly as they
  were, and rows of those tables that were not there are removed;
- rows that hang off them and would go with them (ON DELETE CASCADE: step
  notes of an item, lens values and talk segments of a participant, pairs of a
  team) are put back if they are missing, never overwritten;
- rows that would only be unlinked (ON DELETE SET NULL: timer events of an
  item, participants of a team) are linked again if they are still unlinked.

So a new table that hangs off a participant or an item is covered by its
foreign key alone. A capability's hook is just its root table and own tables
(`AGENDA_DAY`, `PARTICIPANT`, `TEAM` below).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import Column, Table, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from app.i18n import N_, _
from app.services.core.changes import Change, ConveningChanged, HistoryChanged
from app.services.core.workspace import Workspace
from app.store import models as m

MAX_STEPS = 200
TABLES = m.Base.metadata.tables


R = TypeVar("R")  # what a recorded change returns


class HistoryError(ValueError):
    """A step cannot be undone or redone as things stand now; the message says why."""


@dataclass(frozen=True)
class Hook:
    """What one capability's undo covers: the root table and the tables it owns outright; with `follow`,
    only those tables under the root are read (a step that touches one kind of row under a big root,
    such as the phones' dots on a board of many notes, then snapshots those rows only)."""

    root: str
    own: tuple[str, ...]
    follow: tuple[str, ...] = ()


AGENDA_DAY = Hook("day", ("day", "agenda_item"))
PARTICIPANT = Hook("participant", ("participant",))
TEAM = Hook("team", ("team",))
COMMITMENT = Hook("commitment", ("commitment",))
BRIGHT_SPOT = Hook("bright_spot", ("bright_spot",))


@dataclass
class Snapshot:
    hook: Hook
    ids: tuple[int, ...]
    rows: list[tuple[str, list[dict]]] = field(default_factory=list)   # parents before children
    links: list[tuple[str, str, list[tuple[int, int]]]] = field(default_factory=list)  # table, column, (id, value)

    def row_ids(self, table: str) -> set[int]:
        return {r["id"] for name, rows in self.rows if name == table for r in rows}


@dataclass
class Step:
    label: str
    before: list[Snapshot]
    after: list[Snapshot]
    topics: tuple[type[Change], ...]
    merge_key: str = ""   # steps with the same key in a row are one step (nudging a note along)


# Tables that only cache what can be computed again (the wall's note vectors, 0008): never snapshotted,
# so a step stays small; a row they lose with its note on a delete is computed again after an undo.
CACHES = frozenset({"note_vector"})


def _children(table: Table) -> list[tuple[Table, Column[Any], str]]:
    """(child table, its column, on delete) for every foreign key that points at `table`."""
    found: list[tuple[Table, Column[Any], str]] = []
    for child in TABLES.values():
        if child.name in CACHES:
            continue
        for fk in child.foreign_keys:
            if fk.column.table is table:
                found.append((child, fk.parent, (fk.ondelete or "CASCADE").upper()))
    return found


_CHILDREN = {name: _children(table) for name, table in TABLES.items()}


def snapshot(s, hook: Hook, ids: Iterable[int]) -> Snapshot:
    """Read the rows under `ids` of the hook's root table, following foreign keys down."""
    snap = Snapshot(hook, tuple(ids))
    seen: dict[str, set[int]] = {}
    _read(s, TABLES[hook.root], list(snap.ids), snap, seen)
    return snap


def _read(s, table: Table, ids: list[int], snap: Snapshot, seen: dict[str, set[int]]) -> None:
    ids = [i for i in ids if i not in seen.setdefault(table.name, set())]
    if not ids:
        return
    seen[table.name].update(ids)
    rows = [dict(r) for r in s.execute(select(table).where(table.c.id.in_(ids)).order_by(table.c.id)).mappings()]
    if not rows:
        return
    snap.rows.append((table.name, rows))
    present = [r["id"] for r in rows]
    for child, column, on_delete in _CHILDREN[table.name]:
        if snap.hook.follow and child.name not in snap.hook.follow:
            continue
        if on_delete == "SET NULL":
            pairs = [tuple(p) for p in s.execute(select(child.c.id, column).where(column.in_(present)))]
            if pairs:
                snap.links.append((child.name, column.name, pairs))
        else:
            _read(s, child, list(s.scalars(select(child.c.id).where(column.in_(present)))), snap, seen)


# Column types whose values plain sqlite3 returns exactly as SQLAlchemy would (ints, text, floats).
_PLAIN_TYPES = ("INTEGER", "BIGINT", "VARCHAR", "TEXT", "FLOAT", "REAL")


def _plain_values(table: Table) -> bool:
    return all(str(c.type).split("(")[0] in _PLAIN_TYPES for c in table.c)


_PLAIN = {name: _plain_values(table) for name, table in TABLES.items()}


def snapshot_rows(conn, hook: Hook, ids: Iterable[int]) -> Snapshot:
    """`snapshot`, read in plain SQL on a DBAPI connection (`Store.transaction`).

    The same rows and links as `snapshot`, for hooks whose tables hold only plain values;
    any other hook is refused (use `History.record`)."""
    snap = Snapshot(hook, tuple(ids))
    _read_rows(conn, TABLES[hook.root], list(snap.ids), snap, {})
    return snap


def _in(ids: list[int]) -> str:
    return ",".join("?" * len(ids))


def _read_rows(conn, table: Table, ids: list[int], snap: Snapshot, seen: dict[str, set[int]]) -> None:
    if not _PLAIN[table.name]:
        raise TypeError(f"{table.name} holds values plain SQL reads differently; record it with History.record")
    ids = [i for i in ids if i not in seen.setdefault(table.name, set())]
    if not ids:
        return
    seen[table.name].update(ids)
    cols = [c.name for c in table.c]
    sql = f'SELECT {", ".join(chr(34) + c + chr(34) for c in cols)} FROM "{table.name}" WHERE id IN ({_in(ids)}) ORDER BY id'
    rows = [dict(zip(cols, r)) for r in conn.execute(sql, ids)]
    if not rows:
        return
    snap.rows.append((table.name, rows))
    present = [r["id"] for r in rows]
    for child, column, on_delete in _CHILDREN[table.name]:
        if snap.hook.follow and child.name not in snap.hook.follow:
            continue
        where = f'FROM "{child.name}" WHERE "{column.name}" IN ({_in(present)})'
        if on_delete == "SET NULL":
            pairs = [tuple(p) for p in conn.execute(f'SELECT id, "{column.name}" {where}', present)]
            if pairs:
                snap.links.append((child.name, column.name, pairs))
        else:
            _read_rows(conn, child, [r[0] for r in conn.execute(f"SELECT id {where}", present)], snap, seen)


def restore(s, snaps: list[Snapshot], since: list[Snapshot]) -> None:
    """Make the file hold what `snaps` saw, in the session `s` (the caller commits).

    `since` is what the step left the file holding; an own row that is there now but was not
    then is a new record that took a freed id, and is never overwritten (HistoryError).
    """
    now = [snapshot(s, snap.hook, snap.ids) for snap in snaps]
    wanted = {t: set().union(*(snap.row_ids(t) for snap in snaps)) for t in TABLES}
    known = {t: set().union(*(snap.row_ids(t) for snap in since)) for t in TABLES}
    moved: dict[str, dict[int, int]] = {}   # table -> {saved id: the new id it came back under}
    # Put back (own rows exactly; hanging rows only if missing), parents first.
    for snap in snaps:
        for name, rows in snap.rows:
            _put_back(s, TABLES[name], rows, overwrite=name in snap.hook.own, known=known[name], moved=moved)
    # Remove own rows that were not there (a day's added item, a deleted participant on redo).
    for snap, current in zip(snaps, now):
        for name, rows in current.rows:
            if name not in snap.hook.own:
                continue
            extra = [r["id"] for r in rows if r["id"] not in wanted[name]]
            if extra:
                s.execute(delete(TABLES[name]).where(TABLES[name].c.id.in_(extra)))
    # Link again what deleting had only unlinked, unless it has been linked elsewhere since.
    for snap in snaps:
        for name, column, pairs in snap.links:
            table = TABLES[name]
            for row_id, value in pairs:
                if _exists(s, _target(table, column), value):
                    s.execute(update(table).where(table.c.id == row_id, table.c[column].is_(None))
                              .values({column: value}))
    s.flush()
    s.expire_all()


def _target(table: Table, column: str) -> Table:
    return next(iter(table.c[column].foreign_keys)).column.table


def _exists(s, table: Table, row_id) -> bool:
    return row_id is not None and s.scalar(select(table.c.id).where(table.c.id == row_id)) is not None


def _put_back(s, table: Table, rows: list[dict], overwrite: bool, known: set[int],
              moved: dict[str, dict[int, int]]) -> None:
    ids = [r["id"] for r in rows]
    current = {r["id"]: dict(r) for r in s.execute(select(table).where(table.c.id.in_(ids))).mappings()}
    present = set(current)
    for saved in rows:
        if overwrite and current.get(saved["id"]) == saved and saved["id"] in known:
            continue  # already as it was (most notes of a board when one moved): nothing to write
        row = _fit_foreign_keys(s, table, saved, moved)
        if row is None:
            continue  # what it belonged to is gone for good
        if row["id"] in present:
            if overwrite:
                if row["id"] not in known:
                    raise HistoryError(_("a {replace} added since has taken its place").format(replace=table.name.replace('_', ' ')))
                s.execute(update(table).where(table.c.id == row["id"]).values(row))
            elif row["id"] not in known and _differs(s, table, row):
                # The step had removed it, and its freed id went to another row since (talk time
                # recorded since): it comes back under a new id, and its own rows saved with it (a
                # turn's codes) follow it there (`moved`, read by _fit_foreign_keys).
                # (A row the step left in place and that changed since is the same row: kept as it is.)
                done = s.execute(insert(table).prefix_with("OR IGNORE").values(
                    {k: v for k, v in row.items() if k != "id"}))
                if done.rowcount == 1 and done.lastrowid:
                    moved.setdefault(table.name, {})[row["id"]] = done.lastrowid
            continue
        if overwrite:
            s.execute(insert(table).values(row))
        else:
            # A hanging row that clashes with one made since (a step note written again): keep the new one.
            s.execute(insert(table).prefix_with("OR IGNORE").values(row))


def _differs(s, table: Table, row: dict) -> bool:
    current = s.execute(select(table).where(table.c.id == row["id"])).mappings().first()
    return current is not None and dict(current) != row


def _fit_foreign_keys(s, table: Table, row: dict, moved: dict[str, dict[int, int]] | None = None) -> dict | None:
    row = dict(row)
    for fk in table.foreign_keys:
        col = fk.parent.name
        if moved and row.get(col) in moved.get(fk.column.table.name, {}):
            row[col] = moved[fk.column.table.name][row[col]]   # its parent came back under a new id
        if row.get(col) is not None and not _exists(s, fk.column.table, row[col]):
            if (fk.ondelete or "").upper() == "SET NULL":
                row[col] = None
            else:
                return None
    return row


class History:
    """The undo and redo steps of the open convening, shared by every service."""

    def __init__(self, workspace: Workspace, limit: int = MAX_STEPS) -> None:
        self.ws = workspace
        self.limit = limit
        self._undo: list[Step] = []
        self._redo: list[Step] = []
        self._path = workspace.path
        self._subs = workspace.bus.owner("undo history")
        self._subs.on(ConveningChanged, self._forget)

    def close(self) -> None:
        """Stop listening (the composition root closes every service with the file's services)."""
        self._subs.close()

    def _forget(self, _change: ConveningChanged) -> None:
        """A different file was opened (or it was closed): its history is not this one's."""
        if self.ws.path != self._path:
            self._path = self.ws.path
            self.clear()

    def clear(self) -> None:
        self._undo.clear()
        self._redo.clear()
        self.ws.bus.emit(HistoryChanged())

    # -- recording ---------------------------------------------------------------------
    def record(self, label: str, hook: Hook, ids: list[int], change: Callable[[Any], R], topics: tuple[type[Change], ...],
               extra_ids: Callable[[Any], list[int]] = lambda _result: [], merge_key: str = "") -> R:
        """Run `change(session)` as one committed step over the rows under `ids`; returns its result.

        With a `merge_key` equal to the newest step's (and nothing to redo), the change joins
        that step: undo goes back to before the first of them."""
        with self.ws.require().session() as s:
            before = snapshot(s, hook, ids)
            result = change(s)
            s.flush()
            after = snapshot(s, hook, list(ids) + list(extra_ids(result)))
            before.ids = after.ids
        return self._keep(label, before, after, topics, merge_key, result)

    def record_rows(self, label: str, hook: Hook, ids: list[int], change: Callable[[Any], R],
                    topics: tuple[type[Change], ...], extra_ids: Callable[[Any], list[int]] = lambda _result: [],
                    merge_key: str = "") -> R:
        """`record` for a change written in plain SQL: `change(conn)` runs in `Store.transaction`,
        one committed step like any other (the quick path a talk tap takes; no ORM on the way)."""
        with self.ws.require().transaction() as conn:
            before = snapshot_rows(conn, hook, ids)
            result = change(conn)
            after = snapshot_rows(conn, hook, list(ids) + list(extra_ids(result)))
            before.ids = after.ids
        return self._keep(label, before, after, topics, merge_key, result)

    def _keep(self, label: str, before: Snapshot, after: Snapshot, topics: tuple[type[Change], ...], merge_key: str,
              result: R) -> R:
        last = self._undo[-1] if self._undo else None
        if merge_key and last is not None and not self._redo and last.merge_key == merge_key:
            last.after = [after]
            self.ws.bus.emit(HistoryChanged())
            return result
        self.push(Step(label, [before], [after], topics, merge_key))
        return result

    def push(self, step: Step) -> None:
        """Add a step whose change is already committed."""
        self._undo.append(step)
        del self._undo[:-self.limit]
        self._redo.clear()
        self.ws.bus.emit(HistoryChanged())

    def newest(self) -> Step | None:
        """The step Undo would undo now (to tell whether an action added one)."""
        return self._undo[-1] if self._undo else None

    def name_newest(self, words: str) -> None:
        """Add `words` to the newest step's label ("floor to Ana · from Maria's phone"): who did it, for Edit > Undo."""
        if self._undo:
            self._undo[-1].label = f"{self._undo[-1].label} · {words}"
            self.ws.bus.emit(HistoryChanged())

    # -- reading -----------------------------------------------------------------------
    def can_undo(self) -> bool:
        return bool(self._undo)

    def can_redo(self) -> bool:
        return bool(self._redo)

    def undo_label(self) -> str:
        return self._undo[-1].label if self._undo else ""

    def redo_label(self) -> str:
        return self._redo[-1].label if self._redo else ""

    def labels(self) -> tuple[list[str], list[str]]:
        """(what can be undone, oldest first; what can be redone, next first)."""
        return [st.label for st in self._undo], [st.label for st in reversed(self._redo)]

    # -- undo and redo -----------------------------------------------------------------
    def undo(self) -> str:
        if not self._undo:
            return ""
        step = self._undo[-1]
        self._apply(step, step.before, step.after, N_("undo"))
        self._redo.append(self._undo.pop())
        self._announce(step)
        return step.label

    def redo(self) -> str:
        if not self._redo:
            return ""
        step = self._redo[-1]
        self._apply(step, step.after, step.before, N_("redo"))
        self._undo.append(self._redo.pop())
        self._announce(step)
        return step.label

    def _apply(self, step: Step, snaps: list[Snapshot], since: list[Snapshot], verb: str) -> None:
        try:
            with self.ws.require().session() as s:
                restore(s, snaps, since)
        except HistoryError as exc:
            raise HistoryError(_("Cannot {verb} “{label}”: {exc}. Nothing was changed.").format(verb=_(verb), label=step.label, exc=exc)) from exc
        except IntegrityError as exc:
            raise HistoryError(_("Cannot {verb} “{label}”: something made since is in the way ({plain}). Nothing was changed.").format(verb=_(verb), label=step.label, plain=_plain(exc))) from exc

    def _announce(self, step: Step) -> None:
        for topic in step.topics:
            self.ws.bus.emit(topic())
        self.ws.bus.emit(HistoryChanged())


def _plain(exc: IntegrityError) -> str:
    text = str(exc.orig) if exc.orig is not None else str(exc)
    if "UNIQUE" in text and "." in text:
        return "a " + text.rsplit(".", 1)[-1].replace("_", " ") + " is already taken"
    return "the file refused it"
