"""The Wall scene's pages: where every tile, card and line goes, for one screen size.

Page 1 (and more when many clusters) is the overview: the board's prompt (on a fishbone, inside
the fish's head), then one tile per cluster with its number, colour, name, note count and dots.
Then one page per cluster, or as many as it needs, with every note's whole text on a card of the
note's colour, never under the scene's minimum size: notes that do not fit go to the next page,
and a note longer than a whole page goes on over pages of its own. Last, a page per photo of the board's
chart paper (`photo_page`): its caption on top, the photo scaled to fit below. Nothing here paints; the scene
(wall.py) draws what `plan` placed, so the pages can be counted before one is shown.
"""

from __future__ import annotations

import math
from typing import NamedTuple

from PySide6.QtCore import QRect
from PySide6.QtGui import QFont, QFontMetrics, QTextLayout, QTextOption

from app.domain.wall.palette import cluster_colour, cluster_numbers, colour
from app.ui.projector.glyphs import drawable
from app.ui.projector.paint import FAMILY, font
from app.ui.projector.words import QT_TRANSLATE_NOOP, Translate, compact, english

LOOSE_NAME = QT_TRANSLATE_NOOP("Wall", "Not in a cluster yet")
LOOSE_FILL, LOOSE_EDGE = "#E4E4E4", "#8A8A8A"
INK = "#111111"
LONGEST = 5   # lines of a prompt or a name before it is cut


class Card(NamedTuple):
    note_id: int
    rect: QRect                 # the card; its text sits `pad` inside
    lines: tuple[str, ...]      # the note's text (or this part of it), as wrapped
    author: str                 # "" unless the board shows authors (on the note's last part)
    fill: str
    edge: str
    part: int                   # 0: the whole note; 1, 2 ...: a part of a note longer than a page
    parts: int


class Tile(NamedTuple):
    cluster_id: int | None      # None: the notes in no cluster
    number: int | None
    name: str
    notes: int
    dots: int | None            # None while the tallies are hidden
    rect: QRect
    fill: str
    edge: str
    badge: QRect
    counts: QRect               # the note count and dots, beside the badge
    name_rect: QRect
    name_px: int


class Page(NamedTuple):
    kind: str                   # "overview", "cluster", "loose", "photo"
    cluster_id: int | None = None
    number: int | None = None
    name: str = ""
    part: int = 1               # this cluster's page part of parts
    parts: int = 1
    tiles: tuple[Tile, ...] = ()
    cards: tuple[Card, ...] = ()
    px: int = 0                 # the note text's size on this page (a photo's page: its caption's)
    photo_id: int | None = None  # a photo's page: the photo, where it goes, and its caption's box
    image: QRect = QRect()
    caption: QRect = QRect()


class Geometry(NamedTuple):
    """The fixed parts of a screen: where the header, the body and the footer go."""

    area: QRect
    head: QRect                 # the prompt (overview) or the cluster's band
    head_px: int
    body: QRect
    footer: QRect
    pad: int
    min_px: int
    badge: QRect = QRect()      # the cluster's number (its pages)
    label: QRect = QRect()      # the cluster's name (its pages)


def wrap(text: str, f: QFont, width: int) -> list[str]:
    """`text` in the lines it takes at `width` with font `f`: at spaces, and inside a word only when one
    word is wider than the line (a URL); explicit line breaks kept."""
    out: list[str] = []
    for para in text.split("\n"):
        para = para.strip()
        if not para:
            continue
        lines: list[str] = []
        layout = QTextLayout(para, f)
        opt = QTextOption()
        opt.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(opt)
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(1, width))
            piece = para[line.textStart(): line.textStart() + line.textLength()].strip()
            if piece:
                lines.append(piece)
        layout.endLayout()
        # No lone word on a paragraph's last line when the line above can give it one of its words.
        if len(lines) >= 2 and len(lines[-1].split()) == 1 and len(lines[-2].split()) >= 2:
            head, moved = lines[-2].rsplit(" ", 1)
            if QFontMetrics(f).horizontalAdvance(f"{moved} {lines[-1]}") <= width:
                lines[-2:] = [head, f"{moved} {lines[-1]}"]
        out += lines
    return out or [""]


def _ls(f: QFont) -> int:
    return QFontMetrics(f).lineSpacing()


def _block_h(f: QFont, n: int) -> int:
    fm = QFontMetrics(f)
    return n * fm.lineSpacing() - fm.leading() if n else 0


