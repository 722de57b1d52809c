"""Lay a Handout out as a PDF: sections in order, "page X of Y", A4 or US Letter.

`build_pdf` is a generator: it yields (done, total, label) as it goes and
returns the path written. `should_stop()` is asked between sections and while
pages are laid out; when it says yes, BuildStopped is raised and nothing is
left at the target path (the PDF is written beside it, then moved into place).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Generator
from pathlib import Path
from typing import TYPE_CHECKING

from app.export.handout import LETTER, Handout

if TYPE_CHECKING:
    from app.export.styles import Styles

MARGIN_MM = 18
FOOTER_TITLE_CHARS = 60


class BuildStopped(Exception):
    """The build was cancelled; nothing was written."""


def page_size(paper: str):
    from reportlab.lib.pagesizes import A4, letter

    return letter if paper == LETTER else A4


def story(h: Handout, should_stop: Callable[[], bool] = lambda: False,
          width: float | None = None) -> Generator[tuple[int, int, str], None, tuple[list, Styles]]:
    """Yield progress per section; the flowables are left in the returned list."""
    from app.export.fonts import register
    from app.export.sections import SECTIONS
    from app.export.styles import make_styles

    st = make_styles(register())
    if width is not None:
        st.width = width
    out: list = []
    for n, (label, module) in enumerate(SECTIONS):
        if should_stop():
            raise BuildStopped()
        yield n, len(SECTIONS) + 1, label
        out.extend(module.flowables(h, st))
    return out, st


def _numbered_canvas(h: Handout, st):
    from reportlab.lib import colors
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph

    from app.export.fonts import SANS
    from app.export.words import words

    w = words(h)
    version = h.version   # "Shared version" or "Facilitator version": the catalogue's messages (words.version)
    title = h.cover.title if len(h.cover.title) <= FOOTER_TITLE_CHARS else (
        h.cover.title[: FOOTER_TITLE_CHARS - 1].rstrip() + "…")
    footer_title = Paragraph(st.text(title), st.small)  # one line: it must not climb into the page

    class NumberedCanvas(Canvas):
        """Keeps each page until the end, so every footer can say how many pages there are."""

        def __init__(self, *args, **kwargs) -> None:
            kwargs["initialFontName"] = kwargs.get("initialFontName") or SANS  # never the unembedded Helvetica
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._footer(number, total)
                super().showPage()
            super().save()

        def _footer(self, number: int, total: int) -> None:
            width, _h = self._pagesize
            margin = MARGIN_MM * 72 / 25.4
            y = margin * 0.55
            self.setStrokeColor(colors.HexColor("#c8ccd2"))
            self.setLineWidth(0.5)
            self.line(margin, y + 11, width - margin, y + 11)
            self.setFont(SANS, 8.5)
            self.setFillColor(colors.HexColor("#555b66"))
            from reportlab.pdfbase.pdfmetrics import stringWidth

            texts = [f"{one._(version)} · {one._('Page {number} of {total}', number=number, total=total)}"
                     for one in w.ones]
            right = " / ".join(texts)
            tw, _th = footer_title.wrap(width * 0.55, 12)
            if stringWidth(right, SANS, 8.5) > width - 2 * margin - footer_title.getActualLineWidths0()[0] - 12:
                right = texts[0]   # both would run into the title: the first language (the cover has both)
            self.drawRightString(width - margin, y, right)
            footer_title.drawOn(self, margin, y - 1)

    return NumberedCanvas


def build_pdf(h: Handout, out: Path, should_stop: Callable[[], bool] = lambda: False
              ) -> Generator[tuple[int, int, str], None, Path]:
    """Write the handout to `out`, yielding (done, total, label) before each piece; returns `out`."""
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    out = Path(out)
    size = page_size(h.paper)
    margin = MARGIN_MM * mm
    width = size[0] - 2 * margin
    flow, st = yield from story(h, should_stop, width)
    from app.export.sections import SECTIONS

    total = len(SECTIONS) + 1
    yield total - 1, total, "Laying out pages"
    tmp = out.with_name(f".{out.name}.part")
    doc = SimpleDocTemplate(str(tmp), pagesize=size, leftMargin=margin, rightMargin=margin,
                            topMargin=margin, bottomMargin=margin * 1.2, title=h.cover.title,
                            author=h.cover.organisation or "Convene", subject=h.version,
                            creator="Convene")

    def progress(kind: str, _value) -> None:
        if kind in ("PROGRESS", "PAGE") and should_stop():
            raise BuildStopped()

    doc.setProgressCallBack(progress)
    try:
        doc.build(flow, canvasmaker=_numbered_canvas(h, st))
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    # No yield after the file is in place: a cancel seen there would report "stopped" over a written PDF.
    return out
