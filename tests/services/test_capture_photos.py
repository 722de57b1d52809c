"""Photos of chart paper from phones, over real HTTP on loopback: the capture page's photo form (plain HTML,
multipart/form-data, EN/ES) stores a phone's photo on the board re-encoded (its GPS location and camera
gone), answered once committed; a photo over the limit, a file that is not a photo and a form with no
photo are refused in a sentence with nothing stored; the same form sent twice stores one photo; the note
form leads to the photo page."""

from __future__ import annotations

import io
import re

import aiohttp
import pytest

from app.services.wall import photos as ph
from tests.services.capture_clients import NONCE, phone, with_phones
from tests.services.photo_files import phone_jpeg


@pytest.fixture
def capture(services):
    svc = services.capture
    yield svc
    svc.stop()


@pytest.fixture
def board(services):
    return services.wall.add_board("FAFSA", prompt="What gets in the way?")


def origin(url: str) -> dict[str, str]:
    parts = url.split("/", 3)
    return {"Origin": f"{parts[0]}//{parts[2]}"}


async def send_photo(s: aiohttp.ClientSession, url: str, data: bytes | None, caption: str = "",
                     filename: str = "IMG_2041.jpg", lang: str = "", nonce: str | None = None) -> tuple[int, str]:
    async with s.get(f"{url}/photo" + (f"?lang={lang}" if lang else "")) as r:
        page = await r.text()
        assert r.status == 200, page
    form = aiohttp.FormData()
    form.add_field("n", nonce if nonce is not None else NONCE.search(page).group(1))
    if data is not None:
        form.add_field("photo", io.BytesIO(data), filename=filename, content_type="image/jpeg")
    else:
        form.add_field("photo", io.BytesIO(b""), filename="", content_type="application/octet-stream")
    form.add_field("caption", caption)
    async with s.post(f"{url}/photo" + (f"?lang={lang}" if lang else ""), data=form, headers=origin(url)) as r:
        return r.status, await r.text()


def sentence(page: str) -> str:
    found = re.search(r'role="(?:alert|status)"[^>]*>([^<]*)<', page)
    return found.group(1) if found else ""


def test_a_phone_sends_a_photo_and_it_is_stored_without_its_location(services, capture, board):
    from PIL import Image

    async def phones(url: str):
        async with phone(1) as s:
            async with s.get(url) as r:
                note_form = await r.text()
            return note_form, await send_photo(s, url, phone_jpeg(3000, 2000), "Table 3's fishbone")

    note_form, (status, page) = with_phones(capture, board, phones)
    assert "/photo?lang=en" in note_form and "Send a photo of your chart paper" in note_form
    assert status == 200, page
    assert sentence(page) == "Your photo is on the wall. Thank you!"
    (rec,) = services.wall.photos.of_board(board)
    assert (rec.caption, rec.source, rec.width, rec.height) == ("Table 3's fishbone", "phone", 2400, 1600)
    stored = services.wall.photos.image(rec.id)
    im = Image.open(io.BytesIO(stored))
    assert len(im.getexif()) == 0 and not im.getexif().get_ifd(0x8825) and b"PhoneMaker" not in stored
    assert services.history.undo_label() == "add the photo “Table 3's fishbone”"


def test_the_photo_page_is_plain_html_in_english_and_spanish(services, capture, board):
    async def phones(url: str):
        async with phone(2) as s:
            out = {}
            for lang in ("en", "es"):
                async with s.get(f"{url}/photo?lang={lang}") as r:
                    out[lang] = await r.text()
            return out

    pages = with_phones(capture, board, phones)
    en, es = pages["en"], pages["es"]
    for page in (en, es):
        assert 'enctype="multipart/form-data"' in page and 'type="file"' in page and "<script" not in page
        assert "<main>" in page and "What gets in the way?" in page
    assert 'lang="en"' in en and "Send photo" in en
    assert 'lang="es"' in es and "Enviar foto" in es


def test_refusals_are_one_sentence_and_store_nothing(services, capture, board, monkeypatch):
    monkeypatch.setattr(ph, "MAX_BYTES", 200_000)   # a smaller limit, so the test need not send 15 MB

    async def phones(url: str):
        async with phone(3) as s:
            big = await send_photo(s, url, phone_jpeg(2000, 1500) + b"\0" * 250_000, "too big")
            fake = await send_photo(s, url, b"%PDF-1.4 minutes of the meeting", "agenda", filename="agenda.pdf")
            none = await send_photo(s, url, None, "nothing chosen")
        async with phone(4) as s2:
            es = await send_photo(s2, url, b"not an image", filename="foto.jpg", lang="es")
        return big, fake, none, es

    big, fake, none, es = with_phones(capture, board, phones)
    assert big[0] == 413
    assert sentence(big[1]) == "That photo is larger than 15 MB, so it was not sent. Take it again at a smaller size."
    assert fake[0] == 415 and sentence(fake[1]) == "“agenda.pdf” is not a JPEG or PNG photo, so it was not sent."
    assert 'value="agenda"' in fake[1], "the caption typed is kept"
    assert none[0] == 400 and sentence(none[1]) == "Choose a photo first, then press Send photo."
    assert es[0] == 415 and sentence(es[1]) == "“foto.jpg” no es una foto JPEG ni PNG y no se envió."
    assert services.wall.photos.of_board(board) == []


def test_the_same_form_sent_twice_stores_one_photo(services, capture, board):
    async def phones(url: str):
        async with phone(5) as s:
            async with s.get(f"{url}/photo") as r:
                nonce = NONCE.search(await r.text()).group(1)
            a = await send_photo(s, url, phone_jpeg(), "twice", nonce=nonce)
            b = await send_photo(s, url, phone_jpeg(), "twice", nonce=nonce)
            return a[0], b[0]

    assert with_phones(capture, board, phones) == (200, 200)
    assert [p.caption for p in services.wall.photos.of_board(board)] == ["twice"]


def test_a_photo_from_another_site_is_refused(services, capture, board):
    async def phones(url: str):
        async with phone(6) as s:
            form = aiohttp.FormData()
            form.add_field("photo", io.BytesIO(phone_jpeg()), filename="x.jpg", content_type="image/jpeg")
            async with s.post(f"{url}/photo", data=form, headers={"Origin": "http://evil.example"}) as r:
                return r.status

    assert with_phones(capture, board, phones) == 403
    assert services.wall.photos.of_board(board) == []


def test_with_moderation_a_phones_photo_waits_until_it_is_put_up(services, capture, board):
    capture.set_moderation(True)

    async def phones(url: str):
        async with phone(7) as s:
            return await send_photo(s, url, phone_jpeg(), "Gallery walk", lang="es")

    status, page = with_phones(capture, board, phones)
    assert status == 200 and sentence(page) == "Recibimos tu foto. El equipo de facilitación la pondrá en el muro."
    (rec,) = services.wall.photos.of_board(board)
    assert rec.waiting and rec.source == "phone"
    assert services.wall.view(board).photos[0].waiting
    services.wall.photos.accept(rec.id)
    assert not services.wall.photos.of_board(board)[0].waiting
    assert services.history.undo_label() == "put up a phone's photo"
    services.history.undo()
    assert services.wall.photos.of_board(board)[0].waiting
