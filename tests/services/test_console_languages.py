"""A convening's projector and handout languages: stored in the file (migration 0016), checked, announced."""

from __future__ import annotations

import sqlite3

import pytest

from app.services.core.changes import ConveningChanged
from app.services.core.workspace import LanguageError, Workspace


def test_a_new_convening_is_in_english(workspace):
    langs = workspace.languages()
    assert (langs.projector, langs.handout) == ("en", "en")


def test_set_languages_is_kept_in_the_file_and_survives_reopening(workspace, clock, data_dir):
    heard = []
    owner = workspace.bus.owner("test")
    owner.on(ConveningChanged, heard.append)
    workspace.set_languages("es+en", "bilingual")
    owner.close()
    assert heard, "the projector and the handout hear that the convening changed"
    path = workspace.path
    workspace.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT projector_lang, handout_lang FROM convening").fetchone() == ("es+en", "bilingual")
    again = Workspace(clock, data_dir)
    again.open(path)
    assert again.languages().projector == "es+en"
    assert again.languages().handout == "bilingual"
    again.close()


@pytest.mark.parametrize(("projector", "handout", "named"), [
    ("fr", "en", "Projector language"), ("en", "en+es", "Handout language"), ("ES", "es", "Projector language"),
])
def test_an_unknown_language_changes_nothing_and_says_which(workspace, projector, handout, named):
    workspace.set_languages("es", "es")
    with pytest.raises(LanguageError, match=named):
        workspace.set_languages(projector, handout)
    langs = workspace.languages()
    assert (langs.projector, langs.handout) == ("es", "es")


def test_a_file_from_before_the_languages_opens_in_english(tmp_path, clock, data_dir):
    import shutil
    from pathlib import Path

    old = tmp_path / "older.convene"
    shutil.copy(Path(__file__).parents[1] / "fixtures" / "revisions" / "0015.convene", old)
    ws = Workspace(clock, data_dir)
    ws.open(old)   # upgraded to 0016 on opening, after a backup
    langs = ws.languages()
    ws.close()
    assert (langs.projector, langs.handout) == ("en", "en")
