"""CPU used by a running countdown with the console and the projector's Timer scene shown,
as a percent of one core, against the same windows idle (timer not running), same run.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_timer.py

Last line: RESULT timer_cpu_pct=<running> floor_cpu_pct=<idle> ratio=<...>. Target: timer_cpu_pct < 2.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SECONDS = float(os.environ.get("BENCH_SECONDS", "30"))

CHILD = """
import resource, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from app.ui.launch import build_console

app = QApplication([])
console = build_console()
console.ctx.settings.setValue("ui/quiet_dialogs", True)
console.open_demo()
console.show()
console.projector.open_window()
console.projector.set_scene("timer")
if sys.argv[1] == "running":
    console.ctx.services.live.start_pause()
for _ in range(20):
    app.processEvents()
def cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime
start_cpu, start_wall = cpu(), time.monotonic()
def done():
    used, wall = cpu() - start_cpu, time.monotonic() - start_wall
    print(f"CPU {100 * used / wall:.3f}", flush=True)
    app.quit()
QTimer.singleShot(int(float(sys.argv[2]) * 1000), done)
app.exec()
"""


def measure(mode: str, env: dict) -> float:
    out = subprocess.run([sys.executable, "-c", CHILD, mode, str(SECONDS)], env=env, capture_output=True,
                         text=True, timeout=SECONDS + 120, cwd=ROOT)
    line = next((ln for ln in out.stdout.splitlines() if ln.startswith("CPU")), None)
    if line is None:
        raise SystemExit(f"no CPU line: {out.stdout[-500:]} {out.stderr[-1500:]}")
    return float(line.split()[1])


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        cfg = Path(tmp) / "screens.json"
        cfg.write_text(json.dumps({"screens": [
            {"name": "Laptop", "x": 0, "y": 0, "width": 1440, "height": 900, "logicalDpi": 96},
            {"name": "Projector", "x": 1440, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96},
        ]}))
        env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={cfg}", CONVENE_DATA_DIR=str(Path(tmp) / "d"),
                   CONVENE_NO_HARD_EXIT="1")
        idle = measure("idle", env)
        running = measure("running", env)
    ratio = running / idle if idle > 0 else float("inf")
    print(f"RESULT timer_cpu_pct={running:.2f} floor_cpu_pct={idle:.2f} ratio={ratio:.2f}")


if __name__ == "__main__":
    main()
