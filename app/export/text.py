"""User text into reportlab paragraph markup, verbatim.

Whatever a facilitator typed is text: '<', '&' and '>' are escaped, so they are
never read as markup. Characters DejaVu Sans lacks (Chinese, Japanese, Korean)
are set in the CJK font. Arabic is shaped (arabic-reshaper) and right-to-left
runs are put in display order (python-bidi), as reportlab does neither.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from app.export.fonts import CJK, FontSet

_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")


def has_rtl(text: str) -> bool:
    return _RTL.search(text) is not None


def display_order(text: str) -> str:
    """Arabic letters joined, and a line holding right-to-left script reordered for display."""
    if not has_rtl(text):
        return text
    if _ARABIC.search(text):
        import arabic_reshaper

        text = arabic_reshaper.reshape(text)
    from bidi import get_display

    return "\n".join(get_display(line) for line in text.split("\n"))


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
