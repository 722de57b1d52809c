"""Where notes go: a tidy wall (each cluster a grid under its name, nothing overlapping) and a
fishbone (the problem at the head, each cluster a bone, its notes along it).

Scene units: a note is NOTE_W x NOTE_H; the wall view scales them to the screen."""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterator, Sequence
from typing import NamedTuple

NOTE_W, NOTE_H = 260.0, 170.0
GAP = 20.0
HEADER_H = 56.0          # a cluster's name above its notes
MAX_COLUMNS = 4          # notes across in one cluster
ASPECT = 16 / 9          # the shape tidy aims for: a projector


class Rect(NamedTuple):
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def overlaps(self, other: Rect) -> bool:
        return self.x < other.right and other.x < self.right and self.y < other.bottom and other.y < self.bottom

    def contains(self, other: Rect) -> bool:
        return self.x <= other.x and self.y <= other.y and other.right <= self.right and other.bottom <= self.bottom


class Group(NamedTuple):
    cluster_id: int | None   # None: the notes in no cluster
    note_ids: Sequence[int]


class Layout(NamedTuple):
    notes: dict[int, tuple[float, float]]       # top-left of each note
    clusters: dict[int, Rect]                   # each cluster's frame (name band included)
    bones: dict[int, tuple[tuple[float, float], tuple[float, float]]]  # fishbone: cluster -> line
    head: Rect | None                           # fishbone: the problem
    bounds: Rect


def _columns(n: int) -> int:
    return max(1, min(MAX_COLUMNS, math.ceil(math.sqrt(n))))


def _block(n: int) -> tuple[float, float]:
    cols = _columns(n)
    rows = max(1, math.ceil(n / cols))
    return cols * NOTE_W + (cols + 1) * GAP, HEADER_H + rows * (NOTE_H + GAP) + GAP


def _shelves(blocks, limit: float, x0: float, y0: float):
    x, y, shelf = x0, y0, 0.0
    placed = []
    for g, w, h in blocks:
        if x > x0 and x - x0 + w > limit + 1e-6:
            x, y, shelf = x0, y + shelf + GAP, 0.0
        placed.append((g, x, y, w, h))
        x += w + GAP
        shelf = max(shelf, h)
    return placed


def tidy(groups: Sequence[Group], origin: tuple[float, float] = (0.0, 0.0)) -> Layout:
    """Clusters in rows (shelves), the row width chosen to come closest to 16:9; loose notes last."""
    blocks = [(g, *_block(len(g.note_ids))) for g in groups if g.note_ids or g.cluster_id is not None]
    x0, y0 = origin
    best = None
    widths = itertools.accumulate((w + GAP for _, w, _ in blocks))
    for limit in sorted({w - GAP for w in widths}):
        placed = _shelves(blocks, limit, x0, y0)
        w = max(px + pw for _, px, _, pw, _ in placed) - x0
        h = max(py + ph for _, _, py, _, ph in placed) - y0
        score = abs(math.log((w / h) / ASPECT))
        if best is None or score < best[0] - 1e-9:
            best = (score, placed)
    placed = best[1] if best else []
    notes: dict[int, tuple[float, float]] = {}
    frames: dict[int, Rect] = {}
    for g, x, y, w, h in placed:
        cols = _columns(len(g.note_ids))
        for i, nid in enumerate(g.note_ids):
            r, c = divmod(i, cols)
            notes[nid] = (x + GAP + c * (NOTE_W + GAP), y + HEADER_H + r * (NOTE_H + GAP))
        if g.cluster_id is not None:
            frames[g.cluster_id] = Rect(x, y, w, h)
    right = max([r.right for r in frames.values()] + [nx + NOTE_W + GAP for nx, _ in notes.values()] + [x0])
    bottom = max([r.bottom for r in frames.values()] + [ny + NOTE_H + GAP for _, ny in notes.values()] + [y0])
    return Layout(notes, frames, {}, None, Rect(x0, y0, right - x0, bottom - y0))


