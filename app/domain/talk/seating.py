"""The seating map: everyone in a conversation at once, grouped as they sit (by table), by team, or
alphabetically, and laid out to fit a given area (the Talk tab's map, and later a co-facilitator's page).

Two pure steps:

- `arrange(people, by, tables=..., teams=...)` groups the people into blocks: one per table of the
  round in use (by number), one per team (by name), or one block in alphabetical order. People the
  round or the teams leave out come last ("No table", "No team"), never dropped.
- `fit(blocks, width, height, ...)` flows the blocks down columns, newspaper-style: a block's heading,
  then one line per person. It takes the tallest line that fits everyone on one page with every
  table kept whole; else with tables split where a column ends (the heading repeated, "(more)");
  when even the smallest line does not fit, it pages. Given how wide the names are at each size
  (`column_for`), it first looks for such a layout with the names whole. `page_of(person)` lets a screen show the page of whoever has the floor.

And the rule for which round of tables is "the current one" (`live_round`): the latest round of the
day being run; a round tied to no day counts for every day; a day with none of its own uses the
latest round of the latest day before it, never a later day's.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from app.i18n import N_, _

BY_TABLE = "table"
BY_TEAM = "team"
BY_NAME = "name"
ARRANGEMENTS = (BY_TABLE, BY_TEAM, BY_NAME)
ARRANGEMENT_LABELS = {BY_TABLE: "By table", BY_TEAM: "By team", BY_NAME: "A to Z"}
NO_TABLE = N_("No table")   # said in the keyboard's language where a block is made
NO_TEAM = N_("No team")
EVERYONE = "Everyone, A to Z"


def name_key(name: str) -> tuple[str, str]:
    return (name.casefold(), name)


@dataclass(frozen=True)
class Block:
    label: str
    people: tuple[int, ...]


def arrange(people: Sequence[tuple[int, str]], by: str, tables: Mapping[int, int] | None = None,
            teams: Mapping[int, str] | None = None) -> tuple[Block, ...]:
    """Blocks of people (id, name) by table number (`tables`: person -> table), by team name
    (`teams`: person -> team), or one alphabetical block. Within a block, alphabetical."""
    if by not in ARRANGEMENTS:
        raise ValueError(_("Arrange by “{by}”: use one of {choices}.").format(by=by, choices=", ".join(ARRANGEMENTS)))
    ordered = sorted(people, key=lambda pn: name_key(pn[1]))
    if by == BY_NAME or (by == BY_TABLE and not tables) or (by == BY_TEAM and not teams):
        return (Block(EVERYONE, tuple(p for p, _n in ordered)),) if ordered else ()
    keyed: dict[object, list[int]] = {}
    rest: list[int] = []
    for p, _name in ordered:
        key = (tables or {}).get(p) if by == BY_TABLE else (teams or {}).get(p)
        if key is None or key == "":
            rest.append(p)
        else:
            keyed.setdefault(key, []).append(p)
    if by == BY_TABLE:
        blocks = [Block(_("Table {number}").format(number=k), tuple(v)) for k, v in sorted(keyed.items(), key=lambda kv: int(kv[0]))]  # type: ignore[call-overload]
    else:
        blocks = [Block(str(k), tuple(v)) for k, v in sorted(keyed.items(), key=lambda kv: name_key(str(kv[0])))]
    if rest:
        blocks.append(Block(_(NO_TABLE) if by == BY_TABLE else _(NO_TEAM), tuple(rest)))
    return tuple(blocks)


@dataclass(frozen=True)
class Rect:
    x: int
    y: int
    w: int
    h: int

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x < self.x + self.w and self.y <= y < self.y + self.h


@dataclass(frozen=True)
class Heading:
    label: str
    page: int
    rect: Rect


@dataclass(frozen=True)
class MapLayout:
    """Where each person's cell and each block heading go, page by page (pages count from 0)."""

    width: int
    height: int
    line: int                                  # the height of one line (a person's cell), in pixels
    columns: int
    pages: int
    cells: Mapping[int, tuple[int, Rect]] = field(default_factory=dict)   # person -> (page, rect)
    headings: tuple[Heading, ...] = ()

    def page_of(self, person: int | None) -> int | None:
        cell = self.cells.get(person) if person is not None else None
        return cell[0] if cell is not None else None

    def at(self, page: int, x: float, y: float) -> int | None:
        """Whose cell is under (x, y) on `page`; None for a heading or empty space."""
        for person, (pg, rect) in self.cells.items():
            if pg == page and rect.contains(x, y):
                return person
        return None

    def on_page(self, page: int) -> list[tuple[int, Rect]]:
        return [(p, r) for p, (pg, r) in self.cells.items() if pg == page]


