"""A picture of one sticky-note wall, drawn as vectors with reportlab from where the notes were left.

Notes in their colours; a frame round each cluster with its number (as the handout lists it) and its
name; on a fishbone the spine, the bones and the head with the problem. The board is scaled to the
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
PAPER = colors.HexColor("#f3f1ea")


class WallPictureFlowable(Flowable):
    def __init__(self, picture: WallPicture, st: Styles, max_height: float = MAX_HEIGHT) -> None:
        super().__init__()
        self.picture = picture
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
        self.scale = min(avail_width / w, self.max_height / h)
        self.width, self.height = w * self.scale, h * self.scale
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
            for n, (x1, y1, x2, y2) in enumerate(pic.bones):
                c.setLineWidth(max(1.6 if n == 0 else 1.0, (8 if n == 0 else 5) * s))
                c.line(*self._point(x1, y1), *self._point(x2, y2))
            hx, hy, hw, hh = self._box(*pic.head)
            if hw < HEAD_MIN[0] or hh < HEAD_MIN[1]:  # a big fish has a small head: keep the problem readable
                cx, cy = hx + hw / 2, hy + hh / 2
                hw, hh = max(hw, HEAD_MIN[0]), max(hh, HEAD_MIN[1])
                hx = min(max(2.0, cx - hw / 2), self.width - hw - 2)
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

    def _head_style(self, text: str, w: float, h: float):
        """The largest size from 8 down to 5 points at which the problem fits the fish's head."""
        for size in (8, 7, 6, 5):
            style = ParagraphStyle(f"wall-head-{size}", parent=self._head, fontSize=size, leading=size * 1.2)
            if self.st.p(text, style, width=w).wrap(w, h)[1] <= h:
                return style
        return style

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

    def _label_cluster(self, cl) -> None:
        """A numbered badge on the frame's corner and the name beside it, the same size on every wall."""
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
            name = self._one_line(cl.name or "Unnamed cluster", self._label, room - 3)
            self._text_in(name, self._label, cx + BADGE_R + 2, cy - lh / 2, room - 3, lh, top=False)
        c.setFillColor(INK)
        c.circle(cx, cy, BADGE_R, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(SANS_BOLD, 6.5 if cl.number < 10 else 5)
        c.drawCentredString(cx, cy - 2.2, str(cl.number))
