"""Commitments: one team's commitments for the action period, large; or every team's, a page at a time.

The console's Commitments tab chooses what is shown (`show_team`, `show_all`,
`next_page`). A team with nothing new yet shows what it said last time, with
how it went, so the next convening can open with "last time you said you would…".
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter

from app.ui.projector.scene import Scene, margins, register_scene
from app.ui.projector.words import Translate, count, english, labelled
from app.ui.theme import Theme

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
TOP_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
ROW_SHARE = 0.18     # all teams: each row 18% of the screen height (the team, then two lines of 4.5% text)
TEXT_SHARE = 0.045   # row text 4.5%, above the 4% floor
MAX_BLOCKS = 3       # one team: up to three commitments large; the rest are counted


def details_lines(c, full: bool, translate: Translate = english) -> list[tuple[str, int, bool]]:
    """The lines under a commitment, each with the lines of text it may wrap to and whether it stands out
    (the support, how it went): each label of ours in the projector's language(s), the team's words once
    ("Who / Quién: ...", `labelled`).

    In full: who and by when; the measure; the support (or, carried over, how it went).
    Short (several commitments on screen): who and by when only, on one line."""
    # the dot stays with what it follows (no-break spaces), so a wrapped line never starts with it
    who = "\u00a0\u00a0·  ".join(p for p in (labelled(translate("Commitments", "Who: {who}"), c.who) if c.who else "",
                                   labelled(translate("Commitments", "By: {when}"), c.by_when) if c.by_when
                                   else "") if p)
    measure = labelled(translate("Commitments", "Measure: {measure}"), c.measure) if c.measure else ""
    if not full:
        return [(who or measure, 1, False)]
    if c.carried and c.status:
        last = str(translate("Commitments", "How it went: {status}").format(status=c.status_word)) + (
            f". {c.learned}" if c.learned else "")
    else:
        last = labelled(translate("Commitments", "Support: {support}"), c.support_text()) if c.support else ""
    return [(who, 2, False), (measure, 2, False), (last, 2, True)]


@register_scene
class CommitmentsScene(Scene):
    scene_id = "commitments"
    title = "Commitments"

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self.team_id: int | None = None  # None: every team, paged
        self.page = 0
        self.pages = 1
        self._rows: list | None = None
        self.shown_teams: list[str] = []

    # -- chosen from the console -------------------------------------------------------
    def show_team(self, team_id: int) -> None:
        self.team_id = team_id

    def show_all(self, page: int = 0) -> None:
        self.team_id, self.page = None, max(0, page)

    def next_page(self) -> None:
        self.team_id = None
        self.page = (self.page + 1) % max(1, self.pages)

    def on_data_changed(self) -> None:
        self._rows = None

    def commitments(self):
        if self._rows is None:
            svc = (self.ctx.services.commitments if self.ctx.services is not None else None)
            self._rows = svc.commitments() if svc is not None and self.ctx.workspace.store is not None else []
        return self._rows

    # -- painting ------------------------------------------------------------------------
    def paint_scene(self, p: QPainter, rect: QRect, theme: Theme) -> None:
        area = margins(rect, 0.04)
        self.shown_teams = []
        if self.ctx.workspace.store is None:
            self.text(p, "title", area, self.translate("Projector", "No convening open"), area.height() * 0.08,
                      theme.muted)
            return
        rows = self.commitments()
        if self.team_id is not None and any(c.team_id == self.team_id for c in rows):
            self._paint_team(p, rect, area, theme, [c for c in rows if c.team_id == self.team_id])
        else:
            self._paint_all(p, rect, area, theme, [c for c in rows if not c.carried])

    def _paint_team(self, p, rect, area, theme, mine) -> None:
        H, w, h = rect.height(), area.width(), area.height()
        new = [c for c in mine if not c.carried]
        shown = new or mine
        lead = (self.translate("Commitments", "Next action period, we will…") if new
                else self.translate("Commitments", "Last time, we said we would…"))
        self.shown_teams = [shown[0].team]
        self.text(p, "team", QRect(area.x(), area.y(), w, int(h * 0.12)), shown[0].team, H * 0.08, theme.text,
                  bold=True, align=LEFT, wrap=False)
        lead_h = int(h * (0.16 if self.bilingual else 0.08))   # bilingual: a line per language
        self.text(p, "lead", QRect(area.x(), area.y() + int(h * 0.13), w, lead_h), lead, H * 0.05,
                  theme.accent, bold=True, align=LEFT, wrap=False)
        blocks = shown[:MAX_BLOCKS]
        top = area.y() + int(h * 0.15) + lead_h
        bottom = area.bottom() - (int(h * 0.08) if len(shown) > MAX_BLOCKS else 0)
        block_h = (bottom - top) // len(blocks)
        px = max(self.min_px, int(H * TEXT_SHARE))
        one_line = int(px * 1.25)
        single = len(blocks) == 1
        for n, c in enumerate(blocks):
            y = top + n * block_h
            # (text, lines it may take): one commitment alone gets its details in full; several, one line each.
            lines = [(t, k, strong) for t, k, strong in details_lines(c, single, self.translate) if t]
            if not single:
                lines = lines[:1]
            change_h = block_h - sum(k for _, k, _ in lines) * one_line - int(H * 0.02)
            used = self.text(p, f"c{n}.change", QRect(area.x(), y, w, change_h), c.change,
                             H * (0.075 if single else 0.055), theme.text, bold=True, align=TOP_LEFT)
            ly = used.bottom() + int(H * 0.02)
            for k, (line, n_lines, strong) in enumerate(lines):
                r = QRect(area.x(), ly, w, n_lines * one_line)
                got = self.text(p, f"c{n}.line{k}", r, line, px, theme.accent if strong else theme.muted,
                                align=TOP_LEFT, wrap=n_lines > 1, min_px=px)
                ly = got.bottom() + int(one_line * 0.2)
        if len(shown) > MAX_BLOCKS:
            more = len(shown) - MAX_BLOCKS
            self.text(p, "more", QRect(area.x(), bottom, w, area.bottom() - bottom),
                      count(more, self.translate("Commitments", "and 1 more commitment"), self.translate("Commitments", "and {n} more commitments")), H * TEXT_SHARE,
                      theme.muted,
                      align=LEFT, wrap=False)

    def _paint_all(self, p, rect, area, theme, rows) -> None:
        H, w, h = rect.height(), area.width(), area.height()
        head_h = int(h * 0.12)
        if not rows:
            self.text(p, "title", QRect(area.x(), area.y(), w, head_h), self.translate("Commitments", "Commitments"), H * 0.07, theme.text,
                      bold=True, align=LEFT, wrap=False)
            self.text(p, "empty", QRect(area.x(), area.y() + head_h, w, h - head_h),
                      self.translate("Commitments", "No commitments yet. They appear here as teams make them."),
                      H * 0.06, theme.muted)
            self.pages = 1
            return
        row_h = max(1, int(H * ROW_SHARE))
        per_page = max(1, (h - head_h - int(h * 0.02)) // row_h)
        self.pages = max(1, -(-len(rows) // per_page))
        self.page = min(self.page, self.pages - 1)
        page_rows = rows[self.page * per_page:(self.page + 1) * per_page]
        page_w = int(w * 0.3) if self.pages > 1 else 0
        self.text(p, "title", QRect(area.x(), area.y(), w - page_w, head_h), self.translate("Commitments", "Our commitments"),
                  H * 0.07, theme.text, bold=True, align=LEFT, wrap=False)
        if self.pages > 1:
            self.text(p, "page", QRect(area.right() + 1 - page_w, area.y(), page_w, head_h),
                      self.translate("Commitments", "Page {n} of {count}").format(n=self.page + 1, count=self.pages),
                      H * 0.05, theme.muted, wrap=False,
                      align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        px = max(self.min_px, int(H * TEXT_SHARE))
        line_h = int(px * 1.2)
        y = area.y() + head_h + int(h * 0.02)
        for n, c in enumerate(page_rows):
            r = QRect(area.x(), y + n * row_h, w, row_h - int(H * 0.015))
            self.text(p, f"row{n}.team", QRect(r.x(), r.y(), w, line_h), c.team, px, theme.accent,
                      bold=True, align=TOP_LEFT, wrap=False, min_px=px)
            self.shown_teams.append(c.team)
            self.text(p, f"row{n}.change", QRect(r.x(), r.y() + line_h, w, r.height() - line_h), c.change, px,
                      theme.text, align=TOP_LEFT, min_px=px)
