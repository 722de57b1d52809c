"""A protocol's Spanish travels with it: into the convening file, through an agenda item, out to a file and
back; the convening's projector language is kept in the file."""

from __future__ import annotations

import dataclasses

import pytest

from app.i18n.languages import LanguageError
from app.services.core.changes import ConveningChanged
from app.services.protocols import library
from tests.services.test_protocol_service import add_item

CHALK = "Chalk Talk"


def test_attaching_copies_the_spanish_into_the_file(services):
    item = add_item(services.workspace, minutes=20)
    services.protocols.attach(item, CHALK)
    kept = services.protocols.item_protocol(item)
    assert services.protocols.in_file(CHALK)
    assert kept.in_language("es").steps[0].title == library.find(CHALK).in_language("es").steps[0].title
    assert kept.in_language("es").name == "Conversación en silencio"


def test_duplicate_and_export_keep_the_spanish(services, tmp_path):
    copy = services.protocols.duplicate(CHALK)
    assert services.protocols.get(copy).in_language("es").steps[1].prompt == "Escribe. Lee. Responde. En silencio."
    out = tmp_path / "chalk.toml"
    services.protocols.export(copy, out)
    assert "[steps.es]" in out.read_text(encoding="utf-8")


def test_the_projector_language_is_kept_in_the_file_and_announced(services):
    ws = services.workspace
    seen = []
    owner = ws.bus.owner("test")
    owner.on(ConveningChanged, seen.append)
    try:
        assert ws.projector_lang() == "en"
        assert ws.set_projector_lang("bilingual") == "en+es"
        assert ws.projector_lang() == "en+es" and len(seen) == 1
        ws.set_projector_lang("es")
        assert ws.projector_lang() == "es"
        with pytest.raises(LanguageError, match="“fr” is not a projector language"):
            ws.set_projector_lang("fr")
        assert ws.projector_lang() == "es" and len(seen) == 2
    finally:
        owner.close()


def test_an_edit_from_the_console_keeps_the_spanish_of_what_it_left_alone(services):
    """The editor builds the protocol from its English fields only; saving keeps each Spanish text whose English
    did not change, and drops the Spanish of a text that now says something else."""
    original = library.find(CHALK)
    steps = list(original.steps)
    steps[1] = dataclasses.replace(steps[1], prompt="Write. Read. Answer. Quietly.", texts=())
    steps = [dataclasses.replace(s, texts=()) for s in steps]
    edited = dataclasses.replace(original, purpose="Our network's own reason.", texts=(), steps=tuple(steps))
    services.protocols.save(edited, replacing=CHALK)
    kept = services.protocols.get(CHALK).in_language("es")
    assert kept.name == "Conversación en silencio"            # the English name did not change
    assert kept.purpose == "Our network's own reason."        # changed in English: no stale Spanish
    assert kept.steps[1].title == "Escritura en silencio"      # the step's title did not change
    assert kept.steps[1].prompt == "Write. Read. Answer. Quietly."
    assert kept.steps[0].prompt == original.in_language("es").steps[0].prompt
