"""The projector window and the console's live thumbnail: both paint the current scene.

Their own words (the thumbnail's tooltip, the accessible names, the window's title) are console UI, so they
speak the console's language, not the projector's. They are translated with the projector's translator in
the console's language (`console_words()`): this file lives with the projector, whose lupdate finds them and
keeps them in translations/projector_es.ts (context "Console"), so the console's catalogue and its lupdate
stay as they are.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QKeyEvent, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.ui.i18n import current_language
from app.ui.projector.words import words

DEFAULT_ROOM_SIZE = QSize(1920, 1080)
ROOM_WINDOW_FLAGS = Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus


def console_words():
    """translate(context, text) in the console's language (the projector's own catalogue holds these words)."""
    return words(current_language())


def show_full_screen_without_focus(win: QWidget) -> None:
    """Full screen, as showFullScreen() does, but without its activateWindow()."""
    win.setWindowState((win.windowState() & ~(Qt.WindowState.WindowMinimized | Qt.WindowState.WindowMaximized))
                       | Qt.WindowState.WindowFullScreen)
    win.show()


class ProjectorWindow(QWidget):
    """What the room sees. Borderless full screen on the second screen, else a window."""

    def __init__(self, controller) -> None:
        super().__init__(None)
        self.controller = controller
        translate = console_words()
        self.setWindowTitle(translate("Console", "Convene — Projector"))
        self.setAccessibleName(translate("Console", "Projector"))
        # The room's window never takes focus (a window manager gave it focus at launch, and keys
        # typed for the console went nowhere); the clicker filter hears keys from it all the same.
        self.setWindowFlags(ROOM_WINDOW_FLAGS)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt naming
        p = QPainter(self)
        self.controller.paint_room(p, self.rect())
        p.end()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        # The clicker filter handles live keys; anything else is ignored here.
        event.ignore()

    def closeEvent(self, event) -> None:  # noqa: N802
        self.controller.projector_closed(self)
        super().closeEvent(event)


class ProjectorThumbnail(QWidget):
    """A live, scaled copy of exactly what the projector shows."""

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setMinimumSize(240, 135)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        translate = console_words()
        self.setAccessibleName(translate("Console", "Projector preview"))
        self.setToolTip(translate("Console", "What the room sees right now"))

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        room = self.controller.room_size()
        return int(width * room.height() / max(1, room.width()))

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(360, self.heightForWidth(360))

    def paintEvent(self, event) -> None:  # noqa: N802
        room = self.controller.room_size()
        scale = min(self.width() / room.width(), self.height() / room.height())
        w, h = room.width() * scale, room.height() * scale
        x, y = (self.width() - w) / 2, (self.height() - h) / 2
        p = QPainter(self)
        p.fillRect(self.rect(), self.palette().window())
        p.translate(x, y)
        p.scale(scale, scale)
        self.controller.paint_room(p, QRect(0, 0, room.width(), room.height()))
        p.resetTransform()
        p.setPen(self.palette().mid().color())
        p.drawRect(QRect(int(x), int(y), int(w) - 1, int(h) - 1))
        p.end()
