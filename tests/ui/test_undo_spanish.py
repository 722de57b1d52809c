"""Edit > Undo and Redo in a Spanish console: the prefix is Spanish and the step after it too."""

from __future__ import annotations

import pytest

from app.domain.commitments.model import CommitmentData

pytestmark = pytest.mark.gui


@pytest.fixture
def es_console(spanish, console):
    assert console.open_demo(), console.last_error
    return console


def test_edit_undo_and_redo_read_in_spanish(es_console):
    c = es_console
    services = c.ctx.services
    team_id, team = services.commitments.teams()[0]
    services.commitments.add(team_id, CommitmentData("Llamar a cada familia antes del viernes"))
    assert c.undo_action.text() == f"&Deshacer añadir un compromiso de {team}"
    assert c.undo_action.isEnabled()
    c.undo_action.trigger()
    assert c.redo_action.text() == f"&Rehacer añadir un compromiso de {team}"
    edit = c.menuBar().actions()[1].menu()
    texts = [a.text() for a in edit.actions() if a.text()]
    print(texts)
    assert texts[0].startswith("&Deshacer") and texts[1].startswith("&Rehacer")
