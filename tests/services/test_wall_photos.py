"""Photos of chart paper on a board, through the wall service on a real migrated file: the stored copy is a
fresh JPEG (no EXIF, no GPS location), upright, scaled down; bad files are refused in one sentence with
nothing stored; adding and removing are one undo step each; a board's other steps do not copy its photos."""

from __future__ import annotations

import io

import pytest
from sqlalchemy import func, select

from app.services.wall import photos as ph
from app.services.wall.service import WallError
from app.store import models as m
from tests.services.photo_files import phone_jpeg, png


def _stored(services, photo_id):
    from PIL import Image

    return Image.open(io.BytesIO(services.wall.photos.image(photo_id)))


def _count(services) -> int:
    with services.workspace.require().read() as s:
        return s.scalar(select(func.count()).select_from(m.WallPhoto))


@pytest.fixture
def board(services):
    return services.wall.add_board("Barriers", "What gets in the way?")


def test_a_phone_photo_is_stored_without_its_exif_or_location(services, board):
    from PIL import Image

    raw = phone_jpeg()
    assert Image.open(io.BytesIO(raw)).getexif().get_ifd(0x8825), "the test photo does carry a GPS position"
    pid = services.wall.photos.add(board, raw, "Table 3's fishbone")
    im = _stored(services, pid)
    assert im.format == "JPEG"
    exif = im.getexif()
    assert len(exif) == 0 and not exif.get_ifd(0x8825), "no EXIF, no GPS position survives"
    assert "exif" not in im.info and "icc_profile" not in im.info
    stored = services.wall.photos.image(pid)
    assert b"PhoneMaker" not in stored
    (rec,) = services.wall.photos.of_board(board)
    assert (rec.caption, rec.width, rec.height, rec.source) == ("Table 3's fishbone", 640, 480, "file")


def test_a_photo_taken_sideways_is_stored_upright(services, board):
    pid = services.wall.photos.add(board, phone_jpeg(640, 480, orientation=6))
    assert _stored(services, pid).size == (480, 640)


def test_a_big_photo_is_scaled_down_to_the_long_side(services, board):
    pid = services.wall.photos.add(board, phone_jpeg(4000, 3000))
    im = _stored(services, pid)
    assert max(im.size) <= ph.LONG_SIDE and im.size[0] > im.size[1]
    assert abs(im.size[0] / im.size[1] - 4 / 3) < 0.01


def test_a_png_with_transparency_is_stored_as_jpeg_on_white(services, board):
    pid = services.wall.photos.add(board, png(alpha=True))
    im = _stored(services, pid)
    assert im.format == "JPEG" and im.mode == "RGB"
    assert im.getpixel((10, 10)) >= (250, 250, 250)


@pytest.mark.parametrize("data,words", [
    (b"%PDF-1.4 not a photo at all", "notes.pdf is not a JPEG or PNG photo"),
    (phone_jpeg()[:300], "notes.pdf is not a JPEG or PNG photo"),   # cut short
])
def test_a_file_that_is_not_a_photo_is_refused_by_name_and_nothing_is_stored(services, board, data, words):
    with pytest.raises(WallError, match=words):
        services.wall.photos.add(board, data, name="notes.pdf")
    assert _count(services) == 0


def test_a_gif_is_refused(services, board):
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (10, 10)).save(out, "GIF")
    with pytest.raises(WallError, match="party.gif is not a JPEG or PNG"):
        services.wall.photos.add(board, out.getvalue(), name="party.gif")
    assert _count(services) == 0


def test_a_file_over_the_size_limit_is_refused_in_one_sentence(services, board, tmp_path):
    big = tmp_path / "huge.jpg"
    big.write_bytes(phone_jpeg() + b"\0" * (ph.MAX_BYTES + 1))
    with pytest.raises(WallError, match=r"^huge.jpg is 15 MB; a photo can be at most 15 MB, so nothing was added.$"):
        services.wall.photos.add_file(board, big)
    assert _count(services) == 0


def test_adding_and_removing_a_photo_are_one_undo_step_each(services, board):
    wall, history = services.wall, services.history
    pid = wall.photos.add(board, phone_jpeg(), "Gallery walk")
    assert history.undo_label() == "add the photo “Gallery walk”"
    history.undo()
    assert wall.photos.of_board(board) == []
    history.redo()
    assert [p.caption for p in wall.photos.of_board(board)] == ["Gallery walk"]
    kept = wall.photos.image(pid)
    wall.photos.remove(pid)
    assert history.undo_label() == "remove a photo" and wall.photos.of_board(board) == []
    history.undo()
    assert wall.photos.image(pid) == kept, "undo puts the same image back"


def test_a_note_step_on_a_board_with_photos_copies_no_image(services, board):
    wall, history = services.wall, services.history
    wall.photos.add(board, phone_jpeg())
    n = wall.add_note(board, "Late buses")
    wall.make_cluster(board, [n], "Getting there")
    step = history._undo[-1]
    assert not any(name == "wall_photo" for snap in step.before + step.after for name, _ in snap.rows)
    history.undo()
    assert len(wall.photos.of_board(board)) == 1


def test_deleting_a_board_takes_its_photos_and_undo_brings_them_back(services, board):
    wall, history = services.wall, services.history
    wall.photos.add(board, phone_jpeg(), "Chart 1")
    wall.delete_board(board)
    assert _count(services) == 0
    history.undo()
    assert [p.caption for p in wall.photos.of_board(board)] == ["Chart 1"]


def test_a_caption_too_long_is_refused(services, board):
    with pytest.raises(WallError, match="under 200 characters"):
        services.wall.photos.add(board, phone_jpeg(), "x" * 201)
    assert _count(services) == 0


def test_an_image_of_too_many_pixels_is_refused_before_it_is_decoded(services, board):
    import struct
    import zlib

    raw = bytearray(png(1, 1))    # the header says 20000 x 20000 (400 million pixels); the data is one pixel
    ihdr = raw.index(b"IHDR")
    raw[ihdr + 4: ihdr + 12] = struct.pack(">II", 20000, 20000)
    raw[ihdr + 17: ihdr + 21] = struct.pack(">I", zlib.crc32(bytes(raw[ihdr: ihdr + 17])))
    with pytest.raises(WallError, match=r"^poster.png has too many pixels to read \(at most 80 million\), so nothing was added.$"):
        services.wall.photos.add(board, bytes(raw), name="poster.png")
    assert _count(services) == 0


def test_an_image_over_our_pixel_limit_but_under_pillows_is_refused_too(services, board):
    import struct
    import zlib

    raw = bytearray(png(1, 1))    # 9000 x 9000: 81 million pixels, over our 80 million, under Pillow's warning
    ihdr = raw.index(b"IHDR")
    raw[ihdr + 4: ihdr + 12] = struct.pack(">II", 9000, 9000)
    raw[ihdr + 17: ihdr + 21] = struct.pack(">I", zlib.crc32(bytes(raw[ihdr: ihdr + 17])))
    with pytest.raises(WallError, match="^big.png has too many pixels to read"):
        services.wall.photos.add(board, bytes(raw), name="big.png")
    assert _count(services) == 0
