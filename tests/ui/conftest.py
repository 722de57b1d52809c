"""UI test hooks: the projector scenes' legibility table, printed after the run."""

from __future__ import annotations

from tests.ui.scene_helpers import MEASUREMENTS


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    if not MEASUREMENTS:
        return
    tr = terminalreporter
    tr.section("projector text, % of screen height (font pixel size; digits: ink height)")
    tr.write_line(f"{'scene / state':<28} {'size':<10} {'element':<16} {'% height':>8}")
    seen = set()
    for name, size, key, share in MEASUREMENTS:
        if (name, size, key) in seen:
            continue
        seen.add((name, size, key))
        flag = "" if share >= 4.0 else "  < 4%"
        tr.write_line(f"{name:<28} {size:<10} {key:<16} {share:8.1f}{flag}")
    low = min(MEASUREMENTS, key=lambda m: m[3])
    tr.write_line(f"smallest: {low[2]} in {low[0]} at {low[1]}: {low[3]:.1f}%")
