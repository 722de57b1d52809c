"""The co-facilitator's device page's words, in English and Spanish (Spanish from docs/glossary-es.md).

The page is for a facilitator, so the Spanish uses the console's neutral forms. `cue_<key>` are the ready
cues: what the device shows on its button and what the lead's console shows."""

from __future__ import annotations

from app.domain.cofacilitate.rules import READY_CUES

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Co-facilitator",
        "join_title": "Join as co-facilitator",
        "join_help": "Type a name the lead will recognise, then wait for the lead to accept this device.",
        "name": "Your name",
        "join": "Ask to join",
        "waiting": "Waiting for the lead to accept this device…",
        "revoked": "The lead removed this device. Scan the co-facilitator code again to ask to join.",
        "full": "Four devices are already in. Ask the lead to remove one first.",
        "refused": "The lead did not accept this device.",
        "reconnecting": "Reconnecting… (your last actions will be sent when the laptop is back)",
        "connected": "Connected",
        "switch": "En español",
        "floor": "Who has the floor",
        "nobody": "Nobody is tracked: start a conversation in the Talk tab first.",
        "speaker_none": "Silence",
        "speaker_many": "Many voices",
        "speaker_is": "Speaking: {name}",
        "silence": "Silence",
        "many_voices": "Many voices",
        "queue": "Speaking queue",
        "queue_empty": "No hands up.",
        "call_next": "Call next",
        "add_hand": "Add a hand",
        "hand_for": "Hand up for",
        "codes": "Turn codes",
        "codes_off": "No codes for this conversation.",
        "timer": "Timer",
        "idle": "Nothing is running.",
        "paused": "Paused",
        "overtime": "over time",
        "start_pause": "Start / pause",
        "minus_minute": "−1 minute",
        "plus_minute": "+1 minute",
        "next": "Next item or step",
        "cues": "Cue the lead",
        "cue_two_minutes": "2 minutes",
        "cue_slow_down": "Slow down for the interpreters",
        "cue_back_row": "Check the back row",
        "cue_typed": "Your own cue",
        "cue_send": "Send cue",
        "cue_sent": "Cue sent: {text}",
        "done": "Done",
        "not_done": "Not done: {why}",
        "bad_action": "That could not be read. Reload the page.",
        "cue_empty": "The cue is empty.",
        "cue_long": "The cue is too long: keep it under 140 characters.",
        "name_empty": "Type a name first.",
        "name_long": "The name is too long: keep it under 40 characters.",
        "slow_down": "Too many actions at once. Wait a moment.",
        "no_device": "This device is not accepted. Ask the lead.",
        "stopped": "Co-facilitation has stopped on the laptop.",
        "busy": "The laptop is busy; it will be sent again.",
        "gone": "This co-facilitator address is closed (stopped, or the laptop restarted). Scan the new code.",
    },
    "es": {
        "title": "Cofacilitación",
        "join_title": "Unirse como cofacilitador(a)",
        "join_help": "Escribe un nombre que reconozca quien dirige y espera a que acepte este dispositivo.",
        "name": "Tu nombre",
        "join": "Pedir unirse",
        "waiting": "Esperando a que quien dirige acepte este dispositivo…",
        "revoked": "Quien dirige quitó este dispositivo. Escanea de nuevo el código de cofacilitación para pedir unirte.",
        "full": "Ya hay cuatro dispositivos. Pide a quien dirige que quite uno primero.",
        "refused": "Quien dirige no aceptó este dispositivo.",
        "reconnecting": "Reconectando… (tus últimas acciones se enviarán cuando vuelva la computadora)",
        "connected": "Conectado",
        "switch": "In English",
        "floor": "Quién tiene la palabra",
        "nobody": "No se sigue ninguna conversación: inicia una en la pestaña Tiempo de palabra.",
        "speaker_none": "Silencio",
        "speaker_many": "Varias voces",
        "speaker_is": "Habla: {name}",
        "silence": "Silencio",
        "many_voices": "Varias voces",
        "queue": "Turno de palabra",
        "queue_empty": "Nadie pidió la palabra.",
        "call_next": "Dar la palabra al siguiente",
        "add_hand": "Pedir la palabra",
        "hand_for": "Pide la palabra",
        "codes": "Códigos de turno",
        "codes_off": "Esta conversación no tiene códigos.",
        "timer": "Temporizador",
        "idle": "No hay nada en curso.",
        "paused": "En pausa",
        "overtime": "de tiempo extra",
        "start_pause": "Iniciar / pausar",
        "minus_minute": "−1 minuto",
        "plus_minute": "+1 minuto",
        "next": "Siguiente punto o paso",
        "cues": "Aviso a quien dirige",
        "cue_two_minutes": "2 minutos",
        "cue_slow_down": "Más despacio para la interpretación",
        "cue_back_row": "Revisar la última fila",
        "cue_typed": "Tu propio aviso",
        "cue_send": "Enviar aviso",
        "cue_sent": "Aviso enviado: {text}",
        "done": "Hecho",
        "not_done": "No se hizo: {why}",
        "bad_action": "No se pudo leer. Vuelve a cargar la página.",
        "cue_empty": "El aviso está vacío.",
        "cue_long": "El aviso es demasiado largo: menos de 140 caracteres.",
        "name_empty": "Escribe primero un nombre.",
        "name_long": "El nombre es demasiado largo: menos de 40 caracteres.",
        "slow_down": "Demasiadas acciones a la vez. Espera un momento.",
        "no_device": "Este dispositivo no está aceptado. Pregunta a quien dirige.",
        "stopped": "La cofacilitación se detuvo en la computadora.",
        "busy": "La computadora está ocupada; se enviará de nuevo.",
        "gone": "Esta dirección de cofacilitación está cerrada (se detuvo o la computadora se reinició). "
                "Escanea el código nuevo.",
    },
}


