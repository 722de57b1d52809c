"""The handout in Spanish and in both languages (issue 26): read back with pdftotext, fonts embedded, and
`convene export --lang`; a command-line error in the Spanish of the person at the keyboard."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.__main__ import main
from app.i18n import set_language
from tests.export.helpers import export_pdf, pdffonts, qpdf_check, tool
from tests.export.test_export_improvement import improved  # noqa: F401 - the fixture: cycles, a measure, drivers

# Our own headings and labels, as the English handout has them, and what the Spanish one says instead.
HEADINGS = {
    "Agenda: planned and actual": "Agenda: prevista y real",
    "Protocols run": "Protocolos realizados",
    "Sticky-note walls": "Muros de notas",
    "Talk balance": "Equilibrio del tiempo de palabra",
    "One card per pair": "Una tarjeta por pareja",   # ("Buddy schools" is also in the demo's round titles)
    "Commitments and bright spots": "Compromisos y experiencias destacadas",
    "PDSA cycles and measures": "Ciclos PDSA e indicadores",
    "Driver diagram": "Diagrama de impulsores",
    "The network's measures": "Los indicadores de la red",
    "Roster: sign-in and contacts": "Lista: registro de asistencia y contactos",
    "Facilitator notes": "Notas del equipo de facilitación",
    "Next action period": "Próximo periodo de acción",
    "Tests the change idea": "Prueba la idea de cambio",
    "Facilitator version": "Versión del equipo de facilitación",
    "Page 1 of": "Página 1 de",
    "Day 1 · Thursday": "Día 1 · jueves",
    "Step 1 ·": "Paso 1 ·",
    "Signature": "Firma",
    "Planned": "Previsto",
    "The whole convening": "Todo el encuentro",
}
DATES = ("Thursday 21 January 2027", "jueves 21 de enero de 2027")


def pdftotext(path: Path) -> str:
    out = subprocess.run([tool("pdftotext"), str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(out.split())


def _look(pdf: Path, name: str) -> None:
    folder = os.environ.get("CONVENE_LOOK_DIR")   # to look at the pages: pdftoppm -png
    if folder:
        shutil.copy(pdf, Path(folder) / name)


@pytest.fixture
def handouts(ran_demo, demo_services, improved, tmp_path):  # noqa: F811 - the imported fixture
    def make(lang: str) -> Path:
        pdf = export_pdf(demo_services, tmp_path / f"{lang}.pdf", private=True, lang=lang)
        _look(pdf, f"handout-{lang}.pdf")
        assert qpdf_check(pdf).returncode == 0
        fonts = pdffonts(pdf)
        assert fonts and all(emb == "yes" for _n, emb in fonts), fonts
        return pdf
    return make


def test_the_spanish_handout_has_spanish_headings_and_no_english_one_left(handouts):
    english = pdftotext(handouts("en"))
    spanish = pdftotext(handouts("es"))
    for en, es in HEADINGS.items():
        assert en in english, f"the English handout has no “{en}”: the list above is out of date"
        assert es in spanish, f"no “{es}” in the Spanish handout"
        assert en not in spanish, f"“{en}” left in English in the Spanish handout"
    assert DATES[1] in spanish and DATES[0] not in spanish
    assert "Why do seniors miss the FAFSA?" in spanish     # what people wrote stays as they wrote it
    assert "A trend: 5 points in a row going up" in english   # a run chart's signal, said again in Spanish
    assert "Una tendencia: 5 puntos seguidos en subida" in spanish and "A trend:" not in spanish


def test_the_bilingual_handout_has_both_spanish_first(handouts):
    both = pdftotext(handouts("bilingual"))
    for en, es in HEADINGS.items():
        if en in ("Page 1 of",):      # the footer has room for one language when the title is long
            continue
        assert es in both and en in both, (en, es)
    assert both.index("Agenda: prevista y real") < both.index("Agenda: planned and actual")
    assert DATES[0] in both and DATES[1] in both


def test_convene_export_lang_on_the_command_line(ran_demo, tmp_path, capsys):
    path = ran_demo.path
    ran_demo.close()
    out = tmp_path / "es.pdf"
    assert main(["export", str(path), "--pdf", str(out), "--lang", "es"]) == 0
    text = pdftotext(out)
    assert "Versión compartida" in text and "Muros de notas" in text and "Shared version" not in text
    with pytest.raises(SystemExit):
        main(["export", str(path), "--pdf", str(out), "--lang", "fr"])
    assert "invalid choice: 'fr'" in capsys.readouterr().err


def test_convene_export_writes_the_handout_in_the_convenings_language_when_not_told(ran_demo, tmp_path):
    ran_demo.set_languages("en", "es")                    # Settings: the handout in Spanish, the projector English
    path = ran_demo.path
    ran_demo.close()
    out = tmp_path / "chosen.pdf"
    assert main(["export", str(path), "--pdf", str(out)]) == 0
    text = pdftotext(out)
    assert "Versión compartida" in text and "Shared version" not in text
    assert main(["export", str(path), "--pdf", str(out), "--lang", "en"]) == 0   # --lang still wins
    assert "Shared version" in pdftotext(out)


def test_a_command_line_error_in_spanish(ran_demo, tmp_path, capsys):
    path = ran_demo.path
    ran_demo.close()
    set_language("es")
    try:
        assert main(["export", str(path), "--pdf", str(tmp_path / "x.pdf"), "--day", "3"]) == 1
        assert capsys.readouterr().err.strip() == "convene: Día 3: este encuentro tiene 2 días; elija del 1 al 2."
        assert main(["export", str(path)]) == 2
        assert capsys.readouterr().err.strip() == (
            "convene: nada que exportar: indique --pdf SALIDA.pdf y/o --csv CARPETA")
    finally:
        set_language("en")
    assert main(["export", str(path)]) == 2
    assert "nothing to export" in capsys.readouterr().err


def test_the_command_lines_help_follows_the_environments_language(tmp_path):
    env = {**os.environ, "CONVENE_LANG": "es"}
    out = subprocess.run([sys.executable, "-m", "app", "export", "--help"], capture_output=True, text=True,
                         env=env, check=True).stdout
    assert out.startswith("uso: convene export") and "opciones:" in out     # argparse's own words too
    assert "el idioma del documento" in " ".join(out.split())
    assert "--lang {en,es,bilingual}" in out     # the options themselves are a contract: never translated


def test_a_spanish_keyboard_leaves_an_english_handout_english_and_a_spanish_one_spanish(handouts, demo_services):
    """The domain's sentences (a talk goal's detail, a table's summary, a run chart's signals) are made in the
    keyboard's language; a handout says them again in its own (issue 26)."""
    import re

    from app.domain.pairing.tables import TableRules

    demo_services.pairing.tables.compute(TableRules(size=6, min_size=5, max_size=7))
    set_language("es")
    try:
        english = pdftotext(handouts("en"))
        spanish = pdftotext(handouts("es"))
    finally:
        set_language("en")
    detail = r"(Every group is within it\.|Above: [^.]*\.|Nobody has spoken yet\.) Checked on the groups shown\."
    assert re.search(detail, english), "a lens goal's detail, in English"
    assert re.search(r"(Todos los grupos lo cumplen\.|Por encima: [^.]*\.|Nadie ha hablado todavía\.) "
                     r"Comprobado", spanish), "the same detail in Spanish"
    assert re.search(r"\d+ schools · \d+ roles", english) and not re.search(r"\d+ escuelas · ", english)
    assert re.search(r"\d+ escuelas · \d+ roles", spanish)
    assert "A trend: 5 points in a row going up" in english and "Una tendencia" not in english
