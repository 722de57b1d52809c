"""Start-up: process start to both windows shown on the demo convening, against a bare
PySide6 window shown in the same run (median of several runs each).

"Shown" is the first frame: the console names the convening that is opening and the
projector shows its Welcome scene. "Ready" is when the console is up with the tab in front
built and the file open, checked, backed up and locked, both windows live; it is printed too,
against the same floor. (The other tabs are built when first shown: app/ui/console/tabs.py.)

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_startup.py

"Open ready" is the same for an existing file, as a facilitator opens it on the day: a
150-person, two-day convening (the demo's file with 102 more participants), from process start to
ready with that file open (no demo to build first).

Last line: RESULT startup_s=<app> floor_s=<bare> ratio=<app/bare> open_ready_s=<existing file, ready>.
Targets: ratio <= 1.5, open_ready_s <= 1.

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


MORE_PEOPLE = """
import sys
from pathlib import Path
from app.domain.clock import SystemClock
from app.services.core.workspace import Workspace
from app.services.people.records import ParticipantData
from app.services.root import Services

ws = Workspace(SystemClock(), Path(sys.argv[2]))
ws.open(Path(sys.argv[1]))
services = Services(ws)
teams = services.people.teams()
roles = ["Counselor", "Teacher", "Student", "Family member", "Principal", "District staff"]
for i in range(150 - len(services.people.participants())):
    team = teams[i % len(teams)]
    services.people.add_participant(ParticipantData(name=f"Guest {i + 1:03d} of {team.name}", role=roles[i % 6],
                                                    email=f"guest{i + 1}@example.org", team_id=team.id))
print(len(services.people.participants()), "participants,", len(services.live.days()), "days")
services.close()
ws.close()
"""


def existing_file(tmp: Path, env: dict) -> Path:
    """The demo convening written to a file, then grown to 150 participants: an existing file to open."""
    path = tmp / "existing.convene"
    for cmd in ([sys.executable, "-m", "app", "demo", str(path)],
                [sys.executable, "-c", MORE_PEOPLE, str(path), str(tmp / "data")]):
        done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300, cwd=ROOT)
        if done.returncode != 0:
            raise SystemExit(f"could not make the file to open: {done.stdout[-500:]} {done.stderr[-1500:]}")
    print(f"existing file: {done.stdout.strip()}")
    return path


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screens_file(tmp)}",
                   CONVENE_DATA_DIR=str(tmp / "data"), CONVENE_EXIT_WHEN_SHOWN="1")
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        compileall.compile_dir(str(ROOT / "app"), quiet=1)
        bare_cmd = [sys.executable, "-c", BARE]
        app_cmd = [sys.executable, "-m", "app", "--demo"]
        open_cmd = [sys.executable, "-m", "app", str(existing_file(tmp, env))]
        one(bare_cmd, env), one(app_cmd, env), one(open_cmd, env)  # warm the OS file cache for each
        bare, app, ready, opened = [], [], [], []
        for _ in range(RUNS):  # interleaved, so machine noise hits them alike
            bare.append(one(bare_cmd, env)[0])
            shown, loaded = one(app_cmd, env)
            app.append(shown)
            ready.append(loaded)
            opened.append(one(open_cmd, env)[1])
    b, a, r, o = (statistics.median(x) for x in (bare, app, ready, opened))
    print(f"bare runs:  {', '.join(f'{x:.3f}' for x in bare)}")
    print(f"app shown:  {', '.join(f'{x:.3f}' for x in app)}")
    print(f"app ready:  {', '.join(f'{x:.3f}' for x in ready)}")
    print(f"open ready: {', '.join(f'{x:.3f}' for x in opened)}")
    print(f"ready_s={r:.3f} ready_ratio={r / b:.2f} (front tab built, file open, backed up and locked)")
    print(f"open_ready_ratio={o / b:.2f} (an existing 150-person, two-day file, to ready)")
    print(f"RESULT startup_s={a:.3f} floor_s={b:.3f} ratio={a / b:.2f} open_ready_s={o:.3f}")


if __name__ == "__main__":
    main()
