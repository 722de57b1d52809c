"""User text into reportlab markup: escaped, CJK in its own font, right-to-left put in display order."""

from __future__ import annotations

from app.export.fonts import CJK, register
from app.export.text import display_order, markup


def test_markup_characters_are_escaped():
    assert markup("a < b & c > d <b>x</b>", register()) == "a &lt; b &amp; c &gt; d &lt;b&gt;x&lt;/b&gt;"


def test_line_breaks_are_kept():
    assert markup("one\ntwo\r\nthree", register()) == "one<br/>two<br/>three"


def test_cjk_runs_get_the_cjk_font_and_latin_stays():
    assert markup("Kim 김민준 & 陈美玲!", register()) == (
        f'Kim <font name="{CJK}">김민준 </font>&amp; <font name="{CJK}">陈美玲</font>!'
    )


def test_hebrew_is_drawn_right_to_left():
    # Drawn left to right, the last letter comes first.
    assert display_order("דוד כהן") == "ןהכ דוד"


def test_arabic_is_joined_and_drawn_right_to_left():
    shown = display_order("ليلى")
    # Presentation forms: final alef maksura is drawn first (leftmost), initial lam last (rightmost).
    assert shown[0] == "\ufef0" and shown[-1] == "\ufedf"
    assert len(shown) == 4


def test_left_to_right_text_is_untouched():
    assert display_order("Nguyễn Thị Lan, Σωκράτης, Дмитрий") == "Nguyễn Thị Lan, Σωκράτης, Дмитрий"


def test_overruns_under_a_minute_are_seconds():
    from app.export.styles import minutes_text

    assert minutes_text(45) == "45 s"
    assert minutes_text(120) == "2 min"
