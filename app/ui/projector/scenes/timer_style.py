"""How a countdown's zone looks: colour, words and a shape, never colour alone."""

from __future__ import annotations

import math

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath

from app.domain.agenda import Countdown, Zone
from app.ui.projector.words import Said, Translate, count, english
from app.ui.theme import Theme


def zone_color(cd: Countdown | None, theme: Theme, running: bool = True) -> QColor:
    if cd is None:
        return theme.text
    if cd.zone == Zone.WARNING:
        return theme.warning
    if cd.zone in (Zone.ZERO, Zone.OVERTIME):
        return theme.danger
    return theme.text if running else theme.muted


WORDS_SHARE = 0.065  # zone words at least 6% of the screen height (6.5% asked, for rounding)


def countdown_words(cd: Countdown | None, translate: Translate = english) -> Said:
    """What the zone means, in words the back row can read: "2 minutes left", "Over time" (in the projector's
    language(s), through `translate`: a scene's own)."""
    if cd is None or cd.zone == Zone.NORMAL:
        return Said("")
    if cd.zone == Zone.WARNING:
        minutes = max(1, math.ceil(cd.display_seconds / 60))
        return count(minutes, translate("Timer", "1 minute left"), translate("Timer", "{n} minutes left"))
    if cd.zone == Zone.ZERO:
        return translate("Timer", "Time is up")
    return translate("Timer", "Over time")


def zone_words(cd: Countdown | None, running: bool, translate: Translate = english) -> Said:
    if cd is None:
        return Said("")
    words = countdown_words(cd, translate)
    if not running:
        words = translate("Timer", "Paused · {words}").format(words=words) if words else translate("Timer", "Paused")
    return words


def draw_progress(p: QPainter, rect: QRect, cd: Countdown, theme: Theme) -> None:
    radius = rect.height() / 2
    p.save()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(theme.bar_track)
    p.drawRoundedRect(QRectF(rect), radius, radius)
    fill = QRectF(rect.x(), rect.y(), rect.width() * max(0.0, min(1.0, cd.progress)), rect.height())
    p.setBrush(zone_color(cd, theme) if cd.zone != Zone.NORMAL else theme.accent)
    if fill.width() > 0:
        p.drawRoundedRect(fill, radius, radius)
    p.restore()


def draw_zone_mark(p: QPainter, rect: QRect, cd: Countdown | None, theme: Theme) -> None:
    """A shape beside the words: a triangle for 'wrapping up', a square for time/overtime."""
    if cd is None or cd.zone == Zone.NORMAL:
        return
    side = min(rect.width(), rect.height())
    r = QRectF(rect.x(), rect.y() + (rect.height() - side) / 2, side, side)
    p.save()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(zone_color(cd, theme))
    if cd.zone == Zone.WARNING:
        path = QPainterPath()
        path.moveTo(r.center().x(), r.top())
        path.lineTo(r.right(), r.bottom())
        path.lineTo(r.left(), r.bottom())
        path.closeSubpath()
        p.drawPath(path)
    else:
        p.drawRect(r.adjusted(side * 0.1, side * 0.1, -side * 0.1, -side * 0.1))
    p.restore()
