"""Windows that open inside the screen they are on: a 1366x768 laptop shows the console's status bar.

The window manager's frame (title bar, borders) is not known before a window is first shown, so a
guess stands in for it; a window that would not fit with it opens maximised, where the window
manager fits the frame itself, and its normal size fits too, for when it is restored.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, QSize, Qt
from PySide6.QtWidgets import QWidget

DEFAULT_SIZE = QSize(1280, 800)
FRAME_GUESS = QMargins(8, 32, 8, 8)   # a title bar and thin borders, larger than most


def frame_margins(window: QWidget) -> QMargins:
    handle = window.windowHandle()
    if window.isVisible() and handle is not None:
        margins = handle.frameMargins()
        if margins.top() or margins.left():
            return margins
    return FRAME_GUESS


def fit_on_screen(window: QWidget) -> None:
    """Bring `window` (and its normal geometry, when maximised) inside its screen's available geometry."""
    screen = window.screen()
    if screen is None:
        return
    avail = screen.availableGeometry()
    m = frame_margins(window)
    room = avail.marginsRemoved(m)   # where the window's own rect may go
    maximised = bool(window.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen))
    if maximised and window.isVisible():
        return   # the window manager keeps a shown maximised window inside
    normal = QRect(window.geometry())   # before show, a maximised window's normal geometry
    normal.setSize(normal.size().expandedTo(window.minimumSizeHint()).expandedTo(window.minimumSize()))
    too_big = normal.width() > room.width() or normal.height() > room.height()
    normal.setSize(normal.size().boundedTo(room.size()))
    normal.moveLeft(min(max(normal.left(), room.left()), room.right() - normal.width() + 1))
    normal.moveTop(min(max(normal.top(), room.top()), room.bottom() - normal.height() + 1))
    if window.testAttribute(Qt.WidgetAttribute.WA_Moved):
        window.setGeometry(normal)
    else:
        window.resize(normal.size())   # never placed: the window manager places it
    if too_big and not maximised:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def place_like(window: QWidget, model: QWidget) -> None:
    """Put `window` where `model` is (the first frame's stand-in), maximised if it is, and inside the screen."""
    if model.isMaximized():
        window.setGeometry(model.normalGeometry())
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    else:
        window.setGeometry(model.geometry())
    fit_on_screen(window)
