"""What the Pairs and Tables scenes share: a chosen round (else the live day's), pages that turn by
themselves every PAGE_SECONDS until the facilitator turns one by hand (Shift+PageDown /
Shift+PageUp, or the page buttons in the Pairing tab; see app/ui/keys.py), and one line of text
drawn at a fixed size, elided to its cell.

Which round: the one the facilitator showed from the Pairing tab (`show_round`); else the live
day's (the day being run: `services.live.chosen_day_id()`, today's or the one picked in the Live
tab), its latest; a round tied to no day counts for every day. A day with no round of its own
shows the latest round of a day before it, with that day in its title ("Round 1 · Day 1"),
never a later day's; with none, the scene says there is none for the day."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QPainter

from app.ui.projector.paint import font
from app.ui.projector.scene import Scene
from app.ui.projector.words import Said, compact

if TYPE_CHECKING:
    from app.services.root import Services

PAGE_SECONDS = 15


class RoundScene(Scene):
    """A scene over rounds of the pairing capability: buddy-school pairs, or participants' tables."""

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self.round_id: int | None = None  # None: the live day's round
        self.sizes: dict[str, int] = {}   # the pixel size of each kind of text (for the scene tests)
        self.pages = 1
        self.manual_page: int | None = None  # a page turned by hand: it stays until turned again
        self._rounds: list | None = None

    def on_data_changed(self) -> None:
        self._rounds = None

    def show_round(self, round_id: int | None) -> None:
        self.round_id = round_id
        self._rounds = None
        self.manual_page = None  # another round starts on its first page, turning by itself

    def turn(self, delta: int) -> bool:
        """Turn the page by hand (wrapping); from then on the page stays until turned again.
        False when there is only one page."""
        if self.pages <= 1:
            return False
        self.manual_page = (self.page_now() + delta) % self.pages
        return True

    def _round(self):
        services = self.ctx.services
        if services is None or self.ctx.workspace.store is None:
            return None
        if self._rounds is None:
            self._rounds = self.rounds_of(services)
        chosen = [r for r in self._rounds if r.id == self.round_id]
        if chosen:
            return chosen[0]
        number = self.live_day_number()
        if number is None:   # no days to run: the latest round
            return self._rounds[-1] if self._rounds else None
        today = [r for r in self._rounds if r.day_number in (None, number)]
        if today:
            return today[-1]
        before = [r for r in self._rounds if r.day_number is not None and r.day_number < number]
        if not before:
            return None
        latest_day = max(r.day_number for r in before)
        return [r for r in before if r.day_number == latest_day][-1]

    def live_day_number(self) -> int | None:
        """The number (from 1) of the day the live run is on: today's, or the one picked in the Live tab."""
        services = self.ctx.services
        if services is None:
            return None
        live = services.live
        day_id = live.chosen_day_id()
        return next((n for n, d in enumerate(live.days(), start=1) if d.id == day_id), None)

    def none_text(self, things: str) -> Said:
        """What the scene says with no round to show: "No pairs yet", "No pairs for Day 1 yet"."""
        number = self.live_day_number()
        if number is not None and self._rounds:
            said = (self.translate("Rounds", "No pairs for Day {n} yet") if things == "pairs"
                    else self.translate("Rounds", "No tables for Day {n} yet")).format(n=number)
        else:
            said = self.translate("Rounds", "No pairs yet") if things == "pairs" else self.translate(
                "Rounds", "No tables yet")
        return said

    def rounds_of(self, services: Services) -> list:
        """The rounds this scene shows, oldest first."""
        raise NotImplementedError

    def next_change_in(self) -> float | None:
        if self.pages <= 1 or self.manual_page is not None:
            return None
        return PAGE_SECONDS - (self.ctx.clock.now() % PAGE_SECONDS)

    def page_now(self) -> int:
        if self.manual_page is not None:
            return min(self.manual_page, max(1, self.pages) - 1)
        return int(self.ctx.clock.now() // PAGE_SECONDS) % max(1, self.pages)

    def heading(self, r, fallback: str) -> str:
        """The round's title with its day ("Round 3 · Day 2"), unless the title already names the day; our
        words in each language on a bilingual projector ("Round 3 / Ronda 3 · Day 2 / Día 2"), a title typed
        in the console once."""
        title = r.title or compact(fallback, " / ")
        number = getattr(r, "day_number", None)
        said = self.translate("Rounds", "Day {n}").format(n=number) if number else ""
        day = str.__str__(said) if said else ""
        named = [d.casefold() for d in (day, getattr(said, "second", None) or day, f"day {number}")]
        if not number or any(d in title.casefold() for d in named):
            return title
        return f"{title} · {compact(said, ' / ')}"

    def lines_of(self, said) -> list[str]:
        """The lines of the scene's own words: one, or one per language on a bilingual projector."""
        second = getattr(said, "second", None)
        return [str(said), second] if second else [str(said)]

    def _line(self, p: QPainter, key: str, cell: QRect, text: str, px: int, color, align, bold: bool = False) -> None:
        f = font(px, bold=bold)
        p.setFont(f)
        p.setPen(color)
        fm = QFontMetrics(f)
        shown = fm.elidedText(text, Qt.TextElideMode.ElideRight, cell.width())
        p.drawText(cell, int(align), shown)
        used = fm.boundingRect(cell, int(align), shown)
        self.drawn.append((key, used.intersected(cell) if not cell.contains(used) else used))
        self.record_text(key, px, used, (shown,), shown != text)
        kind = key.split(".")[-1]
        self.sizes[kind] = min(self.sizes.get(kind, px), px)
