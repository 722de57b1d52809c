"""Rendering projector scenes offscreen for tests, and saving them to look at.

Set CONVENE_LOOK_DIR to keep the PNGs (e.g. /tmp/convene-look).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtGui import QImage, QPainter

from app.services.core.jobs import SyncRunner
from app.ui.context import UiParts
from app.ui.projector.scene import SceneContext
from app.ui.theme import THEMES

SIZES = [(1024, 768), (1920, 1080), (3840, 2160)]


def scene_context(services, clock) -> SceneContext:
    """A scene context over the composition root `services` (the `services`/`demo_services` fixture,
    which closes them), with UI parts of its own: close them with `ctx.ui.close()` (the `ctx` fixture does)."""
    return SceneContext(services.workspace, clock, services, UiParts(SyncRunner()))


def make_scene(ctx: SceneContext, scene_id: str):
    """A fresh scene of the built-in kind `scene_id` over `ctx`."""
    from app.ui.projector.scene import registered_scenes
    from app.ui.projector.scenes import load_builtin

    load_builtin()
    for factory in registered_scenes():
        scene = factory(ctx)
        if scene.scene_id == scene_id:
            return scene
    raise KeyError(scene_id)


def render(scene, size, theme: str = "dark", name: str | None = None) -> QImage:
    w, h = size
    img = QImage(w, h, QImage.Format.Format_RGB32)
    p = QPainter(img)
    scene.paint(p, QRect(0, 0, w, h), THEMES[theme])
    p.end()
    out = os.environ.get("CONVENE_LOOK_DIR")
    if out and name:
        Path(out).mkdir(parents=True, exist_ok=True)
        img.save(str(Path(out) / f"{name}-{w}x{h}-{theme}.png"))
    return img


def assert_inside(scene, size) -> None:
    w, h = size
    screen = QRect(0, 0, w, h)
    assert scene.drawn, "the scene drew nothing"
    for key, r in scene.drawn:
        if r.isEmpty():
            continue
        assert screen.contains(r), f"{key} {r} leaves the {w}x{h} screen"


# -- legibility measurements, printed at the end of the run (see tests/ui/conftest.py) ------------------
MEASUREMENTS: list[tuple[str, str, str, float]] = []  # scene/state, size, element, % of screen height


def measure(name: str, size, scene) -> dict[str, float]:
    """Each text the scene drew as a % of the screen height (font pixel size; digits: their ink height)."""
    w, h = size
    out: dict[str, float] = {}
    for t in scene.texts:
        share = 100.0 * t.px / h
        key = re.sub(r"^row\d+", "row", t.key)  # one line for all agenda rows: the smallest
        out[key] = min(share, out.get(key, share))
    for key, share in out.items():
        MEASUREMENTS.append((name, f"{w}x{h}", key, share))
    return out


def ink_columns(img: QImage, rect: QRect, colour: str) -> list[tuple[int, int]]:
    """Runs of columns in `rect` holding at least one pixel of `colour` (one run per glyph)."""
    runs, start = [], None
    for x in range(rect.left(), rect.right() + 2):
        hit = x <= rect.right() and any(img.pixelColor(x, y).name() == colour
                                        for y in range(rect.top(), rect.bottom() + 1, 2))
        if hit and start is None:
            start = x
        elif not hit and start is not None:
            runs.append((start, x - 1))
            start = None
    return runs


def colon_dot_aspect(img: QImage, rect: QRect, colour: str) -> float:
    """Width / height of the colon's upper dot as painted: 1.0 for DejaVu's square dots, less if squeezed."""
    runs = ink_columns(img, rect, colour)
    narrow = min(runs, key=lambda r: r[1] - r[0])
    x0, x1 = narrow
    rows = [y for y in range(rect.top(), rect.bottom() + 1)
            if any(img.pixelColor(x, y).name() == colour for x in range(x0, x1 + 1))]
    top = [rows[0]]
    for y in rows[1:]:
        if y != top[-1] + 1:
            break
        top.append(y)
    return (x1 - x0 + 1) / len(top)


def open_wall_tab(ctx, qtbot):
    """A Wall tab on its own over `ctx`, shown at 1400x900 (the wall tests' window)."""
    from app.ui.wall.wall_tab import WallTab

    t = WallTab(ctx)
    qtbot.addWidget(t)
    t.resize(1400, 900)
    t.show()
    qtbot.waitExposed(t)
    return t
