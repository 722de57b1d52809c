"""Photos of chart paper on the projector: a page of the Wall scene per photo, after the clusters' pages, the
photo scaled to fit and its caption readable (>= 5% of the height) at 1024x768 and 1920x1080; the clicker's
PageDown reaches them; nothing overlaps or leaves the screen. What is drawn is read back from the painter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QColor

from tests.services.photo_files import phone_jpeg
from tests.ui.scene_helpers import make_scene, render, scene_context
from tests.ui.test_wall_pages import drawn_runs

pytestmark = pytest.mark.gui
SIZES = [(1024, 768), (1920, 1080)]
CAPTION = "Table 3's fishbone, before the gallery walk"


@pytest.fixture
def ctx(qapp, demo_services, clock):
    c = scene_context(demo_services, clock)
    yield c
    c.ui.close()


def _add_photos(ctx):
    wall = ctx.services.wall
    board = wall.boards()[0].id
    wide = wall.photos.add(board, phone_jpeg(3000, 2000, colour="orange"), CAPTION)
    tall = wall.photos.add(board, phone_jpeg(900, 1500, colour="green"))
    from app.ui.wall.board import shared_board

    shared_board(ctx).reload()
    return wide, tall


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_each_photo_has_a_page_after_the_clusters_with_its_caption(ctx, size):
    scene = make_scene(ctx, "wall")
    render(scene, size)
    before = scene.pages
    wide, tall = _add_photos(ctx)
    scene.on_data_changed()
    render(scene, size)
    assert scene.pages == before + 2
    w, h = size
    screen = QRectF(0, 0, w, h)
    for page, photo, caption, hue in ((before, wide, CAPTION, "orange"), (before + 1, tall, "Photo 2 of 2", "green")):
        scene.page = page
        runs = drawn_runs(scene, size)
        image = render(scene, size, name=f"wall-photo-page{page + 1}")
        assert scene.page_kind == "photo" and scene.shown_photo == photo
        assert caption in " ".join(r.text for r in runs)
        for r in runs:
            assert r.px >= 0.04 * h - 0.5, f"{r} is under 4% of {h}"
            assert screen.contains(r.rect), f"{r} leaves the screen"
        assert all(r.px >= 0.05 * h - 0.5 for r in runs if r.text in caption), "the caption at 5% or more"
        box = dict(scene.drawn)["photo.image"]
        assert QRect(0, 0, w, h).contains(box)
        assert box.height() >= 0.6 * h or box.width() >= 0.8 * w, "the photo fills the room left"
        for r in runs:
            assert not r.rect.intersects(QRectF(box)), f"{r} overlaps the photo"
        want = QColor(hue)
        row = [image.pixelColor(box.x() + box.width() * k // 12, box.center().y()) for k in range(1, 12)]
        near = [c for c in row if abs(c.red() - want.red()) < 40 and abs(c.green() - want.green()) < 40]
        assert len(near) >= 6, "the photo is drawn (its colour between the stripes)"
    assert scene.turn(+1) is False, "the last photo is the last page"


def test_pagedown_from_the_last_cluster_page_shows_the_photo(ctx):
    scene = make_scene(ctx, "wall")
    _add_photos(ctx)
    render(scene, (1024, 768))
    scene.page = scene.pages - 3
    render(scene, (1024, 768))
    assert scene.page_kind in ("cluster", "loose")
    assert scene.turn(+1)
    render(scene, (1024, 768))
    assert scene.page_kind == "photo"


def test_photos_wait_while_the_notes_come_in_blind(ctx):
    wall = ctx.services.wall
    _add_photos(ctx)
    wall.set_collecting(wall.boards()[0].id, True)
    from app.ui.wall.board import shared_board

    shared_board(ctx).reload()
    scene = make_scene(ctx, "wall")
    render(scene, (1024, 768))
    assert scene.pages == 1 and scene.page_kind == "collecting"


def test_a_photo_waiting_under_moderation_has_no_page_until_it_is_put_up(ctx):
    from app.services.wall.photos import encode
    from app.ui.wall.board import shared_board

    wall = ctx.services.wall
    board = wall.boards()[0].id
    scene = make_scene(ctx, "wall")
    render(scene, (1024, 768))
    before = scene.pages
    pid = wall.photos.add_encoded(board, encode(phone_jpeg()), "From table 5", source="phone", waiting=True)
    shared_board(ctx).reload()
    scene.on_data_changed()
    render(scene, (1024, 768))
    assert scene.pages == before
    wall.photos.accept(pid)
    shared_board(ctx).reload()
    scene.on_data_changed()
    render(scene, (1024, 768))
    assert scene.pages == before + 1


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_a_caption_of_200_characters_is_read_whole_beside_the_photo(ctx, size):
    from tests.ui.test_wall_pages import squeeze

    wall = ctx.services.wall
    board = wall.boards()[0].id
    caption = ("Table 3's fishbone after the gallery walk: the blue notes are the causes in our control, the "
               "orange ones came from families, and the stars mark what the team will test first when it is back at schools")[:200]
    assert len(caption) == 200
    wall.photos.add(board, phone_jpeg(1000, 1400), caption)
    from app.ui.wall.board import shared_board

    shared_board(ctx).reload()
    scene = make_scene(ctx, "wall")
    render(scene, size)
    scene.page = scene.pages - 1
    runs = drawn_runs(scene, size)
    render(scene, size, name="wall-photo-long-caption")
    w, h = size
    assert squeeze(caption) in squeeze("".join(r.text for r in runs)), "the whole caption, not cut"
    assert not any(t.elided for t in scene.texts)
    box = QRectF(dict(scene.drawn)["photo.image"])
    for r in runs:
        assert r.px >= 0.04 * h - 0.5 and QRectF(0, 0, w, h).contains(r.rect)
        assert not r.rect.intersects(box), f"{r} overlaps the photo"
    assert box.height() >= 0.45 * h, "the photo still has most of the screen"
