"""A picture of one sticky-note wall, drawn as vectors with reportlab from where the notes were left.

Notes in their colours; a frame round each cluster with its number (as the handout lists it), its
name and its dots; on a fishbone the spine, the bones and the head with the problem. The board is scaled to the
page width (and at most MAX_HEIGHT points tall); note text is drawn only when it would be at least
MIN_NOTE_PT, so a 300-note wall shows colour blocks under legible cluster names.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from app.export.fonts import SANS, SANS_BOLD
from app.export.handout import WallPicture
from app.export.styles import Styles

MAX_HEIGHT = 360.0       # points: the picture and its caption stay on one page
NOTE_TEXT_UNITS = 28.0   # a note's text size on the wall, in wall units (app/ui/wall/items.py)
MIN_NOTE_PT = 4.5        # smaller note text is left out: colour blocks only
MAX_NOTE_PT = 8.0
LABEL_PT = 7.0           # cluster names: one size on every wall, however many notes
BADGE_R = 5.0
HEAD_MIN = (96.0, 58.0)  # points: the fishbone's head is never drawn smaller

INK = colors.HexColor("#1f2a44")
FRAME = colors.HexColor("#7a808a")
BONE = colors.HexColor("#9a9a9a")
HEAD_EDGE = colors.HexColor("#E69F00")
HEAD_FILL = colors.HexColor("#FDF0D5")
DOTS = colors.HexColor("#D55E00")
PAPER = colors.HexColor("#f3f1ea")


class WallPictureFlowable(Flowable):
    def __init__(self, picture: WallPicture, st: Styles, max_height: float = MAX_HEIGHT, lang: str = "en") -> None:
        super().__init__()
        self.picture = picture
        self.lang = lang            # one language (a bilingual handout draws its first): "12 dots"
        self.st = st
        self.max_height = max_height
        self.scale = 1.0
        self.width = self.height = 0.0
        self._label = ParagraphStyle("wall-label", parent=st.body, fontName=SANS_BOLD, fontSize=LABEL_PT,
                                     leading=LABEL_PT * 1.2, spaceAfter=0, textColor=INK)
        self._head = ParagraphStyle("wall-head", parent=st.body, fontName=SANS_BOLD, fontSize=8, leading=9.6,
                                    spaceAfter=0, alignment=TA_CENTER)

    def wrap(self, avail_width, avail_height):
        _x, _y, w, h = self.picture.bounds
        head = self.picture.head
        self.extra = 0.0   # wall units added on the right, so that a big fish's head can grow to HEAD_MIN
        self.scale = min(avail_width / w, self.max_height / h)
        self.grow_head = head is not None and not self._head_fits(head[2] * self.scale, head[3] * self.scale)
        if self.grow_head and head is not None:
            for _ in range(6):
                self.extra = max(0.0, HEAD_MIN[0] / self.scale - head[2])
                self.scale = min(avail_width / (w + self.extra), self.max_height / h)
        self.width, self.height = (w + self.extra) * self.scale, h * self.scale
        return self.width, self.height

    # wall units -> points, with y up
    def _box(self, x: float, y: float, w: float, h: float) -> tuple[float, float, float, float]:
        bx, by, _bw, _bh = self.picture.bounds
        s = self.scale
        return (x - bx) * s, self.height - (y - by + h) * s, w * s, h * s

    def _point(self, x: float, y: float) -> tuple[float, float]:
        bx, by, _bw, _bh = self.picture.bounds
        return (x - bx) * self.scale, self.height - (y - by) * self.scale

    def _text_in(self, text: str, style, x: float, y: float, w: float, h: float, top: bool = True) -> None:
        """User text (any script) inside a box, cut off at its edges."""
        c = self.canv
        para = self.st.p(text, style, width=w)
        _pw, ph = para.wrap(w, h)
        if ph > h:  # only whole lines: cut at the last line that fits
            cut = max(1, int(h // style.leading)) * style.leading
            y, h = y + h - cut, cut
        c.saveState()
        path = c.beginPath()
        path.rect(x, y, w, h)
        c.clipPath(path, stroke=0, fill=0)
        para.drawOn(c, x, y + h - ph if top or ph > h else y + (h - ph) / 2)
        c.restoreState()

    def draw(self) -> None:
        c = self.canv
        pic = self.picture
        s = self.scale
        c.setFillColor(PAPER)
        c.setStrokeColor(colors.HexColor("#c8ccd2"))
        c.setLineWidth(0.5)
        c.roundRect(0, 0, self.width, self.height, 4, stroke=1, fill=1)
        if pic.head is not None:
            c.setStrokeColor(BONE)
            for i, (x1, y1, x2, y2) in enumerate(pic.bones):
                c.setLineWidth(max(1.6 if i == 0 else 1.0, (8 if i == 0 else 5) * s))
                c.line(*self._point(x1, y1), *self._point(x2, y2))
            hx, hy, hw, hh = self._box(*pic.head)
            # A big fish has a small head: it grows to the right (wrap made room) and up and down round the
            # spine, where nothing else is drawn, so the problem stays readable and covers no note.
            if self.grow_head:
                hw = min(max(hw, HEAD_MIN[0]), self.width - hx - 2)
            if self.grow_head and hh < HEAD_MIN[1]:
                cy = hy + hh / 2
                hh = min(HEAD_MIN[1], self.height - 4)
                hy = min(max(2.0, cy - hh / 2), self.height - hh - 2)
            c.setStrokeColor(HEAD_EDGE)
            c.setFillColor(HEAD_FILL)
            c.setLineWidth(max(1.0, 4 * s))
            c.roundRect(hx, hy, hw, hh, max(2.0, 16 * s), stroke=1, fill=1)
            self._text_in(pic.head_text, self._head_style(pic.head_text, hw - 10, hh - 6), hx + 5, hy + 3,
                          hw - 10, hh - 6, top=False)
        c.setLineWidth(0.6)
        for cl in pic.clusters:
            c.setStrokeColor(FRAME)
            c.setFillColor(colors.white)
            c.roundRect(*self._box(*cl.frame), max(1.5, 10 * s), stroke=1, fill=1)
        nw, nh = pic.note_size
        note_pt = NOTE_TEXT_UNITS * s
        style = None
        if note_pt >= MIN_NOTE_PT:
            size = min(note_pt, MAX_NOTE_PT)
            style = ParagraphStyle("wall-pic-note", parent=self.st.body, fontName=SANS, fontSize=size,
                                   leading=size * 1.2, spaceAfter=0)
        c.setLineWidth(0.4)
        for n in pic.notes:
            x, y, w, h = self._box(n.x, n.y, nw, nh)
            c.setFillColor(colors.HexColor(n.fill))
            c.setStrokeColor(colors.HexColor(n.edge))
            c.rect(x, y, w, h, stroke=1, fill=1)
            if style is not None and n.text:
                pad = 12 * s
                self._text_in(n.text, style, x + pad, y + pad, w - 2 * pad, h - 2 * pad)
        for cl in pic.clusters:
            self._label_cluster(cl)

    def _head_fits(self, w: float, h: float) -> bool:
        """Whether the whole problem fits a head this big at 5 points or more."""
        if w <= 30 or h <= 20:
            return False
        style = self._head_style(self.picture.head_text, w - 10, h - 6)
        return self.st.p(self.picture.head_text, style, width=w - 10).wrap(w - 10, h - 6)[1] <= h - 6

    def _head_style(self, text: str, w: float, h: float):
        """The largest size from 8 down to 5 points at which the problem fits the fish's head."""
        for size in (8, 7, 6, 5):
            style = ParagraphStyle(f"wall-head-{size}", parent=self._head, fontSize=size, leading=size * 1.2)
            if self.st.p(text, style, width=w).wrap(w, h)[1] <= h:
                return style
        return style  # 5 points, cut at the last line that fits

    def _one_line(self, text: str, style, width: float) -> str:
        """The text, shortened with "…" until it fits on one line `width` points wide."""
        text = " ".join(text.split())

        def fits(t: str) -> bool:
            return self.st.p(t, style, width=width).wrap(width, 1000)[1] <= style.leading * 1.01

        if fits(text):
            return text
        lo, hi = 0, len(text)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if fits(text[:mid].rstrip() + "…"):
                lo = mid
            else:
                hi = mid - 1
        return text[:lo].rstrip() + "…"

    def _dots_text(self, dots: int, room: float) -> str:
        """'12 dots', or '12' where the band is narrow; '' for none or no room."""
        from reportlab.pdfbase.pdfmetrics import stringWidth

        from app.export.words import One

        if dots <= 0:
            return ""
        for text in (One(self.lang).n_("{n} dot", "{n} dots", dots), str(dots)):
            if stringWidth(text, SANS, LABEL_PT - 0.5) + 9 <= room:
                return text
        return ""

    def _label_cluster(self, cl) -> None:
        """A numbered badge on the frame's corner, the name beside it and the dots at the band's right end,
        the same size on every wall."""
        c = self.canv
        x, y, w, h = self._box(*cl.frame)
        top = y + h
        lh = LABEL_PT * 1.35
        cx, cy = x + BADGE_R + 1, top - lh / 2 - 0.5
        room = w - 2 * BADGE_R - 4
        if room >= 18:
            c.setFillColor(colors.white)
            c.setStrokeColor(colors.white)
            c.rect(cx + BADGE_R, cy - lh / 2, room, lh, stroke=0, fill=1)
            dots = self._dots_text(cl.dots, room - 18)
            if dots:  # the votes at the right end of the name band
                from reportlab.pdfbase.pdfmetrics import stringWidth

                dw = stringWidth(dots, SANS, LABEL_PT - 0.5)
                right = cx + BADGE_R + room - 2
                c.setFillColor(DOTS)
                c.circle(right - dw - 3.5, cy, 2.2, stroke=0, fill=1)
                c.setFont(SANS, LABEL_PT - 0.5)
                c.drawRightString(right, cy - 2.3, dots)
                room -= dw + 9
            name = self._one_line(cl.name or "Unnamed cluster", self._label, room - 3)
            self._text_in(name, self._label, cx + BADGE_R + 2, cy - lh / 2, room - 3, lh, top=False)
        c.setFillColor(INK)
        c.circle(cx, cy, BADGE_R, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(SANS_BOLD, 6.5 if cl.number < 10 else 5)
        c.drawCentredString(cx, cy - 2.2, str(cl.number))
