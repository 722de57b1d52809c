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
from app.export.words import Words, words


def _dots(n: int, w: Words) -> str:
    return w.n_("{n} dot", "{n} dots", n)


def _control(value: bool | None, w: Words, lower: bool = False) -> str:
    if value is None:
        return ""
    if lower:
        return w.p_("in our control") if value else w.p_("outside our control")
    return w._("In our control") if value else w._("Outside our control")


def _note(n: WallNote, st: Styles, mark_control: bool, w: Words):
    from reportlab.lib.styles import ParagraphStyle

    style = st.__dict__.setdefault("_wall_note", ParagraphStyle(
        "wall-note", parent=st.body, leftIndent=14, bulletIndent=4, spaceAfter=1, bulletFontName=SANS))
    tags = []
    if n.author:
        tags.append(n.author)
    if mark_control and n.in_control is not None:
        tags.append(_control(n.in_control, w, lower=True))
    tag = f"({'; '.join(tags)})" if tags else ""
    if tag and has_rtl(n.text):  # its own line, or the right-to-left reordering would take it in
        para = st.p(n.text, style)
        para.bulletText = "•"
        return [para, st.p(tag, st.__dict__.setdefault("_wall_tag", ParagraphStyle(
            "wall-tag", parent=st.muted, leftIndent=14)))]
    para = st.p(n.text + (f" {tag}" if tag else ""), style)
    para.bulletText = "•"
    return [para]


def _cluster(number: int, c: WallCluster, board: WallBoard, st: Styles, w: Words) -> list:
    from reportlab.platypus import KeepTogether, Spacer

    marks = {n.in_control for n in c.notes}
    one_mark = board.fishbone and len(marks) == 1 and next(iter(marks)) is not None
    name = st.text(c.name) if c.name else w._("Unnamed cluster")
    head = f"{number}. {name} · {_dots(c.dots, w)}"
    if one_mark:
        head += f" · {_control(next(iter(marks)), w)}"
    parts = [st.pm(head, st.h3)]
    notes = [f for n in c.notes for f in _note(n, st, board.fishbone and not one_mark, w)]
    return [KeepTogether(parts + notes[:3]), *notes[3:], Spacer(1, 4)]


def _picture(pic: WallPicture, st: Styles, w: Words) -> list:
    from reportlab.platypus import KeepTogether, Spacer

    from app.export.wall_picture import WallPictureFlowable

    n, k = len(pic.notes), len(pic.clusters)
    caption = w.each(lambda one: one.n_("The wall as it was left: {n} note", "The wall as it was left: {n} notes", n)
                     + (one.n_(", {n} cluster numbered as in the list below", ", {n} clusters numbered as in the "
                                                                             "list below", k) if k else "") + ".")
    return [KeepTogether([WallPictureFlowable(pic, st, lang=w.first.lang), Spacer(1, 3), st.pm(caption, st.muted)]), Spacer(1, 6)]


PHOTO_MAX_HEIGHT = 430.0   # points: a tall photo leaves room on its page for its caption and the heading


def _photos(b: WallBoard, st: Styles, w: Words) -> list:
    from reportlab.platypus import KeepTogether, Spacer

    out: list = []
    for k, ph in enumerate(b.photos, start=1):
        caption = st.text(ph.caption) if ph.caption else (
            w._("Photo {number} of {total}", number=k, total=len(b.photos)) if len(b.photos) > 1 else w._("Photo"))
        head = [st.pm(w._("Photos of the chart paper"), st.h3)] if k == 1 else []   # never alone at a page's foot
        out.append(KeepTogether(head + [_photo_flowable(ph), Spacer(1, 3), st.pm(caption, st.muted)]))
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

    w = words(h)
    out: list = [CondPageBreak(260), st.pm(w._("Sticky-note walls"), st.h1),
                 st.pm(w._("Each board's question, its clusters with their dots (most dots first) and every "
                           "note as it was written."), st.muted)]
    for b in h.wall:
        out.append(CondPageBreak(140))
        out.append(st.p(b.title, st.h2))
        if b.prompt:
            out.append(st.p(b.prompt, st.body))
        out.append(Spacer(1, 4))
        if b.picture is not None:
            out += _picture(b.picture, st, w)
        elif not b.clusters and not b.loose and not b.photos:
            out.append(st.pm("<i>" + w._("No notes on this board yet.") + "</i>", st.muted))
        for number, c in enumerate(b.clusters, start=1):
            out += _cluster(number, c, b, st, w)
        if b.loose:
            notes = [f for n in b.loose for f in _note(n, st, b.fishbone, w)]
            out += [KeepTogether([st.pm(w._("Notes in no cluster"), st.h3), *notes[:3]]), *notes[3:]]
        if b.photos:
            out += _photos(b, st, w)
    return out
