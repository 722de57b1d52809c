"""The Wall on the projector, a page at a time: the room can read every note of the demo's board.

What the painter drew is read back from the painter itself: the scene paints into a QSvgGenerator, and
every text run it drew comes back as an SVG <text> element with its position and font size. So a
note's text is checked where it was really drawn, not where the scene says it put it.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QRect, QRectF, QSize
from PySide6.QtGui import QFont, QFontMetricsF, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from app.ui import render as render_cli
from app.ui.theme import THEMES
from tests.ui.scene_helpers import make_scene, render, scene_context

pytestmark = pytest.mark.gui
SIZES = [(1024, 768), (1920, 1080)]
SVG = "{http://www.w3.org/2000/svg}"


class Run:
    def __init__(self, text: str, rect: QRectF, px: float) -> None:
        self.text, self.rect, self.px = text, rect, px

    def __repr__(self) -> str:
        return f"Run({self.text!r}, {self.px}px)"


def drawn_runs(scene, size) -> list[Run]:
    """Paint `scene` at `size` into SVG and read back every text run the painter drew, with its box."""
    w, h = size
    buf = QBuffer()
    buf.open(QBuffer.OpenModeFlag.WriteOnly)
    gen = QSvgGenerator()
    gen.setOutputDevice(buf)
    gen.setSize(QSize(w, h))
    gen.setViewBox(QRect(0, 0, w, h))
    p = QPainter(gen)
    scene.paint(p, QRect(0, 0, w, h), THEMES["dark"])
    p.end()
    runs = []
    for el in ET.fromstring(bytes(buf.data()).decode()).iter(f"{SVG}text"):
        text = "".join(el.itertext())
        if not text.strip():
            continue
        px = float(el.get("font-size"))
        f = QFont(el.get("font-family"))
        f.setPixelSize(round(px))
        f.setWeight(QFont.Weight(int(el.get("font-weight", "400"))))
        fm = QFontMetricsF(f)
        x, y = float(el.get("x")), float(el.get("y"))
        runs.append(Run(text, QRectF(x, y - fm.ascent(), fm.horizontalAdvance(text), fm.ascent() + fm.descent()),
                        px))
    return runs


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture
def ctx(qapp, demo_services, clock):
    c = scene_context(demo_services, clock)
    yield c
    c.ui.close()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("shape", ["fishbone", "wall"])
def test_every_note_of_the_demo_board_is_read_on_some_page(ctx, size, shape):
    svc = ctx.services.wall
    board = svc.boards()[0]
    if shape == "wall":
        svc.set_layout(board.id, "wall")
    view = svc.view(board.id)
    scene = make_scene(ctx, "wall")
    render(scene, size)
    assert scene.pages > 1 + len(view.clusters) - 1, "an overview and at least one page per cluster"
    w, h = size
    screen = QRectF(0, 0, w, h)
    found: dict[int, int] = {}
    for page in range(scene.pages):
        scene.page = page
        runs = drawn_runs(scene, size)
        render(scene, size, name=f"wall-{shape}-page{page + 1}")
        assert runs, f"page {page + 1} drew no text"
        for r in runs:
            assert r.px >= 0.04 * h - 0.5, f"page {page + 1}: {r} is under 4% of {h}"
            assert screen.contains(r.rect), f"page {page + 1}: {r} leaves the screen"
        for i, a in enumerate(runs):
            for b in runs[i + 1:]:
                both = a.rect.intersected(b.rect)   # (float metrics against whole-pixel lines: < 1 px is not overlap)
                assert both.width() < 1 or both.height() < 1, f"page {page + 1}: {a} overlaps {b}"
        joined = squeeze("".join(r.text for r in runs))
        if page == 0:
            assert squeeze(board.prompt) in joined, "the overview shows the problem"
            for n, c in enumerate(view.clusters, start=1):
                assert squeeze(c.name) in joined and str(n) in joined
                assert f"{c.dots}dots" in joined or f"{c.dots}dot" in joined, "dots are labelled"
            continue
        for n in view.notes:
            if n.id in scene.shown_notes:
                assert squeeze(n.text) in joined, f"note {n.id} is shown whole on page {page + 1}"
                found[n.id] = found.get(n.id, 0) + 1
        assert scene.page_kind in ("cluster", "loose")
        if scene.page_kind == "cluster":
            number = [c.id for c in view.clusters].index(next(c.id for c in view.clusters
                                                                 if squeeze(c.name) in joined)) + 1
            assert str(number) in joined
    assert set(found) == {n.id for n in view.notes}, "every note is on a page"
    assert all(k == 1 for k in found.values()), "and on one page only"


def test_every_page_renders_from_the_command_line(qapp, demo_services, tmp_path):
    """`convene render FILE --scene wall --page N`, each page at 1024x768; one past the last is refused."""
    demo_services.workspace.require()
    file = Path(demo_services.workspace.path)
    seen = []
    code = render_cli.main([str(file), "--scene", "wall", "--size", "1024x768", "--out", str(tmp_path / "p.png")],
                           seen=seen.append)
    assert code == 0
    pages = seen[0].pages
    assert pages >= 8
    for n in range(1, pages + 1):
        out = tmp_path / f"wall-{n}.png"
        code = render_cli.main([str(file), "--scene", "wall", "--size", "1024x768", "--page", str(n),
                                "--out", str(out)], seen=seen.append)
        assert code == 0
        assert seen[-1].scene.page == n - 1
        assert not QImage(str(out)).isNull()
    assert render_cli.main([str(file), "--scene", "wall", "--size", "1024x768", "--page", str(pages + 1),
                            "--out", str(tmp_path / "x.png")]) == 1


def test_only_ours_applies_to_every_page(ctx):
    svc = ctx.services.wall
    board = svc.boards()[0]
    svc.update_board(board.id, only_in_control=True)
    ours = {n.id for n in svc.view(board.id).notes if n.in_control is True}
    scene = make_scene(ctx, "wall")
    render(scene, (1024, 768))
    shown: set[int] = set()
    for page in range(scene.pages):
        scene.page = page
        runs = drawn_runs(scene, (1024, 768))
        assert "Only what is in our control" in [r.text for r in runs], f"page {page + 1} says so"
        shown |= set(scene.shown_notes)
    assert shown == ours
    from app.ui.wall.board import shared_board

    assert all(i.isVisible() for i in shared_board(ctx).notes.values())   # the console still shows every note


def test_a_note_longer_than_a_page_goes_on_over_pages_of_its_own(ctx):
    svc = ctx.services.wall
    board = svc.add_board("Long", "What gets in the way?")
    long_text = " ".join(f"word{i}" for i in range(250))   # 1,889 characters
    ids = svc.add_notes(board, ["Short one", long_text, "Another short one"])
    svc.make_cluster(board, ids, "Everything")
    from app.ui.wall.board import shared_board

    shared_board(ctx).choose(board)
    scene = make_scene(ctx, "wall")
    render(scene, (1024, 768))
    texts = []
    for page in range(1, scene.pages):
        scene.page = page
        runs = drawn_runs(scene, (1024, 768))
        assert all(r.px >= 0.04 * 768 - 0.5 for r in runs)
        texts.append("".join(r.text for r in runs if r.text.startswith("word")))
    assert scene.pages >= 3
    assert squeeze("".join(texts)) == squeeze(long_text), "the whole note, over pages, in order"
