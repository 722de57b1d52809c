"""People > Lenses…: define a lens, mark it sensitive, type values (split), undo."""

from __future__ import annotations

import pytest

from app.services.people.records import ParticipantData

pytestmark = pytest.mark.gui


def test_define_a_lens_type_values_and_undo(qtbot, ui_ctx):
    from app.ui.people.participants_tab import ParticipantsTab

    people = ui_ctx.services.people
    ana = people.add_participant(ParticipantData(name="Ana"))
    people.add_participant(ParticipantData(name="Ben"))
    tab = ParticipantsTab(ui_ctx)
    qtbot.addWidget(tab)
    dialog = tab.open_lenses()
    qtbot.addWidget(dialog)
    dialog.new_name.setText("Race/ethnicity")
    dialog.add_lens()
    talk = ui_ctx.services.talk
    lens = talk.lens_by_name("Race/ethnicity")
    assert lens is not None and dialog.lens_id() == lens.id
    dialog.sensitive.setChecked(True)
    dialog._set_sensitive(True)
    assert talk.lens(lens.id).sensitive and "(sensitive)" in dialog.lens_list.currentItem().text()
    dialog.set_value(ana, "Black, Latinx")
    assert talk.values(lens.id)[ana] == ("Black", "Latinx")
    row = next(r for r in range(dialog.people.rowCount()) if dialog.people.item(r, 0).text() == "Ana")
    assert dialog.people.item(row, 1).text() == "Black; Latinx", "shown as stored"
    dialog.new_name.setText("race/ethnicity")
    dialog.add_lens()
    assert "already a lens" in dialog.problem.text()
    ui_ctx.services.history.undo()
    assert ana not in talk.values(lens.id)
