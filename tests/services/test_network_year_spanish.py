"""The year in review in Spanish and in both languages (`convene network FOLDER --pdf --lang es|bilingual`)."""

from __future__ import annotations

import subprocess

from app.cli import run
from tests.export.helpers import pdffonts, tool
from tests.services.test_network_year import year_folder  # noqa: F401 - the module's three convening files

HEADINGS = {
    "The year in review": "Resumen del año",
    "Buddy schools across the year": "Escuelas compañeras a lo largo del año",
    "Not yet buddy schools": "Todavía no han sido escuelas compañeras",
    "Commitments and what became of them": "Compromisos y qué fue de ellos",
    "PDSA cycles and learning": "Ciclos PDSA y aprendizajes",
    "The measures across the year": "Los indicadores a lo largo del año",
    "Talk balance per lens": "Equilibrio del tiempo de palabra por lente",
    "The convenings of the year": "Los encuentros del año",
    "Shared version": "Versión compartida",
    "Page 1 of": "Página 1 de",
}


def _text(path) -> str:
    out = subprocess.run([tool("pdftotext"), str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(out.split())


def test_the_year_in_review_in_spanish_and_in_both(year_folder, tmp_path):  # noqa: F811 - the imported fixture
    es, both = tmp_path / "es.pdf", tmp_path / "both.pdf"
    assert run(["network", str(year_folder), "--pdf", str(es), "--lang", "es"]) == 0
    assert run(["network", str(year_folder), "--pdf", str(both), "--lang", "bilingual"]) == 0
    spanish, bilingual = _text(es), _text(both)
    for en, sp in HEADINGS.items():
        assert sp in spanish and en not in spanish, (en, sp)
        if en != "Page 1 of":
            assert sp in bilingual and en in bilingual, (en, sp)
    assert "Este año no se registró ningún ciclo PDSA." in spanish   # the demo's year has none
    assert "Riverbend High School" in spanish                        # names stay as written
    for pdf in (es, both):
        fonts = pdffonts(pdf)
        assert fonts and all(emb == "yes" for _n, emb in fonts), fonts
