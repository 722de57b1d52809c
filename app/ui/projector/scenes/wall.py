"""Wall: the board the room can read, a page at a time.

The first page is the overview: the board's prompt (on a fishbone board, inside the fish's head: the
problem the bones explain), then each cluster as a tile in its colour with its number, its name, how
many notes it holds and its dots. Then one page per cluster (or as many as it needs) with the whole
text of every note, on cards of the note's colour, never under 4% of the screen height; the
cluster's number and name on a band of its colour on top. The clicker pages through them:
PageDown / PageUp while the Wall is on the projector (app/ui/console/window.py), Shift+PageDown /
Shift+PageUp too. After the clusters' pages, a page per photo of the board's chart paper: its caption
(>= 5% of the height) over the photo, scaled to fit. "Projector: only ours" (the board's only_in_control) hides the other notes on every
page, here only, never on the console. Where everything goes is worked out in wall_pages.py.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPolygon

from app.ui.projector.paint import Fitted, draw_lines, font
from app.ui.projector.scene import Scene, register_scene
from app.ui.projector.scenes.wall_pages import INK, Card, Geometry, Page, Tile, plan
from app.ui.projector.words import QT_TRANSLATE_NOOP, Said, Translate, count, english
from app.ui.theme import Theme
from app.ui.wall.board import shared_board

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
TOP_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ONLY_OURS = QT_TRANSLATE_NOOP("Wall", "Only what is in our control")


@register_scene
class WallScene(Scene):
    scene_id = "wall"
    title = "Wall"
    clicker_pages = True    # PageDown / PageUp turn its pages while it is up (ProjectorController.clicker_pages)

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self.page = 0               # from 0; kept within the pages at the next paint
        self.pages = 1              # counted at the last paint (they depend on the screen's size)
        self.shown_notes: list[int] = []    # the notes whose text this page shows
        self.page_kind = ""
        self._cache: tuple | None = None
        self._images: dict[tuple[int, int, int], QImage] = {}   # a photo scaled to its box, by (id, w, h)
        self.shown_photo: int | None = None   # the photo this page shows
        self._want_photo: int | None = None   # show_photo(): turn to this photo's page at the next paint

    def available(self) -> bool:
        board = shared_board(self.ctx)
        return board is not None and self.ctx.workspace.store is not None and board.ensure_board() is not None

    def turn(self, delta: int) -> bool:
        """The next (+1) or previous (-1) page; False at either end (the page stays)."""
        new = self.page + delta
        if not 0 <= new < self.pages:
            return False
        self.page = new
        return True

    def show_photo(self, photo_id: int) -> None:
        """Turn to this photo's page (found at the next paint: the pages depend on the screen's size)."""
        self._want_photo = photo_id

    def on_data_changed(self) -> None:
        self._cache = None
        self._images.clear()   # an undone photo's id may come back holding another photo

    def planned(self, view, rect: QRect) -> tuple[list[Page], dict[str, Geometry]]:
        b = view.board
        key = (rect.width(), rect.height(), id(view), b.only_in_control, b.layout, b.collecting, b.voting,
               self.ctx.lang)
        if self._cache is None or self._cache[0] != key:
            self._cache = (key, plan(view, rect, self.min_px, only_in_control=b.only_in_control,
                                     tallies_hidden=b.tallies_hidden, collecting=b.collecting,
                                     translate=self.translate), view)
        return self._cache[1]

    def paint_scene(self, p: QPainter, rect: QRect, theme: Theme) -> None:
        H = rect.height()
        self.shown_notes, self.page_kind, self.shown_photo = [], "", None
        board = shared_board(self.ctx)
        if (board is None or self.ctx.workspace.store is None or board.ensure_board() is None
                or board.view_data is None):
            self.pages = 1
            self.text(p, "title", rect.adjusted(H // 20, H // 20, -H // 20, -H // 20), self.translate("Wall", "No wall yet"), H * 0.08,
                      theme.muted)
            return
        view = board.view_data
        pages, geos = self.planned(view, rect)
        self.pages = len(pages)
        if self._want_photo is not None:
            self.page = next((i for i, pg in enumerate(pages) if pg.photo_id == self._want_photo), self.page)
            self._want_photo = None
        self.page = max(0, min(self.page, self.pages - 1))
        page = pages[self.page]
        self.page_kind = page.kind
        if view.board.collecting:
            self._collecting(p, view, geos["overview"], theme)
        elif page.kind == "overview":
            self._overview(p, view, page, geos["overview"], theme)
        elif page.kind == "photo":
            self._photo_page(p, page, theme)
        else:
            self._cluster_page(p, page, geos[f"c{page.cluster_id}"], theme)
        self._footer(p, geos["overview"], view.board.only_in_control, theme)

    # -- the overview --------------------------------------------------------------------------------
    def _overview(self, p: QPainter, view, page: Page, geo: Geometry, theme: Theme) -> None:
        b = view.board
        problem = b.prompt or b.title
        if b.layout == "fishbone":
            head = geo.head
            point = int(geo.area.width() * 0.07)
            mid = head.center().y()
            p.setPen(QPen(theme.accent, max(2, int(self.screen_height * 0.004))))
            p.setBrush(theme.bar_track)
            p.drawPolygon(QPolygon([head.topLeft(), QPoint(head.right() - point, head.top()),
                                    QPoint(head.right(), mid), QPoint(head.right() - point, head.bottom()),
                                    head.bottomLeft()]))
            inner = QRect(head.x() + geo.pad, head.y() + geo.pad, head.width() - 2 * geo.pad - point,
                          head.height() - 2 * geo.pad)
            self.text(p, "prompt", inner, problem, geo.head_px, theme.text, bold=True, align=LEFT)
        else:
            self.text(p, "prompt", geo.head, problem, geo.head_px, theme.text, bold=True, align=LEFT)
        if not page.tiles:
            self.text(p, "empty", geo.body, self.translate(
                "Wall", "No notes yet. Notes typed in the Wall tab or sent from phones show here."),
                self.screen_height * 0.05, theme.muted, align=LEFT)
            return
        for t in page.tiles:
            self._tile(p, t, theme)

    def _collecting(self, p: QPainter, view, geo: Geometry, theme: Theme) -> None:
        """Notes coming in blind: the question, and how many came in from how many tables, never their text."""
        H = self.screen_height
        b = view.board
        self.text(p, "prompt", geo.head, b.prompt or b.title, geo.head_px, theme.text, bold=True, align=LEFT)
        body = geo.body
        notes = [n for n in view.notes if not b.only_in_control or n.in_control is True]
        self.page_kind = "collecting"
        self.text(p, "count", QRect(body.x(), body.y(), body.width(), int(body.height() * 0.42)),
                  notes_from(notes, self.translate), H * 0.1, theme.accent, bold=True)
        self.text(p, "blind", QRect(body.x(), body.y() + int(body.height() * 0.5), body.width(),
                                    int(body.height() * 0.4)),
                  self.translate("Wall", "Keep writing. The notes go up on the wall together, when everyone has "
                                         "had their say."),
                  H * 0.05, theme.muted)

    def _tile(self, p: QPainter, t: Tile, theme: Theme) -> None:
        H = self.screen_height
        key = f"tile{t.number}" if t.number is not None else "tile-loose"
        p.setPen(QPen(QColor(t.edge), max(2, int(H * 0.004))))
        p.setBrush(QColor(t.fill))
        p.drawRoundedRect(t.rect, H * 0.012, H * 0.012)
        p.fillRect(t.badge, QColor(t.edge))
        if t.number is not None:
            self.text(p, f"{key}.number", t.badge, str(t.number), H * 0.065, QColor(INK), bold=True, wrap=False)
        notes = (count(t.notes, self.translate("Wall", "1 note"), self.translate("Wall", "{n} notes")) if t.notes
                 else self.translate("Wall", "no notes yet"))   # bilingual: the second language's lines under
        if t.dots is None:
            counts = notes
        else:
            dots = count(t.dots, self.translate("Wall", "1 dot"), self.translate("Wall", "{n} dots"))
            counts = Said("{notes}\n{dots}").format(notes=notes, dots=dots)
        self.text(p, f"{key}.counts", t.counts, counts, self.min_px, QColor(INK), align=LEFT)
        self.text(p, f"{key}.name", t.name_rect, t.name, t.name_px, QColor(INK), bold=True, align=TOP_LEFT)

    # -- a cluster's page ---------------------------------------------------------------------------
    def _cluster_page(self, p: QPainter, page: Page, geo: Geometry, theme: Theme) -> None:
        H = self.screen_height
        from app.domain.wall.palette import cluster_colour

        hue = cluster_colour(page.number) if page.number is not None else None
        fill = QColor(hue.fill if hue else "#E4E4E4")
        edge = QColor(hue.edge if hue else "#8A8A8A")
        p.setPen(QPen(edge, max(2, int(H * 0.005))))
        p.setBrush(fill)
        p.drawRoundedRect(geo.head, H * 0.012, H * 0.012)
        p.fillRect(geo.badge, edge)
        if page.number is not None:
            self.text(p, "band.number", geo.badge, str(page.number), H * 0.075, QColor(INK), bold=True, wrap=False)
        name = page.name if page.parts == 1 else self._part_name(page.name, page.part, page.parts)
        self.text(p, "band.name", geo.label, name, geo.head_px, QColor(INK), bold=True, align=LEFT)
        for card in page.cards:
            self._card(p, card, page.px, geo.pad)

    def _part_name(self, name: str, part: int, parts: int) -> str:
        """A cluster's name on one of its pages: the name once as typed, our "(2 of 3)" in each language
        ("Our beliefs (2 of 3 · 2 de 3)")."""
        said = self.translate("Wall", "{name} ({part} of {parts})")
        first = str.__str__(said).format(name=name, part=part, parts=parts)
        second = getattr(said, "second", None)
        if not second:
            return first
        tail = second.format(name="", part=part, parts=parts).strip()
        return f"{first[:-1]} · {tail[1:]}" if first.endswith(")") and tail.startswith("(") else f"{first} {tail}"

    def _card(self, p: QPainter, c: Card, px: int, pad: int) -> None:
        H = self.screen_height
        p.setPen(QPen(QColor(c.edge), max(2, int(H * 0.003))))
        p.setBrush(QColor(c.fill))
        p.drawRoundedRect(c.rect, H * 0.008, H * 0.008)
        inner = c.rect.adjusted(pad, pad, -pad, -pad)
        key = f"note{c.note_id}" if c.part == 0 else f"note{c.note_id}.{c.part}"
        p.setPen(QColor(INK))
        used = QRect()
        if c.lines and any(c.lines):
            used = draw_lines(p, inner, Fitted(font(px), list(c.lines)), TOP_LEFT)
            self.record_text(key, px, used, c.lines)
            self.drawn.append((key, used))
        if c.author:
            f = font(px)
            top = used.bottom() + 1 if not used.isEmpty() else inner.y()
            r = QRect(inner.x(), top, inner.width(), inner.bottom() + 1 - top)
            p.setPen(QColor("#3A3A3A"))
            self.text(p, f"{key}.author", r, f"— {c.author}", f.pixelSize(), QColor("#3A3A3A"), align=TOP_LEFT,
                      wrap=False)
        if c.note_id not in self.shown_notes:
            self.shown_notes.append(c.note_id)

    # -- a photo's page ---------------------------------------------------------------------------------
    def _photo_page(self, p: QPainter, page: Page, theme: Theme) -> None:
        assert page.photo_id is not None
        self.text(p, "photo.caption", page.caption, page.name, page.px, theme.text, bold=True, align=TOP_LEFT)
        image = self._scaled(page.photo_id, page.image.size())
        if image is None:
            self.text(p, "photo.missing", page.image, self.translate("Wall", "This photo could not be read."), self.min_px, theme.muted)
            return
        p.drawImage(page.image, image)
        p.setPen(QPen(theme.muted, max(1, int(self.screen_height * 0.002))))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(page.image)
        self.mark("photo.image", page.image)
        self.shown_photo = page.photo_id

    def _scaled(self, photo_id: int, size) -> QImage | None:
        key = (photo_id, size.width(), size.height())
        if key not in self._images:
            services = self.ctx.services
            if services is None:
                return None
            try:
                data = services.wall.photos.image(photo_id)
            except ValueError:
                return None
            image = QImage.fromData(data)
            if image.isNull():
                return None
            self._images[key] = image.scaled(size, Qt.AspectRatioMode.IgnoreAspectRatio,
                                             Qt.TransformationMode.SmoothTransformation)
        return self._images[key]

    # -- every page -------------------------------------------------------------------------------------
    def _footer(self, p: QPainter, geo: Geometry, only_ours: bool, theme: Theme) -> None:
        f = geo.footer
        left_w = int(f.width() * 0.36)
        if self.pages > 1:
            self.text(p, "footer.page", QRect(f.x(), f.y(), left_w, f.height()),
                      self.translate("Wall", "Page {n} of {count}").format(n=self.page + 1, count=self.pages),
                      self.min_px, theme.muted, align=LEFT, wrap=False)
        if only_ours:
            self.text(p, "footer.only", QRect(f.x() + left_w, f.y(), f.width() - left_w, f.height()),
                      self.translate("Wall", ONLY_OURS),
                      self.min_px, theme.accent, bold=True, align=RIGHT, wrap=False)


def notes_from(notes, translate: Translate = english) -> Said:
    """“23 notes from 9 tables”: how many came in, and from how many tables (the names on them), when named."""
    n = len(notes)
    said = count(n, translate("Wall", "1 note"), translate("Wall", "{n} notes")) if n else translate("Wall", "No notes yet")
    authors = {" ".join(x.author.split()).casefold() for x in notes if x.author.strip()}
    if not authors:
        return said
    tables = all(a.startswith(("table", "mesa")) for a in authors)
    k = len(authors)
    if tables:
        who = count(k, translate("Wall", "from 1 table"), translate("Wall", "from {n} tables"))
    else:
        who = (translate("Wall", "from 1 table or person") if k == 1
               else translate("Wall", "from {n} tables and people").format(n=k))
    return translate("Wall", "{notes} {from_whom}").format(notes=said, from_whom=who)
