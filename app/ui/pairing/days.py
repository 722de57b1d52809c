"""The day boxes of the Pairing tab and the Tables page, and a round's text with its day."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox

from app.ui.i18n import long_date


def round_text(r) -> str:
    """"3. Round 3 · Day 2": the round's day, unless its title already names it."""
    day = "" if r.day_number and f"day {r.day_number}" in r.title.casefold() else f" · {r.day_label}"
    return f"{r.number}. {r.title}{day}"


def long_day(n: int, date) -> str:
    """"Day 2, Friday 22 January" (the console's language: "Día 2, viernes 22 de enero")."""
    return QCoreApplication.translate("days", "Day {n}, {date}").format(n=n, date=long_date(date))


def day_choices(ctx) -> list[tuple[str, int | None]]:
    """("Day 1, Thursday 21 January", id) for each day, then ("No day", None)."""
    return [(long_day(n, d.date), d.id) for n, d in enumerate(ctx.workspace.days(), start=1)] + [(QCoreApplication.translate("days", "No day"), None)]


def fill_days(box: QComboBox, ctx, default: bool = False) -> None:
    """The convening's days, then "No day"; with `default`, the day being run is chosen unless a day (or
    "No day") is chosen already."""
    chosen = box.count() > 0 and box.currentIndex() >= 0
    keep = box.currentData() if chosen else None
    days = ctx.workspace.days()
    box.blockSignals(True)
    try:
        box.clear()
        for n, d in enumerate(days, start=1):
            box.addItem(QCoreApplication.translate("days", "Day {n}").format(n=n), d.id)
            box.setItemData(box.count() - 1, long_day(n, d.date), Qt.ItemDataRole.ToolTipRole)
        box.addItem(QCoreApplication.translate("days", "No day"), None)
        if default:
            if not chosen or (keep is not None and box.findData(keep) < 0):
                live = ctx.services.live
                keep = live.chosen_day_id() if live is not None else (days[0].id if days else None)
            box.setCurrentIndex(day_index(box, keep))
    finally:
        box.blockSignals(False)


def day_index(box: QComboBox, day_id: int | None) -> int:
    """Where `day_id` is in a box filled by fill_days; None (or a day no longer there) is "No day", the last."""
    found = box.findData(day_id) if day_id is not None else -1
    return found if found >= 0 else box.count() - 1