SPLIT_AT_LEAST = 3   # a block taller than a column starts in one with room for its heading and two names


def _flow(blocks: Sequence[Block], rows: int, split: bool = False) -> list[list[tuple[str, object]]]:
    """Lines ("h", label) / ("p", person) into columns of `rows` lines. Unless `split`, a block that
    fits in a fresh column is never split; one that goes on in the next column has its heading repeated."""
    cols: list[list[tuple[str, object]]] = [[]]
    for b in blocks:
        need = 1 + len(b.people)
        col = cols[-1]
        left = rows - len(col)
        if col and len(col) + need > rows and ((need <= rows and not split) or left < SPLIT_AT_LEAST):
            cols.append([])   # it fits whole in the next column (keep a table together), or too little room here
        col = cols[-1]
        col.append(("h", b.label))
        for p in b.people:
            if len(col) >= rows:
                cols.append([("h", f"{b.label} (more)")])
                col = cols[-1]
            col.append(("p", p))
    return [c for c in cols if c]


def fit(blocks: Sequence[Block], width: int, height: int, *, min_line: int = 20, max_line: int = 40,
        min_column: int = 120, gap: int = 6, column_for: Callable[[int], int] | None = None) -> MapLayout:
    """Lay out `blocks` in an area `width` x `height` px: the tallest line (from `max_line` down to
    `min_line`) with which every line fits on one page in columns at least `min_column` wide; else
    `min_line` on as many pages as it takes.

    `column_for(line)`, when given, is the column width the names need at that line height (the
    screen measures them). A layout whose columns are that wide comes first, so names show whole
    rather than cut short; when no such layout keeps everyone on one page, one page with narrower
    columns wins over paging."""
    width, height = max(1, int(width)), max(1, int(height))
    max_columns = max(1, (width + gap) // (min_column + gap))
    if not any(b.people for b in blocks):
        return MapLayout(width, height, max_line, 1, 1, {}, ())
    lines = range(max(min_line, max_line), min_line - 1, -1)
    chosen = None
    passes = ([True] if column_for is not None else []) + [False]
    for whole_names in passes:   # names whole if that keeps everyone on one page; else as many columns as fit
        for split in (False, True):   # tables kept whole if that fits; else split where a column ends
            for line in lines:
                room = max_columns
                if whole_names and column_for is not None:
                    room = min(max_columns, (width + gap) // (max(min_column, column_for(line)) + gap))
                rows = max(2, height // line)
                cols = _flow(blocks, rows, split)
                if 1 <= len(cols) <= room:
                    chosen = (line, rows, cols)
                    break
            if chosen is not None:
                break
        if chosen is not None:
            break
    if chosen is None:
        line = min_line
        rows = max(2, height // line)
        cols = _flow(blocks, rows, True)
        chosen = (line, rows, cols)
    line, rows, cols = chosen
    per_page = min(max_columns, len(cols))
    col_w = (width - gap * (per_page - 1)) // per_page
    cells: dict[int, tuple[int, Rect]] = {}
    headings = []
    for i, col in enumerate(cols):
        page, slot = divmod(i, per_page)
        x = slot * (col_w + gap)
        for r, (kind, what) in enumerate(col):
            rect = Rect(x, r * line, col_w, line)
            if kind == "h":
                headings.append(Heading(str(what), page, rect))
            else:
                cells[int(what)] = (page, rect)   # type: ignore[call-overload]
    pages = (len(cols) + per_page - 1) // per_page
    return MapLayout(width, height, line, per_page, pages, cells, tuple(headings))


def live_round(rounds: Sequence[tuple[int, int | None]], day_number: int | None) -> int | None:
    """Which round of tables is current: `rounds` are (round id, day number or None), oldest first."""
    if not rounds:
        return None
    if day_number is None:
        return rounds[-1][0]
    today = [rid for rid, d in rounds if d in (None, day_number)]
    if today:
        return today[-1]
    before = [(d, rid) for rid, d in rounds if d is not None and d < day_number]
    if not before:
        return None
    latest = max(d for d, _r in before)
    return [rid for d, rid in before if d == latest][-1]
