"""File > New suggests a file name made from the title: safe on every system, never cut at a "/"."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.ui.console.new_dialog import NewConveningDialog, suggested_file_name

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("title, expected", [
    ("Spring Convening", "Spring Convening.convene"),
    ("Math / Science: Year 2", "Math - Science- Year 2.convene"),
    ('a\\b<c>d"e|f?g*h', "a-b-c-d-e-f-g-h.convene"),
    ("   ", "Convening.convene"),
    ("///", "Convening.convene"),
    ("...hidden", "hidden.convene"),
    ("CON", "Convening CON.convene"),
    ("Tab\tand\nnewline", "Tab and newline.convene"),
])
def test_suggested_file_name_is_safe(title, expected):
    assert suggested_file_name(title) == expected


def test_a_long_title_is_capped():
    name = suggested_file_name("Belonging in Math " * 20)
    assert name.endswith(".convene") and len(name) <= 80 + len(".convene")
    assert not name[: -len(".convene")].endswith(" ")
    assert len(suggested_file_name("é" * 300).encode()) <= 200 + len(".convene")


def test_new_convening_suggests_the_whole_title(console, monkeypatch, tmp_path):
    """The save dialog opens on a name that keeps every word of a title with a "/" in it."""
    from app.ui.console import window as window_module

    def accept(dlg):
        dlg.title.setText("Spring 2027 / Day 1: Math")
        return NewConveningDialog.DialogCode.Accepted

    asked = {}

    def save_as(parent, caption, suggested, filt):
        asked["suggested"] = suggested
        return str(tmp_path / Path(suggested).name), filt

    monkeypatch.setattr(NewConveningDialog, "exec", accept)
    monkeypatch.setattr(window_module.QFileDialog, "getSaveFileName", staticmethod(save_as))
    console.new_convening()
    assert Path(asked["suggested"]).name == "Spring 2027 - Day 1- Math.convene"
    assert (tmp_path / "Spring 2027 - Day 1- Math.convene").exists()
