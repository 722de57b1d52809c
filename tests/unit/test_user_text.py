"""The one rule for text people send or bring in: invisible controls out, joiners and line breaks kept."""

from __future__ import annotations

import unicodedata

from app.domain.user_text import without_controls


def test_bidi_and_other_invisible_controls_are_taken_out():
    assert without_controls("Ana \u202eziuR\u202c") == "Ana ziuR"
    assert without_controls("\u2066Lincoln\u2069 \u200fHigh\u200e\u061c") == "Lincoln High"
    assert without_controls("Zo\ufeffë\u2060\u00ad\x07\x1b[0m") == "Zoë[0m"


def test_line_breaks_tabs_and_the_joiners_scripts_need_are_kept():
    kept = "a\tb\nc\r\nक्\u200dष مى\u200cخواهم 👩\u200d🏫"
    assert without_controls(kept) == kept


def test_clean_text_is_returned_as_it_is():
    text = "Ngũgĩ wa Thiong'o · 李小龙"
    assert without_controls(text) is text


def test_no_format_or_control_character_is_left_but_the_kept_ones():
    every = "".join(chr(c) for c in range(0x3000) if unicodedata.category(chr(c)) in ("Cc", "Cf"))
    assert set(without_controls(every)) == set("\t\n\r\u200c\u200d")
