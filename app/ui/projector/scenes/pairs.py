"""Pairs: this round's buddy schools, each group's names large with a short reason beneath.

Sizes are fixed fractions of the screen height (names 5.5%, reasons 4.2%,
never smaller); what does not fit is wrapped, then elided, and the groups
are laid out in pages that turn every rounds.PAGE_SECONDS, with "page 1 of 2".
`sizes` records the pixel size of each kind of text for the scene tests.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QPainter

from app.ui.projector.paint import font
from app.ui.projector.scene import margins, register_scene
from app.ui.projector.scenes.rounds import RoundScene
from app.ui.projector.words import compact
from app.ui.theme import Theme

if TYPE_CHECKING:
    from app.services.root import Services

TITLE, NAMES, REASON, FOOT = 0.075, 0.055, 0.042, 0.042


def wrap_lines(fm: QFontMetrics, text: str, width: int, max_lines: int) -> list[str]:
    """Greedy word wrap into at most `max_lines` lines; the last one elided with … if text is left."""
    words = text.split()
    lines: list[str] = []
    current = ""
    for n, word in enumerate(words):
        trial = f"{current} {word}" if current else word
        if fm.horizontalAdvance(trial) <= width or not current:
            current = trial
            continue
        lines.append(current)
        current = word
        if len(lines) == max_lines:
            current = " ".join([lines.pop(), *words[n:]])
            break
    if current:
        lines.append(current)
    return [fm.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines[:max_lines]]


def group_names(names) -> str:
    names = list(names)
    return " & ".join(names) if len(names) < 3 else f"{', '.join(names[:-1])} & {names[-1]}"


def name_lines(fm: QFontMetrics, names, width: int) -> list[str]:
    """The group on one line if it fits, else one team per line ("Riverbend High &" / "Lindero Early College")."""
    whole = group_names(names)
    if fm.horizontalAdvance(whole) <= width:
        return [whole]
    names = list(names)
    parts = [f"{n}," for n in names[:-2]] + ([f"{names[-2]} &"] if len(names) > 1 else []) + [names[-1]]
    return [line for part in parts for line in wrap_lines(fm, part, width, 2)]


@register_scene
class PairsScene(RoundScene):
    scene_id = "pairs"
    title = "Pairs"

    def rounds_of(self, services: Services) -> list:
        return services.pairing.rounds()

    def paint_scene(self, p: QPainter, rect: QRect, theme: Theme) -> None:
        area = margins(rect, 0.04)
        H = rect.height()
        self.sizes = {}
        r = self._round()
        if r is None or not r.groups:
            self.text(p, "title", area, self.none_text("pairs"), H * TITLE, theme.muted, wrap=False)
            self.sizes["title"] = min(t.px for t in self.texts if t.key.startswith("title"))
            self.pages = 1
            return
        title_h = int(H * TITLE * 1.35)
        fallback = self.translate("Rounds", "Round {n}").format(n=r.number)
        heading = self.heading(r, fallback)
        if QFontMetrics(font(int(H * TITLE), bold=True)).horizontalAdvance(heading) > area.width():
            heading = r.title or compact(fallback, " / ")   # the day only where it fits
            if QFontMetrics(font(int(H * TITLE), bold=True)).horizontalAdvance(heading) > area.width():
                heading = r.title or str.__str__(fallback)
        self._line(p, "title", QRect(area.x(), area.y(), area.width(), title_h), heading,
                   int(H * TITLE), theme.text, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, bold=True)
        foot_line = int(H * FOOT * 1.4)
        foot_h = foot_line * (2 if self.bilingual else 1)   # two languages: a line each
        top = area.y() + title_h + int(H * 0.02)
        bottom = area.bottom() - foot_h
        names_fm = QFontMetrics(font(int(H * NAMES), bold=True))
        reason_fm = QFontMetrics(font(int(H * REASON)))
        width = area.width()
        blocks = []
        for g in r.groups:
            names = name_lines(names_fm, g.names, width)
            reason = wrap_lines(reason_fm, g.reason, width - int(H * 0.03), 2)
            height = len(names) * names_fm.lineSpacing() + len(reason) * reason_fm.lineSpacing() + int(H * 0.025)
            blocks.append((g, names, reason, height))
        pages: list[list] = [[]]
        used = 0
        for b in blocks:
            if pages[-1] and used + b[3] > bottom - top:
                pages.append([])
                used = 0
            pages[-1].append(b)
            used += b[3]
        self.pages = len(pages)
        y = top
        for k, (g, names, reason, _height) in enumerate(pages[self.page_now()]):
            for line in names:
                cell = QRect(area.x(), y, width, names_fm.lineSpacing())
                self._line(p, f"group{k}.names", cell, line, int(H * NAMES), theme.accent if g.locked else theme.text,
                           Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, bold=True)
                y += names_fm.lineSpacing()
            for line in reason:
                cell = QRect(area.x() + int(H * 0.03), y, width - int(H * 0.03), reason_fm.lineSpacing())
                self._line(p, f"group{k}.reason", cell, line, int(H * REASON), theme.muted,
                           Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                y += reason_fm.lineSpacing()
            y += int(H * 0.025)
        total = sum(len(g.team_ids) for g in r.groups)
        foot_said = self.translate("Rounds", "{groups} groups · {teams} teams").format(groups=len(r.groups), teams=total)
        if self.pages > 1:
            foot_said = self.translate("Rounds", "{counts} · page {n} of {count}").format(
                counts=foot_said, n=self.page_now() + 1, count=self.pages)
        for n, foot in enumerate(self.lines_of(foot_said)):
            self._line(p, "footer" if n == 0 else "footer_2",
                       QRect(area.x(), area.bottom() - foot_h + n * foot_line, width, foot_line), foot, int(H * FOOT),
                       theme.muted, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

