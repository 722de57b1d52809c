"""Rendering projector scenes offscreen for tests, and saving them to look at.

Set CONVENE_LOOK_DIR to keep the PNGs (e.g. /tmp/convene-look).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtGui import QImage, QPainter

from app.ui.projector.scene import SceneContext
from app.ui.services import make_services
from app.ui.theme import THEMES

SIZES = [(1024, 768), (1920, 1080), (3840, 2160)]


def scene_context(ws, clock) -> SceneContext:
    return SceneContext(ws, clock, make_services(ws))


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
