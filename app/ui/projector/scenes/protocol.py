"""Protocol: the step's title and prompt, who speaks, the step countdown and the whole item's time."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QPainter

from app.ui.projector.digits import DrawnDigits, draw_digits, needed_width
from app.ui.projector.paint import font
from app.ui.projector.scene import margins, register_scene
from app.ui.projector.scenes.live_data import LiveScene
from app.ui.projector.scenes.timefmt import countdown_digits, digits_reference
from app.ui.projector.scenes.timer_style import WORDS_SHARE, draw_progress, draw_zone_mark, zone_color, zone_words
from app.ui.projector.words import QT_TRANSLATE_NOOP, Said, Translate, english
from app.ui.theme import Theme

STEP_DIGIT_SHARE = 0.21  # the step countdown: at least 20% of the screen height
PROMPT_SHARE = 0.062     # the prompt: at least 6%


# The roles the library's protocols name (a protocol's own roles show as written when not among them).
ROLES = (
    QT_TRANSLATE_NOOP("Roles", "facilitator"), QT_TRANSLATE_NOOP("Roles", "participants"),
    QT_TRANSLATE_NOOP("Roles", "presenter"), QT_TRANSLATE_NOOP("Roles", "presenters"),
    QT_TRANSLATE_NOOP("Roles", "listeners"), QT_TRANSLATE_NOOP("Roles", "recorder"),
    QT_TRANSLATE_NOOP("Roles", "storyteller"), QT_TRANSLATE_NOOP("Roles", "interviewer"),
    QT_TRANSLATE_NOOP("Roles", "team"), QT_TRANSLATE_NOOP("Roles", "buddy school"),
)


def who_speaks(speakers, translate: Translate = english) -> Said:
    """Who may speak in a step, in the projector's language(s): the roles as the protocol names them."""
    if not speakers:
        return translate("Protocol", "Everyone may speak")
    names = [translate("Roles", s.replace("_", " ")) for s in speakers]
    if len(names) == 1:
        return translate("Protocol", "Speaking: {name}").format(name=names[0])
    others = Said(", ".join(str(n) for n in names[:-1]),
                  ", ".join(n.second or str(n) for n in names[:-1]) if names[0].second is not None else None)
    return translate("Protocol", "Speaking: {names} and {last}").format(names=others, last=names[-1])


