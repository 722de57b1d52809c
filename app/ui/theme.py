"""Light and dark high-contrast themes for the projector (and the console's accents).

Warning and overtime hues come from the Okabe-Ito colour-blind-safe palette,
and are always paired with a word or a shape, never the only cue.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtGui import QColor


class Theme(NamedTuple):
    """A projector theme (a NamedTuple: immutable, and light enough for the first frame)."""

    name: str
    background: QColor
    text: QColor
    muted: QColor
    accent: QColor
    warning: QColor
    danger: QColor
    bar_track: QColor
    on_warning: QColor
    on_danger: QColor


DARK = Theme(
    name="dark",
    background=QColor("#000000"),
    text=QColor("#FFFFFF"),
    muted=QColor("#C8C8C8"),
    accent=QColor("#56B4E9"),
    warning=QColor("#E69F00"),
    danger=QColor("#FF6A2B"),
    bar_track=QColor("#333333"),
    on_warning=QColor("#000000"),
    on_danger=QColor("#000000"),
)

LIGHT = Theme(
    name="light",
    background=QColor("#FFFFFF"),
    text=QColor("#000000"),
    muted=QColor("#3A3A3A"),
    accent=QColor("#0060A8"),
    warning=QColor("#8A5A00"),
    danger=QColor("#B8360A"),
    bar_track=QColor("#DDDDDD"),
    on_warning=QColor("#FFFFFF"),
    on_danger=QColor("#FFFFFF"),
)

THEMES = {"dark": DARK, "light": LIGHT}
