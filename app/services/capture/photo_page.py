"""The phones' photo page (`/<token>/photo`): send a photo of the table's chart paper to the board, with a
caption. A plain HTML form (`multipart/form-data`, a file input; no script), in English or Spanish, its
content in a main landmark like every capture page. The server reads the upload (at most PHOTO_MAX_BYTES),
the photo is re-encoded off the store's thread (wall/photos.py `encode`: no EXIF, no location kept) and
`drain()` stores it on the board; the phone is answered once it is committed, or told in a sentence why not.
"""

from __future__ import annotations

from html import escape
from typing import NamedTuple

from app.services.capture.page import page_html
from app.services.wall.photos import CAPTION_CHARS, MAX_BYTES, Encoded

MB = MAX_BYTES // 1024 // 1024


class PhonePhoto(NamedTuple):
    """A photo sent from a phone, already re-encoded (wall/photos.py `encode`), with its caption and the form's
    one-time id (a form sent twice stores one photo): what the server hands to `drain()`."""
    encoded: Encoded
    caption: str
    nonce: str

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "switch": "En español",
        "title": "Send a photo of your chart paper",
        "intro": "The photo goes on the wall with the board's notes: the room sees it on the screen, and it "
                 "is in the notes everyone gets after the day.",
        "photo": "Photo",
        "photo_help": "A JPEG or PNG photo, at most {mb} MB. The place and camera details in it are not kept.",
        "caption": "What is on it (optional)",
        "caption_help": "For example: Table 3's fishbone. At most {limit} characters.",
        "send": "Send photo",
        "back": "Back to writing notes",
        "link": "Send a photo of your chart paper",
        "received": "Your photo is on the wall. Thank you!",
        "again": "Send another photo",
        "no_photo": "Choose a photo first, then press Send photo.",
        "too_big": "That photo is larger than {mb} MB, so it was not sent. Take it again at a smaller size.",
        "not_image": "“{name}” is not a JPEG or PNG photo, so it was not sent.",
        "caption_long": "Keep what is on it under {limit} characters.",
        "bad_form": "That photo did not arrive whole. Please send it again.",
        "slow_down": "That is a lot of photos at once. Wait a minute, then send it again.",
        "busy": "The wall is busy. Please send the photo again.",
        "stopped": "The facilitator has stopped taking notes and photos.",
        "other_site": "This photo did not come from this page, so it was not sent.",
        "collecting": "The notes are still coming in. Your photo will show when the wall is revealed.",
        "pending": "Your photo was received. The facilitator will put it up on the wall.",
    },
    "es": {
        "switch": "In English",
        "title": "Envía una foto de tu papelógrafo",
        "intro": "La foto se añade al muro con las notas del tablero: la sala la ve en la pantalla y "
                 "queda en el documento que todas las personas reciben después del día.",
        "photo": "Foto",
        "photo_help": "Una foto JPEG o PNG de {mb} MB como máximo. No se guardan el lugar ni los datos de la "
                      "cámara.",
        "caption": "Qué muestra (opcional)",
        "caption_help": "Por ejemplo: el diagrama de espina de la mesa 3. Hasta {limit} caracteres.",
        "send": "Enviar foto",
        "back": "Volver a escribir notas",
        "link": "Envía una foto de tu papelógrafo",
        "received": "Tu foto ya está en el muro. ¡Gracias!",
        "again": "Enviar otra foto",
        "no_photo": "Primero elige una foto y luego pulsa Enviar foto.",
        "too_big": "La foto pesa más de {mb} MB y no se envió. Tómala de nuevo con un tamaño menor.",
        "not_image": "“{name}” no es una foto JPEG ni PNG y no se envió.",
        "caption_long": "Describe la foto en menos de {limit} caracteres.",
        "bad_form": "La foto no llegó completa. Envíala de nuevo, por favor.",
        "slow_down": "Son muchas fotos a la vez. Espera un minuto y envíala de nuevo.",
        "busy": "El muro está ocupado. Envía la foto de nuevo, por favor.",
        "stopped": "El equipo de facilitación dejó de recibir notas y fotos.",
        "other_site": "Esta foto no vino de esta página y no se envió.",
        "collecting": "Las notas siguen llegando. Tu foto se verá cuando se revele el muro.",
        "pending": "Recibimos tu foto. El equipo de facilitación la pondrá en el muro.",
    },
}


