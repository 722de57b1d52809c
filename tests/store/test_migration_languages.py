"""Revision 0016 (languages): a file from before it opens with an English projector and handout, and its
protocols read as written; the new columns are written and read back."""

from __future__ import annotations

import shutil

from sqlalchemy import select

from app.services.protocols.rows import row_to_protocol
from app.store import models as m
from app.store.database import open_store
from tests.fixtures.revisions.make_fixtures import HERE as REVISIONS


def test_a_file_from_0015_opens_in_english_with_its_protocols_as_written(tmp_path):
    path = tmp_path / "old.convene"
    shutil.copy(REVISIONS / "0015.convene", path)
    store = open_store(path, tmp_path / "backups")
    try:
        with store.read() as s:
            c = s.scalars(select(m.Convening)).one()
            assert (c.projector_lang, c.handout_lang) == ("en", "en")
            rows = s.scalars(select(m.Protocol)).all()
            assert rows
            for row in rows:
                p = row_to_protocol(row)
                assert p.texts == () and all(step.texts == () for step in p.steps)
                assert p.in_language("es") == p
    finally:
        store.close()


def test_the_0016_fixture_keeps_its_languages(tmp_path):
    path = tmp_path / "new.convene"
    shutil.copy(REVISIONS / "0016.convene", path)
    store = open_store(path, tmp_path / "backups")
    try:
        with store.read() as s:
            c = s.scalars(select(m.Convening)).one()
            assert (c.projector_lang, c.handout_lang) == ("en+es", "bilingual")
            step = s.scalars(select(m.ProtocolStep)).first()
            assert row_to_protocol(step.protocol).in_language("es").steps[0].title == "Escribir"
    finally:
        store.close()
