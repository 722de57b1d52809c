"""Photos of chart paper from the console's Wall tab (a real console over the demo): Add photo… with a
caption, an image file dropped on the tab, a refused file said in one sentence with nothing stored,
Remove and Edit > Undo; the photo is then the Wall scene's last page on the projector."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from tests.services.photo_files import phone_jpeg

pytestmark = pytest.mark.gui


@pytest.fixture
def tab(demo_console):
    c = demo_console
    t = c.tab_widgets["Wall"]
    c.tabs.setCurrentWidget(t)
    return t


def _drop(widget, paths) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted(), "the tab takes an image file dragged over it"
    drop = QDropEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, drop)
    return drop


def test_add_photo_with_a_caption_lists_it_and_puts_it_on_the_projector(demo_console, tab, tmp_path):
    photos = demo_console.ctx.services.wall.photos
    board = tab.board.board_id
    f = tmp_path / "IMG_2041.jpg"
    f.write_bytes(phone_jpeg())
    tab.photo_row.caption.setText("Table 3's fishbone")
    assert tab.photo_row.add_file(f) is not None
    assert [p.caption for p in photos.of_board(board)] == ["Table 3's fishbone"]
    assert tab.photo_row.chosen.currentText() == "1. Table 3's fishbone"
    assert tab.photo_row.caption.text() == "", "the caption is for one photo"
    assert "IMG_2041.jpg" in tab.status.text()
    demo_console.projector.set_scene("wall")
    scene = demo_console.projector.scenes["wall"]
    from tests.ui.scene_helpers import render

    render(scene, (1024, 768))
    scene.page = scene.pages - 1
    render(scene, (1024, 768), name="console-photo")
    assert scene.page_kind == "photo"
    import os

    look = os.environ.get("CONVENE_LOOK_DIR")
    if look:
        for w, h in ((1366, 768), (1024, 768)):
            demo_console.resize(w, h)
            demo_console.grab().save(f"{look}/console-wall-photos-{w}x{h}.png")


def test_an_image_dropped_on_the_tab_is_added_and_another_file_is_not_taken(demo_console, tab, tmp_path):
    photos = demo_console.ctx.services.wall.photos
    f = tmp_path / "chart.png"
    from tests.services.photo_files import png

    f.write_bytes(png())
    _drop(tab, [f])
    assert len(photos.of_board(tab.board.board_id)) == 1
    other = tmp_path / "notes.csv"
    other.write_text("text\nhello\n")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(other))])
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(tab, enter)
    assert not enter.isAccepted()


def test_a_file_that_is_not_a_photo_is_refused_in_one_sentence(demo_console, tab, tmp_path):
    photos = demo_console.ctx.services.wall.photos
    f = tmp_path / "scan.jpg"
    f.write_bytes(b"this is not a jpeg at all")
    assert tab.photo_row.add_file(f) is None
    assert tab.status.text() == "scan.jpg is not a JPEG or PNG photo Convene can read, so nothing was added."
    assert photos.of_board(tab.board.board_id) == []
    assert not tab.photo_row.remove_button.isEnabled()


def test_remove_then_undo_brings_the_photo_back(demo_console, tab, tmp_path, qtbot):
    photos = demo_console.ctx.services.wall.photos
    board = tab.board.board_id
    f = tmp_path / "IMG_1.jpg"
    f.write_bytes(phone_jpeg())
    tab.photo_row.add_file(f)
    qtbot.mouseClick(tab.photo_row.remove_button, Qt.MouseButton.LeftButton)
    assert photos.of_board(board) == []
    assert tab.photo_row.chosen.currentText() == "No photos yet"
    assert demo_console.undo_action.text().endswith("remove a photo") or "remove a photo" in \
        demo_console.ctx.services.history.undo_label()
    demo_console.undo_action.trigger()   # Edit > Undo
    assert len(photos.of_board(board)) == 1
    assert tab.photo_row.chosen.currentText() == "1. No caption"


def test_show_puts_the_chosen_photo_on_the_projector(demo_console, tab, tmp_path, qtbot):
    from tests.ui.scene_helpers import render

    for k in (1, 2):
        f = tmp_path / f"IMG_{k}.jpg"
        f.write_bytes(phone_jpeg(colour="orange" if k == 1 else "green"))
        tab.photo_row.caption.setText(f"Chart {k}")
        tab.photo_row.add_file(f)
    first = tab.photo_row.chosen.itemData(0)
    tab.photo_row.chosen.setCurrentIndex(0)
    qtbot.mouseClick(tab.photo_row.show_button, Qt.MouseButton.LeftButton)
    assert demo_console.projector.scene_id == "wall"
    scene = demo_console.projector.scenes["wall"]
    render(scene, (1024, 768))
    assert scene.page_kind == "photo" and scene.shown_photo == first
    assert scene.page == scene.pages - 2, "the first of two photos: the page before the last"


def test_a_phones_photo_waiting_under_moderation_is_put_up_from_the_tab(demo_console, tab, qtbot):
    from app.services.wall.photos import encode

    photos = demo_console.ctx.services.wall.photos
    board = tab.board.board_id
    pid = photos.add_encoded(board, encode(phone_jpeg()), "Table 5", source="phone", waiting=True)
    row = tab.photo_row
    assert row.chosen.currentText() == "1. Table 5 (waiting: from a phone)"
    assert row.accept_button.isEnabled() and not row.show_button.isEnabled()
    qtbot.mouseClick(row.accept_button, Qt.MouseButton.LeftButton)
    assert not photos.of_board(board)[0].waiting and photos.of_board(board)[0].id == pid
    assert row.chosen.currentText() == "1. Table 5 (from a phone)"
    assert row.show_button.isEnabled() and not row.accept_button.isEnabled()