BONE_ROWS = 4   # a bone's notes in rows of this many at most, columns added outward along the spine


def fishbone(groups: Sequence[Group], origin: tuple[float, float] = (0.0, 0.0)) -> Layout:
    """Bones alternate above and below the spine, left of the head; a bone's notes in a grid
    of at most BONE_ROWS rows, so the fish stays wide like the screen.

    Loose notes (cluster None) are not on the fish; they go in rows under it."""
    bones_in = [g for g in groups if g.cluster_id is not None]
    loose = [n for g in groups if g.cluster_id is None for n in g.note_ids]
    rows_of = {g.cluster_id: max(1, min(BONE_ROWS, len(g.note_ids))) for g in bones_in}
    cols_of = {g.cluster_id: max(1, math.ceil(len(g.note_ids) / BONE_ROWS)) for g in bones_in}
    tallest = max(rows_of.values(), default=1)
    arm = HEADER_H + tallest * (NOTE_H + GAP) + 2 * GAP      # from the spine to a bone's far end
    x0, y0 = origin
    spine_y = y0 + arm
    notes: dict[int, tuple[float, float]] = {}
    frames: dict[int, Rect] = {}
    bones: dict[int, tuple[tuple[float, float], tuple[float, float]]] = {}
    x_at = [x0, x0]   # next free x above and below the spine
    for i, g in enumerate(bones_in):
        cid = g.cluster_id
        assert cid is not None  # bones_in holds clusters only
        below = i % 2
        cols, rows = cols_of[cid], rows_of[cid]
        w = cols * (NOTE_W + GAP) + GAP
        h = HEADER_H + rows * (NOTE_H + GAP) + GAP
        bx = x_at[below]
        y = spine_y + GAP if below else spine_y - GAP - h
        frame = Rect(bx, y, w, h)
        for k, nid in enumerate(g.note_ids):
            c, r = divmod(k, rows)
            notes[nid] = (bx + GAP + c * (NOTE_W + GAP), y + HEADER_H + r * (NOTE_H + GAP))
        frames[cid] = frame
        edge = frame.y if not below else frame.bottom
        bones[cid] = ((bx + w / 2, edge), (bx + w / 2 + GAP * 2, spine_y))
        x_at[below] = bx + w + 2 * GAP
    head_x = max(x_at[0], x_at[1], x0 + NOTE_W) + GAP
    head = Rect(head_x, spine_y - NOTE_H, NOTE_W * 1.6, NOTE_H * 2)
    bottom = spine_y + arm + GAP
    per_row = max(4, int((head.right - x0) // (NOTE_W + GAP)))
    for k, nid in enumerate(loose):
        notes[nid] = (x0 + GAP + k % per_row * (NOTE_W + GAP), bottom + GAP + k // per_row * (NOTE_H + GAP))
    right = max([head.right] + [nx + NOTE_W for nx, _ in notes.values()])
    low = max([bottom] + [ny + NOTE_H + GAP for _, ny in notes.values()])
    return Layout(notes, frames, bones, head, Rect(x0, y0, right - x0, low - y0))


def free_spots(taken: Sequence[tuple[float, float]], origin: tuple[float, float] = (0.0, 0.0),
               per_row: int = 8) -> Iterator[tuple[float, float]]:
    """Where newly captured notes go, one after another: grid cells no note covers yet."""
    cells = {(round((x - origin[0]) / (NOTE_W + GAP)), round((y - origin[1]) / (NOTE_H + GAP))) for x, y in taken}
    k = 0
    while True:
        r, c = divmod(k, per_row)
        if (c, r) not in cells:
            cells.add((c, r))
            yield origin[0] + c * (NOTE_W + GAP), origin[1] + r * (NOTE_H + GAP)
        k += 1


def free_spot(taken: Sequence[tuple[float, float]], origin: tuple[float, float] = (0.0, 0.0),
              per_row: int = 8) -> tuple[float, float]:
    return next(free_spots(taken, origin, per_row))
