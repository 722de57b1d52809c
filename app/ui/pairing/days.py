"""The day boxes of the Pairing tab and the Tables page, and a round's text with its day."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox


def round_text(r) -> str:
    """"3. Round 3 · Day 2": the round's day, unless its title already names it."""
    day = "" if r.day_number and f"day {r.day_number}" in r.title.casefold() else f" · {r.day_label}"
    return f"{r.number}. {r.title}{day}"


def fill_days(box: QComboBox, ctx, default: bool = False) -> None:
    """The convening's days, then "No day"; with `default`, the day being run is chosen (kept if already set)."""
    keep = box.currentData() if box.count() else None
    days = ctx.workspace.days()
    box.blockSignals(True)
    try:
        box.clear()
        for n, d in enumerate(days, start=1):
            box.addItem(f"Day {n}", d.id)
            box.setItemData(box.count() - 1, f"Day {n}, {d.date:%A %-d %B}", Qt.ItemDataRole.ToolTipRole)
        box.addItem("No day", None)
        if default:
            if keep is None or box.findData(keep) < 0:
                live = ctx.services.live
                keep = live.chosen_day_id() if live is not None else (days[0].id if days else None)
            box.setCurrentIndex(day_index(box, keep))
    finally:
        box.blockSignals(False)


def day_index(box: QComboBox, day_id: int | None) -> int:
    """Where `day_id` is in a box filled by fill_days; None (or a day no longer there) is "No day", the last."""
    found = box.findData(day_id) if day_id is not None else -1
    return found if found >= 0 else box.count() - 1
