"""Sticky-note walls in a handout: each board's prompt, its clusters by name with their dots (most dots
first) and every note as typed, then the notes in no cluster. On a fishbone, what is in our control is
marked; authors only in the facilitator version, and only for boards that show them. Above the list,
a picture of the wall (app/export/wall_picture.py) with the clusters numbered as the list numbers them."""

from __future__ import annotations

from app.export.fonts import SANS
from app.export.handout import Handout, WallBoard, WallCluster, WallNote, WallPicture
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
        elif not b.clusters and not b.loose:
            out.append(st.pm("<i>No notes on this board yet.</i>", st.muted))
        for number, c in enumerate(b.clusters, start=1):
            out += _cluster(number, c, b, st)
        if b.loose:
            notes = [f for n in b.loose for f in _note(n, st, b.fishbone)]
            out += [KeepTogether([st.pm("Notes in no cluster", st.h3), *notes[:3]]), *notes[3:]]
    return out