# The breakout page's words (participants': informal "tú" forms in Spanish, as the phone pages).
BREAKOUT: dict[str, dict[str, str]] = {
    "en": {
        "title": "Breakout",
        "back_at": "Back in the main room at {time}",
        "left_n": "{n} minutes left",
        "left_1": "1 minute left",
        "left_0": "Time is up: come back to the main room now.",
        "paused": "The timer is paused.",
        "none": "No breakout is running now. The facilitator will tell you when to come back.",
        "news": "From the facilitator",
        "update": "Update now",
        "updates": "This page updates by itself every 30 seconds.",
        "switch": "En español",
        "no_page": "This page needs the full address from the projector, with its code.",
        "say_five_minutes": "5 minutes left: start wrapping up.",
        "say_come_back": "Please come back to the main room now.",
    },
    "es": {
        "title": "Trabajo en grupos",
        "back_at": "Vuelvan a la sala principal a las {time}",
        "left_n": "Quedan {n} minutos",
        "left_1": "Queda 1 minuto",
        "left_0": "Se acabó el tiempo: vuelve ahora a la sala principal.",
        "paused": "El temporizador está en pausa.",
        "none": "No hay trabajo en grupos ahora. El equipo de facilitación te dirá cuándo volver.",
        "news": "Del equipo de facilitación",
        "update": "Actualizar ahora",
        "updates": "Esta página se actualiza sola cada 30 segundos.",
        "switch": "In English",
        "no_page": "Esta página necesita la dirección completa del proyector, con su código.",
        "say_five_minutes": "Quedan 5 minutos: vayan cerrando.",
        "say_come_back": "Vuelvan ahora a la sala principal, por favor.",
    },
}


def breakout_text(lang: str, key: str) -> str:
    return BREAKOUT.get(lang, BREAKOUT["en"]).get(key) or BREAKOUT["en"][key]


def text(lang: str, key: str) -> str:
    return TEXTS.get(lang, TEXTS["en"]).get(key) or TEXTS["en"].get(key, key)


def cue_words(text_or_key: str, lang: str = "en") -> str:
    """A cue as the lead reads it: a ready cue's words, or the typed text as it is."""
    return text(lang, f"cue_{text_or_key}") if text_or_key in READY_CUES else text_or_key
