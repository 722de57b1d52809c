"""The languages Convene speaks, and the projector's modes (one language, or two at once).

A projector mode is one code ("en", "es") or two joined by "+" ("en+es", "es+en"): a bilingual room, the
first language large and the second smaller. "bilingual" on the command line means "en+es".
"""

from __future__ import annotations

LANGUAGES: tuple[str, ...] = ("en", "es")
LANGUAGE_NAMES = {"en": "English", "es": "Español"}
PROJECTOR_MODES: tuple[str, ...] = ("en", "es", "en+es", "es+en")
HANDOUT_LANGS: tuple[str, ...] = ("en", "es", "bilingual")
SOURCE_LANGUAGE = "en"  # the language texts are written in, in the code and in the protocol files


class LanguageError(ValueError):
    """A language or projector mode Convene does not know; the message names what it does know."""


def projector_mode(text: str) -> str:
    """`text` as one of PROJECTOR_MODES ("bilingual" is "en+es"); LanguageError when it is none of them."""
    mode = text.strip().lower().replace(" ", "")
    if mode == "bilingual":
        mode = "en+es"
    if mode not in PROJECTOR_MODES:
        from app.i18n import _  # the package imports this module first
        raise LanguageError(_("“{text}” is not a projector language; choose one of: {choices} or bilingual.")
                            .format(text=text, choices=", ".join(PROJECTOR_MODES)))
    return mode


def mode_languages(mode: str) -> tuple[str, ...]:
    """The languages of a projector mode, the first (the large one) first."""
    return tuple(mode.split("+"))
