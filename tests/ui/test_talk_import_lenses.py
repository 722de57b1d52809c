"""The import dialog previews lens columns, lets the user choose or create a lens, and imports the values."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.domain.people.fields import PARTICIPANTS
from app.ui.people.import_dialog import ImportDialog

pytestmark = pytest.mark.gui
ROSTERS = Path(__file__).resolve().parents[1] / "fixtures" / "rosters"


def test_lens_columns_preview_choose_and_import(qtbot, ui_ctx):
    talk = ui_ctx.services.talk
    talk.add_lens("Years in the network")
    dlg = ImportDialog(ui_ctx, PARTICIPANTS, ROSTERS / "lens_google_forms.csv")
    qtbot.addWidget(dlg)
    dlg.show()
    box = dlg.lens_box
    headers = dlg.plan.headers
    race = headers.index("Race/ethnicity (select all that apply)")
    gender = headers.index("Gender identity (optional)")
    years = headers.index("Years in the network")
    assert box.combos[race].currentData() == "Race/ethnicity"
    assert box.combos[years].currentText() == "Years in the network"  # the existing lens, not a new one
    heads = [dlg.preview.horizontalHeaderItem(c).text() for c in range(dlg.preview.columnCount())]
    col = heads.index("Race/ethnicity (new)")
    assert dlg.preview.item(0, col).text() == "Latinx · Indigenous", "the preview shows the cell split"
    box.choose(gender, None)  # not this one
    box.choose(headers.index("Home language"), "Language at home")  # a lens named by the user
    assert {c.lens for c in dlg.plan.lens_columns} == {"Race/ethnicity", "Years in the network", "Language at home"}
    if os.environ.get("CONVENE_LOOK_DIR"):
        dlg.resize(1280, 820)
        dlg.grab().save(os.path.join(os.environ["CONVENE_LOOK_DIR"], "import-lenses.png"))
    report = dlg.accept_import()
    assert report is not None and report.added == 5
    talk._invalidate()
    names = {lens.name for lens in talk.lenses()}
    assert names == {"Years in the network", "Race/ethnicity", "Language at home"}
