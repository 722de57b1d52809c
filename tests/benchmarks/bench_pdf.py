"""Time to export the demo convening's facilitator handout, against a raw reportlab build of the same story.

    .venv/bin/python tests/benchmarks/bench_pdf.py

The demo gets its first day run (every item, a note on every protocol step) so the
handout has every section with data. pdf_s is what the facilitator waits for:
gathering the Handout from the file, building the sections and laying out the pages
with "page X of Y" (best of RUNS, as other helpers may share the cores; fonts already registered; the first export's
font loading is printed too). floor_s is reportlab alone on the same story: the
same Paragraphs and Tables made from the Handout already gathered, then
SimpleDocTemplate.build with reportlab's plain canvas. The difference is reading the
file, "page X of Y" and writing beside the target then moving it into place. Last line: RESULT pdf_s=... floor_s=... ratio=... Targets: pdf_s <= 2, ratio <= 1.5.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
RUNS = int(os.environ.get("BENCH_RUNS", "7"))


def main() -> None:
    tmp = Path(tempfile.mkdtemp(prefix="bench-pdf-"))
    os.environ["CONVENE_DATA_DIR"] = str(tmp / "data")
    from app.domain.clock import FakeClock
    from app.services.console.demo import build_demo
    from app.services.core.workspace import Workspace
    from app.services.export.service import ExportOptions
    from app.services.root import Services

    clock = FakeClock(dt.datetime(2027, 1, 21, 16, 30, tzinfo=dt.UTC).timestamp())
    ws = Workspace(clock, tmp / "data")
    ws.adopt(build_demo(tmp / "demo.convene", clock))
    services = Services(ws)
    svc = services.export
    for item in svc.agenda.items(ws.days()[0].id):
        svc.live.goto(item.id)
        proto = svc.protocols.item_protocol(item.id)
        for n, step in enumerate(proto.steps if proto else ()):
            svc.protocols.set_step_note(item.id, n, f"What the room said in “{step.title}”: " + "a point & more. " * 30)
        clock.advance(item.minutes * 60 + 45)
    svc.live.stop()
    options = ExportOptions(private=True)

    from app.export.pdf import build_pdf, story

    def export(out: Path) -> float:
        t0 = time.perf_counter()
        handout = svc.handout(options)
        for _ in build_pdf(handout, out):
            pass
        return time.perf_counter() - t0

    first = export(tmp / "first.pdf")
    pdf_runs = [export(tmp / f"run{n}.pdf") for n in range(RUNS)]

    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    from app.export.pdf import MARGIN_MM, page_size

    handout = svc.handout(options)
    size = page_size(handout.paper)
    width = size[0] - 2 * MARGIN_MM * mm

    def raw(out: Path) -> float:
        t0 = time.perf_counter()
        gen = story(handout, width=width)
        try:
            while True:
                next(gen)
        except StopIteration as stop:
            flowables, _st = stop.value
        doc = SimpleDocTemplate(str(out), pagesize=size, leftMargin=MARGIN_MM * mm, rightMargin=MARGIN_MM * mm,
                                topMargin=MARGIN_MM * mm, bottomMargin=MARGIN_MM * mm * 1.2)
        doc.build(flowables)
        return time.perf_counter() - t0

    floor_runs = [raw(tmp / f"raw{n}.pdf") for n in range(RUNS)]
    pdf_s, floor_s = min(pdf_runs), min(floor_runs)  # best of RUNS: the least disturbed by other work
    from pypdf import PdfReader

    pages = len(PdfReader(str(tmp / "run0.pdf")).pages)
    print(f"pages={pages} first_export_s={first:.3f} (fonts registered in it)")
    print(f"export runs: {' '.join(f'{t:.3f}' for t in pdf_runs)}")
    print(f"raw reportlab runs: {' '.join(f'{t:.3f}' for t in floor_runs)}")
    services.close()
    ws.close()
    print(f"RESULT pdf_s={pdf_s:.3f} floor_s={floor_s:.3f} ratio={pdf_s / floor_s:.2f}")


if __name__ == "__main__":
    main()
