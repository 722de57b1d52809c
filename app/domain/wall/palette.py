"""Note colours: the Okabe-Ito colour-blind-safe hues, as light tints that keep black text
readable, each with a name and a pattern so that no one has to tell colours apart."""

from __future__ import annotations

from typing import NamedTuple


class Colour(NamedTuple):
    key: str
    label: str
    fill: str      # the note's background
    edge: str      # the full-strength hue: border and pattern
    pattern: str   # drawn on the note too: "none", "stripes", "dots", "corner", "grid", "band"


PALETTE: tuple[Colour, ...] = (
    Colour("yellow", "Yellow", "#FBF3A6", "#B8A400", "none"),
    Colour("blue", "Sky blue", "#C4E3F6", "#56B4E9", "stripes"),
    Colour("orange", "Orange", "#F8DA99", "#E69F00", "dots"),
    Colour("green", "Green", "#A9E1CF", "#009E73", "corner"),
    Colour("pink", "Pink", "#EFCBDF", "#CC79A7", "grid"),
    Colour("red", "Vermillion", "#F3C2A1", "#D55E00", "band"),
)
DEFAULT = PALETTE[0].key
_BY_KEY = {c.key: c for c in PALETTE}


def colour(key: str | None) -> Colour:
    """The colour called `key` (case-insensitive, label or key); the default for anything else."""
    if key:
        k = key.strip().casefold()
        for c in PALETTE:
            if k in (c.key, c.label.casefold()):
                return c
    return _BY_KEY[DEFAULT]


def is_known(key: str | None) -> bool:
    k = (key or "").strip().casefold()
    return any(k in (c.key, c.label.casefold()) for c in PALETTE)


def cluster_numbers(cluster_ids) -> dict[int, int]:
    """Each cluster's number as the room and the console show it: 1, 2, 3 ... in the order they were made
    (by id), so a number the room reads is the key the facilitator presses."""
    return {cid: n for n, cid in enumerate(sorted(cluster_ids), start=1)}


def cluster_colour(number: int) -> Colour:
    """The colour of cluster `number` (from 1): the hues in turn; the number always goes with it, so
    no one has to tell two clusters apart by colour alone."""
    return PALETTE[(max(1, number) - 1) % len(PALETTE)]
