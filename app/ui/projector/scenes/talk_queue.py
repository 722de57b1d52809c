"""Speaking queue: the names of the people waiting to speak, in queue order (the order the
facilitator keeps in the Talk tab: when hands went up, or least talk first). Names only: no talk
times, no "has not spoken yet" mark and no lens, so nobody is singled out in front of the room.
The first name is drawn largest: they speak next."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt

from app.ui.projector.scene import Scene, margins, register_scene
from app.ui.projector.words import count, labelled
from app.ui.theme import Theme

TITLE_SHARE = 0.075
NEXT_SHARE = 0.09     # the next to speak
ROW_SHARE = 0.085     # each name after them: a line of 5.5% text
TEXT_SHARE = 0.055
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


@register_scene
class SpeakingQueueScene(Scene):
    scene_id = "queue"
    title = "Speaking queue"

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self.shown: list[str] = []   # the lines drawn, in order (for tests)

    def names(self) -> list[str] | None:
        services = self.ctx.services
        if services is None or self.ctx.workspace.store is None:
            return None
        talk = services.talk
        if talk.conversation() is None:
            return None
        return [e.name for e in talk.queue.waiting()]

    def paint_scene(self, p, rect: QRect, theme: Theme) -> None:
        self.shown = []
        area = margins(rect, 0.05)
        H, w = rect.height(), area.width()
        names = self.names()
        title_h = int(H * 0.12)
        self.text(p, "title", QRect(area.x(), area.y(), w, title_h), self.translate("Queue", "Speaking queue"), H * TITLE_SHARE, theme.text,
                  bold=True, align=LEFT, wrap=False)
        top = area.y() + title_h
        if not names:
            msg = (self.translate("Queue", "Nobody is waiting to speak") if names is not None
                   else self.translate("Queue", "No conversation is being tracked"))
            self.text(p, "empty", QRect(area.x(), top, w, int(H * 0.12)), msg, H * TEXT_SHARE, theme.muted,
                      align=LEFT)
            self.shown.append(str(msg))
            return
        next_h = int(H * 0.13)
        first = labelled(self.translate("Queue", "Next: {name}"), names[0])   # "Next / Sigue: Ana", the name once
        self.text(p, "row0", QRect(area.x(), top, w, next_h), first, H * NEXT_SHARE, theme.accent,
                  bold=True, align=LEFT, wrap=False)
        self.shown.append(str(first))
        top += next_h
        row_h = int(H * ROW_SHARE)
        rows = max(0, (area.bottom() + 1 - top) // row_h)
        rest = names[1:]
        if len(rest) > rows:
            keep = max(0, rows - 1)
            more = len(rest) - keep
            lines = [f"{i}. {n}" for i, n in enumerate(rest[:keep], start=2)] + [
                count(more, self.translate("Queue", "and 1 more"), self.translate("Queue", "and {n} more"))]
        else:
            lines = [f"{i}. {n}" for i, n in enumerate(rest, start=2)]
        for i, line in enumerate(lines, start=1):
            self.text(p, f"row{i}", QRect(area.x(), top + (i - 1) * row_h, w, row_h), line, H * TEXT_SHARE,
                      theme.text if line[:1].isdigit() else theme.muted, align=LEFT, wrap=False)
            self.shown.append(str(line))
