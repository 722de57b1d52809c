"""Start-up: process start to both windows shown on the demo convening, against a bare
PySide6 window shown in the same run (median of several runs each).

"Shown" is the first frame: the console names the convening that is opening and the
projector shows its Welcome scene. "Ready" is when every tab has loaded and the file
is open, checked, backed up and locked; it is printed too, against the same floor.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_startup.py

Last line: RESULT startup_s=<app> floor_s=<bare> ratio=<app/bare>. Target: ratio <= 1.5.

The app's modules are byte-compiled first and children may write bytecode, as on every
real install (pip compiles on install, PyInstaller ships bytecode): a shell that sets
PYTHONDONTWRITEBYTECODE would otherwise time the compiling of our source on each run.
"""

from __future__ import annotations

import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUNS = int(os.environ.get("BENCH_RUNS", "7"))

BARE = """
import time
from PySide6.QtWidgets import QApplication, QWidget
from PySide6.QtCore import QTimer
app = QApplication([])
w = QWidget(); w.resize(1280, 800); w.show()
p = QWidget(); p.resize(1920, 1080); p.show()
def done():
    app.processEvents()
    print(f"SHOWN {time.time():.6f} both=True", flush=True)
    app.quit()
QTimer.singleShot(0, done)
app.exec()
"""


def screens_file(tmp: Path) -> Path:
    cfg = tmp / "screens.json"
    cfg.write_text(json.dumps({"screens": [
        {"name": "Laptop", "x": 0, "y": 0, "width": 1440, "height": 900, "logicalDpi": 96},
        {"name": "Projector", "x": 1440, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96},
    ]}))
    return cfg


def one(cmd: list[str], env: dict, marker: str = "SHOWN") -> tuple[float, float]:
    """Seconds from process start to the SHOWN line, and to the READY line (or SHOWN if none)."""
    start = time.time()
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120, cwd=ROOT)
    times = {}
    for ln in out.stdout.splitlines():
        parts = ln.split()
        if parts and parts[0] in ("SHOWN", "READY"):
            if "both=True" not in ln:
                raise SystemExit(f"{parts[0]} without both windows from {cmd[:3]}: {ln}")
            times[parts[0]] = float(parts[1]) - start
    if "SHOWN" not in times:
        raise SystemExit(f"no SHOWN line from {cmd[:3]}: {out.stdout[-500:]} {out.stderr[-1500:]}")
    return times["SHOWN"], times.get("READY", times["SHOWN"])


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screens_file(tmp)}",
                   CONVENE_DATA_DIR=str(tmp / "data"), CONVENE_EXIT_WHEN_SHOWN="1")
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        compileall.compile_dir(str(ROOT / "app"), quiet=1)
        bare_cmd = [sys.executable, "-c", BARE]
        app_cmd = [sys.executable, "-m", "app", "--demo"]
        one(bare_cmd, env), one(app_cmd, env)  # warm the OS file cache for both
        bare, app, ready = [], [], []
        for _ in range(RUNS):  # interleaved, so machine noise hits both alike
            bare.append(one(bare_cmd, env)[0])
            shown, loaded = one(app_cmd, env)
            app.append(shown)
            ready.append(loaded)
    b, a, r = statistics.median(bare), statistics.median(app), statistics.median(ready)
    print(f"bare runs:  {', '.join(f'{x:.3f}' for x in bare)}")
    print(f"app shown:  {', '.join(f'{x:.3f}' for x in app)}")
    print(f"app ready:  {', '.join(f'{x:.3f}' for x in ready)}")
    print(f"ready_s={r:.3f} ready_ratio={r / b:.2f} (every tab loaded, file open, backed up and locked)")
    print(f"RESULT startup_s={a:.3f} floor_s={b:.3f} ratio={a / b:.2f}")


if __name__ == "__main__":
    main()
