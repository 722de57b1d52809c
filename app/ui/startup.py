"""The first frame: both windows on screen before the full app has loaded.

A facilitator double-clicks Convene in front of the room. Within a blink the
console says which convening is opening and, with a second screen, the room
sees its Welcome scene. Only then do SQLAlchemy, the store and every tab load
(a second or so), and the real windows take over in the same places.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPainter
from PySide6.QtWidgets import QWidget

from app.domain.clock import SystemClock
from app.ui.theme import THEMES
from app.ui.window_fit import fit_on_screen

if TYPE_CHECKING:
    from app.services.core.workspace import Workspace  # not loaded on the first frame


class _PeekWorkspace:
    """Just enough of a Workspace for the Welcome scene: details read without the store."""

    def __init__(self, details) -> None:
        self._details = details
        self.store = object()

    def details(self):
        return self._details


class ShellWindow(QWidget):
    """The console's place-holder while the app loads: one line, painted (no label or
    layout to polish, so it costs next to nothing in the first frame)."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self.setWindowTitle(QCoreApplication.translate("ShellWindow", "{title} — Convene").format(title=title) if title else QCoreApplication.translate("ShellWindow", "Convene"))
        self.message = QCoreApplication.translate("ShellWindow", "Opening “{title}”…").format(title=title) if title else QCoreApplication.translate("ShellWindow", "Starting Convene…")
        self.setAccessibleName(self.message)

    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        font = QFont(self.font())
        font.setPointSize(font.pointSize() + 8)
        p.setFont(font)
        p.setPen(self.palette().windowText().color())
        margin = self.width() // 20
        p.drawText(self.rect().adjusted(margin, 0, -margin, 0),
                   int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), self.message)
        p.end()


class EarlyProjector(QWidget):
    """The room's Welcome scene, from details peeked at before the store is open."""

    def __init__(self, details, theme: str = "dark") -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint
                         | Qt.WindowType.WindowDoesNotAcceptFocus)
        # The room's screen never takes the keyboard from the console, and the scene paints
        # every pixel, so Qt need not clear a full-screen background first.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        from app.ui.projector.scene import SceneContext
        from app.ui.projector.scenes.welcome import WelcomeScene

        self.setWindowTitle(QCoreApplication.translate("EarlyProjector", "Convene — Projector"))
        self.setCursor(Qt.CursorShape.BlankCursor)
        # The stand-in has what the Welcome scene reads of a Workspace (details, store).
        self.scene = WelcomeScene(SceneContext(cast("Workspace", _PeekWorkspace(details)), SystemClock()))
        self.scene.show_qr = False  # the code appears with the full app, a moment later
        self.theme = THEMES.get(theme, THEMES["dark"])

    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        self.scene.paint(p, QRect(0, 0, self.width(), self.height()), self.theme)
        p.end()


def show_first_frame(details, settings, want_projector: bool):
    """Show the shell (and, on two screens, the early projector). Returns (shell, projector or None)."""
    shell = ShellWindow(details.title if details else "")
    geo = settings.value("console/geometry")
    if geo is not None and hasattr(geo, "isEmpty") and not geo.isEmpty():
        shell.restoreGeometry(geo)
    else:
        shell.resize(1280, 800)
    fit_on_screen(shell)   # before it shows: a 1366x768 laptop, or a saved place on a screen that is gone
    shell.show()
    early = None
    screens = QGuiApplication.screens()
    if want_projector and details is not None and len(screens) > 1:
        target = next((s for s in screens if s is not shell.screen()), None)
        if target is not None:
            early = EarlyProjector(details, str(settings.value("projector/theme", "dark")))
            early.setGeometry(target.geometry())
            # showFullScreen() would also activate the window (taking focus); this does not.
            early.setWindowState(Qt.WindowState.WindowFullScreen)
            early.show()
    return shell, early
