"""The handout's words (app/export/words.py): one language, or both by one rule (Spanish first, English in grey)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.export.words import SECOND, Words


def test_one_language_and_both():
    assert Words("en")._("Sticky-note walls") == "Sticky-note walls"
    assert Words("es")._("Sticky-note walls") == "Muros de notas"
    assert Words("bilingual")._("Sticky-note walls") == f'Muros de notas <font color="{SECOND}">/ Sticky-note walls</font>'
    long = Words("bilingual")._("No email in the roster: add one to print a contact code.")
    assert long.startswith("No hay correo en la lista") and f'<br/><font color="{SECOND}">No email' in long
    assert Words("bilingual").p_("Tables") == "Mesas / Tables"


def test_our_words_are_escaped_and_values_go_in_as_given():
    w = Words("es")
    assert w._("Protocol: {name}", name="<b>x</b>") == "Protocolo: <b>x</b>"     # values are markup already
    assert w._("Tests the change idea: {idea}", idea="A &amp; B") == "Prueba la idea de cambio: A &amp; B"


def test_plurals_and_dates_per_language():
    w = Words("bilingual")
    assert w.pn_("{n} dot", "{n} dots", 1) == "1 punto / 1 dot"
    assert w.pn_("{n} dot", "{n} dots", 3) == "3 puntos / 3 dots"
    day = dt.date(2027, 1, 21)
    said = w._("Day {number} · {date}", number=1, date=lambda one: one.date(day))
    assert said.startswith("Día 1 · jueves 21 de enero de 2027") and "Day 1 · Thursday 21 January 2027" in said


def test_a_language_we_do_not_have_is_one_sentence():
    with pytest.raises(ValueError, match="Language “fr”: choose en, es, bilingual."):
        Words("fr")
