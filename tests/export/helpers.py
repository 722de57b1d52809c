"""Run part of the demo's first day, with notes, so handouts have something real to show."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from pypdf import PdfReader

from app.services.core.jobs import SyncRunner
from app.services.export.service import ExportOptions
from app.services.people.records import ParticipantData

MARKUP_NOTE = "Goal <b>not bold</b> & AT&T < 5 > 3 &amp; <br/> <font size=40>big</font>"
PRIVATE_NOTE = "PRIVATE: ask Marcus to open, he is nervous"
EXTRA_NAMES = ("Σωκράτης Παπαδόπουλος", "Дмитрий Иванов", "דוד כהן", "山田太郎", "Nguyễn Văn Đức")


def run_first_day(services, clock) -> dict:
    """Item 1 runs 2 minutes over, item 2 (a protocol) gets step notes, item 3 runs, then the day stops.
    `services` is the composition root (app/services/root.py) over the demo's workspace."""
    ws = services.workspace
    svc = services.export
    items = svc.agenda.items(ws.days()[0].id)
    first, second, third = items[0], items[1], items[2]
    svc.agenda.update_item(first.id, _with_notes(first, PRIVATE_NOTE))
    svc.live.goto(first.id)
    clock.advance((first.minutes + 2) * 60)
    svc.live.goto(second.id)
    svc.protocols.set_step_note(second.id, 0, MARKUP_NOTE)
    svc.protocols.set_step_note(second.id, 1, "ليلى حداد shared first; then Zoë")
    clock.advance(second.minutes * 60)
    svc.live.goto(third.id)
    clock.advance(10 * 60)
    svc.live.stop()
    people = services.people
    team_id = people.teams()[0].id
    for n, name in enumerate(EXTRA_NAMES):
        people.add_participant(ParticipantData(name, "", f"extra{n}@example.org", "teacher", team_id))
    return {"items": items, "service": svc}


def _with_notes(rec, notes):
    from app.services.agenda.service import ItemData

    return ItemData(rec.title, rec.kind, rec.minutes, rec.fixed_start, rec.warning_minutes, rec.facilitator,
                    rec.room, notes, rec.auto_advance)


def export_pdf(services, out: Path, **options) -> Path:
    svc = services.export
    handout = svc.handout(ExportOptions(**options))
    SyncRunner().start(svc.pdf_job(handout, out))
    return out


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def flat_text(path: Path) -> str:
    """The PDF's text with line breaks and runs of spaces as one space (cells wrap)."""
    return " ".join(pdf_text(path).split())


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        import pytest

        # A missing tool fails the test rather than skipping it: the PDF checks must run (`.ci/run`
        # and `packaging/system-deps.sh` install poppler-utils and qpdf).
        pytest.fail(f"{name} is not installed: apt-get install poppler-utils qpdf")
    return found


def qpdf_check(path: Path) -> subprocess.CompletedProcess:
    return subprocess.run([tool("qpdf"), "--check", str(path)], capture_output=True, text=True)


def pdffonts(path: Path) -> list[tuple[str, str]]:
    """(font name, embedded yes/no) for every font of the PDF."""
    out = subprocess.run([tool("pdffonts"), str(path)], capture_output=True, text=True, check=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        # name type... encoding emb sub uni object ID: emb is the 5th field from the end
        rows.append((parts[0], parts[-5]))
    return rows
