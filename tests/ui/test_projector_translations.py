"""The projector's Spanish: translations/projector_es.ts is complete for the code as it stands (lupdate finds
nothing new, unfinished or obsolete), and the committed .qm is what lrelease makes of it."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.ui.projector.words import I18N_DIR, words

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "translations" / "projector_es.ts"
QM = I18N_DIR / "projector_es.qm"
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    found = BIN / name
    if not found.exists():
        pytest.fail(f"{name} is not installed beside {sys.executable}; PySide6 ships it")
    return str(found)


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {(ctx.findtext("name"), msg.findtext("source")): msg.find("translation")
            for ctx in root.iter("context") for msg in ctx.iter("message")}


def test_lupdate_finds_every_projector_word_translated(tmp_path):
    copy = tmp_path / "projector_es.ts"
    shutil.copy(TS, copy)
    subprocess.run([_tool("pyside6-lupdate"), "-extensions", "py", str(ROOT / "app" / "ui" / "projector"),
                    "-source-language", "en", "-target-language", "es", "-locations", "none", "-ts", str(copy)],
                   check=True, capture_output=True, cwd=ROOT)
    found = _messages(copy)
    assert found.keys() == _messages(TS).keys(), "run `make translations`: the .ts is behind the code"
    assert len(found) > 100
    for key, translation in found.items():
        assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), f"{key} is {translation.get('type')}"
        assert (translation.text or "").strip(), f"{key} has no Spanish"


def test_the_committed_qm_is_what_lrelease_makes(tmp_path):
    out = tmp_path / "projector_es.qm"
    subprocess.run([_tool("pyside6-lrelease"), str(TS), "-qm", str(out)], check=True, capture_output=True)
    assert out.read_bytes() == QM.read_bytes(), "run `make translations`: the .qm is not the .ts compiled"


def test_the_projector_words_in_spanish_and_english(qapp):
    es, en = words("es"), words("en")
    assert es("Timer", "Over time") == "Tiempo excedido"
    assert en("Timer", "Over time") == "Over time"
    assert es("Timer", "No such words") == "No such words"   # not in the catalogue: as written
