"""The wall's part of a handout (app/services/export/service.py composes the parts).

Each board with its prompt, its clusters (most dots first, with their notes) and its loose notes, and
a picture of the board as it stands. A handout of some items holds the boards linked to them; boards
linked to no item come with the whole convening and with day 1 (like carried commitments). Authors
only in the facilitator version, and only for a board that shows them on the wall. Then the board's photos
of its chart paper, with their captions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.export.handout import (
    PictureCluster,
    PictureNote,
    Scope,
    WallBoard,
    WallCluster,
    WallNote,
    WallPhoto,
    WallPicture,
)

if TYPE_CHECKING:
    from app.services.wall.service import WallService


def boards(wall: WallService, scope: Scope) -> tuple[WallBoard, ...]:
    chosen = wall.boards()
    if not scope.whole:
        in_scope = {r.item_id for d in scope.days for r in d.rows}
        chosen = [b for b in chosen if (b.item_id in in_scope if b.item_id is not None else scope.with_unlinked)]
    out = []
    for b in chosen:
        view = wall.view(b.id)
        fishbone = b.layout == "fishbone"
        authors = scope.private and b.show_authors

        def note(n, authors=authors, fishbone=fishbone) -> WallNote:
            return WallNote(n.text, n.author if authors else "", n.in_control if fishbone else None)

        by_cluster: dict[int, list[WallNote]] = {}
        loose = []
        for n in view.notes:
            if n.cluster_id is None:
                loose.append(note(n))
            else:
                by_cluster.setdefault(n.cluster_id, []).append(note(n))
        clusters = sorted(view.clusters, key=lambda c: (-c.dots, c.id))
        picture = _picture(view, clusters, wall.shape(b.id) if fishbone else None)
        out.append(WallBoard(b.title, b.prompt, fishbone,
                             tuple(WallCluster(c.name, c.dots, tuple(by_cluster.get(c.id, ())))
                                   for c in clusters),
                             tuple(loose), picture,
                             tuple(WallPhoto(wall.photos.image(ph.id), ph.width, ph.height, ph.caption)
                                   for ph in view.photos if not ph.waiting)))
    return tuple(out)


def _picture(view, ranked, shape) -> WallPicture | None:
    """The board as it stands: notes where they were left, a frame round each cluster's notes (as the
    wall view draws it), clusters numbered as the handout lists them; a fishbone's spine, bones and head."""
    from app.domain.wall.layout import GAP, HEADER_H, NOTE_H, NOTE_W
    from app.domain.wall.palette import colour

    if not view.notes:
        return None
    notes = tuple(PictureNote(n.x, n.y, colour(n.colour).fill, colour(n.colour).edge, n.text) for n in view.notes)
    boxes: dict[int, tuple[float, float, float, float]] = {}
    for n in view.notes:
        if n.cluster_id is None:
            continue
        x0, y0, x1, y1 = n.x - GAP, n.y - HEADER_H, n.x + NOTE_W + GAP, n.y + NOTE_H + GAP
        if n.cluster_id in boxes:
            a, b, c, d = boxes[n.cluster_id]
            x0, y0, x1, y1 = min(a, x0), min(b, y0), max(c, x1), max(d, y1)
        boxes[n.cluster_id] = (x0, y0, x1, y1)
    clusters = tuple(PictureCluster(k, c.name, c.dots, (boxes[c.id][0], boxes[c.id][1],
                                                         boxes[c.id][2] - boxes[c.id][0],
                                                         boxes[c.id][3] - boxes[c.id][1]))
                     for k, c in enumerate(ranked, start=1) if c.id in boxes)
    corners = [(n.x, n.y, n.x + NOTE_W, n.y + NOTE_H) for n in view.notes] + list(boxes.values())
    bones: tuple = ()
    head = None
    if shape is not None and shape.head is not None and clusters:
        h = shape.head
        head = (h.x, h.y, h.w, h.h)
        spine_y = h.y + h.h / 2
        left = min(c[0] for c in corners)
        bones = ((left, spine_y, h.x, spine_y),) + tuple(
            (x1, y1, x2, y2) for cid, ((x1, y1), (x2, y2)) in shape.bones.items() if cid in boxes)
        corners.append((h.x, h.y, h.x + h.w, h.y + h.h))
    x0 = min(c[0] for c in corners) - GAP
    y0 = min(c[1] for c in corners) - GAP
    x1 = max(c[2] for c in corners) + GAP
    y1 = max(c[3] for c in corners) + GAP
    return WallPicture((x0, y0, x1 - x0, y1 - y0), (NOTE_W, NOTE_H), notes, clusters, bones, head,
                       view.board.prompt or view.board.title)