def _t(lang: str, key: str, **values: object) -> str:
    return TEXTS[lang][key].format(mb=MB, limit=CAPTION_CHARS, **values)


def photo_link(lang: str, token: str) -> str:
    """The way from the note form to the photo page (HTML)."""
    return f'<p><a href="/{token}/photo?lang={lang}">{escape(_t(lang, "link"))}</a></p>'


def photo_form(lang: str, token: str, prompt: str, nonce: str, message_key: str = "", caption: str = "",
               name: str = "") -> str:
    """The photo form; with `message_key` it comes back with the problem said (naming the file `name`) and the
    caption kept."""
    other = "es" if lang == "en" else "en"
    parts = [f'<a class="switch" href="/{token}/photo?lang={other}" hreflang="{other}" lang="{other}">'
             f"{escape(_t(lang, 'switch'))}</a>",
             f"<h1>{escape(_t(lang, 'title'))}</h1>"]
    if prompt:
        parts.append(f'<p class="prompt">{escape(prompt)}</p>')
    if message_key:
        parts.append(f'<p class="msg bad" role="alert">{escape(_t(lang, message_key, name=name))}</p>')
    parts.append(f"<p>{escape(_t(lang, 'intro'))}</p>")
    parts.append(f'<form method="post" action="/{token}/photo?lang={lang}" enctype="multipart/form-data" '
                 'accept-charset="utf-8">')
    parts.append(f'<input type="hidden" name="n" value="{escape(nonce)}">')
    parts.append(f'<label for="photo">{escape(_t(lang, "photo"))}</label>'
                 f'<span class="help" id="photo-help">{escape(_t(lang, "photo_help"))}</span>'
                 '<input type="file" id="photo" name="photo" accept="image/jpeg,image/png" required '
                 'aria-describedby="photo-help">')
    parts.append(f'<label for="caption">{escape(_t(lang, "caption"))}</label>'
                 f'<span class="help" id="caption-help">{escape(_t(lang, "caption_help"))}</span>'
                 f'<input type="text" id="caption" name="caption" maxlength="{CAPTION_CHARS}" autocomplete="off" '
                 f'aria-describedby="caption-help" value="{escape(caption)}">')
    parts.append(f'<button type="submit">{escape(_t(lang, "send"))}</button></form>')
    parts.append(f'<p><a href="/{token}?lang={lang}">{escape(_t(lang, "back"))}</a></p>')
    return page_html(lang, _t(lang, "title"), "\n".join(parts))


def photo_received(lang: str, token: str, caption: str, collecting: bool = False, pending: bool = False) -> str:
    key = "pending" if pending else "collecting" if collecting else "received"
    body = (f'<h1>{escape(_t(lang, "title"))}</h1>\n'
            f'<p class="msg ok" role="status">{escape(_t(lang, key))}</p>\n'
            + (f'<p class="prompt">{escape(caption)}</p>\n' if caption else "")
            + f'<p><a href="/{token}/photo?lang={lang}">{escape(_t(lang, "again"))}</a></p>\n'
            f'<p><a href="/{token}?lang={lang}">{escape(_t(lang, "back"))}</a></p>')
    return page_html(lang, _t(lang, key), body)


def photo_problem(lang: str, key: str, token: str = "") -> str:
    """A refusal with no form to keep (stopped, another site): the sentence alone, and the way back."""
    link = f'\n<p><a href="/{token}/photo?lang={lang}">{escape(_t(lang, "again"))}</a></p>' if token else ""
    return page_html(lang, _t(lang, key),
                     f'<div role="alert"><h1 class="msg bad">{escape(_t(lang, key))}</h1></div>{link}')
