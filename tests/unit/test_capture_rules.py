"""Room capture's rules without a network: rate limit over a fake clock, the form, the language."""

from __future__ import annotations

import pytest

from app.domain.capture.rules import MAX_NOTE_CHARS, FormProblem, RateLimit, is_token_shaped, read_form
from app.domain.capture.texts import TEXTS, choose_language
from app.services.capture.service import new_token


def test_rate_limit_allows_a_burst_then_refills_with_time():
    limit = RateLimit(burst=3, per_minute=6)   # one every 10 s
    assert [limit.allow("a", 0.0) for _ in range(4)] == [True, True, True, False]
    assert limit.allow("b", 0.0)               # another device is not held up
    assert not limit.allow("a", 9.0)
    assert limit.allow("a", 10.5)
    assert [limit.allow("a", 1000.0) for _ in range(4)] == [True, True, True, False]   # never above the burst


def test_rate_limit_forgets_the_oldest_devices_first():
    limit = RateLimit(burst=1, per_minute=1, devices=2)
    assert limit.allow("a", 0) and limit.allow("b", 0) and not limit.allow("a", 0)
    assert limit.allow("c", 0)        # "b" is forgotten now (a was seen more recently)
    assert limit.allow("b", 0)        # so it starts with a full bucket, and memory stays at 2 devices
    assert len(limit._buckets) == 2


def test_tokens_are_random_and_of_the_readable_alphabet():
    tokens = {new_token() for _ in range(200)}
    assert len(tokens) == 200 and all(is_token_shaped(t) for t in tokens)
    assert not any(ch in t for t in tokens for ch in "01ilo")


def test_the_form_is_trimmed_and_control_characters_dropped():
    got = read_form({"note": "  Late\x00 buses\r\n\r\n\r\nagain\u202e  ", "name": " Table\t 4 ", "n": "abc"}, False)
    assert (got.text, got.author, got.in_control, got.nonce) == ("Late buses\n\nagain", "Table 4", None, "abc")
    assert read_form({"note": "x", "ours": "yes"}, False).in_control is None   # only asked on a fishbone
    assert read_form({"note": "x", "ours": "yes"}, True).in_control is True
    assert read_form({"note": "x", "ours": "no"}, True).in_control is False
    assert read_form({"note": "x", "n": "<script>"}, False).nonce == ""


@pytest.mark.parametrize("fields,key,status", [
    ({"note": "   \n "}, "empty", 400),
    ({}, "empty", 400),
    ({"note": "é" * (MAX_NOTE_CHARS + 1)}, "too_long", 413),
    ({"note": "ok", "name": "n" * 81}, "name_too_long", 413),
])
def test_the_form_refuses_with_the_sentence_to_show(fields, key, status):
    with pytest.raises(FormProblem) as caught:
        read_form(fields, False)
    assert (caught.value.key, caught.value.status) == (key, status)
    assert key in TEXTS["en"] and key in TEXTS["es"]


def test_language_from_the_switch_then_the_phone_then_english():
    assert choose_language("es", "en-US") == "es"
    assert choose_language(None, "es-MX,es;q=0.9,en;q=0.8") == "es"
    assert choose_language(None, "fr-FR,en;q=0.5,es;q=0.7") == "es"
    assert choose_language(None, "fr-FR,de;q=0.5") == "en"
    assert choose_language("xx", None) == "en"
    assert choose_language(None, "es;q=abc,en") == "en"


def test_both_languages_have_every_sentence():
    assert set(TEXTS["en"]) == set(TEXTS["es"])
