"""A roster with two columns of the same heading: the import dialog says which one it imports."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.ui.people.import_dialog import ImportDialog

pytestmark = pytest.mark.gui


def test_the_dialog_says_which_of_two_name_columns_it_imports(qtbot, ui_ctx, tmp_path):
    path = tmp_path / "registration.csv"
    path.write_text("Name,Email,Name\nAna,ana@school.org,Ana Ruiz\nBen,ben@school.org,Ben Cho\n", encoding="utf-8")
    dlg = ImportDialog(ui_ctx, "participants", path)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.mapping_table.combos["name"].currentText() == "Name  (column A)"
    assert dlg.ignored_label.text() == "Not imported: Name (column C; column A is imported)"
    assert dlg.preview_names() == ["Ana", "Ben"]
    dlg.set_mapping("name", 2)  # the facilitator picks the other one: the dialog follows
    assert dlg.ignored_label.text() == "Not imported: Name (column A; column C is imported)"
    assert dlg.preview_names() == ["Ana Ruiz", "Ben Cho"]
    for size in ((1024, 700), (1120, 760)):
        dlg.resize(*size)
        picture = dlg.grab()
        assert not picture.isNull()
        if os.environ.get("CONVENE_LOOK_DIR"):
            picture.save(str(Path(os.environ["CONVENE_LOOK_DIR"]) / f"import-same-headings-{size[0]}.png"))
