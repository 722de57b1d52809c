"""Timer: the item's title, the countdown in huge digits, a progress bar, and what comes next."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter

from app.ui.projector.digits import DrawnDigits, draw_digits
from app.ui.projector.scene import margins, register_scene
from app.ui.projector.scenes.live_data import LiveScene
from app.ui.projector.scenes.timefmt import countdown_digits, digits_reference
from app.ui.projector.scenes.timer_style import WORDS_SHARE, draw_progress, draw_zone_mark, zone_color, zone_words
from app.ui.projector.words import once
from app.ui.theme import Theme

DIGIT_SHARE = 0.41  # digits at least 40% of the projector's height, in every state


@register_scene
class TimerScene(LiveScene):
    scene_id = "timer"
    title = "Timer"

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self.last_view = None
        self.digits: DrawnDigits | None = None

    def paint_scene(self, p: QPainter, rect: QRect, theme: Theme) -> None:
        area = margins(rect, 0.04)
        h, w = area.height(), area.width()
        if self.not_ready(p, area, theme):
            return
        live = self.data.live
        view = live.view(self.ctx.clock.now())
        self.last_view = view
        record = self.data.current_record(view)
        cd = view.item
        running = view.running
        if record is None:
            record = self.data.up_next()
            if record is None:
                done = (self.translate("Timer", "The day's agenda is done") if live.items()
                        else self.translate("Timer", "No agenda items yet"))
                self.text(p, "title", area, done, h * 0.08, theme.muted)
                return
            digits, color, words, cd = countdown_digits(record.minutes * 60), theme.muted, \
                self.translate("Timer", "Starting soon"), None
        else:
            digits, color, words = countdown_digits(cd.display_seconds), zone_color(cd, theme, running), \
                zone_words(cd, running, self.translate)

        title_rect = QRect(area.x(), area.y(), w, int(h * 0.16))
        self.text(p, "title", title_rect, record.title, h * 0.075, theme.text, bold=True)

        label_rect = QRect(area.x() + int(h * 0.1), area.y() + int(h * 0.165), w - int(h * 0.2), int(h * 0.09))
        if words:
            used = self.text(p, "label", label_rect, words, h * 0.075, color, bold=True, wrap=False,
                             min_px=rect.height() * WORDS_SHARE)
            mark = QRect(used.x() - int(h * 0.08), used.y(), int(h * 0.055), used.height())
            draw_zone_mark(p, mark, cd, theme)

        # The digits may use the screen's width but a thin edge: at 4:3 bold digits 40% tall need it.
        edge = int(rect.width() * 0.01)
        digits_rect = QRect(rect.x() + edge, area.y() + int(h * 0.265), rect.width() - 2 * edge, int(h * 0.50))
        shown = draw_digits(p, digits_rect, digits, color, rect.height() * DIGIT_SHARE,
                            reference=digits_reference(digits))
        self.mark("digits", shown.rect)
        self.record_text("digits", round(shown.digit_px), shown.rect, (digits,))
        self.digits = shown

        bar = QRect(area.x() + int(w * 0.05), area.y() + int(h * 0.79), int(w * 0.9), max(4, int(h * 0.035)))
        if cd is not None:
            draw_progress(p, bar, cd, theme)
            self.mark("progress", bar)

        nxt = self.data.next_after(record.id)
        if nxt is not None:
            when = self.data.start_text(nxt, cd.remaining if cd is not None else None, live.now_minutes())
            # the next item's title as typed, once: "Next / Sigue  ·  10:30  Team data dive"
            text = (once(self.translate("Timer", "Next  ·  {when}  {title}"), "title", nxt.title, when=when) if when
                    else once(self.translate("Timer", "Next  ·  {title}"), "title", nxt.title))
            self.text(p, "next", QRect(area.x(), area.y() + int(h * 0.86), w, int(h * 0.14)), text, h * 0.055,
                      theme.muted, align=Qt.AlignmentFlag.AlignCenter)
