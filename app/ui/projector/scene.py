"""The one interface every projector scene implements, and the registry of scenes.

A scene paints itself into any rectangle with a QPainter, so the projector
window and the console's thumbnail run the same code and show the same thing.
Sizes are fractions of the rectangle, so a scene scales from 1024x768 to 4K.
Each paint records what it drew (`drawn`) and at what size (`texts`), which
tests use to check that nothing leaves the screen and everything is legible
from the back of the room: no text under MIN_TEXT_SHARE of the screen height.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter

from app.domain.clock import Clock
from app.ui.projector.bilingual import draw_two
from app.ui.projector.paint import FAMILY, draw_fitted
from app.ui.projector.words import Said, words
from app.ui.theme import Theme

if TYPE_CHECKING:  # the full services load after the first frame (see app/ui/startup.py)
    from app.services.core.workspace import Workspace
    from app.services.root import Services
    from app.ui.context import UiParts


MIN_TEXT_SHARE = 0.04  # 4% of the screen height: readable at 15 m on a 1.5 m tall screen


class DrawnText(NamedTuple):
    """One piece of text a scene drew: its font size in pixels, where, and how it was laid out."""

    key: str
    px: int
    rect: QRect
    lines: tuple[str, ...]
    elided: bool


class SceneContext:
    """What scenes may read: the open convening's services, the UI's shared parts and the clock.

    `services` and `ui` are None on the first frame, before the services load (a scene then draws
    what it can without them). (A plain class, not a dataclass, like the other values on the first
    frame's path.)"""

    def __init__(self, workspace: Workspace, clock: Clock, services: Services | None = None,
                 ui: UiParts | None = None, lang: str | None = None) -> None:
        self.workspace = workspace
        self.clock = clock
        self.services = services
        self.ui = ui
        self.lang_override = lang   # `convene render --lang`: this mode whatever the file says
        self._lang: str | None = None

    @property
    def lang(self) -> str:
        """The projector's language mode ("en", "es", "en+es", "es+en"): the convening's, read once until
        `forget_language()` (the projector calls it whenever the convening changes)."""
        if self.lang_override is not None:
            return self.lang_override
        if self._lang is None:
            reader = getattr(self.workspace, "projector_lang", None)
            try:
                self._lang = reader() if reader is not None and self.workspace.store is not None else "en"
            except Exception:  # noqa: BLE001 - a file that cannot say reads as English, never a blank screen
                self._lang = "en"
        return self._lang

    def forget_language(self) -> None:
        self._lang = None


class Scene:
    scene_id: str = ""
    title: str = ""
    shortcut: str = ""

    def __init__(self, ctx: SceneContext) -> None:
        self.ctx = ctx
        self.drawn: list[tuple[str, QRect]] = []
        self.texts: list[DrawnText] = []
        self.screen_height = 0

    @property
    def min_px(self) -> int:
        """The smallest text this scene may draw on the current screen."""
        return max(1, math.ceil(self.screen_height * MIN_TEXT_SHARE))

    def record_text(self, key: str, px: int, rect: QRect, lines=(), elided: bool = False) -> None:
        self.texts.append(DrawnText(key, int(px), QRect(rect), tuple(lines), elided))

    # -- what subclasses implement -----------------------------------------
    def paint_scene(self, p: QPainter, rect: QRect, theme: Theme) -> None:
        raise NotImplementedError

    def next_change_in(self) -> float | None:
        """Seconds until what this scene shows changes by itself (None: only on events)."""
        return None

    def available(self) -> bool:
        """False when the scene has nothing to show (e.g. no timer running)."""
        return True

    # -- used by the projector and the thumbnail -----------------------------
    def paint(self, p: QPainter, rect: QRect, theme: Theme) -> None:
        self.drawn = []
        self.texts = []
        self.screen_height = rect.height()
        p.save()
        p.fillRect(rect, theme.background)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        self.paint_scene(p, rect, theme)
        p.restore()

    def text(self, p: QPainter, key: str, rect: QRect, text: str, max_px: float, color,
             bold: bool = False, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter,
             wrap: bool = True, min_px: float | None = None, family: str = FAMILY) -> QRect:
        """Draw `text` as large as fits (at most max_px); below the scene's minimum it is cut with "…".

        A `Said` with a second language draws both: the second smaller (SECOND_SHARE), below the first when
        the box has room for two lines at the floors, else beside it on the same line (`bilingual.py`; the
        second at SECOND_SHARE of the first's size)."""
        if isinstance(text, Said) and text.second is not None:
            return draw_two(self, p, key, rect, text, max_px, color, bold=bold, align=align, wrap=wrap,
                            min_px=min_px, family=family)
        p.setPen(color)
        floor = self.min_px if min_px is None else max(self.min_px, int(min_px))
        used, fitted = draw_fitted(p, rect, text, max(int(max_px), floor), bold=bold, align=align, wrap=wrap,
                                   min_px=floor, family=family)
        self.drawn.append((key, used))
        if fitted is not None:
            self.record_text(key, fitted.px, used, fitted.lines, fitted.elided)
        return used

    # -- languages -------------------------------------------------------------
    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(self.ctx.lang.split("+"))

    @property
    def bilingual(self) -> bool:
        return "+" in self.ctx.lang

    def translate(self, context: str, text: str, disambiguation: str | None = None, n: int = -1) -> Said:
        """One of the projector's own words in its language(s): `self.translate("Timer", "Next")` (lupdate
        finds these calls: keep the context and text literal)."""
        langs = self.languages
        first = words(langs[0])(context, text, disambiguation, n)
        second = words(langs[1])(context, text, disambiguation, n) if len(langs) > 1 else None
        return Said(first, second, (langs[0], langs[-1]))

    def said(self, by_lang: Callable[[str], str]) -> Said:
        """A data text (a step's title, a prompt) in the projector's language(s): `by_lang(lang)` gives it in
        one, as written when it has no translation; the second language shows only when it differs."""
        langs = self.languages
        return Said(by_lang(langs[0]), by_lang(langs[1]) if len(langs) > 1 else None, (langs[0], langs[-1]))

    def mark(self, key: str, rect: QRect) -> None:
        self.drawn.append((key, QRect(rect)))


SceneFactory = Callable[[SceneContext], Scene]
_REGISTRY: list[SceneFactory] = []


def register_scene(factory: SceneFactory) -> SceneFactory:
    """Later capabilities call this (as a class decorator) to add their scene."""
    if factory not in _REGISTRY:
        _REGISTRY.append(factory)
    return factory


def registered_scenes() -> list[SceneFactory]:
    return list(_REGISTRY)


def margins(rect: QRect, fraction: float = 0.05) -> QRect:
    m = int(min(rect.width(), rect.height()) * fraction)
    return rect.adjusted(m, m, -m, -m)
