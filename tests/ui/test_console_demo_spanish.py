"""A Spanish-speaking facilitator runs the demo in Spanish: a Spanish console opens the Spanish demo (the console's
language decides, as `convene --demo` does), and no English text of the demo's is on its Agenda tab, its Wall tab,
or the projector's agenda, protocol and wall scenes; only names are left as they are.

Set CONVENE_LOOK_DIR to keep the scenes' PNGs (named `demo-es-<scene>-WxH-dark.png`).
"""

from __future__ import annotations

import pytest

from app.services.console.demo import build_demo, demo_words
from app.services.core.workspace import Workspace
from tests.ui.scene_helpers import make_scene, render, scene_context
from tests.ui.test_console_spanish import _shown_texts
from tests.ui.test_scene_languages import check_legible

pytestmark = pytest.mark.gui

SIZES_2 = [(1024, 768), (1920, 1080)]


def english_of_the_demo() -> tuple[set[str], set[str]]:
    """(texts of several words, one-word texts) the English demo shows that the Spanish one says otherwise."""
    english = {k for k in demo_words("es")[0] if not k.startswith("max_ratio:")}   # a goal's code: never shown
    return {t for t in english if " " in t}, {t for t in english if " " not in t}


def left_in_english(texts) -> list[str]:
    phrases, words = english_of_the_demo()
    found = []
    for text in texts:
        if text in words or text.strip("“”\"") in words:
            found.append(text)
        found += [f"{p!r} in {text!r}" for p in phrases if p in text]
    return sorted(set(found))


@pytest.fixture
def es_demo_console(spanish, demo_console):
    """The console in Spanish, its demo opened as File > Open the demo does (after the language is installed)."""
    return demo_console


def _view_texts(root) -> set[str]:
    """Every text an item view (agenda rows, the wall's note list) and the wall's board show, tooltips too."""
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtWidgets import QAbstractItemView, QGraphicsView

    texts: set[str] = set()
    def walk(model, parent: QModelIndex) -> None:
        for r in range(model.rowCount(parent)):
            for c in range(model.columnCount(parent)):
                index = model.index(r, c, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    if isinstance(value, str) and value:
                        texts.add(value)
            walk(model, model.index(r, 0, parent))

    for view in root.findChildren(QAbstractItemView):
        if view.isVisibleTo(root) and view.model() is not None:
            walk(view.model(), QModelIndex())
    for gv in root.findChildren(QGraphicsView):
        if gv.scene() is None:
            continue
        for item in gv.scene().items():
            for text in (getattr(getattr(item, "note", None), "text", None),
                         getattr(getattr(item, "cluster", None), "name", None),
                         getattr(item, "problem", None), item.toolTip()):
                if isinstance(text, str) and text:
                    texts.add(text)
    return texts


def test_the_spanish_console_opens_the_demo_in_spanish(es_demo_console):
    c = es_demo_console
    assert c.ws.languages().projector == "es" and c.ws.languages().handout == "es"
    assert c.ws.details().title == "Puertas abiertas a la ayuda — Intensivo de lanzamiento"
    assert c.ws.path.name.startswith("Encuentro de demostración ")


@pytest.mark.parametrize("tab", ["Agenda", "Wall"])
def test_no_english_of_the_demos_on_its_agenda_and_wall_tabs(es_demo_console, tab):
    from PySide6.QtWidgets import QApplication

    from tests.ui.test_console_fits_screens import _show_tab

    c = es_demo_console
    _show_tab(c, tab)
    widget = c.tab_widgets[tab]
    texts = _shown_texts(c) | _view_texts(widget)
    if tab == "Agenda":   # each day in turn
        for day in c.ws.days():
            widget.choose_day(day.id)
            QApplication.processEvents()
            texts |= _shown_texts(c) | _view_texts(widget)
    assert len(texts) > 20, "the tab shows the demo's data"
    spanish = {"Agenda": "Círculos de historias: el camino que nos trajo aquí", "Wall": "Nuestras creencias"}[tab]
    assert any(spanish in t for t in texts), sorted(texts)[:40]
    left = left_in_english(texts)
    assert not left, f"{tab}: still in English:\n" + "\n".join(left)


@pytest.fixture
def es_room(qapp, tmp_path, data_dir, clock):
    """A scene context over the Spanish demo (no language override: the demo set its projector to Spanish)."""
    from app.services.core.changes import ConveningChanged
    from app.services.root import Services

    ws = Workspace(clock, data_dir)
    ws.adopt(build_demo(tmp_path / "demo-es.convene", clock, "es"))
    services = Services(ws)
    ctx = scene_context(services, clock)
    ctx.services.talk._on_convening(ConveningChanged(opened=True))
    yield ctx
    ctx.ui.close()
    services.close()
    ws.close()


@pytest.mark.parametrize("size", SIZES_2, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("scene_id", ["agenda", "protocol", "wall"])
def test_the_spanish_demos_projector_scenes_say_no_english(es_room, size, scene_id):
    from tests.ui.test_scene_legibility import start_protocol

    if scene_id == "protocol":   # the day's first protocol, on its first step
        start_protocol(es_room)
    scene = make_scene(es_room, scene_id)
    render(scene, size, name=f"demo-es-{scene_id}")
    check_legible(scene, size, f"demo es {scene_id}")
    said = [" ".join(t.lines) for t in scene.texts]
    assert said, "the scene drew its texts"
    left = left_in_english(said)
    assert not left, f"{scene_id}: still in English:\n" + "\n".join(left)
    if scene_id == "agenda":
        assert any("Bienvenida" in t for t in said), said
