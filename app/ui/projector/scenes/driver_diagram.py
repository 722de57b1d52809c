"""Driver diagram: the network's aim, its primary and secondary drivers and the change ideas, with how many
teams are testing each idea, as an outline a page at a time.

The aim stays on top of every page; under it the outline, a row each: a primary driver (bold, in the
accent colour), its secondary drivers (indented), and their change ideas (indented again) with the
number of teams testing them at the right. When the outline is longer than a page, Shift+PageDown /
Shift+PageUp turn the page (`turn`), and a page that begins inside a primary driver repeats its name
("…, continued").
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics

from app.domain.improvement.model import AIM, IDEA, PRIMARY
from app.ui.projector.bilingual import inline_width
from app.ui.projector.paint import font
from app.ui.projector.scene import Scene, margins, register_scene
from app.ui.projector.words import Said, count
from app.ui.theme import Theme

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
TOP_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
TEXT_SHARE = 0.045
ROW_SHARE = 0.068
INDENT_SHARE = 0.05   # of the width, per level


@register_scene
class DriverDiagramScene(Scene):
    scene_id = "driver_diagram"
    title = "Driver diagram"

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self.page = 0
        self.pages = 1
        self._tree: list | None = None
        self.shown_rows: list[str] = []

    def on_data_changed(self) -> None:
        self._tree = None

    def turn(self, delta: int) -> bool:
        if self.pages <= 1:
            return False
        self.page = (self.page + delta) % self.pages
        return True

    def tree(self):
        if self._tree is None:
            services = self.ctx.services
            ok = services is not None and self.ctx.workspace.store is not None
            self._tree = services.improvement.drivers.tree() if ok and services is not None else []
        return self._tree

    @staticmethod
    def rows(tree) -> list[tuple[int, str, str, int, str]]:
        """(depth under the aim, kind, text, teams testing, the primary driver it is under) in outline order."""
        out: list[tuple[int, str, str, int, str]] = []

        def walk(node, depth: int, primary: str) -> None:
            if node.kind == PRIMARY:
                primary = node.text
            out.append((depth, node.kind, node.text, len(node.teams), primary))
            for child in node.children:
                walk(child, depth + 1, primary)

        for root in tree:
            if root.kind == AIM:
                for child in root.children:
                    walk(child, 0, "")
            else:
                walk(root, 0, "")
        return out

    def paint_scene(self, p, rect: QRect, theme: Theme) -> None:
        area = margins(rect, 0.04)
        H, w, h = rect.height(), area.width(), area.height()
        self.shown_rows = []
        if self.ctx.workspace.store is None:
            self.text(p, "title", area, self.translate("Projector", "No convening open"), H * 0.08, theme.muted)
            return
        tree = self.tree()
        aim = next((n.text for n in tree if n.kind == AIM), "")
        head_h = int(h * 0.2)
        page_w = int(w * (0.5 if self.bilingual else 0.26))   # bilingual: "Page 2 of 3   Página 2 de 3"
        self.text(p, "label", QRect(area.x(), area.y(), w - page_w, int(h * 0.07)), self.translate("Improvement", "Our aim"), H * 0.05, theme.accent,
                  bold=True, align=LEFT, wrap=False)
        rows = self.rows(tree)
        if not aim and not rows:
            self.pages = 1
            self.text(p, "empty", QRect(area.x(), area.y() + int(h * 0.1), w, int(h * 0.8)),
                      self.translate("Improvement", "No driver diagram yet. Build it in the Commitments tab, Driver "
                                                    "diagram page: the aim, the drivers, the change ideas."),
                      H * 0.06, theme.muted)
            return
        self.text(p, "aim", QRect(area.x(), area.y() + int(h * 0.07), w, head_h - int(h * 0.08)),
                  aim or self.translate("Improvement", "The aim is not written yet."), H * 0.055, theme.text if aim else theme.muted, bold=True,
                  align=TOP_LEFT, min_px=max(self.min_px, int(H * TEXT_SHARE)))
        row_h = max(1, int(H * ROW_SHARE))
        top = area.y() + head_h
        per_page = max(2, (area.bottom() - top) // row_h)
        px = max(self.min_px, int(H * TEXT_SHARE))
        # an idea's teams, in each language ("3 teams   3 equipos"): the column as wide as its widest
        tallies = {teams: self._teams_said(teams) for (_d, kind, _t, teams, _p) in rows if kind == IDEA}
        count_w = max([int(w * 0.22)] + [inline_width(s, px, self.min_px) for s in tallies.values()])
        metrics = QFontMetrics(font(px, False))
        bold_metrics = QFontMetrics(font(px, True))

        def room(depth: int, kind: str) -> int:
            return area.right() + 1 - (area.x() + int(w * INDENT_SHARE * depth)) - (count_w if kind == IDEA else 0)

        def units(depth: int, kind: str, text: str) -> int:
            """1 row, or 2 when the text needs a second line at the row's size."""
            shown = ("• " + text) if kind == IDEA else continued.format(text=text)
            fm = bold_metrics if kind == PRIMARY else metrics
            return 1 if fm.horizontalAdvance(shown) <= room(depth, kind) else 2

        said = self.translate("Improvement", "{text}, continued")
        # the driver's name once, our word in each language: "Families know…, continued (continuación)"
        rest = said.second.replace("{text}", "").strip(" ,") if said.second else ""
        continued = str.__str__(said) + (f" {rest}" if rest else "")
        pages = self._paginate([(*r, units(r[0], r[1], r[2])) for r in rows], per_page,
                               lambda name: units(0, PRIMARY, name))
        self.pages = len(pages)
        self.page = min(self.page, self.pages - 1)
        if self.pages > 1:
            self.text(p, "page", QRect(area.right() + 1 - page_w, area.y(), page_w, int(h * 0.07)),
                      self.translate("Improvement", "Page {n} of {count}").format(n=self.page + 1, count=self.pages),
                      H * 0.045, theme.muted, wrap=False, align=RIGHT)
        y = top
        for n, (depth, kind, text, teams, cont, k) in enumerate(pages[self.page]):
            x = area.x() + int(w * INDENT_SHARE * depth)
            label = continued.format(text=text) if cont else text
            colour = theme.accent if kind == PRIMARY else (theme.text if kind == IDEA else theme.muted)
            shown = ("• " + label) if kind == IDEA else label
            height = row_h * k - int(H * 0.008)
            self.text(p, f"row{n}", QRect(x, y, room(depth, kind), height), shown, px, colour,
                      bold=kind == PRIMARY, align=LEFT, wrap=k > 1, min_px=px)
            self.shown_rows.append(text)
            if kind == IDEA:
                self.text(p, f"row{n}.teams", QRect(area.right() + 1 - count_w, y, count_w, height),
                          tallies[teams], px, theme.accent if teams else theme.muted, align=RIGHT, wrap=False, min_px=px)
            y += row_h * k

    def _teams_said(self, teams: int) -> Said:
        return (self.translate("Improvement", "none yet") if not teams
                else count(teams, self.translate("Improvement", "1 team"), self.translate("Improvement", "{n} teams")))

    @staticmethod
    def _paginate(rows, per_page: int,
                  carried_units=lambda name: 1) -> list[list[tuple[int, str, str, int, bool, int]]]:
        """Rows (each 1 or 2 units high) in pages of `per_page` units; a page that starts under a primary
        driver repeats it first ("…, continued", `carried_units(name)` high), and a driver's name never ends a
        page without what hangs under it (it moves on with its first row)."""
        pages: list[list[tuple[int, str, str, int, bool, int]]] = [[]]
        used = 0
        for depth, kind, text, teams, primary, units in rows:
            if used + units > per_page and pages[-1]:
                carried: list[tuple[int, str, str, int, bool, int]] = []
                under = depth   # the drivers this row hangs under, left last on the page, go on with it
                while len(pages[-1]) > 1 and pages[-1][-1][1] != IDEA and not pages[-1][-1][4] \
                        and pages[-1][-1][0] < under:
                    under = pages[-1][-1][0]
                    carried.insert(0, pages[-1].pop())
                pages.append([])
                used = 0
                if (carried[0][1] if carried else kind) != PRIMARY and primary:
                    k = carried_units(primary)   # "…, continued" takes a second line when it needs one
                    pages[-1].append((0, PRIMARY, primary, 0, True, k))
                    used = k
                for row in carried:
                    pages[-1].append(row)
                    used += row[5]
            pages[-1].append((depth, kind, text, teams, False, units))
            used += units
        return pages
