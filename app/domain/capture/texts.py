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
        "vote_open": "Dot voting is open.",
        "vote_link": "Place your dots",
        "vote_title": "Place your dots",
        "vote_rules": "You have {per_person} dots. Put them on the clusters that matter most.",
        "vote_rules_cap": "You have {per_person} dots, at most {per_cluster} on one cluster.",
        "vote_change": "You can change your dots until voting closes.",
        "vote_dots_0": "0 dots",
        "vote_dots_1": "1 dot",
        "vote_dots_n": "{n} dots",
        "vote_send": "Place my dots",
        "vote_back": "Add a note instead",
        "vote_kept": "Your dots are in: {n} placed. You can change them until voting closes.",
        "vote_kept_none": "Your ballot is empty now: no dots placed. You can still place them until voting closes.",
        "vote_too_many": "That is {total} dots; you have {per_person}. Take some off, then place them again.",
        "vote_over_cap": "At most {per_cluster} dots on one cluster. Move some to another, then place them again.",
        "vote_closed": "Voting has closed, so these dots were not counted.",
        "vote_ended": "Voting has closed. Thank you: the facilitator will show the results.",
        "vote_not_open": "Voting is not open now. The facilitator will say when to place your dots.",
        "vote_no_clusters": "There are no clusters to vote on yet.",
        "vote_gone": "The clusters changed while you chose. Look again, then place your dots.",
        "vote_no_cookie": "This phone did not keep the page's cookie, so its dots could not be counted. "
                          "Allow cookies for this page, then place your dots again.",
        "vote_busy": "Your dots could not be saved just now. Place them again.",
        "vote_slow_down": "Too many ballots from this phone at once. Wait a minute, then place your dots again.",
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
        "received_pending": "Recibida. El equipo de facilitación la añadirá al muro.",
        "again": "Añadir otra nota",
        "empty": "La nota está vacía. Escribe algo y envíala.",
        "too_long": "La nota es demasiado larga: usa menos de {limit} caracteres o divídela en dos notas.",
        "name_too_long": "El nombre es demasiado largo: usa menos de {name_limit} caracteres.",
        "slow_down": "Demasiadas notas desde este teléfono a la vez. Espera un minuto y envíala de nuevo.",
        "stopped": "Ya no se reciben notas, así que esta no se guardó. Pregunta al equipo de facilitación.",
        "busy": "No se pudo guardar la nota ahora. Envíala de nuevo.",
        "bad_form": "No se pudo leer el formulario. Recarga la página y envía la nota de nuevo.",
        "no_token": "Esta página necesita la dirección completa del proyector, con su código.",
        "other_site": "Esta nota vino de otra página y no se guardó. Usa la dirección del proyector.",
        "vote_open": "La votación con puntos está abierta.",
        "vote_link": "Pon tus puntos",
        "vote_title": "Pon tus puntos",
        "vote_rules": "Tienes {per_person} puntos. Ponlos en los grupos que más importan.",
        "vote_rules_cap": "Tienes {per_person} puntos, como mucho {per_cluster} en un mismo grupo.",
        "vote_change": "Puedes cambiar tus puntos hasta que se cierre la votación.",
        "vote_dots_0": "0 puntos",
        "vote_dots_1": "1 punto",
        "vote_dots_n": "{n} puntos",
        "vote_send": "Poner mis puntos",
        "vote_back": "Mejor añadir una nota",
        "vote_kept": "Tus puntos cuentan: {n} puestos. Puedes cambiarlos hasta que se cierre la votación.",
        "vote_kept_none": "Tu voto está vacío: ningún punto puesto. Puedes ponerlos hasta que se cierre la votación.",
        "vote_too_many": "Son {total} puntos y tienes {per_person}. Quita algunos y vuelve a ponerlos.",
        "vote_over_cap": "Como mucho {per_cluster} puntos en un grupo. Pasa algunos a otro y vuelve a ponerlos.",
        "vote_closed": "La votación se ha cerrado, así que estos puntos no se contaron.",
        "vote_ended": "La votación se ha cerrado. Gracias: el equipo de facilitación mostrará los resultados.",
        "vote_not_open": "La votación no está abierta ahora. El equipo de facilitación dirá cuándo poner los puntos.",
        "vote_no_clusters": "Todavía no hay grupos para votar.",
        "vote_gone": "Los grupos cambiaron mientras elegías. Míralos de nuevo y pon tus puntos.",
        "vote_no_cookie": "Este teléfono no guardó la cookie de la página, así que sus puntos no se contaron. "
                          "Permite las cookies para esta página y vuelve a poner tus puntos.",
        "vote_busy": "No se pudieron guardar tus puntos ahora. Vuelve a ponerlos.",
        "vote_slow_down": "Demasiados votos desde este teléfono a la vez. Espera un minuto y vuelve a poner tus puntos.",
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
