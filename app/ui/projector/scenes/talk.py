"""Talk balance: for one lens, each group's share of talk against its share of people.

Groups, after the one suppression rule (app/domain/talk/suppress.py): a
group under k people is merged into "Other groups" and never derivable by
subtraction. No names are drawn in the group view. The per-person view (names,
time, share, turns, their value of the lens) is drawn only after the
facilitator chose it in the Talk tab for this conversation and a lens not
marked sensitive (`TalkService.room_people`); otherwise it is the group view. Over and under are said with a sign and a
word (▲ over, ▼ under, ● about even), not by colour alone; the talk bar is solid
and the people bar is an outline, and the legend says so whenever groups are drawn.
The title names the lens, and the line under it the conversation.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPen

from app.domain.talk.lenses import NOT_ASKED, PREFER_NOT
from app.domain.talk.suppress import OTHER
from app.i18n import in_language
from app.ui.projector.bilingual import SECOND_SHARE, inline_width
from app.ui.projector.paint import font, wrap_lines
from app.ui.projector.scene import Scene, margins, register_scene
from app.ui.projector.words import QT_TRANSLATE_NOOP, Said, count
from app.ui.theme import Theme

ROW_SHARE = 0.125     # each group: two lines of 4.5% text and their bars
PERSON_ROW_SHARE = 0.07   # each person: one line of 4.5% text and a bar
TEXT_SHARE = 0.045
TITLE_SHARE = 0.075
SUBTITLE_SHARE = 0.05    # the conversation's title, under the lens's
LEGEND = QT_TRANSLATE_NOOP("Talk", "Solid bar: share of talk. Outline: share of people.")
ROOM_MULTI_NOTE = QT_TRANSLATE_NOOP("Talk", "Someone can be in several groups, so shares may add up to over 100%.")
# Group labels that are our own words, not a lens's typed values: said in the room's first language (a row's
# label has one line).
OUR_LABELS = {OTHER: QT_TRANSLATE_NOOP("Talk", "Other groups"), PREFER_NOT: QT_TRANSLATE_NOOP("Talk", "Prefer not to say"),
              NOT_ASKED: QT_TRANSLATE_NOOP("Talk", "Not asked")}
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@register_scene
class TalkBalanceScene(Scene):
    scene_id = "talk"
    title = "Talk balance"

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self.shown: list[tuple[str, str, str, str]] = []  # (group, marker, talk, people) as drawn
        self.shown_people: list[tuple[str, str, str]] = []  # (name, value, figures) as drawn, per-person view

    def on_data_changed(self) -> None:
        pass

    def next_change_in(self) -> float | None:
        talk = (self.ctx.services.talk if self.ctx.services is not None else None)
        if talk is None or self.ctx.workspace.store is None or talk.open_turn() is None:
            return None
        return 5.0  # shares move slowly; every 5 s is enough for the room

    def room(self, rows: int):
        talk = (self.ctx.services.talk if self.ctx.services is not None else None)
        if talk is None or self.ctx.workspace.store is None:
            return None
        return talk.room.room_view(max_groups=rows)

    def people_view(self):
        talk = (self.ctx.services.talk if self.ctx.services is not None else None)
        if talk is None or self.ctx.workspace.store is None:
            return None
        return talk.room.room_people()

    def paint_scene(self, p: QPainter, rect: QRect, theme: Theme) -> None:
        self.shown = []
        self.shown_people = []
        people = self.people_view()
        if people is not None:
            self.paint_people(p, rect, theme, people)
            return
        self.paint_groups(p, rect, theme)

    def paint_people(self, p: QPainter, rect: QRect, theme: Theme, view) -> None:
        """One line per person, most talk first: name, their value of the lens, a bar, share and turns."""
        area = margins(rect, 0.04)
        H, w = rect.height(), area.width()
        px = max(self.min_px, int(H * TEXT_SHARE))
        title_h = self.heading(p, area, theme,
                               self.translate("Talk", "Talk by person, with {lens}").format(lens=view.lens_name),
                               view.title)
        row_h = max(1, int(H * PERSON_ROW_SHARE))
        footer_h = max(int(H * 0.12), self.footer_height(self.people_notes(view, 1), w, px))
        rows = max(1, (area.height() - title_h - footer_h) // row_h)
        if len(view.rows) > rows:   # the note under the list says how many more: room for it in each language
            footer_h = max(footer_h, self.footer_height(self.people_notes(view, rows - 1), w, px))
            rows = max(1, (area.height() - title_h - footer_h) // row_h)
        top = area.y() + title_h
        name_w, value_w, figs_w = int(w * 0.36), int(w * 0.18), int(w * 0.22)
        gap = int(w * 0.015)
        bar_x = area.x() + name_w + value_w + 2 * gap
        bar_w = max(1, w - name_w - value_w - figs_w - 3 * gap)
        scale = max([1e-9] + [r.share for r in view.rows])
        shown = view.rows[:rows] if len(view.rows) <= rows else view.rows[:rows - 1]
        for i, r in enumerate(shown):
            y = top + i * row_h
            self.text(p, f"row{i}.name", QRect(area.x(), y, name_w, row_h), r.name, px, theme.text, bold=True,
                      align=LEFT, wrap=False)
            self.text(p, f"row{i}.value", QRect(area.x() + name_w + gap, y, value_w, row_h), r.values or "—", px,
                      theme.muted, align=LEFT, wrap=False)
            turns = r.turns
            figs = str(count(turns, self.translate("Talk", "{share}% · 1 turn"), self.translate("Talk", "{share}% · {n} turns")).format(
                share=f"{r.share * 100:.0f}") if turns else self.translate("Talk", "not yet"))
            self.text(p, f"row{i}.figures", QRect(area.right() + 1 - figs_w, y, figs_w, row_h), figs, px,
                      theme.text if r.turns else theme.muted, align=RIGHT, wrap=False)
            pad = max(2, row_h // 4)
            p.fillRect(QRect(bar_x, y + pad, bar_w, row_h - 2 * pad), theme.bar_track)
            if r.share > 0:
                p.fillRect(QRect(bar_x, y + pad, max(1, int(bar_w * r.share / scale)), row_h - 2 * pad), theme.accent)
            self.mark(f"row{i}.bar", QRect(bar_x, y + pad, bar_w, row_h - 2 * pad))
            self.shown_people.append((r.name, r.values, figs))
        self.text(p, "footer", QRect(area.x(), area.bottom() + 1 - footer_h, w, footer_h),
                  self.people_notes(view, len(shown)), px, theme.muted, align=LEFT)

    def people_notes(self, view, shown: int) -> Said:
        """Under the list: how many more people (when `shown` leaves some out) and the legend, in each language."""
        rest = view.rows[shown:]
        notes: list[str] = []
        if rest:
            silent = sum(1 for r in rest if r.turns == 0)
            unlisted = len(rest)
            if silent:
                note = count(unlisted, self.translate("Talk", "1 more person not listed, {silent} of them not yet spoken."),
                             self.translate("Talk", "{n} more people not listed, {silent} of them not yet spoken."))
            else:
                note = count(unlisted, self.translate("Talk", "1 more person not listed."),
                             self.translate("Talk", "{n} more people not listed."))
            notes.append(note.format(silent=silent))
        notes.append(self.translate("Talk", "Bar: share of talk."))
        return joined(notes)

    def paint_groups(self, p: QPainter, rect: QRect, theme: Theme) -> None:
        area = margins(rect, 0.04)
        H, w = rect.height(), area.width()
        px = max(self.min_px, int(H * TEXT_SHARE))
        title_h = self.title_height() + int(H * SUBTITLE_SHARE * 1.4)
        row_h = max(1, int(H * ROW_SHARE))
        room_h = area.height() - title_h
        rows = max(1, (room_h - self.footer_height(self.translate("Talk", LEGEND), w, px)) // row_h)
        view = self.room(rows)
        if view is None:
            self.text(p, "title", area, self.translate("Projector", "No convening open"), H * 0.08, theme.muted)
            return
        if view.shares is None or view.suppressed is None:
            msg = (self.translate("Talk", "Talk balance: start tracking in the Talk tab") if not view.title
                   else self.translate("Talk", "Talk balance: choose a lens in the Talk tab"))
            self.text(p, "title", area, msg, H * TITLE_SHARE, theme.muted)
            return
        # As many groups as leave room for the legend and the notes under them (fewer rows merge more).
        for _ in range(3):
            footer_h = self.footer_height(self.footer(view), w, px)
            nobody = row_h if view.shares.person_seconds <= 0 else 0
            fit = max(1, (room_h - footer_h - nobody) // row_h)
            if min(len(view.shares.groups), rows) <= fit:
                break
            rows = fit
            again = self.room(rows)
            if again is None or again.shares is None or again.suppressed is None:
                break
            view = again
        title_h = self.heading(p, area, theme,
                               self.translate("Talk", "Share of talk by {lens}").format(lens=view.lens_name), view.title)
        top = area.y() + title_h
        if view.suppressed.nothing_shown:
            note = view.suppressed.note()   # a Message: said in the projector's language(s)
            self.text(p, "note", QRect(area.x(), top, w, area.height() - title_h),
                      self.said(lambda lang: str(in_language(note, lang))),
                      H * 0.06, theme.muted)
            return
        if view.shares.person_seconds <= 0:
            self.text(p, "note", QRect(area.x(), top, w, row_h), self.translate("Talk", "Nobody has spoken yet."), px, theme.muted,
                      align=LEFT)
            top += row_h

        label_w = int(w * 0.34)
        gap = int(w * 0.02)
        # The figures' column as wide as its widest figure needs ("29% de personas" runs longer than "29% of
        # people"), taken from the bars, which keep at least a fifth of the width.
        shown_groups = view.shares.groups[:rows]
        figures = [(str(self.translate("Talk", "{share}% of talk").format(share=f"{g.talk_share * 100:.0f}")),
                    str(self.translate("Talk", "{share}% of people").format(share=f"{g.people_share * 100:.0f}")))
                   for g in shown_groups]
        widest = max((inline_width(f, px, self.min_px) for pair in figures for f in pair), default=0)
        value_w = min(max(int(w * 0.26), widest), w - label_w - 2 * gap - int(w * 0.2))
        bar_x = area.x() + label_w + gap
        bar_w = max(1, w - label_w - value_w - 2 * gap)
        line_h = row_h // 2
        scale = max([1e-9] + [max(g.talk_share, g.people_share) for g in view.shares.groups])
        for i, (g, (talk_text, people_text)) in enumerate(zip(shown_groups, figures, strict=True)):
            y = top + i * row_h
            label = str(self.translate("Talk", OUR_LABELS[g.label])) if g.label in OUR_LABELS else g.label
            marker = str(in_language(g.marker(), self.languages[0])) if view.shares.person_seconds > 0 else ""
            self.text(p, f"row{i}.label", QRect(area.x(), y, label_w, line_h), label, px, theme.text, bold=True,
                      align=LEFT, wrap=False)
            self.text(p, f"row{i}.marker", QRect(area.x(), y + line_h, label_w, line_h), marker, px,
                      theme.accent if g.direction == "over" else theme.muted, align=LEFT, wrap=False)
            vx = area.right() + 1 - value_w
            self.text(p, f"row{i}.talk", QRect(vx, y, value_w, line_h), talk_text, px, theme.text, align=RIGHT,
                      wrap=False)
            self.text(p, f"row{i}.people", QRect(vx, y + line_h, value_w, line_h), people_text, px, theme.muted,
                      align=RIGHT, wrap=False)
            pad = max(2, line_h // 5)
            talk_bar = QRect(bar_x, y + pad, max(0, int(bar_w * g.talk_share / scale)), line_h - 2 * pad)
            people_bar = QRect(bar_x, y + line_h + pad, max(0, int(bar_w * g.people_share / scale)),
                               line_h - 2 * pad)
            p.fillRect(QRect(bar_x, y + pad, bar_w, line_h - 2 * pad), theme.bar_track)
            if talk_bar.width() > 0:
                p.fillRect(talk_bar, theme.accent)
            pen = QPen(theme.text)
            pen.setWidth(max(2, H // 300))
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            if people_bar.width() > 0:
                p.drawRect(people_bar.adjusted(0, 0, -1, -1))
            self.mark(f"row{i}.bars", QRect(bar_x, y + pad, bar_w, row_h - 2 * pad))
            self.shown.append((label, marker, talk_text, people_text))
        self.text(p, "footer", QRect(area.x(), area.bottom() + 1 - footer_h, w, footer_h), self.footer(view), px,
                  theme.muted, align=LEFT)

    def footer(self, view) -> Said:
        """Under the groups: the legend, then what was merged and why shares may add up over 100%: our words in
        each language (the legend says what the rows' figures are), the talk service's note once."""
        notes: list[str] = [self.translate("Talk", LEGEND)]
        if view.suppressed is not None and view.suppressed.note():
            note = view.suppressed.note()   # the domain's Message: in each of the projector's languages
            notes.append(self.said(lambda lang: str(in_language(note, lang))))
        if view.multi_note:
            notes.append(self.translate("Talk", ROOM_MULTI_NOTE))
        return joined(notes)

    def footer_height(self, text: str, width: int, px: int) -> int:
        """The height `text` takes under the rows at `px`; a second language's lines under it, smaller."""
        f = font(px)
        height = len(wrap_lines(str.__str__(text), f, width)) * QFontMetrics(f).lineSpacing() + px // 4
        second = getattr(text, "second", None)
        if second:
            f2 = font(max(self.min_px, int(px * SECOND_SHARE)))
            height += (len(wrap_lines(second, f2, width)) * QFontMetrics(f2).lineSpacing()
                       + max(2, int(self.min_px * 0.15)))
        return height

    def title_height(self) -> int:
        """The lens's title: a line, or two (one per language) on a bilingual projector."""
        return int(self.screen_height * (0.14 if self.bilingual else 0.11))

    def heading(self, p: QPainter, area: QRect, theme: Theme, title: Said, conversation: str) -> int:
        """The lens's title and, under it, the conversation's; returns the height they take."""
        H = self.screen_height
        title_h = self.title_height()
        self.text(p, "title", QRect(area.x(), area.y(), area.width(), title_h), title, H * TITLE_SHARE, theme.text,
                  bold=True, align=LEFT, wrap=False)
        if not conversation:
            return title_h
        sub_h = int(H * SUBTITLE_SHARE * 1.4)
        lift = 0 if self.bilingual else int(H * 0.01)
        self.text(p, "conversation", QRect(area.x(), area.y() + title_h - lift, area.width(), sub_h),
                  conversation, H * SUBTITLE_SHARE, theme.text, align=LEFT, wrap=False,
                  min_px=H * 0.045)
        return title_h + sub_h


def joined(notes: list[str]) -> Said:
    """Sentences one after another; a `Said`'s second language joined apart (texts without one, such as a
    service's note, show once, in the first)."""
    first = " ".join(str.__str__(n) for n in notes)
    seconds = [n.second for n in notes if isinstance(n, Said) and n.second]
    langs = next((n.langs for n in notes if isinstance(n, Said)), ("en", "en"))
    return Said(first, " ".join(seconds) if seconds else None, langs)
