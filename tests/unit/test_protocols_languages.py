"""Protocols in two languages: the file format's optional `[es]` tables, the 15 library protocols in Spanish,
and older files (no `[es]`) opening as before."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.domain.protocols import ProtocolFormatError, parse_protocol, protocol_to_toml

LIBRARY = Path(__file__).resolve().parents[2] / "resources" / "protocols"
FILES = sorted(LIBRARY.glob("*.toml"))

OLD_FILE = '''format = 1
name = "Quick Round"
purpose = "Hear from everyone once."
when_to_use = "At the start of a session."
credit = "Our own."
minutes = 3
group_size = "Any"
roles = ["facilitator", "participants"]

[[steps]]
title = "Round"
minutes = 3
speakers = ["participants"]
script = "Go round the room."
prompt = "One word each."
'''


def _without_spanish(text: str) -> str:
    """A library file as an older Convene wrote it: the `[es]` and `[steps.es]` tables taken out."""
    return re.sub(r"(?ms)^\[(?:steps\.)?es\]\n.*?(?=^\[|\Z)", "", text)


def test_an_older_file_without_other_languages_opens_as_before():
    p = parse_protocol(OLD_FILE, "quick-round.toml")
    assert p.texts == () and p.steps[0].texts == ()
    assert p.languages() == ()
    assert p.in_language("es") == p   # nothing in Spanish: every text as written


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_each_library_file_also_opens_without_its_spanish(path: Path):
    text = path.read_text(encoding="utf-8")
    old = parse_protocol(_without_spanish(text), path.name)
    new = parse_protocol(text, path.name)
    assert "[es]" not in _without_spanish(text)
    assert old.texts == () and all(s.texts == () for s in old.steps)
    assert (new.name, new.purpose, [(s.title, s.prompt, s.script, s.minutes) for s in new.steps]) == (
        old.name, old.purpose, [(s.title, s.prompt, s.script, s.minutes) for s in old.steps])


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_each_library_protocol_is_in_spanish_where_the_room_reads_it(path: Path):
    p = parse_protocol(path.read_text(encoding="utf-8"), path.name)
    es = p.in_language("es")
    assert p.languages() == ("es",)
    assert es.name != p.name and es.purpose != p.purpose and es.when_to_use != p.when_to_use
    assert es.credit == p.credit   # the credit line stays as written
    assert es.group_size != p.group_size
    for field in ("materials", "norms", "equity_moves"):   # the lists, item for item
        mine, theirs = getattr(es, field), getattr(p, field)
        assert len(mine) == len(theirs) and not set(mine) & set(theirs), field
    for step, step_es in zip(p.steps, es.steps):
        assert step_es.title != step.title, step.title
        assert step_es.prompt != step.prompt, step.prompt
        assert step_es.script != step.script, step.script   # the facilitator's script too
        assert step_es.minutes == step.minutes and step_es.speakers == step.speakers
    assert parse_protocol(protocol_to_toml(p), "again") == p   # written out, read back: the same, Spanish too


def test_a_missing_spanish_field_reads_as_written():
    text = OLD_FILE.replace('prompt = "One word each."', 'prompt = "One word each."\n\n[steps.es]\ntitle = "Ronda"')
    p = parse_protocol(text, "x.toml")
    es = p.in_language("es")
    assert es.steps[0].title == "Ronda" and es.steps[0].prompt == "One word each."
    assert es.name == "Quick Round"


@pytest.mark.parametrize("addition, field, words", [
    ('[es]\nnombre = "Ronda rápida"\n', "es.nombre", 'unknown key "nombre"'),
    ('es = "Ronda rápida"\n', "es", "must be a table of texts in that language"),
    ('[es]\nname = ""\n', "es.name", "must not be empty"),
])
def test_a_bad_spanish_table_is_refused_with_where_and_why(addition, field, words):
    head, steps = OLD_FILE.split("[[steps]]")
    text = head + addition + "\n[[steps]]" + steps
    with pytest.raises(ProtocolFormatError) as err:
        parse_protocol(text, "x.toml")
    assert err.value.field == field and words in str(err.value)
    assert err.value.line is not None


def test_a_spanish_prompt_longer_than_the_projector_shows_is_refused():
    text = OLD_FILE + '\n[steps.es]\nprompt = "' + "palabra " * 40 + '"\n'
    with pytest.raises(ProtocolFormatError) as err:
        parse_protocol(text, "x.toml")
    assert err.value.field == "steps[1].es.prompt" and "the projector shows at most" in str(err.value)