@register_scene
class ProtocolScene(LiveScene):
    scene_id = "protocol"
    title = "Protocol"

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self._protocols: dict[int, object] = {}
        self.digits: DrawnDigits | None = None

    def on_data_changed(self) -> None:
        super().on_data_changed()
        self._protocols.clear()

    def protocol_for(self, item_id: int):
        svc = (self.ctx.services.protocols if self.ctx.services is not None else None)
        if svc is None:
            return None
        if item_id not in self._protocols:
            self._protocols[item_id] = svc.item_protocol(item_id)
        return self._protocols[item_id]

    def available(self) -> bool:
        if not self.data.ready():
            return False
        view = self.data.live.view(self.ctx.clock.now())
        return view.step is not None

    def paint_scene(self, p: QPainter, rect: QRect, theme: Theme) -> None:
        area = margins(rect, 0.04)
        h, w = area.height(), area.width()
        if self.not_ready(p, area, theme):
            return
        live = self.data.live
        view = live.view(self.ctx.clock.now())
        record = self.data.current_record(view)
        proto = self.protocol_for(record.id) if record is not None else None
        if record is None or proto is None or view.step is None or view.step >= len(proto.steps):
            message = self.translate("Protocol", "No protocol running") if record is None else record.title
            self.text(p, "title", area, message, h * 0.09, theme.muted, bold=True)
            return
        step = proto.steps[view.step]
        langs = self.languages
        steps = {lang: proto.in_language(lang).steps[view.step] for lang in langs}
        name = self.said(lambda lang: proto.in_language(lang).name)
        cd = view.step_countdown
        running = view.running
        color = zone_color(cd, theme, running)

        H = rect.height()
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        # Header across the top: protocol name and step count.
        head = self.translate("Protocol", "{name}  ·  Step {n} of {count}").format(
            name=Said(str(name)), n=view.step + 1, count=len(proto.steps))
        if self.bilingual:   # one line: the protocol's name in the first language, "Step n of m" in both
            step_of = self.translate("Protocol", "Step {n} of {count}").format(n=view.step + 1, count=len(proto.steps))
            head = Said(f"{name} · {step_of}", step_of.second)
            fm = QFontMetrics(font(self.min_px))
            if fm.horizontalAdvance(f"{head}   {head.second}") > w:   # a long name: the step as numbers, said once
                head = Said(f"{name} · {view.step + 1}/{len(proto.steps)}")
        self.text(p, "header", QRect(area.x(), area.y(), w, int(h * 0.08)), head, H * 0.05,
                  theme.muted, align=left, wrap=False)

        # Right: the step countdown (at least a fifth of the screen height) and its words.
        digit_h = H * STEP_DIGIT_SHARE
        col_w = int(min(needed_width(digit_h, "88:88"), w * 0.56))
        col = QRect(area.right() + 1 - col_w, area.y() + int(h * 0.08), col_w, int(h * 0.315))
        shown_text = countdown_digits(cd.display_seconds)
        shown = draw_digits(p, QRect(col.x(), col.y(), col.width(), int(h * 0.235)), shown_text, color, digit_h,
                            reference=digits_reference(shown_text))
        self.mark("step_digits", shown.rect)
        self.record_text("step_digits", round(shown.digit_px), shown.rect, (shown_text,))
        self.digits = shown
        words = zone_words(cd, running, self.translate)
        if words:
            used = self.text(p, "step_label", QRect(col.x() + int(h * 0.07), col.y() + int(h * 0.235),
                                                    col.width() - int(h * 0.07), int(h * 0.08)),
                             words, H * 0.07, color, bold=True, wrap=False, min_px=H * WORDS_SHARE)
            draw_zone_mark(p, QRect(used.x() - int(h * 0.06), used.y(), int(h * 0.045), used.height()), cd, theme)

        # Left of it: the step title.
        title_w = col.x() - area.x() - int(w * 0.03)
        title = self.said(lambda lang: steps[lang].title)
        self.text(p, "step_title", QRect(area.x(), col.y(), title_w, col.height()), title, H * 0.08,
                  theme.text, bold=True, align=left)

        bar = QRect(area.x(), area.y() + int(h * 0.41), w, max(4, int(h * 0.022)))
        draw_progress(p, bar, cd, theme)
        self.mark("progress", bar)

        # The prompt: the biggest thing the room reads, at least 6% of the height.
        # Two languages: the prompt starts just under the bar (a little more room for the second language).
        prompt_top = 0.435 if self.bilingual else 0.45
        prompt_rect = QRect(area.x(), area.y() + int(h * prompt_top), w, int(h * (0.87 - prompt_top)))
        prompt = self.said(lambda lang: steps[lang].prompt)
        self.text(p, "prompt", prompt_rect, prompt, H * 0.08, theme.text, align=left,
                  min_px=H * PROMPT_SHARE)

        # Footer: who speaks, and the whole item's time. Two languages: a line of each, the time said shorter
        # and only as wide as it needs, so the roles get the rest of the line.
        item_cd = view.item
        footer_y = area.y() + int(h * 0.88)
        footer_h = h - int(h * 0.88)
        text = Said("")
        if item_cd is not None:
            shown = item_cd.text.lstrip('+')
            over = item_cd.display_seconds < 0
            if self.bilingual:
                text = (self.translate("Protocol", "Protocol: {time} over") if over
                        else self.translate("Protocol", "Protocol: {time} left")).format(time=shown)
            else:
                text = (self.translate("Protocol", "Whole protocol: {time} over") if over
                        else self.translate("Protocol", "Whole protocol: {time} left")).format(time=shown)
        item_w, speakers_w = int(w * 0.45), int(w * 0.52)
        if self.bilingual and text:
            fm = QFontMetrics(font(self.min_px))
            item_w = min(int(w * 0.45), max(fm.horizontalAdvance(str(text)), fm.horizontalAdvance(text.second or "")) + 4)
            speakers_w = w - item_w - int(w * 0.02)
        self.text(p, "speakers", QRect(area.x(), footer_y, speakers_w, footer_h),
                  who_speaks(step.speakers, self.translate), H * 0.05, theme.accent, bold=not self.bilingual,
                  align=left)
        if text:
            self.text(p, "item_time", QRect(area.right() + 1 - item_w, footer_y, item_w, footer_h),
                      text, H * 0.05, zone_color(item_cd, theme, running),
                      align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
