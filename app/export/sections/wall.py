"""Sticky-note walls in a handout: each board's prompt, its clusters by name with their dots (most dots
first) and every note as typed, then the notes in no cluster. On a fishbone, what is in our control is
marked; authors only in the facilitator version, and only for boards that show them. Above the list,
a picture of the wall (app/export/wall_picture.py) with the clusters numbered as the list numbers them.
Last, the board's photos of its chart paper, each scaled to the page's width (or to most of its height
when it is tall) with its caption under it."""

from __future__ import annotations

from app.export.fonts import SANS
from app.export.handout import Handout, WallBoard, WallCluster, WallNote, WallPhoto, WallPicture
from app.export.styles import Styles
from app.export.text import has_rtl


def _dots(n: int) -> str:
    return f"{n} dot{'s' if n != 1 else ''}"


def _control(value: bool | None) -> str:
    if value is None:
        return ""
    return "In our control" if value else "Outside our control"


def _note(n: WallNote, st: Styles, mark_control: bool):
    from reportlab.lib.styles import ParagraphStyle

    style = st.__dict__.setdefault("_wall_note", ParagraphStyle(
        "wall-note", parent=st.body, leftIndent=14, bulletIndent=4, spaceAfter=1, bulletFontName=SANS))
    tags = []
    if n.author:
        tags.append(n.author)
    if mark_control and _control(n.in_control):
        tags.append(_control(n.in_control).lower())
    tag = f"({'; '.join(tags)})" if tags else ""
    if tag and has_rtl(n.text):  # its own line, or the right-to-left reordering would take it in
        para = st.p(n.text, style)
        para.bulletText = "•"
        return [para, st.p(tag, st.__dict__.setdefault("_wall_tag", ParagraphStyle(
            "wall-tag", parent=st.muted, leftIndent=14)))]
    para = st.p(n.text + (f" {tag}" if tag else ""), style)
    para.bulletText = "•"
    return [para]


def _cluster(number: int, c: WallCluster, board: WallBoard, st: Styles) -> list:
    from reportlab.platypus import KeepTogether, Spacer

    marks = {n.in_control for n in c.notes}
    one_mark = board.fishbone and len(marks) == 1 and _control(next(iter(marks)))
    head = f"{number}. {st.text(c.name or 'Unnamed cluster')} · {_dots(c.dots)}"
    if one_mark:
        head += f" · {_control(next(iter(marks)))}"
    parts = [st.pm(head, st.h3)]
    notes = [f for n in c.notes for f in _note(n, st, board.fishbone and not one_mark)]
    return [KeepTogether(parts + notes[:3]), *notes[3:], Spacer(1, 4)]


def _picture(pic: WallPicture, st: Styles) -> list:
    from reportlab.platypus import KeepTogether, Spacer

    from app.export.wall_picture import WallPictureFlowable

    n, k = len(pic.notes), len(pic.clusters)
    caption = (f"The wall as it was left: {n} note{'s' if n != 1 else ''}"
               + (f", {k} cluster{'s' if k != 1 else ''} numbered as in the list below" if k else "") + ".")
    return [KeepTogether([WallPictureFlowable(pic, st), Spacer(1, 3), st.p(caption, st.muted)]), Spacer(1, 6)]


PHOTO_MAX_HEIGHT = 430.0   # points: a tall photo leaves room on its page for its caption and the heading


def _photos(b: WallBoard, st: Styles) -> list:
    from reportlab.platypus import KeepTogether, Spacer

    out: list = []
    for k, ph in enumerate(b.photos, start=1):
        caption = ph.caption or (f"Photo {k} of {len(b.photos)}" if len(b.photos) > 1 else "Photo")
        head = [st.pm("Photos of the chart paper", st.h3)] if k == 1 else []   # never alone at a page's foot
        out.append(KeepTogether(head + [_photo_flowable(ph), Spacer(1, 3), st.p(caption, st.muted)]))
        out.append(Spacer(1, 8))
    return out


def _photo_flowable(ph: WallPhoto):
    """The photo as a flowable: the page's width, or less so that it is at most PHOTO_MAX_HEIGHT tall."""
    import io

    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import Flowable

    class PhotoFlowable(Flowable):
        def wrap(self, avail_width, avail_height):
            scale = min(avail_width / ph.width, PHOTO_MAX_HEIGHT / ph.height)
            self.width, self.height = ph.width * scale, ph.height * scale
            return self.width, self.height

        def draw(self):
            self.canv.drawImage(ImageReader(io.BytesIO(ph.jpeg)), 0, 0, self.width, self.height)
            self.canv.setLineWidth(0.5)
            self.canv.setStrokeGray(0.6)
            self.canv.rect(0, 0, self.width, self.height)

    return PhotoFlowable()


def flowables(h: Handout, st: Styles) -> list:
    if not h.wall:
        return []
    from reportlab.platypus import CondPageBreak, KeepTogether, Spacer

    out: list = [CondPageBreak(260), st.pm("Sticky-note walls", st.h1),
                 st.p("Each board's question, its clusters with their dots (most dots first) and every "
                      "note as it was written.", st.muted)]
    for b in h.wall:
        out.append(CondPageBreak(140))
        out.append(st.p(b.title, st.h2))
        if b.prompt:
            out.append(st.p(b.prompt, st.body))
        out.append(Spacer(1, 4))
        if b.picture is not None:
            out += _picture(b.picture, st)
        elif not b.clusters and not b.loose and not b.photos:
            out.append(st.pm("<i>No notes on this board yet.</i>", st.muted))
        for number, c in enumerate(b.clusters, start=1):
            out += _cluster(number, c, b, st)
        if b.loose:
            notes = [f for n in b.loose for f in _note(n, st, b.fishbone)]
            out += [KeepTogether([st.pm("Notes in no cluster", st.h3), *notes[:3]]), *notes[3:]]
        if b.photos:
            out += _photos(b, st)
    return out
