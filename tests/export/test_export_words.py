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


def test_a_run_charts_signals_said_again_in_another_language_say_what_the_domain_says():
    """The handout says a run chart's signals again in its language from the same analysis: built in English, the
    sentences are the domain's own, word for word, whatever the series."""
    import random

    from app.domain.run_chart import analyse
    from app.export.handout import ChartPicture
    from app.export.sections.improvement import signal_words
    from app.export.words import One

    english = One("en")
    english.lang = "xx"            # take the path the other languages take, with English words
    rng = random.Random(26)
    series = [list(range(12)), list(range(12, 0, -1)), [1, 9] * 7, [5] * 12, [], [3, 4]]
    series += [[rng.randint(0, 10) for _ in range(rng.randint(0, 24))] for _ in range(200)]
    for values in series:
        for higher in (True, False):
            chart = analyse(values, higher)
            ch = ChartPicture("m", "", higher, "", tuple(dt.date(2027, 1, 1) for _ in values), chart.values,
                              chart.median, tuple((s.rule, s.first, s.last) for s in chart.signals),
                              tuple(chart.words()))
            assert signal_words(ch, english) == chart.words(), values
    two = analyse([3, 4], True)
    ch = ChartPicture("m", "", True, "", (dt.date(2027, 1, 1), dt.date(2027, 2, 1)), two.values, two.median, (),
                      tuple(two.words()))
    assert signal_words(ch, One("es")) == ["Por ahora solo hay 2 puntos: demasiado pocos para ver una señal."]
