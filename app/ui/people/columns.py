"""Column widths shared by the People tables and the import preview."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QHeaderView


def fit_by_weight(header: QHeaderView, width: int, weights: Sequence[int]) -> None:
    """Give each column its share of `width`; the last takes what rounding leaves."""
    total = sum(weights) or 1
    used = 0
    for i, w in enumerate(weights):
        size = width - used if i == len(weights) - 1 else width * w // total
        header.resizeSection(i, max(header.minimumSectionSize(), size))
        used += size
