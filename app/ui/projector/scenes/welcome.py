"""Welcome: the convening's title, the day, a large clock, and a QR code of the resources link
with the address printed under it (without "https://"), for whoever cannot scan."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QPainter

from app.ui.projector.paint import font
from app.ui.projector.qr import draw_qr
from app.ui.projector.scene import Scene, margins, register_scene
from app.ui.projector.scenes.timefmt import clock_text, local_now, seconds_to_next_minute
from app.ui.projector.words import Said, Translate, date_text, english
from app.ui.theme import Theme


def short_address(url: str) -> str:
    """The link as a person types it: "https://opendoors.example.org/launch/" -> "opendoors.example.org/launch"."""
    text = url.strip()
    for scheme in ("https://", "http://"):
        if text.lower().startswith(scheme):
            text = text[len(scheme):]
            break
    return text.rstrip("/")


def address_lines(address: str, width: int, px: int) -> list[str]:
    """The address on one line if it fits at `px`, else on two, broken after a "/" (else a "." or "-")."""
    fm = QFontMetrics(font(px))

    def fits(text: str) -> bool:
        return fm.horizontalAdvance(text) <= width

    if fits(address):
        return [address]
    for marks in ("/", ".-"):
        cuts = [i + 1 for i, ch in enumerate(address[:-1]) if ch in marks and fits(address[:i + 1])]
        if cuts:
            return [address[:cuts[-1]], address[cuts[-1]:]]
    return [address]


def day_line(details, today, translate: Translate = english) -> Said:
    days = list(details.days)
    full = translate("Dates", "dddd d MMMM yyyy")
    for n, d in enumerate(days, start=1):
        if d.date == today:
            return translate("Welcome", "Day {n} of {count} · {date}").format(
                n=n, count=len(days), date=date_text(d.date, full))
    if not days:
        return Said("")
    first, last = days[0].date, days[-1].date
    if first == last:
        return date_text(first, full)
    return translate("Welcome", "{first} – {last}").format(
        first=date_text(first, translate("Dates", "d MMMM")), last=date_text(last, translate("Dates", "d MMMM yyyy")))


@register_scene
class WelcomeScene(Scene):
    scene_id = "welcome"
    title = "Welcome"

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self._details: Any = None   # the convening's details, read once per change
        self.show_qr = True

    def on_data_changed(self) -> None:
        self._details = None

    def details(self):
        if self._details is None and self.ctx.workspace.store is not None:
            self._details = self.ctx.workspace.details()
        return self._details

    def next_change_in(self) -> float | None:
        return seconds_to_next_minute(self.ctx.clock.now()) + 0.01

    def paint_scene(self, p: QPainter, rect: QRect, theme: Theme) -> None:
        d = self.details()
        area = margins(rect, 0.05)
        h = area.height()
        H = rect.height()
        title = d.title if d else "Convene"
        tz = d.timezone if d else "UTC"
        now = local_now(self.ctx.clock.now(), tz)
        url = d.resources_url if (d and self.show_qr) else ""
        text_w = area.width()
        clock_bottom = area.bottom()
        if url:
            # Bottom up at the right: the address and the caption (a line each, as wide as they need), the QR.
            right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            line_h = int(H * 0.045 * 1.3)
            lines = address_lines(short_address(url), area.width(), max(self.min_px, int(H * 0.04)))
            address_h = line_h * len(lines)
            address_rect = QRect(area.x(), area.bottom() + 1 - address_h, area.width(), address_h)
            caption_h = line_h * (2 if self.bilingual else 1)   # two languages: a line each
            caption_rect = QRect(area.x(), address_rect.y() - caption_h, area.width(), caption_h)
            qr_side = int(min(h * 0.38, area.width() * 0.3))
            qr_rect = QRect(area.right() - qr_side, caption_rect.y() - qr_side - int(h * 0.015), qr_side, qr_side)
            drawn = draw_qr(p, qr_rect, url)
            self.mark("qr", drawn)
            caption = self.text(p, "qr_caption", caption_rect, self.translate("Welcome", "Scan for today's resources"),
                                H * 0.045, theme.muted, align=right, wrap=False, min_px=H * 0.04)
            address = self.text(p, "qr_address", address_rect, "\n".join(lines), H * 0.045, theme.text,
                                align=right, wrap=False, min_px=H * 0.04)
            if max(caption.width(), address.width()) > qr_side:   # wider than the QR: the clock ends above
                clock_bottom = caption_rect.y() - 1
            text_w = area.width() - qr_side - int(area.width() * 0.04)
        y = area.y()
        title_rect = QRect(area.x(), y, area.width(), int(h * 0.30))
        used = self.text(p, "title", title_rect, title, h * 0.11, theme.text, bold=True,
                         align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        y = used.bottom() + int(h * 0.03)
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        sub = day_line(d, now.date(), self.translate) if d else ""
        if sub:  # the date keeps one size; a long location never shrinks it
            day_h = int(h * (0.14 if self.bilingual else 0.07))   # two languages: a line each
            used = self.text(p, "day", QRect(area.x(), y, area.width(), day_h), sub, H * 0.05,
                             theme.muted, align=left, wrap=False, min_px=H * 0.045)
            y = used.bottom() + int(h * 0.01)
        if d and d.location:  # up to two lines at the date's size, then cut with "…"
            used = self.text(p, "location", QRect(area.x(), y, text_w, int(h * 0.12)), d.location,
                             H * 0.045, theme.muted, align=left, min_px=H * 0.045)
            y = used.bottom() + int(h * 0.02)
        clock_top = max(y, area.y() + int(h * 0.5))
        clock_rect = QRect(area.x(), clock_top, text_w, clock_bottom - clock_top)
        self.text(p, "clock", clock_rect, clock_text(now), h * 0.30, theme.text, bold=True,
                  align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, wrap=False)
