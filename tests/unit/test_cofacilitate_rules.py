"""What a co-facilitator's device may send: actions read and checked before anything reaches a service."""

from __future__ import annotations

import pytest

from app.domain.cofacilitate.rules import CUE_LIMIT, Action, ActionProblem, read_action, read_cue, read_name
from app.domain.cofacilitate.texts import BREAKOUT, TEXTS, cue_words


@pytest.mark.parametrize("data, action", [
    ({"seq": 1, "kind": "tap", "person": 4}, Action(1, "tap", person=4)),
    ({"seq": 7, "kind": "code", "position": 3}, Action(7, "code", position=3)),
    ({"seq": 2, "kind": "next", "person": 9}, Action(2, "next")),          # a field it does not need is ignored
    ({"seq": 3, "kind": "cue", "text": "two_minutes"}, Action(3, "cue", text="two_minutes")),
    ({"seq": 4, "kind": "cue", "text": " Mic\u202e  for\ttable 4 "}, Action(4, "cue", text="Mic for table 4")),
])
def test_actions_are_read(data, action):
    assert read_action(data) == action


@pytest.mark.parametrize("data", [
    [], "tap", {"kind": "tap", "person": 1}, {"seq": 0, "kind": "tap", "person": 1},
    {"seq": True, "kind": "silence"}, {"seq": 1.5, "kind": "silence"}, {"seq": 2**31, "kind": "silence"},
    {"seq": 1, "kind": "drop"}, {"seq": 1, "kind": "tap"}, {"seq": 1, "kind": "tap", "person": "4"},
    {"seq": 1, "kind": "tap", "person": -1}, {"seq": 1, "kind": "code", "position": 4},
    {"seq": 1, "kind": "cue", "text": 5}, {"seq": 1, "kind": "cue", "text": "   "},
])
def test_anything_else_is_refused_in_a_sentence_key(data):
    with pytest.raises(ActionProblem) as refused:
        read_action(data)
    assert refused.value.key in TEXTS["en"]


def test_a_cue_over_the_limit_is_refused_as_too_long():
    assert read_cue("x" * CUE_LIMIT) == "x" * CUE_LIMIT
    with pytest.raises(ActionProblem) as refused:
        read_cue("x" * (CUE_LIMIT + 1))
    assert (refused.value.key, refused.value.status) == ("cue_long", 413)


def test_names_are_cleaned_and_limited():
    assert read_name("  Maria’s\u200b   phone ") == "Maria’s phone"
    for bad, key in (("", "name_empty"), ("\u202e", "name_empty"), ("x" * 41, "name_long")):
        with pytest.raises(ActionProblem, match=key):
            read_name(bad)


def test_every_word_is_in_both_languages_and_ready_cues_are_said_in_words():
    assert set(TEXTS["en"]) == set(TEXTS["es"])
    assert set(BREAKOUT["en"]) == set(BREAKOUT["es"])
    assert cue_words("slow_down") == "Slow down for the interpreters"
    assert cue_words("slow_down", "es") == "Más despacio para la interpretación"
    assert cue_words("Mic for table 4") == "Mic for table 4"
