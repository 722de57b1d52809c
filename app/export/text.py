"""User text into reportlab paragraph markup, verbatim.

Whatever a facilitator typed is text: '<', '&' and '>' are escaped, so they are
never read as markup. Characters DejaVu Sans lacks (Chinese, Japanese, Korean)
are set in the CJK font. Arabic is shaped (arabic-reshaper) and right-to-left
runs are put in display order (python-bidi), as reportlab does neither.

Reordering is per line, so text holding right-to-left script is broken into
lines first, in reading order (`wrap_logical`); otherwise a long Arabic or
Hebrew note would show its last words on its first line.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from app.export.fonts import CJK, FontSet

_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")


def has_rtl(text: str) -> bool:
    return _RTL.search(text) is not None


def starts_rtl(text: str) -> bool:
    """Whether the first letter with a direction is right-to-left (the paragraph then reads from the right)."""
    for ch in text:
        if _RTL.match(ch):
            return True
        if ch.isalpha():
            return False
    return False


def _shape(text: str) -> str:
    if _ARABIC.search(text):
        import arabic_reshaper

        return arabic_reshaper.reshape(text)
    return text


def display_order(text: str) -> str:
    """Arabic letters joined, and each line holding right-to-left script reordered for display."""
    if not has_rtl(text):
        return text
    from bidi import get_display

    base = "R" if starts_rtl(text) else "L"
    return "\n".join(get_display(line, base_dir=base) for line in _shape(text).split("\n"))


def wrap_logical(text: str, width: float, font_name: str, font_size: float) -> str:
    """Line breaks where a paragraph `width` points wide would wrap, chosen in reading order."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    limit = width * 0.96  # a little room: reportlab measures the shaped glyphs, we measure close to them
    out: list[str] = []
    for para in text.split("\n"):
        line = ""
        for word in para.split(" "):
            candidate = f"{line} {word}" if line else word
            if not line or stringWidth(_shape(candidate), font_name, font_size) <= limit:
                line = candidate
            else:
                out.append(line)
                line = word
        out.append(line)
    return "\n".join(out)


def markup(text: str, fonts: FontSet) -> str:
    """Paragraph markup that shows `text` as typed (line breaks kept)."""
    text = display_order(text.replace("\r\n", "\n").replace("\r", "\n"))
    out: list[str] = []
    run: list[str] = []
    in_cjk = False

    def flush() -> None:
        if run:
            chunk = escape("".join(run)).replace("\n", "<br/>")
            out.append(f'<font name="{CJK}">{chunk}</font>' if in_cjk else chunk)
            run.clear()

    for ch in text:
        cp = ord(ch)
        want_cjk = cp not in fonts.sans and cp in fonts.cjk and not ch.isspace()
        if want_cjk != in_cjk and not ch.isspace():
            flush()
            in_cjk = want_cjk
        run.append(ch)
    flush()
    return "".join(out)
