"""The capture page's words, in English and Spanish, and which language a phone asked for."""

from __future__ import annotations

LANGUAGES = ("en", "es")

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Add a note",
        "note": "Your note",
        "note_help": "One idea per note. Up to {limit} characters.",
        "name": "Your name or team (optional)",
        "name_help": "Leave it empty to stay anonymous.",
        "ours": "Is this in our control?",
        "ours_yes": "Yes, in our control",
        "ours_no": "No, not in our control",
        "ours_unsure": "Not sure",
        "send": "Send the note",
        "switch": "En español",
        "received": "Received. Your note is on the wall.",
        "received_pending": "Received. The facilitator will add it to the wall.",
        "again": "Add another note",
        "empty": "The note is empty. Type something, then send it.",
        "too_long": "The note is too long: keep it under {limit} characters, or split it into two notes.",
        "name_too_long": "The name is too long: keep it under {name_limit} characters.",
        "slow_down": "Too many notes from this phone at once. Wait a minute, then send it again.",
        "stopped": "Capture has stopped, so the note was not kept. Ask the facilitator.",
        "busy": "The note could not be saved just now. Send it again.",
        "bad_form": "That form could not be read. Reload the page and send the note again.",
        "no_token": "This page needs the full address from the projector, with its code.",
        "other_site": "This note came from another page, so it was not kept. Use the address on the projector.",
    },
    "es": {
        "title": "Añade una nota",
        "note": "Tu nota",
        "note_help": "Una idea por nota. Hasta {limit} caracteres.",
        "name": "Tu nombre o equipo (opcional)",
        "name_help": "Déjalo vacío para quedar en el anonimato.",
        "ours": "¿Está en nuestro control?",
        "ours_yes": "Sí, en nuestro control",
        "ours_no": "No, fuera de nuestro control",
        "ours_unsure": "No lo sé",
        "send": "Enviar la nota",
        "switch": "In English",
        "received": "Recibida. Tu nota está en el muro.",
        "received_pending": "Recibida. La facilitadora o el facilitador la añadirá al muro.",
        "again": "Añadir otra nota",
        "empty": "La nota está vacía. Escribe algo y envíala.",
        "too_long": "La nota es demasiado larga: usa menos de {limit} caracteres o divídela en dos notas.",
        "name_too_long": "El nombre es demasiado largo: usa menos de {name_limit} caracteres.",
        "slow_down": "Demasiadas notas desde este teléfono a la vez. Espera un minuto y envíala de nuevo.",
        "stopped": "La captura ha terminado y la nota no se guardó. Pregunta a quien facilita.",
        "busy": "No se pudo guardar la nota ahora. Envíala de nuevo.",
        "bad_form": "No se pudo leer el formulario. Recarga la página y envía la nota de nuevo.",
        "no_token": "Esta página necesita la dirección completa del proyector, con su código.",
        "other_site": "Esta nota vino de otra página y no se guardó. Usa la dirección del proyector.",
    },
}


def choose_language(asked: str | None, accept_language: str | None) -> str:
    """`asked` (the page's switch, ?lang=) wins; then the phone's Accept-Language by its q-values; else English."""
    if asked in LANGUAGES:
        return asked
    best, best_q = "en", -1.0
    for i, part in enumerate((accept_language or "").split(",")[:20]):
        tag, _, params = part.strip().partition(";")
        lang = tag.strip().lower().split("-")[0]
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        if lang in LANGUAGES and q > best_q:
            best, best_q = lang, q - i * 1e-6
    return best
