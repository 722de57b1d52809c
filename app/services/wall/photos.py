"""Photos of a board's chart paper (`wall.photos`, a part of WallService): added from a file on the
console or from a phone on the capture page, shown on the projector as a page of the Wall scene and in
the handout under the board.

What is stored is never the file as it came: the image is decoded, turned upright, scaled down to at most
LONG_SIDE pixels on its long side and written again as a JPEG, so no EXIF (a phone's GPS location, its
make) survives. Pillow is imported only here, when a photo is first added. Adding or removing a photo is
one undo step (PHOTO: the photo's row only, so a step never copies the board's other photos).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy import select

from app.domain.user_text import without_controls
from app.i18n import _
from app.services.core.changes import WallChanged
from app.services.core.history import Hook
from app.services.wall.records import PhotoRecord, WallError
from app.store import models as m

if TYPE_CHECKING:
    from app.services.wall.service import WallService

PHOTO = Hook("wall_photo", ("wall_photo",))
MAX_BYTES = 15 * 1024 * 1024      # an upload or file larger than this is refused before it is decoded
LONG_SIDE = 2400                  # the stored copy's long side, at most (chart paper stays readable)
QUALITY = 85
CAPTION_CHARS = 200
MAX_PIXELS = 80_000_000           # a larger image is refused (a "decompression bomb"), not decoded


class Encoded(NamedTuple):
    jpeg: bytes
    width: int
    height: int


def clean_caption(text: str) -> str:
    value = " ".join(without_controls(text or "").split())
    if len(value) > CAPTION_CHARS:
        raise WallError(_("Keep a photo's caption under {CAPTION_CHARS} characters (it has {n_value}).").format(CAPTION_CHARS=CAPTION_CHARS, n_value=len(value)))
    return value


def encode(data: bytes, name: str = "The file") -> Encoded:
    """The photo as it is stored: upright, RGB, at most LONG_SIDE px long, a fresh JPEG with no metadata.
    WallError (one sentence naming `name`) for a file too large, not an image, or not JPEG or PNG."""
    if len(data) > MAX_BYTES:
        raise WallError(_("{name} is {value:.0f} MB; a photo can be at most {value2} MB, so nothing was added.").format(name=name, value=len(data) / 1024 / 1024, value2=MAX_BYTES // 1024 // 1024))
    from PIL import Image, ImageOps  # Pillow only when a photo is added

    not_image = f"{name} is not a JPEG or PNG photo Convene can read, so nothing was added."
    too_many = f"{name} has too many pixels to read (at most {MAX_PIXELS // 1_000_000} million), so nothing was added."
    try:
        with Image.open(io.BytesIO(data)) as im:
            if im.format not in ("JPEG", "PNG"):
                raise WallError(not_image)
            if im.width * im.height > MAX_PIXELS:
                raise WallError(too_many)
            if im.format == "JPEG":
                im.draft("RGB", (LONG_SIDE, LONG_SIDE))   # decode a big JPEG at a fraction of its size
            upright = ImageOps.exif_transpose(im)
            if upright.mode in ("RGBA", "LA", "PA") or (upright.mode == "P" and "transparency" in upright.info):
                rgba = upright.convert("RGBA")
                rgb = Image.new("RGB", rgba.size, "white")
                rgb.paste(rgba, mask=rgba.getchannel("A"))
            else:
                rgb = upright.convert("RGB")
            rgb.thumbnail((LONG_SIDE, LONG_SIDE), Image.Resampling.LANCZOS)
            out = io.BytesIO()
            rgb.save(out, "JPEG", quality=QUALITY, optimize=True)   # no exif=, no icc_profile=: nothing kept
            return Encoded(out.getvalue(), rgb.width, rgb.height)
    except WallError:
        raise
    except Image.DecompressionBombError as exc:   # Pillow's own refusal, past twice its limit
        raise WallError(too_many) from exc
    except (OSError, ValueError, SyntaxError) as exc:
        raise WallError(not_image) from exc


class WallPhotos:
    """`wall.photos`: a board's photos, each add or remove one undo step."""

    def __init__(self, wall: WallService) -> None:
        self.wall = wall

    def add(self, board_id: int, data: bytes, caption: str = "", name: str = "The file",
            source: str = "file") -> int:
        """Store a photo on the board (re-encoded, see `encode`); returns its id."""
        text = clean_caption(caption)
        photo = encode(data, name)
        return self.add_encoded(board_id, photo, text, source)

    def add_encoded(self, board_id: int, photo: Encoded, caption: str, source: str = "phone",
                    waiting: bool = False) -> int:
        """A photo `encode` has already made (the capture server encodes off the store's thread); `waiting`
        (capture moderated): on no page until the facilitator puts it up (`accept`)."""
        text = clean_caption(caption)

        def change(s) -> int:
            self.wall._board(s, board_id)
            row = m.WallPhoto(board_id=board_id, caption=text, image=photo.jpeg, width=photo.width,
                              height=photo.height, source=source, waiting=waiting,
                              created_us=self.wall._now_us())
            s.add(row)
            s.flush()
            return row.id

        label = _("add the photo “{text}”").format(text=text) if text else _("add a photo")
        photo_id = self.wall.history.record(label, PHOTO, [], change, (WallChanged,), lambda r: [r])
        self.wall.ws.bus.emit(WallChanged(board_id=board_id))
        return photo_id

    def add_file(self, board_id: int, path: Path | str, caption: str = "") -> int:
        path = Path(path)
        try:
            size = path.stat().st_size
            if size > MAX_BYTES:
                raise WallError(_("{name} is {value:.0f} MB; a photo can be at most {value2} MB, so nothing was added.").format(name=path.name, value=size / 1024 / 1024, value2=MAX_BYTES // 1024 // 1024))
            data = path.read_bytes()
        except OSError as exc:
            raise WallError(_("{name} could not be read ({value}), so nothing was added.").format(name=path.name, value=exc.strerror or exc)) from exc
        return self.add(board_id, data, caption, name=path.name, source="file")

    def remove(self, photo_id: int) -> None:
        board_id = self._row(photo_id).board_id

        def change(s) -> None:
            row = s.get(m.WallPhoto, photo_id)
            if row is None:
                raise WallError(_("That photo is no longer on the board."))
            s.delete(row)

        self.wall.history.record(_("remove a photo"), PHOTO, [photo_id], change, (WallChanged,))
        self.wall.ws.bus.emit(WallChanged(board_id=board_id))

    def accept(self, photo_id: int) -> None:
        """Put up a phone's photo that waited under moderation: on the projector and in the handout (one step)."""
        board_id = self._row(photo_id).board_id

        def change(s) -> None:
            row = s.get(m.WallPhoto, photo_id)
            if row is None:
                raise WallError(_("That photo is no longer on the board."))
            if not row.waiting:
                raise WallError(_("That photo is up already."))
            row.waiting = False

        self.wall.history.record(_("put up a phone's photo"), PHOTO, [photo_id], change, (WallChanged,))
        self.wall.ws.bus.emit(WallChanged(board_id=board_id))

    def set_caption(self, photo_id: int, caption: str) -> None:
        text = clean_caption(caption)
        board_id = self._row(photo_id).board_id

        def change(s) -> None:
            row = s.get(m.WallPhoto, photo_id)
            if row is None:
                raise WallError(_("That photo is no longer on the board."))
            row.caption = text

        self.wall.history.record(_("change a photo's caption"), PHOTO, [photo_id], change, (WallChanged,))
        self.wall.ws.bus.emit(WallChanged(board_id=board_id))

    def of_board(self, board_id: int) -> list[PhotoRecord]:
        """The board's photos, oldest first (without their bytes)."""
        t = m.WallPhoto
        with self.wall.ws.require().read() as s:
            return [PhotoRecord(*r) for r in s.execute(
                select(t.id, t.board_id, t.caption, t.width, t.height, t.source, t.waiting)
                .where(t.board_id == board_id).order_by(t.id))]

    def image(self, photo_id: int) -> bytes:
        """The stored JPEG's bytes."""
        with self.wall.ws.require().read() as s:
            data = s.scalar(select(m.WallPhoto.image).where(m.WallPhoto.id == photo_id))
        if data is None:
            raise WallError(_("That photo is no longer on the board."))
        return data

    def _row(self, photo_id: int) -> PhotoRecord:
        t = m.WallPhoto
        with self.wall.ws.require().read() as s:
            r = s.execute(select(t.id, t.board_id, t.caption, t.width, t.height, t.source, t.waiting)
                          .where(t.id == photo_id)).first()
        if r is None:
            raise WallError(_("That photo is no longer on the board."))
        return PhotoRecord(*r)
