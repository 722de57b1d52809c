"""Paragraph styles and small layout helpers shared by the handout sections."""

from __future__ import annotations

from dataclasses import dataclass

from app.export.fonts import SANS, SANS_BOLD, FontSet
from app.export.text import has_rtl, markup, starts_rtl, wrap_logical


@dataclass
class Styles:
    fonts: FontSet
    body: object
    small: object
    muted: object
    cell: object
    cell_bold: object
    h1: object
    h2: object
    h3: object
    title: object
    width: float = 450.0          # the frame's width in points, set by the builder

    def p(self, text: str, style=None, width: float | None = None):
        """A Paragraph of user text, verbatim. `width`: the room it has, when not the frame's (a table cell)."""
        from reportlab.platypus import Paragraph

        style = style or self.body
        if has_rtl(text):
            room = (width if width is not None else self.width) - style.leftIndent - style.rightIndent
            text = wrap_logical(text, room, style.fontName, style.fontSize)
            if starts_rtl(text):
                style = self._right(style)
        return Paragraph(markup(text, self.fonts), style)

    def _right(self, style):
        """The same style, set from the right (for a paragraph that reads right to left)."""
        from reportlab.lib.enums import TA_RIGHT
        from reportlab.lib.styles import ParagraphStyle

        cache = self.__dict__.setdefault("_right_styles", {})
        if style.name not in cache:
            cache[style.name] = ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)
        return cache[style.name]

    def pm(self, trusted_markup: str, style=None):
        """A Paragraph of our own markup (user parts already passed through `text`)."""
        from reportlab.platypus import Paragraph

        return Paragraph(trusted_markup, style or self.body)

    def text(self, text: str) -> str:
        return markup(text, self.fonts)

    def table(self, rows: list[list], widths: list[float], header_rows: int = 1, zebra: bool = True,
              min_row_height: float = 0.0):
        """A table that splits across pages with its header repeated."""
        from reportlab.lib import colors
        from reportlab.platypus import Table, TableStyle

        mins = [0.0] * header_rows + [min_row_height] * (len(rows) - header_rows) if min_row_height else None
        t = Table(rows, colWidths=widths, repeatRows=header_rows, hAlign="LEFT", minRowHeights=mins)
        cmds = [
            ("FONTNAME", (0, 0), (-1, -1), SANS),  # plain cells too: never the unembedded Helvetica
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, header_rows - 1), 0.8, colors.black),
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#e8ecf2")),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        if zebra:
            cmds.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, colors.HexColor("#f6f7f9")]))
        cmds.append(("LINEBELOW", (0, header_rows), (-1, -1), 0.25, colors.HexColor("#c8ccd2")))
        t.setStyle(TableStyle(cmds))
        return t


def make_styles(fonts: FontSet) -> Styles:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    body = ParagraphStyle("body", fontName=SANS, fontSize=10, leading=13.5, spaceAfter=4)
    return Styles(
        fonts=fonts,
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8.5, leading=11),
        muted=ParagraphStyle("muted", parent=body, fontSize=9, leading=12, textColor=colors.HexColor("#555b66")),
        cell=ParagraphStyle("cell", parent=body, fontSize=9, leading=11.5, spaceAfter=0),
        cell_bold=ParagraphStyle("cellb", parent=body, fontName=SANS_BOLD, fontSize=9, leading=11.5, spaceAfter=0),
        h1=ParagraphStyle("h1", parent=body, fontName=SANS_BOLD, fontSize=17, leading=21, spaceBefore=6,
                          spaceAfter=8),
        h2=ParagraphStyle("h2", parent=body, fontName=SANS_BOLD, fontSize=13, leading=16.5, spaceBefore=10,
                          spaceAfter=5),
        h3=ParagraphStyle("h3", parent=body, fontName=SANS_BOLD, fontSize=10.5, leading=13.5, spaceBefore=6,
                          spaceAfter=2),
        title=ParagraphStyle("title", parent=body, fontName=SANS_BOLD, fontSize=26, leading=32, spaceAfter=10),
    )


def hhmm(minutes: float) -> str:
    m = int(round(minutes))
    return f"{m // 60:02d}:{m % 60:02d}"


def minutes_text(seconds: float) -> str:
    """'2 min', or '45 s' under a minute."""
    if seconds < 59.5:
        return f"{seconds:.0f} s"
    return f"{seconds / 60.0:.0f} min"