def columns(area: QRect, H: int, per_h: float) -> int:
    return max(1, int(area.width() // max(1.0, per_h * H)))


class Planner:
    """The pages of one board at one screen size (made again when either changes)."""

    def __init__(self, rect: QRect, min_px: int, translate: Translate = english) -> None:
        self.translate = translate
        self.rect = QRect(rect)
        self.H = rect.height()
        self.min_px = min_px
        m = int(min(rect.width(), rect.height()) * 0.03)
        self.area = rect.adjusted(m, m, -m, -m)
        self.pad = max(2, int(self.H * 0.014))
        self.gap = max(2, int(self.H * 0.018))
        self.footer_px = max(min_px, math.ceil(self.H * 0.042))
        # a bilingual room: our words (a tile's counts, the footer) take a line per language
        self.bilingual = getattr(translate("Wall", "{n} notes"), "second", None) is not None
        self.second_gap = max(2, int(min_px * 0.15))   # bilingual.py's gap between the two languages
        fh = _block_h(font(self.footer_px), 1) + 2
        if self.bilingual:
            fh += self.second_gap + _block_h(font(min_px), 1)
        self.footer = QRect(self.area.x(), self.area.bottom() + 1 - fh, self.area.width(), fh)

    # -- the parts of a page ------------------------------------------------------------
    def prompt_px(self, text: str, width: int, bold: bool = True, most: int = 3) -> tuple[int, int]:
        """The prompt's size (>= 6% of the height; up to 7% when that takes no more lines and at most `most`)
        and the height its lines take (at most LONGEST lines: a longer prompt is cut at 6%)."""
        floor = max(self.min_px, math.ceil(self.H * 0.06))
        f = font(floor, bold)
        fewest = len(wrap(drawable(text, FAMILY, bold), f, width))
        for px in (math.ceil(self.H * 0.07), math.ceil(self.H * 0.065)):
            if px <= floor:
                continue
            n = len(wrap(drawable(text, FAMILY, bold), font(px, bold), width))
            if n <= max(fewest, 1) and n <= most:
                return px, _block_h(font(px, bold), n) + 2
        return floor, _block_h(f, min(fewest, LONGEST)) + 2

    def body_below(self, top: int) -> QRect:
        return QRect(self.area.x(), top, self.area.width(), self.footer.top() - self.gap - top)

    # -- the overview -----------------------------------------------------------------------
    def overview(self, view, shown_notes, tallies_hidden: bool, fishbone: bool) -> tuple[list[Page], Geometry]:
        b = view.board
        problem = b.prompt or b.title
        area = self.area
        if fishbone:
            point = int(area.width() * 0.07)
            inner_w = area.width() - 2 * self.pad - point
            px, th = self.prompt_px(problem, inner_w, most=4)
            head = QRect(area.x(), area.y(), area.width(), th + 2 * self.pad)
        else:
            px, th = self.prompt_px(problem, area.width())
            head = QRect(area.x(), area.y(), area.width(), th)
        body = self.body_below(head.bottom() + 1 + self.gap)
        geo = Geometry(area, head, px, body, self.footer, self.pad, self.min_px)
        numbers = cluster_numbers(c.id for c in view.clusters)
        counts: dict[int | None, int] = {}
        for n in shown_notes:
            counts[n.cluster_id] = counts.get(n.cluster_id, 0) + 1
        entries: list[tuple[int | None, int | None, str, int, int | None]] = [
            (c.id, numbers[c.id], c.name, counts.get(c.id, 0), None if tallies_hidden else c.dots)
            for c in view.clusters]
        if counts.get(None):
            entries.append((None, None, compact(self.translate("Wall", LOOSE_NAME), "\n"), counts[None], None))
        # The roomiest tiles that put every cluster on the first page; else the roomiest, over pages. The notes
        # in no cluster get a tile when it fits on that page (they have a page of their own at the end anyway).
        tries = [(0.40, 0.045), (0.40, 0.0), (0.31, 0.0)]
        best: list[list[Tile]] | None = None
        for wanted in (entries, [e for e in entries if e[0] is not None]):
            for share, name_share in tries:
                pages = self._tiles(wanted, body, share, max(self.min_px, math.ceil(self.H * name_share)))
                if best is None:
                    best = pages
                if len(pages) == 1:
                    best = pages
                    break
            if best is not None and len(best) == 1:
                break
        assert best is not None
        return [Page("overview", tiles=tuple(t)) for t in best], geo

    def _tiles(self, entries, body: QRect, share: float, name_px: int) -> list[list[Tile]]:
        cols = columns(body, self.H, share)
        tile_w = (body.width() - (cols - 1) * self.gap) // cols
        badge = math.ceil(self.H * 0.085)
        name_f = font(name_px, True)
        count_f = font(self.min_px)
        rows: list[list[tuple]] = [entries[i:i + cols] for i in range(0, len(entries), cols)]
        pages: list[list[Tile]] = [[]]
        y = body.y()
        for row in rows:
            measured = []
            for cid, num, name, notes, dots in row:
                lines = wrap(drawable(name, FAMILY, True), name_f, tile_w - 2 * self.pad)
                count_lines = 1 + (dots is not None)
                counts_h = _block_h(count_f, count_lines)
                if self.bilingual:
                    counts_h += self.second_gap + _block_h(count_f, count_lines) + 2
                top_h = max(badge, counts_h)
                measured.append((cid, num, name, notes, dots, top_h, _block_h(name_f, len(lines)) + 2))
            row_h = max(self.pad + t + self.pad // 2 + nh + self.pad for *_x, t, nh in measured)
            if y + row_h > body.bottom() + 1 and pages[-1]:
                pages.append([])
                y = body.y()
            for k, (cid, num, name, notes, dots, top_h, name_h) in enumerate(measured):
                x = body.x() + k * (tile_w + self.gap)
                r = QRect(x, y, tile_w, min(row_h, body.height()))
                hue = cluster_colour(num) if num is not None else None
                b_rect = QRect(x + self.pad, y + self.pad, badge, badge)
                c_rect = QRect(b_rect.right() + 1 + self.pad, y + self.pad,
                               r.right() - self.pad - b_rect.right() - self.pad, top_h)
                n_rect = QRect(x + self.pad, y + self.pad + top_h + self.pad // 2, tile_w - 2 * self.pad,
                               min(name_h, r.bottom() - self.pad - (y + self.pad + top_h + self.pad // 2)))
                pages[-1].append(Tile(cid, num, name, notes, dots, r,
                                      hue.fill if hue else LOOSE_FILL, hue.edge if hue else LOOSE_EDGE,
                                      b_rect, c_rect, n_rect, name_px))
            y += row_h + self.gap
        return pages

    # -- a cluster's pages ------------------------------------------------------------------
    def band(self, name: str) -> tuple[int, QRect, QRect, QRect]:
        """The cluster's band on its pages: (name px, band, badge, name rect)."""
        area = self.area
        badge = math.ceil(self.H * 0.1)
        width = area.width() - 3 * self.pad - badge
        px, th = self.prompt_px(name, width, most=2)
        h = max(badge, th) + 2 * self.pad
        band = QRect(area.x(), area.y(), area.width(), h)
        b_rect = QRect(area.x() + self.pad, area.y() + (h - badge) // 2, badge, badge)
        n_rect = QRect(b_rect.right() + 1 + self.pad, area.y() + self.pad, width, h - 2 * self.pad)
        return px, band, b_rect, n_rect

    def cards(self, notes, body: QRect, show_authors: bool) -> tuple[list[list[Card]], int]:
        """The notes on cards in columns, page after page, at the largest size (from 5.5% of the height
        down to the minimum) that fits them on one page, else at the minimum."""
        cols = columns(body, self.H, 0.62)
        sizes = sorted({max(self.min_px, math.ceil(self.H * s)) for s in (0.055, 0.048)} | {self.min_px},
                       reverse=True)
        for px in sizes:
            pages = self._flow(notes, body, cols, px, show_authors)
            if len(pages) == 1 or px == sizes[-1]:
                if len(pages) > 1:   # as many notes on each page, not a full page and one note left over
                    even = self._flow(notes, body, cols, px, show_authors, math.ceil(len(notes) / len(pages)))
                    if len(even) == len(pages):
                        pages = even
                return pages, px
        raise AssertionError("unreachable")  # pragma: no cover

    def _flow(self, notes, body: QRect, cols: int, px: int, show_authors: bool,
              most: int | None = None) -> list[list[Card]]:
        f = font(px)
        ls = _ls(f)
        col_w = (body.width() - (cols - 1) * self.gap) // cols
        inner = col_w - 2 * self.pad
        room_lines = max(1, (body.height() - 2 * self.pad + QFontMetrics(f).leading()) // ls)
        pages: list[list[Card]] = [[]]
        heights = [0] * cols

        def new_page() -> None:
            pages.append([])
            heights[:] = [0] * cols

        for n in notes:
            hue = colour(n.colour)
            lines = wrap(drawable(n.text, FAMILY), f, inner)
            author = n.author if show_authors and n.author else ""
            total = len(lines) + (1 if author else 0)
            card_h = _block_h(f, total) + 2 * self.pad
            if total > room_lines:   # longer than a column: full width, over as many pages as it needs
                wide = wrap(drawable(n.text, FAMILY), f, body.width() - 2 * self.pad)
                chunks = [wide[i:i + room_lines] for i in range(0, len(wide), room_lines)]
                if author and len(chunks[-1]) == room_lines:
                    chunks.append([])   # the author's line on a part of its own
                if pages[-1]:
                    new_page()
                for k, chunk in enumerate(chunks, start=1):
                    last = k == len(chunks)
                    extra = 1 if author and last else 0
                    r = QRect(body.x(), body.y(), body.width(), _block_h(f, len(chunk) + extra) + 2 * self.pad)
                    pages[-1].append(Card(n.id, r, tuple(chunk), author if last else "", hue.fill, hue.edge,
                                          k, len(chunks)))
                    new_page()
                continue
            col = min(range(cols), key=lambda c: heights[c])
            if heights[col] + card_h > body.height() or (most is not None and len(pages[-1]) >= most):
                new_page()
                col = 0
            r = QRect(body.x() + col * (col_w + self.gap), body.y() + heights[col], col_w, card_h)
            pages[-1].append(Card(n.id, r, tuple(lines), author, hue.fill, hue.edge, 0, 1))
            heights[col] += card_h + self.gap
        if not pages[-1] and len(pages) > 1:
            pages.pop()
        return pages


def photo_page(planner: Planner, photo, k: int, n: int) -> Page:
    """A photo's page: its caption on top (bold, 5% of the height; 4% when it takes more than two lines, up
    to four: a caption's 200 characters fit), the photo below
    scaled to fit the rest of the screen, centred, its shape kept (never scaled up past its pixels x 2)."""
    area, H = planner.area, planner.H
    translate = planner.translate
    caption = photo.caption or compact(translate("Wall", "Photo {k} of {n}").format(k=k, n=n) if n > 1
                                       else translate("Wall", "Photo"))   # "Photo 2 of 3 · Foto 2 de 3"
    px = max(planner.min_px, math.ceil(H * 0.05))
    lines = wrap(drawable(caption, FAMILY, True), font(px, True), area.width())
    if len(lines) > 2:
        px = planner.min_px
        lines = wrap(drawable(caption, FAMILY, True), font(px, True), area.width())
    cap = QRect(area.x(), area.y(), area.width(), _block_h(font(px, True), min(len(lines), 4)) + 2)
    room = planner.body_below(cap.bottom() + 1 + planner.gap)
    scale = min(room.width() / max(1, photo.width), room.height() / max(1, photo.height), 2.0)
    w, h = max(1, int(photo.width * scale)), max(1, int(photo.height * scale))
    image = QRect(room.x() + (room.width() - w) // 2, room.y() + (room.height() - h) // 2, w, h)
    return Page("photo", name=caption, part=k, parts=n, px=px, photo_id=photo.id, image=image, caption=cap)


def plan(view, rect: QRect, min_px: int, *, only_in_control: bool, tallies_hidden: bool,
         collecting: bool, translate: Translate = english) -> tuple[list[Page], dict[str, Geometry]]:
    """Every page of `view` at `rect`, and the geometry of each kind of page (by kind, or "c<id>"); names the
    planner makes ("Not in a cluster yet", "Photo 2 of 3") in `translate`'s first language."""
    planner = Planner(rect, min_px, translate)
    b = view.board
    shown = [n for n in view.notes if not only_in_control or n.in_control is True]
    pages, geo = planner.overview(view, shown, tallies_hidden, b.layout == "fishbone")
    geos = {"overview": geo}
    if collecting:
        return pages[:1], geos
    numbers = cluster_numbers(c.id for c in view.clusters)
    groups: list[tuple[int | None, int | None, str]] = [(c.id, numbers[c.id], c.name) for c in view.clusters]
    groups.append((None, None, compact(translate("Wall", LOOSE_NAME), "\n")))
    for cid, num, name in groups:
        notes = [n for n in shown if n.cluster_id == cid]
        if not notes:
            continue
        px, band, badge, name_rect = planner.band(name)
        body = planner.body_below(band.bottom() + 1 + planner.gap)
        key = f"c{cid}"
        geos[key] = Geometry(planner.area, band, px, body, planner.footer, planner.pad, min_px, badge, name_rect)
        chunks, note_px = planner.cards(notes, body, b.show_authors)
        for k, cards in enumerate(chunks, start=1):
            pages.append(Page("cluster" if cid is not None else "loose", cid, num, name, k, len(chunks),
                              cards=tuple(cards), px=note_px))
    photos = [ph for ph in getattr(view, "photos", ()) if not ph.waiting]   # a moderated phone's: not yet
    for k, photo in enumerate(photos, start=1):
        pages.append(photo_page(planner, photo, k, len(photos)))
    return pages, geos
