"""reportlab is loaded only when a PDF export starts: not to open a convening, gather a handout or write CSV."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import datetime as dt, sys, tempfile
from pathlib import Path
from app.domain.clock import FakeClock
from app.services.console.demo import build_demo
from app.services.core.jobs import SyncRunner
from app.services.core.workspace import Workspace
from app.services.export.service import ExportOptions
from app.services.root import Services

tmp = Path(tempfile.mkdtemp())
clock = FakeClock(dt.datetime(2027, 1, 21, 16, 30, tzinfo=dt.timezone.utc).timestamp())
ws = Workspace(clock, tmp)
ws.adopt(build_demo(tmp / "demo.convene", clock))
services = Services(ws)
svc = services.export
handout = svc.handout(ExportOptions(private=True))
svc.write_csv(handout, tmp / "csv")
print("before", any(m == "reportlab" or m.startswith("reportlab.") for m in sys.modules))
SyncRunner().start(svc.pdf_job(handout, tmp / "h.pdf"))
print("after", "reportlab" in sys.modules, (tmp / "h.pdf").exists())
services.close()
ws.close()
"""


def test_reportlab_waits_for_the_pdf_export(tmp_path):
    env = {"PYTHONPATH": str(ROOT), "CONVENE_DATA_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["before", "False", "after", "True", "True"], result.stdout
